/**
 * What a prerendered page says about itself to machines: the canonical link, the description,
 * Open Graph and Twitter card tags (a 1200 × 630 preview per view and language), hreflang links
 * to the page in each language, and the oEmbed discovery link with its JSON. Pure: strings in,
 * strings and objects out, no DOM, so the build calls it once per page and the tests call it alone.
 *
 * Paths follow the page layout of issue 8: `trade/`, `ru/trade/`, `embed/trade/`,
 * `og/ru-trade.png`, `oembed/ru-trade.json`, all relative to the site root.
 */
import { buildIframeSnippets, EMBED_HEIGHT } from '../src/lib/embed-snippets';
import { EN } from '../src/i18n/messages-en';
import { RU } from '../src/i18n/messages-ru';
import type { ChartViewId, ViewId } from '../src/state/view-state';
import { pagePath as addressPath } from '../src/state/page-address';

export type PageLang = 'en' | 'ru';
export const PAGE_LANGS = ['en', 'ru'] as const satisfies readonly PageLang[];

/** The site's name in each language (og:site_name, oEmbed provider_name): no English on a Russian page. */
const SITE_NAME: Record<PageLang, string> = { en: EN.app.name, ru: RU.app.name };
const OG_LOCALE: Record<PageLang, string> = { en: 'en_US', ru: 'ru_RU' };

/** The social image's size in px (Open Graph's and Twitter's large card). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The width an oEmbed consumer should reserve, in px. The iframe itself is 100% wide; 640 is the
 * narrowest column in which the chart shows its wide layout.
 */
export const OEMBED_WIDTH = 640;

/** How long a consumer may cache the oEmbed answer, in s: a day, as the live data can change. */
export const OEMBED_CACHE_AGE = 86_400;

/** A view's page for the latest data: `''` (the English overview is the site root), `trade/`, `ru/`, `ru/trade/`. */
export function pagePath(view: ViewId, lang: PageLang): string {
  return addressPath({ view, lang, version: null, isEmbed: false });
}

/** A chart view's embed page: `embed/trade/`, `ru/embed/trade/`. */
export function embedPath(view: ChartViewId, lang: PageLang): string {
  return addressPath({ view, lang, version: null, isEmbed: true });
}

/** The social preview image: `og/ru-trade.png`. */
export function ogImagePath(view: ViewId, lang: PageLang): string {
  return `og/${lang}-${view}.png`;
}

/** The oEmbed answer of a chart view: `oembed/ru-trade.json`. */
export function oembedPath(view: ChartViewId, lang: PageLang): string {
  return `oembed/${lang}-${view}.json`;
}

const isChartView = (view: ViewId): view is ChartViewId => view !== 'overview' && view !== 'sources';

/**
 * Reads ATLAS_SITE_URL: an absolute http(s) address of the site root, given a trailing slash if it
 * has none. Unset or empty gives null (relative links); anything else unusable is a reason, so the
 * build can stop with it instead of publishing broken previews.
 */
