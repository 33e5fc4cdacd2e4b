/**
 * `npm run build`'s last step: turns the client build in dist/ into a static site of real pages.
 * For every view, in English and Russian, as the dashboard and as an embed, for the latest data
 * and for every pinned version under data/v/, it draws the page with the app's own components
 * (the SSR build of src/app/entry-server.tsx) and writes <folder>/index.html with the chart, its
 * table and source line in the HTML, the data it was drawn from, a CSP and the boot script. Then
 * the old embed.html becomes a redirect shell, and the social images and oEmbed files are made.
 *
 *   npx tsx prerender/run.ts [--dist=dist] [--ssr=dist-ssr] [--no-images]
 *
 * ATLAS_SITE_URL (e.g. https://example.org/atlas/) makes the social cards' and oEmbed's links
 * absolute, as unfurlers and CMSs need; without it they are relative.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as EntryServer from '../src/app/entry-server';
import type { PageAddress } from '../src/state/page-address';
import { preview } from 'vite';
import { composePage, composeOldEmbedShell, isTemplate, PAGE_DATA_FILE, pageDataJson, type PageHead } from './compose-page';
import { renderOgImages, ogImagePages } from './og-images';
import { buildOembed, buildSocialHead, oembedPath, parseSiteUrl } from './page-meta';

const argument = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const DIST = resolve(argument('dist', 'dist'));
const SSR = resolve(argument('ssr', 'dist-ssr'));
const VERSION = /^[0-9a-f]{12}$/;

/** The data files, read from dist/ as the browser would fetch them from the page's folder. */
let currentPage = '';
globalThis.fetch = (async (input: string | URL | Request) => {
  const url = new URL(String(input instanceof Request ? input.url : input), `http://prerender.invalid/${currentPage}`);
  try {
    const body = await readFile(join(DIST, decodeURIComponent(url.pathname)));
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}) as typeof fetch;

async function pinnedVersions(): Promise<string[]> {
  const entries = await readdir(join(DIST, 'data', 'v'), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && VERSION.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** boot.js: one small classic script, built from src/boot/ (it shares the page paths' code). */
async function buildBootScript(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: DIST,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      target: 'es2019',
      lib: { entry: resolve('src/boot/boot-entry.ts'), formats: ['iife'], name: 'atlasBoot', fileName: () => 'boot.js' },
    },
  });
}

/**
 * The client build's index.html and embed.html. They are replaced by pages here, so a copy is kept
 * beside the SSR build: drawing the pages again (a rebuilt dataset in a copy of the site) needs
 * no new client build.
 */
async function readTemplates(): Promise<{ dashboard: string; embed: string }> {
  const kept = join(SSR, 'templates');
  const fresh = {
    dashboard: await readFile(join(DIST, 'index.html'), 'utf8'),
    embed: await readFile(join(DIST, 'embed.html'), 'utf8'),
  };
  if (isTemplate(fresh.dashboard) && isTemplate(fresh.embed)) {
    await mkdir(kept, { recursive: true });
    await writeFile(join(kept, 'index.html'), fresh.dashboard);
    await writeFile(join(kept, 'embed.html'), fresh.embed);
    return fresh;
  }
  return { dashboard: await readFile(join(kept, 'index.html'), 'utf8'), embed: await readFile(join(kept, 'embed.html'), 'utf8') };
}

/** The text of the first element of `className` in React's markup (entities decoded). */
function textOf(html: string, className: string): string | null {
  const match = new RegExp(`class="${className}"[^>]*>([^<]*)<`).exec(html);
  if (!match) return null;
  return match[1]!
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

const SITE = parseSiteUrl(process.env.ATLAS_SITE_URL);

/** The social images, drawn by Chromium from the pages just written (served from dist/). */
async function drawSocialImages(): Promise<void> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { port: 4780, strictPort: false, host: '127.0.0.1' },
  });
  try {
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('the preview server for the social images did not start');
    await renderOgImages({ baseUrl, pages: ogImagePages(DIST), log: () => undefined });
  } finally {
    await server.close();
  }
}

export interface PrerenderSummary {
  pages: { path: string; address: PageAddress; bytes: number }[];
  ms: number;
}

export async function prerender({ withImages = true } = {}): Promise<PrerenderSummary> {
  if (!SITE.ok) throw new Error(`ATLAS_SITE_URL: ${SITE.reason}`);
  const started = performance.now();
  const entry = (await import(pathToFileURL(join(SSR, 'entry-server.js')).href)) as typeof EntryServer;
  const templates = await readTemplates();
  const versions = await pinnedVersions();
  const stylesheets = new Map<string, string>();
  const readCss = (href: string) => {
    if (!stylesheets.has(href)) stylesheets.set(href, readFileSync(join(DIST, href), 'utf8'));
    return stylesheets.get(href)!;
  };
  const pages: PrerenderSummary['pages'] = [];

  for (const version of [null, ...versions]) {
    for (const lang of entry.LANGUAGES) {
      for (const isEmbed of [false, true]) {
        for (const view of entry.VIEW_IDS) {
          const address: PageAddress = { view, lang, version, isEmbed };
          const path = entry.pagePath(address);
          const root = entry.rootFromPage(path);
          currentPage = path;
          let page: EntryServer.PrerenderedPage;
          try {
            page = await entry.prerenderPage(address, { root, versions });
          } catch (error) {
            throw new Error(`prerendering ${path || '(site root)'} failed: ${(error as Error).message}`, { cause: error });
          }
          // A chart page is announced by its finding and its measure; the others by the app's tagline.
          const title = textOf(page.html, 'chart-frame__title') ?? page.documentTitle;
          const description = textOf(page.html, 'chart-frame__subtitle') ?? page.tagline;
          // Social cards and oEmbed for the latest pages; a pinned page is for the report that cites it.
          const isAnnounced = version === null && !isEmbed;
          const extra = isAnnounced && SITE.ok ? buildSocialHead({ siteUrl: SITE.siteUrl, view, lang, title, description }) : '';
          if (isAnnounced && SITE.ok && (entry.CHART_VIEW_IDS as readonly string[]).includes(view)) {
            const file = join(DIST, oembedPath(view as EntryServer.ChartViewId, lang));
            await mkdir(dirname(file), { recursive: true });
            await writeFile(
              file,
              `${JSON.stringify(buildOembed({ siteUrl: SITE.siteUrl, view: view as EntryServer.ChartViewId, lang, title }), null, 2)}\n`,
            );
          }
          const head: PageHead = { title: page.documentTitle, description, extra };
          const html = composePage(isEmbed ? templates.embed : templates.dashboard, { address, path, root, versions, page, head, readCss });
          await mkdir(join(DIST, path), { recursive: true });
          await writeFile(join(DIST, path, 'index.html'), html);
          await writeFile(join(DIST, path, PAGE_DATA_FILE), pageDataJson(page));
          pages.push({ path, address, bytes: Buffer.byteLength(html) });
        }
      }
    }
  }

  // The old embed page: redirects (boot.js) to the embed's folder; says where to go without JavaScript.
  await writeFile(join(DIST, 'embed.html'), composeOldEmbedShell(templates.embed, { versions }));
  await buildBootScript();
  if (withImages) await drawSocialImages();
  return { pages, ms: performance.now() - started };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const summary = await prerender({ withImages: !process.argv.includes('--no-images') });
  const kb = summary.pages.reduce((sum, page) => sum + page.bytes, 0) / 1024;
  console.log(`prerendered ${summary.pages.length} pages (${kb.toFixed(0)} kB of HTML) in ${(summary.ms / 1000).toFixed(1)} s`);
}
