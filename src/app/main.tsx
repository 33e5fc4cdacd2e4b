import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { manifestQueryOptions } from '../data/datasets';
import { browserLanguage, ensureLanguage } from '../i18n/i18n';
import { dashboardStore } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { DashboardPage } from './dashboard-page';
import { createQueryClient, Providers } from './providers';
import { ROUTE_LOADERS } from './routes';
import './styles.css';

startUrlSync();
const { view, lang, dataVersion } = dashboardStore.getState();
// Start what the opening view needs at once, in parallel, instead of one after the other:
// its code, the manifest, and the messages of the reader's language.
const queryClient = createQueryClient();
void ROUTE_LOADERS[view]();
void queryClient.prefetchQuery(manifestQueryOptions(dataVersion));
// Open in the reader's language without a flash of English: its messages load before the render.
await ensureLanguage(lang ?? browserLanguage());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={queryClient}>
      <DashboardPage />
    </Providers>
  </StrictMode>,
);