export function parseSiteUrl(raw: string | undefined): { ok: true; siteUrl: string | null } | { ok: false; reason: string } {
  const text = raw?.trim() ?? '';
  if (text === '') return { ok: true, siteUrl: null };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `ATLAS_SITE_URL is not an absolute URL: ${text}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `ATLAS_SITE_URL must be http(s): ${text}` };
  if (url.search || url.hash) return { ok: false, reason: `ATLAS_SITE_URL must not have a query or fragment: ${text}` };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, siteUrl: url.href };
}

/**
 * The address of `target` (a path from the site root) as written in the file at `from`.
 * With a site URL it is absolute. Without one it is relative to `from`'s folder, which keeps the
 * site working in any folder of any host; but unfurlers (chat apps, social networks) and CMSs
 * need absolute og:image, oEmbed and iframe addresses, so a public build sets ATLAS_SITE_URL.
 */
export function siteHref(siteUrl: string | null, from: string, target: string): string {
  if (siteUrl) return new URL(target, siteUrl).href;
  const fromDirs = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromDirs.length && common < targetParts.length - 1 && fromDirs[common] === targetParts[common]) common++;
  const relative = '../'.repeat(fromDirs.length - common) + targetParts.slice(common).join('/');
  return relative === '' ? './' : relative;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export interface SocialHeadInput {
  /** The site root, absolute (ATLAS_SITE_URL through parseSiteUrl), or null for relative links. */
  siteUrl: string | null;
  view: ViewId;
  lang: PageLang;
  /** The page's title in its language: a chart's finding (its anatomy's title). */
  title: string;
  /** One or two sentences in its language: a chart's measure (its anatomy's subtitle). */
  description: string;
  /** What the preview image shows, for readers who cannot see it; title and description by default. */
  imageAlt?: string;
}

/**
 * The tags for a view page's <head>, one per line: canonical, description, Open Graph, Twitter
 * card, hreflang alternates and (for chart views, which have an embed) the oEmbed discovery link.
 */
export function buildSocialHead(input: SocialHeadInput): string {
  const { siteUrl, view, lang, title, description } = input;
  const here = pagePath(view, lang);
  const href = (target: string) => siteHref(siteUrl, here, target);
  const image = href(ogImagePath(view, lang));
  // A title that ends a sentence already ("Who speaks?") takes no second full stop.
  const imageAlt = input.imageAlt ?? `${title}${/[.?!…]$/.test(title) ? '' : '.'} ${description}`;
  const meta = (key: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${escapeAttribute(String(content))}">`;
  const link = (attributes: Record<string, string>) =>
    `<link ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
      .join(' ')}>`;

  const tags = [
    link({ rel: 'canonical', href: href(here) }),
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME[lang]),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', href(here)),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', OG_IMAGE_SIZE.width),
    meta('property', 'og:image:height', OG_IMAGE_SIZE.height),
    meta('property', 'og:image:alt', imageAlt),
    meta('property', 'og:locale', OG_LOCALE[lang]),
    ...PAGE_LANGS.filter((other) => other !== lang).map((other) => meta('property', 'og:locale:alternate', OG_LOCALE[other])),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
    ...PAGE_LANGS.map((other) => link({ rel: 'alternate', hreflang: other, href: href(pagePath(view, other)) })),
    // English is the default language of the site root.
    link({ rel: 'alternate', hreflang: 'x-default', href: href(pagePath(view, 'en')) }),
  ];
  if (isChartView(view)) {
    tags.push(link({ rel: 'alternate', type: 'application/json+oembed', href: href(oembedPath(view, lang)), title }));
  }
  return tags.join('\n');
}

export interface OembedInput {
  /** The site root, absolute; without it the addresses are relative to the JSON file (see siteHref). */
  siteUrl: string | null;
  view: ChartViewId;
  lang: PageLang;
  /** The chart's finding, in its language. */
  title: string;
}

/** An oEmbed 1.0 "rich" answer (https://oembed.com, section 2.3.4). */
export interface OembedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The responsive embed snippet of the share menu, pointing at the prerendered embed page. */
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed JSON of a chart view (written to oembedPath(view, lang)). */
export function buildOembed(input: OembedInput): OembedRich {
  const { siteUrl, view, lang, title } = input;
  const here = oembedPath(view, lang);
  const href = (target: string) => siteHref(siteUrl, here, target);
  const snippets = buildIframeSnippets(href(embedPath(view, lang)), title, href('embed.js'));
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: SITE_NAME[lang],
    provider_url: href(pagePath('overview', lang)),
    html: snippets.responsive,
    width: OEMBED_WIDTH,
    height: EMBED_HEIGHT.responsive,
    thumbnail_url: href(ogImagePath(view, lang)),
    thumbnail_width: OG_IMAGE_SIZE.width,
    thumbnail_height: OG_IMAGE_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
