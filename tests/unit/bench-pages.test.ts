/**
 * The bench's pure parts (bench/pages.ts): which URL each view and embed page opens in a build
 * output folder (prerendered file or query string), and the bytes counted before the chart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchPages, bytesBeforeChart, meetsTargets, selectPages, type LighthouseFigures, type NetworkEntry } from '../../bench/pages';

const folders: string[] = [];
/** A build output folder holding these files (empty HTML: only their existence matters). */
function outDir(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  folders.push(dir);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '<!doctype html>');
  }
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('benchPages', () => {
  it('opens the query-string forms of a client-only build', () => {
    const pages = benchPages(outDir('index.html', 'embed.html'));
    expect(pages.map((page) => [page.id, page.url, page.file, page.form])).toEqual([
      ['overview', 'index.html', 'index.html', 'query'],
      ['trade', 'index.html?view=trade', 'index.html', 'query'],
      ['investment', 'index.html?view=investment', 'index.html', 'query'],
      ['corridors', 'index.html?view=corridors', 'index.html', 'query'],
      ['network', 'index.html?view=network', 'index.html', 'query'],
      ['sources', 'index.html?view=sources', 'index.html', 'query'],
      ['embed-trade', 'embed.html?view=trade', 'embed.html', 'query'],
      ['embed-investment', 'embed.html?view=investment', 'embed.html', 'query'],
      ['embed-corridors', 'embed.html?view=corridors', 'embed.html', 'query'],
      ['embed-network', 'embed.html?view=network', 'embed.html', 'query'],
    ]);
  });

  it("opens a page's prerendered file where the build has it, and the query form elsewhere", () => {
    const pages = benchPages(outDir('index.html', 'embed.html', 'trade/index.html', 'embed/network/index.html'));
    const byId = Object.fromEntries(pages.map((page) => [page.id, page]));
    expect(byId.trade).toMatchObject({ url: 'trade/index.html', file: 'trade/index.html', form: 'path', kind: 'view', view: 'trade' });
    expect(byId['embed-network']).toMatchObject({ url: 'embed/network/index.html', form: 'path', kind: 'embed', view: 'network' });
    expect(byId.investment).toMatchObject({ url: 'index.html?view=investment', form: 'query' });
    expect(byId['embed-trade']).toMatchObject({ url: 'embed.html?view=trade', form: 'query' });
    // Overview is index.html either way; it follows the layout of the other view pages.
    expect(byId.overview).toMatchObject({ url: 'index.html', form: 'path' });
  });

  it('does not take the Russian or a pinned version’s page for the English one', () => {
    const pages = benchPages(outDir('index.html', 'embed.html', 'ru/trade/index.html', 'v/8625b635813f/embed/trade/index.html'));
    expect(pages.every((page) => page.form === 'query')).toBe(true);
  });
});

describe('selectPages', () => {
  const pages = benchPages(outDir('index.html', 'embed.html'));
  it('keeps the named pages in the bench order, and all without names', () => {
    expect(selectPages(pages, ['embed-trade', 'trade']).map((page) => page.id)).toEqual(['trade', 'embed-trade']);
    expect(selectPages(pages, undefined)).toHaveLength(10);
  });
  it('refuses an unknown page id', () => {
    expect(() => selectPages(pages, ['trade', 'embed-sources'])).toThrow(/embed-sources/);
  });
});

const entry = (url: string, responseEnd: number, encodedBytes: number, extra: Partial<NetworkEntry> = {}): NetworkEntry => ({
  url: `http://127.0.0.1:4401/${url}`,
  kind: 'resource',
  encodedBytes,
  responseEnd,
  isRenderBlocking: false,
  ...extra,
});

describe('bytesBeforeChart', () => {
  const entries: NetworkEntry[] = [
    // The document streams on after the prerendered chart is parsed: still counted.
    entry('trade/index.html', 320, 4_600, { kind: 'document' }),
    // Render-blocking CSS finishing after the chart entered the DOM: the paint needs it.
    entry('assets/styles.css', 260, 5_500, { isRenderBlocking: true }),
    entry('assets/main.js', 150, 120_000),
    entry('data/facts.json', 199, 9_000),
    entry('data/manifest.json', 200, 700),
    entry('data/mentions.json', 201, 30_000),
    entry('assets/late-chunk.js', 900, 40_000),
  ];

  it('counts what finished by the chart, the document and render-blocking files, in finishing order', () => {
    const counted = bytesBeforeChart(entries, 200);
    expect(counted.bytes).toBe(4_600 + 5_500 + 120_000 + 9_000 + 700);
    expect(counted.requests).toBe(5);
    expect(counted.blockingBytes).toBe(4_600 + 5_500);
    expect(counted.urls.map((url) => new URL(url).pathname)).toEqual([
      '/assets/main.js',
      '/data/facts.json',
      '/data/manifest.json',
      '/assets/styles.css',
      '/trade/index.html',
    ]);
  });

  it('leaves out data: and blob: URLs, which never touch the network', () => {
    const inline = [
      entry('x', 10, 1),
      { ...entry('', 10, 500), url: 'data:image/svg+xml,<svg/>' },
      { ...entry('', 10, 800), url: 'blob:http://x/1' },
    ];
    expect(bytesBeforeChart(inline, 100)).toMatchObject({ bytes: 1, requests: 1 });
  });

  it('counts everything at Infinity and refuses a chart that never appeared', () => {
    expect(bytesBeforeChart(entries, Infinity).bytes).toBe(4_600 + 5_500 + 120_000 + 9_000 + 700 + 30_000 + 40_000);
    expect(() => bytesBeforeChart(entries, NaN)).toThrow(/never appeared/);
  });
});

describe('meetsTargets', () => {
  const passing: LighthouseFigures = {
    performance: 99,
    accessibility: 100,
    bestPractices: 100,
    lcpMs: 1200,
    tbtMs: 50,
    cls: 0,
    fcpMs: 800,
  };
  it('passes at the limits', () => {
    expect(meetsTargets(passing, true)).toEqual({ performance: true, lcp: true, tbt: true, cls: true, chartInFirstHtml: true });
  });
  it('fails each figure just past its limit, and CLS above 0 however small', () => {
    expect(meetsTargets({ ...passing, performance: 98, lcpMs: 1201, tbtMs: 51, cls: 0.0001 }, false)).toEqual({
      performance: false,
      lcp: false,
      tbt: false,
      cls: false,
      chartInFirstHtml: false,
    });
  });
});
