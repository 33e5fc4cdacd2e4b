/**
 * The URL format of the view state, parsed with zod and written back with only the values that
 * differ from the defaults. `v` names the format version: links published in reports must keep
 * opening, so old versions are migrated, never rejected. Anything unusable is ignored and listed.
 */
// zod's small build: the URL is read on every page's first task, so its parser should weigh little.
import { z } from 'zod/mini';
import { pagePath, siteFacts, type PageAddress, type SiteFacts } from './page-address';
import {
  CHART_VIEW_IDS,
  DEFAULT_VIEW_STATE,
  SELECTION_KINDS,
  THEMES,
  VIEW_IDS,
  type ChartViewId,
  type IgnoredParam,
  type ViewState,
} from './view-state';

export const URL_FORMAT_VERSION = 1;

const MAX_VALUE_LENGTH = 300;
const ID = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const YEAR = z.coerce.number().check(z.int(), z.minimum(1900), z.maximum(2100));
const list = (text: string) => text.split(',').filter((item) => item !== '');

/** One parser per parameter: the raw text in, the state fields out, or a reason to ignore it. */
const PARAMS: Record<string, (value: string) => { ok: true; patch: Partial<ViewState> } | { ok: false; reason: string }> = {
  view: (value) => {
    const view = z.enum(VIEW_IDS).safeParse(value);
    return view.success ? { ok: true, patch: { view: view.data } } : { ok: false, reason: `not a view (${VIEW_IDS.join(', ')})` };
  },
  topics: (value) => {
    const topics = z.array(ID).check(z.maxLength(30)).safeParse(list(value));
    return topics.success
      ? { ok: true, patch: { topics: [...new Set(topics.data)].sort() } }
      : { ok: false, reason: 'not a list of topic ids' };
  },
  from: (value) => {
    const year = YEAR.safeParse(value);
    return year.success ? { ok: true, patch: { yearFrom: year.data } } : { ok: false, reason: 'not a year between 1900 and 2100' };
  },
  to: (value) => {
    const year = YEAR.safeParse(value);
    return year.success ? { ok: true, patch: { yearTo: year.data } } : { ok: false, reason: 'not a year between 1900 and 2100' };
  },
  sel: (value) => {
    const [kind, id, ...rest] = value.split(':');
    const parsed = z.object({ kind: z.enum(SELECTION_KINDS), id: ID }).safeParse({ kind, id });
    return parsed.success && rest.length === 0
      ? { ok: true, patch: { selection: parsed.data } }
      : { ok: false, reason: 'not a selection (kind:id)' };
  },
  table: (value) => {
    const tables = z.array(z.enum(CHART_VIEW_IDS)).safeParse(list(value));
    return tables.success
      ? { ok: true, patch: { tables: [...new Set(tables.data)].sort() as ChartViewId[] } }
      : { ok: false, reason: 'not a list of chart views' };
  },
  depth: (value) =>
    value === '1' || value === '2' ? { ok: true, patch: { networkDepth: Number(value) as 1 | 2 } } : { ok: false, reason: 'not 1 or 2' },
  data: (value) =>
    /^[0-9a-f]{12}$/.test(value)
      ? { ok: true, patch: { dataVersion: value } }
      : { ok: false, reason: 'not a dataset version (12 hex digits)' },
  lang: (value) =>
    value === 'en' || value === 'ru' ? { ok: true, patch: { lang: value } } : { ok: false, reason: 'not a language (en, ru)' },
  theme: (value) => {
    const theme = z.enum(THEMES).safeParse(value);
    return theme.success ? { ok: true, patch: { theme: theme.data } } : { ok: false, reason: `not a theme (${THEMES.join(', ')})` };
  },
};

/**
 * Upgrades parameters of an older link format to the current one, step by step. Version 1 is
 * the first; a future format adds `2: (params) => …` here.
 */
const MIGRATIONS: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

