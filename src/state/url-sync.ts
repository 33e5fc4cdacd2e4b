/**
 * Keeps the URL and the store in step. The URL (the page's folder and its query) is read once on
 * start and again on back/forward; after that every change of the view state is written back as
 * a new history entry so that Back undoes it. Switching view or language moves to that page's
 * folder (a real prerendered file: reload and open-in-new-tab work on any static host). A garbage
 * URL is replaced by its clean form without adding an entry.
 */
import { FRONT_PAGE, parsePagePath, pathWithinSite, siteFacts } from './page-address';
import { dashboardStore, pickViewState } from './store';
import { pageHref, parsePageState } from './url-state';
import type { IgnoredParam, ViewState } from './view-state';

/** The state the current location names (an unknown folder reads as the Overview). */
export function readLocationState(win: Window = window): { state: ViewState; ignored: IgnoredParam[] } {
  const address = parsePagePath(pathWithinSite(win.location, siteFacts().root)) ?? FRONT_PAGE;
  return parsePageState(address, win.location.search);
}

/** Reads the location into the store now, then follows both ways until stopped. */
export function startUrlSync(win: Window = window): () => void {
  const readUrl = () => {
    const { state, ignored } = readLocationState(win);
    dashboardStore.getState().actions.urlRead(state, ignored);
  };
  const current = () => `${win.location.pathname}${win.location.search}`;
  const target = (href: string) => {
    const url = new URL(href, win.location.href);
    return `${url.pathname}${url.search}`;
  };

  readUrl();
  const canonical = target(pageHref(pickViewState(dashboardStore.getState())));
  if (canonical !== current()) win.history.replaceState(win.history.state, '', `${canonical}${win.location.hash}`);

  const unsubscribe = dashboardStore.subscribe((state) => {
    const next = target(pageHref(pickViewState(state)));
    if (next !== current()) win.history.pushState(null, '', next);
  });
  win.addEventListener('popstate', readUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', readUrl);
  };
}
