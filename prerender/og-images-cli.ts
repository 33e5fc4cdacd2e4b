/**
 * Draws the social images of every view in both languages from a running build into
 * <out>/<lang>-<view>.png. By default from today's query URLs (index.html?view=…&lang=…);
 * with --pages from the prerendered pages (trade/, ru/trade/, …):
 *
 *   npx vite build && npx vite preview --port 4311 &
 *   npx tsx prerender/og-images-cli.ts --base=http://127.0.0.1:4311/ --out=/tmp/og
 */
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ogImagePages, renderOgImages } from './og-images';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4311/' },
    out: { type: 'string', default: 'dist/og' },
    pages: { type: 'boolean', default: false },
  },
});
const pages = (
  values.pages ? ogImagePages('.') : ogImagePages('.', (view, lang) => `index.html?view=${view}&lang=${lang}&theme=light`)
).map((page) => ({ ...page, outFile: join(values.out, basename(page.outFile)) }));
const started = Date.now();
await renderOgImages({ baseUrl: values.base, pages });
console.log(`${pages.length} images in ${((Date.now() - started) / 1000).toFixed(1)} s`);
