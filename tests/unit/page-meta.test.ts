import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  buildOembed,
  buildSocialHead,
  embedPath,
  oembedPath,
  ogImagePath,
  pagePath,
  parseSiteUrl,
  siteHref,
  type PageLang,
} from '../../prerender/page-meta';
import { CHART_VIEW_IDS, VIEW_IDS } from '../../src/state/view-state';

const SITE = 'https://example.org/atlas/';
const TRICKY_TITLE = 'Товарооборот «достиг» 28 млрд $ & "рекорд" <b>2024</b>';

/** The tags as a browser reads them. */
function parseHead(html: string): Document {
  return new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
}
const metaContent = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const allMeta = (document: Document, key: string) =>
  Array.from(document.querySelectorAll(`meta[property="${key}"]`), (element) => element.getAttribute('content'));
/** Every address in the tags: links' href and the meta values that are addresses. */
function addresses(document: Document): string[] {
  const hrefs = Array.from(document.querySelectorAll('link'), (element) => element.getAttribute('href')!);
  const metas = ['og:url', 'og:image', 'twitter:image'].map((key) => metaContent(document, key)!);
  return [...hrefs, ...metas];
}

/** The oEmbed 1.0 spec (oembed.com, 2.3.4 and 2.3.4.4): a rich answer, thumbnails all or none. */
const OEMBED_RICH = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string().min(1).optional(),
    author_name: z.string().optional(),
    author_url: z.url().optional(),
    provider_name: z.string().min(1).optional(),
    provider_url: z.url().optional(),
    cache_age: z.number().int().nonnegative().optional(),
    thumbnail_url: z.url().optional(),
    thumbnail_width: z.number().int().positive().optional(),
    thumbnail_height: z.number().int().positive().optional(),
    html: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .refine(
    (answer) =>
      [answer.thumbnail_url, answer.thumbnail_width, answer.thumbnail_height].every((value) => value === undefined) ||
      [answer.thumbnail_url, answer.thumbnail_width, answer.thumbnail_height].every((value) => value !== undefined),
    'thumbnail_url, thumbnail_width and thumbnail_height come together',
  );

