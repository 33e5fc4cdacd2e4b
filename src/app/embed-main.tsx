/**
 * Entry of embed.html. Reads the view state from the URL once (an embed does not write to its
 * URL or history) and reports its height to the host page, which embed.js uses to size the frame.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dashboardStore } from '../state/store';
import { parseUrlState } from '../state/url-state';
import { browserLanguage, ensureLanguage } from '../i18n/i18n';
import { EmbedPage } from './embed-page';
import { Providers } from './providers';
import './styles.css';

const { state } = parseUrlState(window.location.search);
dashboardStore.getState().actions.urlRead(state, []);
await ensureLanguage(state.lang ?? browserLanguage());

function reportHeight() {
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'partnership-atlas:height', height: document.documentElement.scrollHeight }, '*');
}
new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportHeight);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <EmbedPage />
    </Providers>
  </StrictMode>,
);
