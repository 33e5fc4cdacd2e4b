/**
 * How a page starts in the browser, the dashboard's and the embed's alike. A prerendered page
 * (#atlas-page names its address and the file of the data it was drawn from) is hydrated in the state it was drawn in — its view, language and
 * version — with the view's code and the language loaded first, so hydration never waits and
 * never differs; the URL's own settings (filters, selection, theme …) are applied right after.
 * A page without prerendered markup (the dev server) renders from scratch.
 */
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode, type ReactNode } from 'react';
import { z } from 'zod/mini';
import { datasetQueryOptions, manifestQueryOptions } from '../data/datasets';
import { fetchPageData } from '../data/fetch-json';
import { browserLanguage, ensureLanguage } from '../i18n/i18n';
import { readSiteFacts, setSiteFacts, siteFacts, type PageAddress } from '../state/page-address';
import { dashboardStore } from '../state/store';
import { pageDefaultState } from '../state/url-state';
import { readLocationState, startUrlSync } from '../state/url-sync';
import { createQueryClient, Providers } from './providers';
import { onHydrated, setRenderPhase, VARIANT_BREAKPOINT } from '../lib/render-phase';
import { preloadRoute, ROUTE_DATA } from './routes';
import { replay } from '../lib/prerender-memo';

// Zod compiles parsers with `new Function` unless told not to; the pages' CSP allows no eval.
z.config({ jitless: true });

interface Prerendered {
  address: PageAddress;
  data: DehydratedState;
  memo?: Record<string, unknown>;
}

/**
 * The prerendered page's address and data, or null for a page that was not prerendered (the dev
 * server) or whose data file cannot be read: that page is then drawn afresh, fetching as usual.
 */
async function readPrerendered(): Promise<Prerendered | null> {
  const script = document.getElementById('atlas-page');
  if (!script?.textContent) return null;
  try {
    const { address, data } = JSON.parse(script.textContent) as { address: PageAddress; data: string };
    const loaded = (await fetchPageData(data)) as Omit<Prerendered, 'address'> | null;
    return loaded ? { address, ...loaded } : null;
  } catch {
    return null;
  }
}

/** Which prerendered variant the page shows (the same test as the container query in styles.css). */
function shownVariant(container: HTMLElement) {
  const box = container.querySelector<HTMLElement>('.view-variants');
  return box && box.clientWidth < VARIANT_BREAKPOINT ? 'narrow' : 'wide';
}

/**
 * The page's links are relative to it (the prerendered markup must not depend on the host). Once
 * the app moves between folders with the History API, relative links would resolve from the
 * wrong folder: from then on the site root is the absolute path it resolved to on arrival.
 */
function anchorSiteRoot(): void {
  const facts = siteFacts();
  setSiteFacts({ ...facts, root: new URL(facts.root, window.location.href).pathname });
}

/** <html data-app="live">: the page is the app's now (tests and the benchmark wait for it). */
function markLive(): void {
  document.documentElement.dataset.app = 'live';
}

export async function startPage(mode: 'dashboard' | 'embed', page: ReactNode): Promise<void> {
  // React DOM (the largest module) is evaluated in a task of its own, not in the one that
  // evaluates the app's entry: together they made one long task on a phone. Its chunk is
  // preloaded with the entry's (vite.config.ts), so this waits for no extra request.
  const reactDom = import('react-dom/client');
  // The boot script says so before the first paint; a page without it (the dev server) too.
  document.documentElement.classList.add('js');
  setSiteFacts(readSiteFacts(document));
  const container = document.getElementById('root')!;
  const queryClient = createQueryClient();
  const tree = (
    <StrictMode>
      <Providers client={queryClient}>{page}</Providers>
    </StrictMode>
  );
  const applyLocation = () => {
    if (mode === 'dashboard') startUrlSync();
    else {
      // An embed reads its URL once and never writes to it (it lives in someone else's page).
      const { state, ignored } = readLocationState();
      dashboardStore.getState().actions.urlRead(state, ignored);
    }
  };

  const prerendered = await readPrerendered();
  if (prerendered) {
    hydrate(queryClient, prerendered.data);
    dashboardStore.getState().actions.urlRead(pageDefaultState(prerendered.address), []);
    const [{ hydrateRoot }] = await Promise.all([
      reactDom,
      ensureLanguage(prerendered.address.lang),
      preloadRoute(prerendered.address.view),
    ]);
    setRenderPhase('hydrate', shownVariant(container));
    replay(prerendered.memo ?? null);
    onHydrated(() => {
      replay(null);
      anchorSiteRoot();
      // The URL's settings in a task after the one that drops the other variant: both in one
      // made a long task on a phone.
      setTimeout(() => {
        applyLocation();
        // The boot script hid a page whose URL asks for another state than the one prerendered;
        // React has drawn that state by the next task (a store update renders synchronously). Not
        // requestAnimationFrame: a frame scrolled out of sight in someone's report gets no frames.
        setTimeout(() => {
          document.documentElement.classList.remove('atlas-restoring');
          markLive();
        }, 0);
      }, 0);
    });
    // In a transition, hydration is concurrent: React yields to the browser every few milliseconds
    // instead of holding the main thread for the whole page (a phone's input stays responsive).
    startTransition(() => {
      hydrateRoot(container, tree);
    });
    return;
  }

  anchorSiteRoot();
  applyLocation();
  const { view, lang, dataVersion } = dashboardStore.getState();
  // Start what the opening view needs at once, in parallel: its code, the manifest, then its data
  // files (the view's queries find them in flight), and the messages of the reader's language
  // (loaded before the render: no flash of English).
  void preloadRoute(view);
  const opening = new Set(mode === 'dashboard' ? [...ROUTE_DATA[view], 'topics' as const] : ROUTE_DATA[view]);
  queryClient.fetchQuery(manifestQueryOptions(dataVersion)).then(
    (manifest) => {
      // Only files this version has (a pinned older one may lack some; the view then says so).
      for (const id of opening)
        if (manifest.files.some((file) => file.id === id))
          void queryClient.prefetchQuery(datasetQueryOptions(id, manifest.datasetVersion, dataVersion !== null));
    },
    () => {}, // the view's own query reports a manifest that cannot be read
  );
  const [{ createRoot }] = await Promise.all([reactDom, ensureLanguage(lang ?? browserLanguage())]);
  createRoot(container).render(tree);
  document.documentElement.classList.remove('atlas-restoring');
  markLive();
}