describe('buildSocialHead', () => {
  it('escapes every attribute: quotes, guillemets, ampersands and markup survive as text, Cyrillic as is', () => {
    const description = 'Годовой товарооборот, млрд долл. США — «как приводят» статьи & события';
    const html = buildSocialHead({ siteUrl: SITE, view: 'trade', lang: 'ru', title: TRICKY_TITLE, description });
    const document = parseHead(html);
    expect(metaContent(document, 'og:title')).toBe(TRICKY_TITLE);
    expect(metaContent(document, 'twitter:title')).toBe(TRICKY_TITLE);
    expect(metaContent(document, 'description')).toBe(description);
    expect(metaContent(document, 'og:image:alt')).toBe(`${TRICKY_TITLE}. ${description}`);
    expect(document.querySelector('link[type="application/json+oembed"]')?.getAttribute('title')).toBe(TRICKY_TITLE);
    // Nothing leaked out of an attribute into markup of its own.
    expect(document.querySelector('b')).toBeNull();
    expect(document.head.querySelectorAll(':not(meta):not(link)')).toHaveLength(0);
    expect(html).toContain('Товарооборот «достиг»');
    expect(html).not.toContain('"рекорд"');
  });

  it('with a site URL, every address is absolute and under it', () => {
    const document = parseHead(buildSocialHead({ siteUrl: SITE, view: 'trade', lang: 'ru', title: 'T', description: 'D' }));
    const all = addresses(document);
    // canonical, three hreflang links, oEmbed; og:url, og:image, twitter:image.
    expect(all).toHaveLength(8);
    for (const address of all) expect(address.startsWith(SITE), address).toBe(true);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}ru/trade/`);
    expect(metaContent(document, 'og:url')).toBe(`${SITE}ru/trade/`);
    expect(metaContent(document, 'og:image')).toBe(`${SITE}og/ru-trade.png`);
    expect(metaContent(document, 'twitter:image')).toBe(`${SITE}og/ru-trade.png`);
    expect(document.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(`${SITE}oembed/ru-trade.json`);
  });

  it('without a site URL, every address is relative and lands on the same file from wherever the site is hosted', () => {
    const host = 'https://any.host/some/folder/';
    for (const view of VIEW_IDS) {
      for (const lang of ['en', 'ru'] as PageLang[]) {
        const document = parseHead(buildSocialHead({ siteUrl: null, view, lang, title: 'T', description: 'D' }));
        const absolute = parseHead(buildSocialHead({ siteUrl: host, view, lang, title: 'T', description: 'D' }));
        const here = new URL(pagePath(view, lang), host);
        const fromRelative = addresses(document).map((address) => {
          expect(address, `${view}/${lang}`).not.toMatch(/^(https?:)?\/\//);
          expect(address.startsWith('/'), `${view}/${lang}: ${address}`).toBe(false);
          return new URL(address, here).href;
        });
        expect(fromRelative).toEqual(addresses(absolute));
      }
    }
  });

  it('links the page in each language, x-default to English, and says which locale this one is', () => {
    const ru = parseHead(buildSocialHead({ siteUrl: SITE, view: 'investment', lang: 'ru', title: 'T', description: 'D' }));
    const hreflang = (document: Document, code: string) =>
      document.querySelector(`link[rel="alternate"][hreflang="${code}"]`)?.getAttribute('href');
    expect(hreflang(ru, 'en')).toBe(`${SITE}investment/`);
    expect(hreflang(ru, 'ru')).toBe(`${SITE}ru/investment/`);
    expect(hreflang(ru, 'x-default')).toBe(`${SITE}investment/`);
    expect(metaContent(ru, 'og:locale')).toBe('ru_RU');
    expect(allMeta(ru, 'og:locale:alternate')).toEqual(['en_US']);
    expect(metaContent(ru, 'og:site_name')).toBe('Атлас партнёрства');

    const overview = parseHead(buildSocialHead({ siteUrl: SITE, view: 'overview', lang: 'en', title: 'T', description: 'D' }));
    expect(hreflang(overview, 'en')).toBe(SITE);
    expect(hreflang(overview, 'ru')).toBe(`${SITE}ru/`);
    expect(metaContent(overview, 'og:locale')).toBe('en_US');
    expect(allMeta(overview, 'og:locale:alternate')).toEqual(['ru_RU']);
    expect(metaContent(overview, 'og:site_name')).toBe('Partnership Atlas');
  });

  it('has the large card tags, and an oEmbed link only for views that have an embed', () => {
    for (const view of VIEW_IDS) {
      const document = parseHead(buildSocialHead({ siteUrl: SITE, view, lang: 'en', title: 'T', description: 'D' }));
      expect(metaContent(document, 'og:type')).toBe('website');
      expect(metaContent(document, 'og:image:width')).toBe('1200');
      expect(metaContent(document, 'og:image:height')).toBe('630');
      expect(metaContent(document, 'twitter:card')).toBe('summary_large_image');
      const hasEmbed = (CHART_VIEW_IDS as readonly string[]).includes(view);
      expect(document.querySelectorAll('link[type="application/json+oembed"]').length, view).toBe(hasEmbed ? 1 : 0);
    }
  });

  it('describes the image by title and description, one full stop between them', () => {
    const question = parseHead(
      buildSocialHead({ siteUrl: SITE, view: 'network', lang: 'en', title: 'Who speaks?', description: 'People.' }),
    );
    expect(metaContent(question, 'og:image:alt')).toBe('Who speaks? People.');
  });

  it('takes a given image description over the default one', () => {
    const document = parseHead(
      buildSocialHead({ siteUrl: SITE, view: 'network', lang: 'en', title: 'T', description: 'D', imageAlt: 'A network of 40 people' }),
    );
    expect(metaContent(document, 'og:image:alt')).toBe('A network of 40 people');
    expect(metaContent(document, 'twitter:image:alt')).toBe('A network of 40 people');
  });
});

describe('buildOembed', () => {
  it('is a valid oEmbed 1.0 rich answer with absolute addresses for every chart view and language', () => {
    for (const view of CHART_VIEW_IDS) {
      for (const lang of ['en', 'ru'] as PageLang[]) {
        const answer = OEMBED_RICH.parse(buildOembed({ siteUrl: SITE, view, lang, title: TRICKY_TITLE }));
        expect(answer.title).toBe(TRICKY_TITLE);
        expect(answer.thumbnail_url).toBe(`${SITE}og/${lang}-${view}.png`);
        expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
        expect(answer.provider_url).toBe(lang === 'en' ? SITE : `${SITE}ru/`);
        expect(answer.provider_name).toBe(lang === 'en' ? 'Partnership Atlas' : 'Атлас партнёрства');
        // What a JSON file on disk holds is what the schema accepted.
        expect(OEMBED_RICH.parse(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
      }
    }
  });

  it('embeds with an iframe to the embed page of the same view and language, sized by embed.js', () => {
    const answer = buildOembed({ siteUrl: SITE, view: 'corridors', lang: 'ru', title: TRICKY_TITLE });
    const document = new JSDOM(`<!doctype html><body>${answer.html}</body>`).window.document;
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute('src')).toBe(`${SITE}ru/embed/corridors/`);
    expect(frame.getAttribute('title')).toBe(TRICKY_TITLE);
    expect(frame.hasAttribute('data-partnership-atlas')).toBe(true);
    expect(document.querySelector('script')?.getAttribute('src')).toBe(`${SITE}embed.js`);
    expect(answer.height).toBe(Number(/height:(\d+)px/.exec(frame.getAttribute('style')!)![1]));
  });

  it('without a site URL, the addresses are relative to the JSON file', () => {
    const answer = buildOembed({ siteUrl: null, view: 'trade', lang: 'en', title: 'T' });
    const file = new URL(oembedPath('trade', 'en'), SITE);
    expect(new URL(answer.thumbnail_url, file).href).toBe(`${SITE}${ogImagePath('trade', 'en')}`);
    expect(new URL(answer.provider_url, file).href).toBe(SITE);
    const src = new JSDOM(answer.html).window.document.querySelector('iframe')!.getAttribute('src')!;
    expect(new URL(src, file).href).toBe(`${SITE}${embedPath('trade', 'en')}`);
  });
});

describe('site addresses', () => {
  it('reads ATLAS_SITE_URL: unset is relative, a folder gets its slash, anything else is refused', () => {
    expect(parseSiteUrl(undefined)).toEqual({ ok: true, siteUrl: null });
    expect(parseSiteUrl('  ')).toEqual({ ok: true, siteUrl: null });
    expect(parseSiteUrl('https://example.org/atlas')).toEqual({ ok: true, siteUrl: SITE });
    expect(parseSiteUrl('https://example.org')).toEqual({ ok: true, siteUrl: 'https://example.org/' });
    expect(parseSiteUrl('/atlas/').ok).toBe(false);
    expect(parseSiteUrl('ftp://example.org/').ok).toBe(false);
    expect(parseSiteUrl('https://example.org/atlas/?x=1').ok).toBe(false);
  });

  it('writes the shortest relative path between two files of the site', () => {
    expect(siteHref(null, 'ru/trade/', 'ru/trade/')).toBe('./');
    expect(siteHref(null, 'ru/trade/', 'ru/')).toBe('../');
    expect(siteHref(null, 'ru/trade/', 'ru/investment/')).toBe('../investment/');
    expect(siteHref(null, 'ru/trade/', 'og/ru-trade.png')).toBe('../../og/ru-trade.png');
    expect(siteHref(null, '', '')).toBe('./');
    expect(siteHref(null, '', 'trade/')).toBe('trade/');
    expect(siteHref(null, 'oembed/en-trade.json', 'embed/trade/')).toBe('../embed/trade/');
  });
});
