/**
 * Page folders and the boot script's redirects: every view, language, embed and pinned version has
 * one folder, parsed back to itself; every old link form lands on the folder of the same state.
 */
import { describe, expect, it } from 'vitest';
import { decideBoot } from '../../src/boot/boot';
import { LANGUAGES } from '../../src/i18n/i18n';
import { pagePath, parsePagePath, pathWithinSite, rootFromPage, type PageAddress } from '../../src/state/page-address';
import { pageHref, parsePageState } from '../../src/state/url-state';
import { DEFAULT_VIEW_STATE, VIEW_IDS } from '../../src/state/view-state';

const VERSIONS = ['2f2f024c6cff', '8625b635813f'];
const everyAddress: PageAddress[] = [null, VERSIONS[0]!].flatMap((version) =>
  LANGUAGES.flatMap((lang) => [false, true].flatMap((isEmbed) => VIEW_IDS.map((view) => ({ view, lang, version, isEmbed })))),
);

describe('page folders', () => {
  it('give every page its own folder, read back to the same page', () => {
    const paths = everyAddress.map(pagePath);
    expect(new Set(paths).size).toBe(everyAddress.length);
    for (const address of everyAddress) expect(parsePagePath(pagePath(address))).toEqual(address);
  });

  it('are what the site promises: the Overview at the root, Russian under ru/, pinned under v/<version>/', () => {
    expect(pagePath({ view: 'overview', lang: 'en', version: null, isEmbed: false })).toBe('');
    expect(pagePath({ view: 'trade', lang: 'ru', version: null, isEmbed: false })).toBe('ru/trade/');
    expect(pagePath({ view: 'network', lang: 'ru', version: '8625b635813f', isEmbed: true })).toBe('v/8625b635813f/ru/embed/network/');
    expect(parsePagePath('trade/index.html')).toEqual({ view: 'trade', lang: 'en', version: null, isEmbed: false });
  });

  it('name no page for a path that is not one', () => {
    for (const path of ['nope/', 'ru/ru/', 'v/xyz/trade/', 'embed/', 'trade/network/', 'v/8625b635813f/v/8625b635813f/']) {
      expect(parsePagePath(path), path).toBeNull();
    }
  });

  it('know their way back to the site root, also under a host sub-folder', () => {
    expect(rootFromPage('')).toBe('./');
    expect(rootFromPage('v/8625b635813f/ru/embed/trade/')).toBe('../../../../../');
    expect(pathWithinSite({ href: 'https://x.org/atlas/ru/trade/?v=1', pathname: '/atlas/ru/trade/' }, '../../')).toBe('ru/trade/');
  });
});

describe('links to a state', () => {
  const facts = { root: '../', versions: VERSIONS };
  it('put the view, language and a pinned version with pages into the path, the rest into the query', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'network' as const, lang: 'ru' as const, topics: ['energy'], dataVersion: VERSIONS[1]! };
    expect(pageHref(state, { facts })).toBe('../v/8625b635813f/ru/network/?topics=energy&v=1');
    expect(pageHref(state, { facts, isEmbed: true })).toBe('../v/8625b635813f/ru/embed/network/?topics=energy&v=1');
    // A version without pages of its own stays in the query (the app then says it is unknown).
    expect(pageHref({ ...state, dataVersion: 'aaaaaaaaaaaa' }, { facts })).toBe('../ru/network/?topics=energy&data=aaaaaaaaaaaa&v=1');
  });

  it('open in the state they were written from', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'trade' as const, lang: 'en' as const, yearFrom: 2023, tables: ['trade' as const] };
    const href = pageHref(state, { facts: { root: './', versions: VERSIONS } });
    const [path, search = ''] = href.slice(2).split('?');
    expect(parsePageState(parsePagePath(path!)!, `?${search}`).state).toEqual(state);
  });
});

describe('the boot script', () => {
  const boot = (page: string, search: string, languages = ['en-GB'], savedLanguage: string | null = null) =>
    decideBoot({
      page,
      root: page === '' || page === 'embed.html' ? './' : rootFromPage(page),
      versions: VERSIONS,
      search,
      hash: '',
      languages,
      savedLanguage,
    });

  it('sends every old link form to the folder of the same state, keeping the rest of the query', () => {
    expect(boot('', '?view=trade&lang=ru&topics=energy&v=1')).toEqual({ redirect: './ru/trade/?topics=energy&v=1' });
    expect(boot('embed.html', '?view=network&data=2f2f024c6cff&theme=dark&v=1')).toEqual({
      redirect: './v/2f2f024c6cff/embed/network/?theme=dark&v=1',
    });
    expect(boot('trade/', '?data=8625b635813f')).toEqual({ redirect: '../v/8625b635813f/trade/' });
  });

  it('opens an old link without lang= in the browser language, as it always did', () => {
    expect(boot('', '?view=corridors', ['ru-RU', 'en'])).toEqual({ redirect: './ru/corridors/' });
    expect(boot('', '?view=corridors', ['de-DE', 'en'])).toEqual({ redirect: './corridors/' });
    // A page of today's form names its language: the browser's does not move it.
    expect(boot('trade/', '?topics=energy', ['ru-RU'])).toEqual({ theme: null, isRestoring: true });
  });

  it('opens the bare site root in the browser language, unless the reader chose one', () => {
    expect(boot('', '', ['ru-RU'])).toEqual({ redirect: './ru/' });
    expect(boot('', '', ['ru-RU'], 'en')).toEqual({ theme: null, isRestoring: false });
    expect(boot('', '', ['en-US'])).toEqual({ theme: null, isRestoring: false });
  });

  it('leaves a page of today alone, applies its theme and hides it only when it asks for more than was prerendered', () => {
    expect(boot('ru/trade/', '')).toEqual({ theme: null, isRestoring: false });
    expect(boot('ru/trade/', '?theme=dark&v=1')).toEqual({ theme: 'dark', isRestoring: false });
    expect(boot('trade/', '?sel=fact:trade-2024&v=1')).toEqual({ theme: null, isRestoring: true });
    // An unknown version stays in the query: the app explains it, the prerendered data never shows under it.
    expect(boot('embed/trade/', '?data=aaaaaaaaaaaa')).toEqual({ theme: null, isRestoring: true });
  });

  it('ignores garbage', () => {
    expect(boot('', '?view=nope&lang=xx&theme=<script>')).toEqual({ redirect: './?lang=xx&theme=%3Cscript%3E' });
    expect(boot('trade/', '?theme=<script>')).toEqual({ theme: null, isRestoring: false });
  });
});
