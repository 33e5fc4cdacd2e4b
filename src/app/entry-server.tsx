/**
 * The prerenderer's entry (built by `vite build --ssr`, run by prerender/run.ts): draws one page
 * — a view, in a language, as the dashboard or an embed, for the latest or a pinned dataset — with
 * the same components the browser hydrates. Data comes through the same queries as in the
 * browser; whatever a render asks for is loaded and the page drawn again, until nothing new is
 * asked. The loaded data goes into the page, so the browser hydrates without fetching first.
 */
import { dehydrate, hashKey, type DehydratedState, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryRecorderContext } from '../data/datasets';
import { createTranslator, ensureLanguage } from '../i18n/i18n';
import { setSiteFacts, type PageAddress, type SiteFacts } from '../state/page-address';
import { dashboardStore } from '../state/store';
import { pageDefaultState } from '../state/url-state';
import { DashboardPage } from './dashboard-page';
import { EmbedPage } from './embed-page';
import { createQueryClient, Providers } from './providers';
import { setRenderPhase } from '../lib/render-phase';
import { startRecording, stopRecording } from '../lib/prerender-memo';
import { preloadRoute, ROUTES } from './routes';

export { pagePath, parsePagePath, rootFromPage } from '../state/page-address';
export { LANGUAGES } from '../i18n/i18n';
export { VIEW_IDS, CHART_VIEW_IDS } from '../state/view-state';
export type { ChartViewId } from '../state/view-state';

export interface PrerenderedPage {
  /** The markup of #root. */
  html: string;
  /** The data the page was drawn from, for the browser's query cache. */
  data: DehydratedState;
  /** The costly layout steps' results (src/lib/prerender-memo.ts), replayed on hydration. */
  memo: Record<string, unknown>;
  /** "Trade · Partnership Atlas", in the page's language. */
  documentTitle: string;
  /** The app's name and tagline, in the page's language. */
  appName: string;
  tagline: string;
}

/** More rounds than any view needs (manifest → dataset files → per-article parts). */
const MAX_ROUNDS = 6;

export async function prerenderPage(address: PageAddress, facts: SiteFacts): Promise<PrerenderedPage> {
  setSiteFacts(facts);
  setRenderPhase('prerender');
  dashboardStore.reset();
  dashboardStore.getState().actions.urlRead(pageDefaultState(address), []);
  await ensureLanguage(address.lang);
  await preloadRoute(address.view);

  const client = createQueryClient();
  const asked = new Map<string, UseQueryOptions<unknown, Error, unknown, QueryKey>>();
  const record = (options: UseQueryOptions<unknown, Error, unknown, QueryKey>) => {
    if (client.getQueryState(options.queryKey)?.status !== 'success') asked.set(hashKey(options.queryKey), options);
  };
  const page = (
    <StrictMode>
      <QueryRecorderContext value={record}>
        <Providers client={client}>{address.isEmbed ? <EmbedPage /> : <DashboardPage />}</Providers>
      </QueryRecorderContext>
    </StrictMode>
  );

  let html: string;
  for (let round = 0; ; round++) {
    asked.clear();
    startRecording();
    html = renderToString(page);
    if (asked.size === 0) break;
    if (round === MAX_ROUNDS) throw new Error(`still asking for data after ${MAX_ROUNDS} rounds: ${[...asked.keys()].join(', ')}`);
    // A missing or malformed file fails the build here, naming the file (DataFileError).
    await Promise.all([...asked.values()].map((options) => client.fetchQuery({ ...options, retry: false })));
  }
  const memo = stopRecording();
  const t = createTranslator(address.lang);
  return {
    html,
    data: dehydrate(client),
    memo,
    documentTitle: `${t(ROUTES[address.view].label)} · ${t('app.name')}`,
    appName: t('app.name'),
    tagline: t('app.tagline'),
  };
}
