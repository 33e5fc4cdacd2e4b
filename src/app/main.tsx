import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from './dashboard-page';
import { Providers } from './providers';
import { startUrlSync } from '../state/url-sync';
import { dashboardStore } from '../state/store';
import { browserLanguage, ensureLanguage } from '../i18n/i18n';
import './styles.css';

startUrlSync();
// Open in the reader's language without a flash of English: load its messages first.
await ensureLanguage(dashboardStore.getState().lang ?? browserLanguage());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <DashboardPage />
    </Providers>
  </StrictMode>,
);