export function parseUrlState(search: string): { state: ViewState; ignored: IgnoredParam[] } {
  let params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const versions = params.getAll('v');
  let version = URL_FORMAT_VERSION;
  if (versions.length > 0) {
    const parsed = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(URL_FORMAT_VERSION)).safeParse(versions[0]);
    if (parsed.success) version = parsed.data;
    else ignored.push({ key: 'v', value: shorten(versions[0]!), reason: `unknown link version; read as version ${URL_FORMAT_VERSION}` });
  }
  for (let step = version + 1; step <= URL_FORMAT_VERSION; step++) params = MIGRATIONS[step]?.(params) ?? params;

  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === 'v') continue;
    const parse = Object.hasOwn(PARAMS, key) ? PARAMS[key] : undefined;
    if (!parse) {
      ignored.push({ key: shorten(key), value: shorten(value), reason: 'unknown parameter' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, value: shorten(value), reason: 'repeated; the first one is used' });
      continue;
    }
    seen.add(key);
    const result = value.length > MAX_VALUE_LENGTH ? { ok: false as const, reason: 'too long' } : parse(value);
    if (result.ok) Object.assign(state, result.patch);
    else ignored.push({ key, value: shorten(value), reason: result.reason });
  }
  if (state.yearFrom !== null && state.yearTo !== null && state.yearFrom > state.yearTo) {
    ignored.push({ key: 'to', value: String(state.yearTo), reason: `before from=${state.yearFrom}` });
    state.yearTo = null;
  }
  return { state, ignored };
}

/** Only what differs from the defaults, in a fixed order, with `v` whenever anything is set. */
export function serialiseUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.view !== d.view) params.set('view', state.view);
  if (state.topics.length > 0) params.set('topics', state.topics.join(','));
  if (state.yearFrom !== null) params.set('from', String(state.yearFrom));
  if (state.yearTo !== null) params.set('to', String(state.yearTo));
  if (state.selection) params.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.tables.length > 0) params.set('table', state.tables.join(','));
  if (state.networkDepth !== d.networkDepth) params.set('depth', String(state.networkDepth));
  if (state.dataVersion !== null) params.set('data', state.dataVersion);
  if (state.theme !== d.theme) params.set('theme', state.theme);
  if (state.lang !== null) params.set('lang', state.lang);
  if ([...params.keys()].length === 0) return '';
  params.set('v', String(URL_FORMAT_VERSION));
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}

/**
 * The link to a state: the page's folder (view, language, pinned version when it has pages) and
 * the rest as a query string. Relative to the current page, like every link the app writes, so
 * prerendered HTML and the hydrated app hold the same hrefs.
 */
export function pageHref(
  state: ViewState,
  { isEmbed = false, facts = siteFacts() }: { isEmbed?: boolean; facts?: SiteFacts } = {},
): string {
  const pinned = state.dataVersion !== null && facts.versions.includes(state.dataVersion) ? state.dataVersion : null;
  const path = pagePath({ view: state.view, lang: state.lang ?? 'en', version: pinned, isEmbed });
  const search = serialiseUrlState({
    ...state,
    view: DEFAULT_VIEW_STATE.view,
    lang: null,
    dataVersion: pinned ? null : state.dataVersion,
  });
  return `${facts.root}${path}${search}`;
}

/** The state a page is prerendered in: its view, language and version; every other setting default. */
export function pageDefaultState(address: PageAddress): ViewState {
  return { ...DEFAULT_VIEW_STATE, view: address.view, lang: address.lang, dataVersion: address.version };
}

/**
 * The state a page opens in: its folder says the view, language and pinned version; the query
 * the rest. An old link's view=, lang= or data= (the boot script moves them into the path before
 * the first paint; these are the ones it could not place) still wins over the folder.
 */
export function parsePageState(address: PageAddress, search: string): { state: ViewState; ignored: IgnoredParam[] } {
  const { state, ignored } = parseUrlState(search);
  const params = new URLSearchParams(search);
  return {
    state: {
      ...state,
      view: params.has('view') ? state.view : address.view,
      lang: state.lang ?? address.lang,
      dataVersion: state.dataVersion ?? address.version,
    },
    ignored,
  };
}

/** Values are shown back to the reader: keep them short and printable. */
function shorten(text: string): string {
  const printable = Array.from(text, (char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? '?' : char)).join('');
  return printable.length > 60 ? `${printable.slice(0, 57)}…` : printable;
}
