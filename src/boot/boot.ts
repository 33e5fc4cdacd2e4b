/**
 * The boot script: a few hundred bytes, loaded synchronously in every page's head (a file, not
 * inline: the pages' CSP allows no inline script), so it acts before the first paint.
 *
 * 1. Links published before pages had folders (`index.html?view=trade&lang=ru`,
 *    `embed.html?view=trade&data=<version>`) are sent to the page that now shows that state, with
 *    the rest of the query kept. A link without lang= opened in the browser's language; it still
 *    does. A data= version with pages of its own goes into the path: a pinned embed is never drawn
 *    from the latest data, not even before the app runs.
 * 2. theme= is applied before the first paint (no flash of the other theme).
 * 3. A URL that asks for more than the prerendered state (filters, a selection, a table) hides the
 *    page until the app has drawn that state, so a reader never sees the wrong chart first.
 * 4. <html class="js"> says JavaScript runs: the controls that need it show, the no-script tables
 *    hide.
 * 5. The app's code is asked for once the browser has reported the prerendered page's paint, not
 *    before: a phone on a slow network spends its bandwidth on the page the reader sees first, then
 *    on making it live.
 */
import { FRONT_PAGE, LANGUAGE_KEY, pagePath, parsePagePath, preferredLanguage, type PageAddress } from '../state/page-address';
import { VIEW_IDS, type ViewId } from '../state/view-state';

export interface BootInput {
  /** This page's folder relative to the site root; 'embed.html' for the old embed page. */
  page: string;
  root: string;
  versions: readonly string[];
  search: string;
  hash: string;
  languages: readonly string[];
  /** The language the reader last chose with the switch (localStorage), if any. */
  savedLanguage: string | null;
}

export type BootDecision = { redirect: string } | { theme: string | null; isRestoring: boolean };

/** Pure, for the tests: what the boot script does for this page and URL. */
export function decideBoot({ page, root, versions, search, hash, languages, savedLanguage }: BootInput): BootDecision {
  const isOldEmbed = page === 'embed.html';
  const here: PageAddress = isOldEmbed ? { ...FRONT_PAGE, isEmbed: true } : (parsePagePath(page) ?? FRONT_PAGE);
  const params = new URLSearchParams(search);
  const target: PageAddress = { ...here };
  let isMoved = isOldEmbed;

  const view = params.get('view');
  if (view !== null) {
    if ((VIEW_IDS as readonly string[]).includes(view)) target.view = view as ViewId;
    params.delete('view');
    isMoved = true;
  }
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'ru') {
    target.lang = lang;
    params.delete('lang');
    isMoved = true;
  } else if (isMoved && here.lang === 'en' && preferredLanguage(languages) === 'ru') {
    // An old link without lang= followed the browser.
    target.lang = 'ru';
  }
  const data = params.get('data');
  if (data !== null && versions.includes(data)) {
    target.version = data;
    params.delete('data');
    isMoved = true;
  }

  // The front door (the bare site root) opens in the reader's language unless they chose one.
  if (page === '' && search === '' && savedLanguage === null && preferredLanguage(languages) === 'ru') {
    return { redirect: `${root}ru/${hash}` };
  }
  if (isMoved) {
    const query = params.toString();
    return { redirect: `${root}${pagePath(target)}${query ? `?${query}` : ''}${hash}` };
  }
  const theme = params.get('theme');
  const rest = [...params.keys()].filter((key) => key !== 'v' && key !== 'theme');
  return { theme: theme === 'light' || theme === 'dark' ? theme : null, isRestoring: rest.length > 0 };
}

/** Storage may be off (a sandboxed frame, private mode): then nothing was chosen. */
function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** Should nothing below start the app (no paint reported, no visibility signal), this does. */
const LAST_RESORT_START_MS = 3000;

/**
 * Calls `start` once the browser has reported the first paint of the parsed page: the largest
 * contentful paint where it is measured (Chromium, Firefox), else the first contentful paint
 * (Safari), else the next frame. A paint is reported once its frame is on screen, whereas a
 * requestAnimationFrame callback runs before the frame is even drawn: on a busy phone the frame
 * can reach the screen after the app's first files have arrived, and they then delay it.
 *
 * A page nobody can see has no paint to wait for: a hidden tab (which reports no paint), a frame
 * out of sight in someone's report (which gets no frames, but still has to tell the host its
 * height), or a page hidden until the app draws the URL's state. Those start at once.
 */
function whenPaintReported(start: () => void, isHidden: boolean): void {
  if (isHidden || document.visibilityState === 'hidden') {
    start();
    return;
  }
  const types = typeof PerformanceObserver === 'undefined' ? [] : (PerformanceObserver.supportedEntryTypes ?? []);
  const type = ['largest-contentful-paint', 'paint'].find((entryType) => types.includes(entryType));
  if (type) {
    const paints = new PerformanceObserver(() => {
      paints.disconnect();
      setTimeout(start, 0);
    });
    // buffered: a paint before this point (a long page parsed in several goes) counts.
    paints.observe({ type, buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start, 0));
  }
  if (typeof IntersectionObserver !== 'undefined') {
    // Relative to the top-level viewport, also from inside a cross-origin frame.
    const sight = new IntersectionObserver(([entry]) => {
      sight.disconnect();
      if (entry && !entry.isIntersecting) start();
    });
    sight.observe(document.documentElement);
  }
  setTimeout(start, LAST_RESORT_START_MS);
}

/**
 * Loads the app (its module script and the chunks it imports at once) after the reported paint of
 * the fully parsed page.
 */
function startAppAfterPaint(src: string, preloads: string[], pageData: string | undefined, isHidden: boolean): void {
  let isStarted = false;
  const start = () => {
    if (isStarted) return;
    isStarted = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    if (pageData) {
      // The data the page was drawn from, fetched beside the code (the app reads it with fetch()).
      const data = document.createElement('link');
      data.rel = 'preload';
      data.as = 'fetch';
      data.crossOrigin = 'anonymous';
      data.href = pageData;
      document.head.append(data);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = src;
    document.head.append(script);
  };
  const afterParse = () => whenPaintReported(start, isHidden);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterParse, { once: true });
  else afterParse();
}

/** Runs in the page (the IIFE build calls it once). */
export function boot(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  const dataset = script?.dataset ?? {};
  const decision = decideBoot({
    page: dataset.page ?? '',
    root: dataset.root ?? './',
    versions: (dataset.versions ?? '').split(' ').filter(Boolean),
    search: location.search,
    hash: location.hash,
    languages: navigator.languages ?? [navigator.language],
    savedLanguage: savedLanguage(),
  });
  if ('redirect' in decision) {
    location.replace(decision.redirect);
    return;
  }
  const html = document.documentElement;
  html.classList.add('js');
  if (decision.theme) html.dataset.theme = decision.theme;
  if (decision.isRestoring) html.classList.add('atlas-restoring');
  if (dataset.app) {
    startAppAfterPaint(dataset.app, (dataset.preload ?? '').split(' ').filter(Boolean), dataset.pageData, decision.isRestoring);
  }
}
