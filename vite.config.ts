import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server has no prerendered pages: every folder falls back to index.html (Vite's SPA
 * fallback), and an embed's folder (embed/trade/, ru/embed/network/ …) to embed.html.
 */
const embedPagesInDev: Plugin = {
  name: 'atlas-embed-pages-in-dev',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      const [path = '', query] = (request.url ?? '').split('?');
      if (/(^|\/)embed\/[a-z]+\/?$/.test(path)) request.url = `/embed.html${query ? `?${query}` : ''}`;
      next();
    });
  },
};

/**
 * start-page.tsx imports React DOM dynamically at once (so it is evaluated in a task of its own):
 * its chunk is preloaded with the entry's chunks, as a static import would be, so boot.js asks for
 * it as early as for the rest (prerender/compose-page.ts reads these links).
 */
const EAGER_DYNAMIC_MODULES = ['/node_modules/react-dom/client.js'];
const preloadEagerChunks: Plugin = {
  name: 'atlas-preload-eager-chunks',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      if (!context.bundle) return html;
      const files = Object.values(context.bundle)
        .filter(
          (output) => output.type === 'chunk' && output.moduleIds.some((id) => EAGER_DYNAMIC_MODULES.some((module) => id.endsWith(module))),
        )
        .map((chunk) => chunk.fileName);
      if (files.length !== EAGER_DYNAMIC_MODULES.length) throw new Error(`no chunk of its own for ${EAGER_DYNAMIC_MODULES.join(', ')}`);
      return {
        html,
        tags: files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        })),
      };
    },
  },
};

// Open a browser tab on `npm start` only where there is a desktop to open it on (a headless
// Linux box has no xdg-open and would print a spurious error).
const hasDesktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// base './' keeps every asset URL relative, so the built app works from any folder, from a file
// server without rewrites and inside an iframe on another site.
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [react(), embedPagesInDev, preloadEagerChunks],
  server: { port: 5173, open: hasDesktop && !process.env.CI },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The SSR build (src/app/entry-server.tsx, for prerender/run.ts) needs no copy of public/.
    copyPublicDir: !isSsrBuild,
    // Two pages: the dashboard and the chart-only embed (no navigation, no filter bar).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
    sourcemap: true,
    // The benchmark builds a single-chunk variant to compare against route splitting.
    ...(process.env.BENCH_SINGLE_CHUNK
      ? { outDir: 'dist-single', rolldownOptions: { input: 'index.html', output: { codeSplitting: false } } }
      : {}),
  },
}));
