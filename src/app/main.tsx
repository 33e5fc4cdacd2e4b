import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from './dashboard-page';
import { Providers } from './providers';
import { startUrlSync } from '../state/url-sync';
import './styles.css';

startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <DashboardPage />
    </Providers>
  </StrictMode>,
);
