/**
 * Draws the social images of every view in both languages from a running build, with today's query
 * URLs (index.html?view=…&lang=…), into a folder as <lang>-<view>.png:
 *
 *   npx vite build && npx vite preview --port 4311 &
 *   npx tsx prerender/og-images-cli.ts --base=http://127.0.0.1:4311/ --out=/tmp/og
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VIEW_IDS } from '../src/state/view-state';
import { renderOgImages } from './og-images';
import { PAGE_LANGS } from './page-meta';

const { values } = parseArgs({
  options: { base: { type: 'string', default: 'http://127.0.0.1:4311/' }, out: { type: 'string', default: 'dist/og' } },
});
const pages = PAGE_LANGS.flatMap((lang) =>
  VIEW_IDS.map((view) => ({ url: `index.html?view=${view}&lang=${lang}&theme=light`, outFile: join(values.out, `${lang}-${view}.png`) })),
);
const started = Date.now();
await renderOgImages({ baseUrl: values.base, pages });
console.log(`${pages.length} images in ${((Date.now() - started) / 1000).toFixed(1)} s`);
