/**
 * Keeps the URL and the store in step. The URL is read once on start and again on back/forward;
 * after that every change of the view state is written back, as a new history entry so that Back
 * undoes it. A garbage URL is replaced by its clean form without adding an entry.
 */
import { dashboardStore, pickViewState } from './store';
import { parseUrlState, serialiseUrlState } from './url-state';

export function startUrlSync(win: Window = window): () => void {
  const readUrl = () => {
    const { state, ignored } = parseUrlState(win.location.search);
    dashboardStore.getState().actions.urlRead(state, ignored);
  };
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  readUrl();
  const canonical = serialiseUrlState(pickViewState(dashboardStore.getState()));
  if (canonical !== win.location.search) win.history.replaceState(win.history.state, '', urlFor(canonical));

  const unsubscribe = dashboardStore.subscribe((state) => {
    const search = serialiseUrlState(pickViewState(state));
    if (search !== win.location.search) win.history.pushState(null, '', urlFor(search));
  });
  win.addEventListener('popstate', readUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', readUrl);
  };
}
