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
// A frame out of sight gets no rendering updates, so no resize notices either, and the app may
// start after the load event: the prerendered page's height, now.
reportHeight();
window.addEventListener('load', reportHeight);

await startPage('embed', <EmbedPage />);
