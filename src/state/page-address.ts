/**
 * Where a page lives: every view, in each language, as the dashboard or as an embed, for the
 * latest data or a pinned dataset version, has a real folder with a prerendered index.html:
 *
 *   ''                    Overview, English        'ru/trade/'             Trade, Russian
 *   'embed/trade/'        the trade embed          'v/<version>/ru/network/' pinned to <version>
 *
 * The rest of the view state (filters, selection, tables, theme) rides in the query string.
 * Paths are relative to the site root, which a page knows from <meta name="atlas-root">, so the
 * app works from any folder of any static host without rewrites. Kept free of zod and React: the
 * tiny boot script that redirects old links before the first paint is built from this file.
 */
import { VIEW_IDS, type ViewId } from './view-state';

export type PageLanguage = 'en' | 'ru';

export interface PageAddress {
  view: ViewId;
  lang: PageLanguage;
  /** A pinned dataset version with pages of its own, or null for the latest data. */
  version: string | null;
  isEmbed: boolean;
}

const VERSION = /^[0-9a-f]{12}$/;

/** The site root's page: the Overview, in English, for the latest data. */
export const FRONT_PAGE: PageAddress = { view: 'overview', lang: 'en', version: null, isEmbed: false };

/** Where the reader's choice of language is kept (the site root follows the browser until then). */
export const LANGUAGE_KEY = 'atlas:lang';

/** The first of the reader's preferred languages (BCP 47 tags) that the site offers; English otherwise. */
export function preferredLanguage(tags: readonly string[]): PageLanguage {
  const base = tags.map((tag) => tag.toLowerCase().split('-')[0]).find((candidate) => candidate === 'en' || candidate === 'ru');
  return base === 'ru' ? 'ru' : 'en';
}

/** The folder of a page, relative to the site root: '' or ends with '/'. */
export function pagePath({ view, lang, version, isEmbed }: PageAddress): string {
  const parts: string[] = [];
  if (version) parts.push('v', version);
  if (lang === 'ru') parts.push('ru');
  if (isEmbed) parts.push('embed', view);
  else if (view !== 'overview') parts.push(view);
  return parts.map((part) => `${part}/`).join('');
}

/**
 * The page a path (relative to the site root) names, or null when it names none. Accepts the
 * folder with or without a trailing slash or index.html.
 */
export function parsePagePath(path: string): PageAddress | null {
  const parts = path
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter((part) => part !== '');
  const address: PageAddress = { ...FRONT_PAGE };
  let index = 0;
  if (parts[index] === 'v') {
    const version = parts[index + 1];
    if (!version || !VERSION.test(version)) return null;
    address.version = version;
    index += 2;
  }
  if (parts[index] === 'ru') {
    address.lang = 'ru';
    index += 1;
  }
  if (parts[index] === 'embed') {
    address.isEmbed = true;
    index += 1;
    if (parts[index] === undefined) return null;
  }
  const view = parts[index];
  if (view !== undefined) {
    if (!(VIEW_IDS as readonly string[]).includes(view)) return null;
    address.view = view as ViewId;
    index += 1;
  }
  return index === parts.length ? address : null;
}

/** How many folders deep a page is: its path to the site root ('./', '../', '../../' …). */
export function rootFromPage(path: string): string {
  const depth = path.split('/').filter((part) => part !== '').length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The page's own facts, read once from its head: the site root (relative to the page) and the
 * pinned versions that have pages. A page without them (the dev server) sits at Vite's base.
 */
export interface SiteFacts {
  root: string;
  versions: readonly string[];
}

/** Vite's base: a page without <meta name="atlas-root"> (the dev server) sits there. */
const DEFAULT_ROOT: string = import.meta.env?.BASE_URL ?? './';

let site: SiteFacts = { root: DEFAULT_ROOT, versions: [] };

export function siteFacts(): SiteFacts {
  return site;
}

/** Set by the page's entry (from its meta tags) and by the prerenderer, per page. */
export function setSiteFacts(facts: SiteFacts): void {
  site = facts;
}

export function readSiteFacts(doc: Document): SiteFacts {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  const root = meta('atlas-root');
  return {
    root: root ?? DEFAULT_ROOT,
    versions: (meta('atlas-versions') ?? '').split(' ').filter((version) => VERSION.test(version)),
  };
}

/** The page's path relative to the site root, from the browser's location. */
export function pathWithinSite(location: { href: string; pathname: string }, root: string): string {
  const rootPath = new URL(root, location.href).pathname;
  return location.pathname.startsWith(rootPath) ? location.pathname.slice(rootPath.length) : location.pathname.replace(/^\//, '');
}
