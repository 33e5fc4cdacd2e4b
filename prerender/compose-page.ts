/**
 * Pure string work on the client build's HTML template: a prerendered page from a template and
 * what the app drew, and the old embed.html's redirect shell. Kept apart from run.ts so the tests
 * can check what a page's head holds without building anything.
 */
import type { PrerenderedPage } from '../src/app/entry-server';
import type { PageAddress } from '../src/state/page-address';
import { escapeAttribute } from './page-meta';

/**
 * The pages' Content-Security-Policy (a meta tag: a static host may not let us set headers).
 * No inline or eval'd script; styles may be inline: the stylesheet is inlined (first paint) and React writes style attributes
 * (positions of tooltips, heights of placeholders). Images from data: and blob: are the
 * chart exports (PNG from SVG). frame-ancestors cannot be set from a meta tag, and the embeds
 * are meant to be framed anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The data a page was drawn from (dehydrated queries and layout results) sits beside it, not in
 * it: the HTML stays small (the first paint waits for all of it), and boot.js asks for the file
 * with the app's code, after the first paint.
 */
export const PAGE_DATA_FILE = 'page-data.json';

/** What goes into PAGE_DATA_FILE. */
export function pageDataJson(page: PrerenderedPage): string {
  return JSON.stringify({ data: page.data, memo: page.memo });
}

export interface PageHead {
  title: string;
  description: string;
  /** More head tags (social cards, oEmbed discovery, alternates), already escaped. */
  extra: string;
}

/** JSON inside <script type="application/json">: nothing in it may close the element. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');

/** The client build writes asset URLs relative to the site root ('./assets/…'); a page deeper down needs '../assets/…'. */
function rebase(html: string, root: string): string {
  return root === './' ? html : html.replaceAll(/(src|href)="\.\/(?!\/)/g, `$1="${root}`);
}

function headTags({
  root,
  versions,
  page,
  app,
}: {
  root: string;
  versions: readonly string[];
  page: string;
  app?: { src: string; preloads: string[] };
}): string {
  const appData = app ? ` data-app="${app.src}" data-preload="${app.preloads.join(' ')}" data-page-data="${PAGE_DATA_FILE}"` : '';
  return [
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    `<meta name="atlas-root" content="${root}" />`,
    `<meta name="atlas-versions" content="${versions.join(' ')}" />`,
    `<script src="${root}boot.js" data-page="${escapeAttribute(page)}" data-root="${root}" data-versions="${versions.join(' ')}"${appData}></script>`,
  ].join('\n    ');
}

/**
 * Takes the app's module script and its preloads out of the head: boot.js asks for them after the
 * first paint (see src/boot/boot.ts).
 */
function extractApp(html: string): { html: string; app: { src: string; preloads: string[] } } {
  const src = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/.exec(html)?.[1];
  if (!src) throw new Error('the HTML template has no module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)].map((match) => match[1]!);
  const rest = html.replace(/\s*<script type="module"[^>]*><\/script>/, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return { html: rest, app: { src, preloads } };
}

/** A page as the client build wrote it: an empty #root and the module script. */
export const isTemplate = (html: string) =>
  html.includes('<div id="root"></div>') && /<script type="module"[^>]*src="\.\/assets\//.test(html);

function assertTemplate(template: string): void {
  if (!isTemplate(template)) {
    throw new Error('the HTML template is not a fresh client build (no empty #root or no module script): run `vite build` first');
  }
}

/**
 * The stylesheet in the page itself: the first paint waits for nothing but the HTML and boot.js
 * (a linked stylesheet is requested beside the app's scripts and shares the phone's bandwidth
 * with them). `readCss` gives the text of an asset the template links.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g,
    (_tag, href: string) => `<style>${readCss(href).replaceAll('</style', '<\\/style')}</style>`,
  );
}

export function composePage(
  template: string,
  input: {
    address: PageAddress;
    path: string;
    root: string;
    versions: readonly string[];
    page: PrerenderedPage;
    head: PageHead;
    readCss: (href: string) => string;
  },
): string {
  assertTemplate(template);
  const { address, path, root, versions, page, head, readCss } = input;
  const extracted = extractApp(rebase(inlineStylesheets(template, readCss), root));
  let html = extracted.html;
  html = html.replace(/<html lang="[^"]*"/, `<html lang="${address.lang}"`);
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeAttribute(head.title)}</title>`);
  html = html.replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/?>/, '');
  html = html.replace(
    /<meta charset="UTF-8" \/>/,
    [
      '<meta charset="UTF-8" />',
      headTags({ root, versions, page: path, app: extracted.app }),
      // The social head (prerender/page-meta.ts) brings its own description.
      head.extra.includes('name="description"') ? '' : `<meta name="description" content="${escapeAttribute(head.description)}" />`,
      head.extra.replaceAll('\n', '\n    '),
    ]
      .filter(Boolean)
      .join('\n    '),
  );
  // Pinned versions are for reports that cite them, not for search engines.
  if (address.version && !html.includes('name="robots"'))
    html = html.replace('</title>', '</title>\n    <meta name="robots" content="noindex" />');
  html = html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  html = html.replace(
    '<div id="root"></div>',
    `<div id="root">${page.html}</div>\n    <script type="application/json" id="atlas-page">${scriptJson({ address, data: PAGE_DATA_FILE })}</script>`,
  );
  return html;
}

/** embed.html as it was published (`embed.html?view=trade&data=…`): boot.js sends it to the embed's folder. */
export function composeOldEmbedShell(template: string, { versions }: { versions: readonly string[] }): string {
  assertTemplate(template);
  let html = template
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="(modulepreload|stylesheet)"[^>]*>/g, '');
  html = html.replace(
    /<meta charset="UTF-8" \/>/,
    `<meta charset="UTF-8" />\n    ${headTags({ root: './', versions, page: 'embed.html' })}`,
  );
  return html.replace(
    /<noscript>[\s\S]*?<\/noscript>/,
    '<p>This chart has moved to its own page. <a href="./">Open Partnership Atlas</a>. · <span lang="ru">График переехал на свою страницу. <a href="./ru/">Открыть Partnership Atlas</a>.</span></p>',
  );
}
