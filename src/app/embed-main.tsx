/**
 * Entry of every embed page. Reports its height to the host page, which embed.js uses to size
 * the frame.
 */
import { EmbedPage } from './embed-page';
import { startPage } from './start-page';
import './styles.css';

function reportHeight() {
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'partnership-atlas:height', height: document.documentElement.scrollHeight }, '*');
}
new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportHeight);

await startPage('embed', <EmbedPage />);
