/**
 * The social images the build draws: 1200 × 630 PNGs from the page in its own language, the chart
 * view's one holding the SVG the share menu downloads, the title large enough for a chat preview.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { renderOgImages } from '../../prerender/og-images';
import { readPngSize } from '../../prerender/png-size';
import { openLive } from './live';

test('draws a chart card and a title card, 1200 × 630, with the page’s own words', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const pages = [
    { url: 'ru/trade/', outFile: testInfo.outputPath('ru-trade.png') },
    { url: 'sources/', outFile: testInfo.outputPath('en-sources.png') },
  ];
  const lines: string[] = [];
  const results = await renderOgImages({ baseUrl: baseURL!, pages, log: (line) => lines.push(line) });
  expect(lines).toHaveLength(2);

  // The words come from the page: the chart's title in Russian, the view's name in English.
  await openLive(page, pages[0]!.url);
  const chartTitle = (await page.locator('.chart-frame__title').textContent())!;
  await openLive(page, pages[1]!.url);
  const viewName = (await page.locator('main').getAttribute('aria-label'))!;
  expect(results.map((result) => [result.kind, result.title])).toEqual([
    ['chart', chartTitle],
    ['title-card', viewName],
  ]);
  expect(chartTitle).toMatch(/[а-яё]/);

  for (const result of results) {
    const png = readFileSync(result.outFile);
    expect(readPngSize(png), result.outFile).toEqual({ width: 1200, height: 630 });
    // Nothing cut off: neither the exported SVG's lines nor the card's words.
    expect(result.overflowing, result.outFile).toEqual([]);
    // The title is set at least half as large again as the export's 24 px.
    expect(result.typeScale).toBeGreaterThanOrEqual(1.5);
  }
  const chart = results[0]!;
  expect(chart.svg!.width).toBeGreaterThanOrEqual(640);
  // A card of words compresses to a few tens of kB; with a drawn chart it is larger.
  expect(readFileSync(chart.outFile).length).toBeGreaterThan(readFileSync(results[1]!.outFile).length);
});
