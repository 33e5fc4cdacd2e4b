/** Charts leave the browser with their source: SVG, PNG, CSV and print to PDF, checked for content. */
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openLive } from './live';

/** The downloads sit in the chart's "Share & download" menu: open it, then choose one. */
async function download(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Share & download' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFileSync((await file.path())!);
}

test.beforeEach(async ({ page }) => {
  await openLive(page, './?view=trade&v=1');
  await expect(page.locator('.trade-dot').first()).toBeVisible();
});

test('SVG: standalone, with title, legend and source line, and renders alone in a second browser page', async ({
  page,
  browser,
}, testInfo) => {
  const svg = (await download(page, 'Download SVG')).toString('utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('Kazakhstan–Russia trade reached $28 billion in 2024');
  expect(svg).toContain('Stated in an article');
  // The source line may wrap over several <text> lines in the file.
  expect(svg).toMatch(/Source: [^<]*Anton Arutyunov[\s\S]* ·(\s|<[^>]+>)*Partnership Atlas/);
  expect(svg).not.toContain('var(--');

  // A fresh page loading nothing but the file: no app CSS, no fonts from us.
  const path = testInfo.outputPath('trade.svg');
  writeFileSync(path, svg);
  const context = await browser.newContext();
  const alone = await context.newPage();
  await alone.goto(`file://${path}`);
  const text = await alone.evaluate(() => document.documentElement.textContent ?? '');
  expect(text).toContain('Partnership Atlas');
  expect(await alone.locator('circle').count()).toBeGreaterThan(3);
  const shot = await alone.screenshot();
  // A blank page compresses to a few kB; a drawn chart does not.
  expect(shot.length).toBeGreaterThan(15_000);
  await context.close();
});

test('PNG: twice the size of the SVG, and not blank', async ({ page }) => {
  const svg = (await download(page, 'Download SVG')).toString('utf8');
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1]);
  const height = Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1]);
  const png = await download(page, 'Download PNG');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(width * 2);
  expect(png.readUInt32BE(20)).toBe(height * 2);
  expect(png.length).toBeGreaterThan(20_000);
});

test('CSV: exactly the rows shown, with the source columns', async ({ page }) => {
  const csv = (await download(page, 'Download CSV')).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csvParse(csv.slice(1));
  expect(rows.columns).toEqual([
    'year',
    'turnover_usd_billion',
    'value_as_stated',
    'qualifier',
    'stated_or_derived',
    'speaker',
    'source',
    'evidence',
    'fact_id',
  ]);
  expect(rows.map((row) => [row.year, row.turnover_usd_billion, row.stated_or_derived])).toEqual([
    ['2021', '23.6', 'derived'],
    ['2022', '26', 'stated'],
    ['2024', '28', 'stated'],
  ]);
  expect(rows[2]!.evidence).toBe('В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.');

  // Filters change what is shown, and so what is downloaded.
  await page.getByRole('combobox', { name: 'From' }).selectOption('2023');
  const filtered = csvParse((await download(page, 'Download CSV')).toString('utf8').slice(1));
  expect(filtered.map((row) => row.year)).toEqual(['2024']);
});

test('Print to PDF: an A4 page with the chart, title, filters and source line', async ({ page }) => {
  await page.getByRole('button', { name: 'Energy', exact: true }).click();
  await page.getByRole('button', { name: 'Trade', exact: true }).click();
  await page.getByRole('button', { name: 'Energy', exact: true }).click();
  await expect(page.locator('.trade-dot').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const firstPage = await document.getPage(1);
  const { width, height } = firstPage.getViewport({ scale: 1 });
  // A4 is 595 × 842 points (210 × 297 mm).
  expect(Math.abs(width - 595)).toBeLessThan(2);
  expect(Math.abs(height - 842)).toBeLessThan(2);
  const text = (await firstPage.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
  expect(text).toContain('Kazakhstan–Russia trade reached $28 billion in 2024');
  expect(text).toContain('Filters: Trade');
  expect(text).toContain('Dataset version');
  expect(text).toMatch(/Source:.*Partnership Atlas/);
  expect(text).toContain('2024');
  expect(text).not.toContain('Download SVG');
});

test('the whole dataset downloads as CSV and JSON, with a citation file', async ({ page, request }) => {
  await openLive(page, './?view=sources&v=1');
  const section = page.getByRole('region', { name: 'Download the dataset' });
  const factsHref = await section.getByRole('link', { name: 'facts.csv' }).getAttribute('href');
  const facts = csvParse((await (await request.get(new URL(factsHref!, page.url()).href)).text()).replace(/^\uFEFF/, ''));
  const turnover = facts.find((row) => row.id === 'trade-turnover-2024')!;
  expect(turnover).toMatchObject({ value: '28', unit: 'USD', speaker_en: 'Anton Arutyunov', outlet: 'Unnamed Kazakhstani newspaper' });
  expect(turnover.quote).toContain('28 млрд долларов');
  const citationHref = await section.getByRole('link', { name: /CITATION.cff/ }).getAttribute('href');
  const citation = await (await request.get(new URL(citationHref!, page.url()).href)).text();
  expect(citation).toContain('cff-version: 1.2.0');
  expect(citation).toMatch(/version: "[0-9a-f]{12}"/);
  const jsonHref = await section.getByRole('link', { name: 'facts.json' }).getAttribute('href');
  expect((await (await request.get(new URL(jsonHref!, page.url()).href)).json()).facts.length).toBe(13);
});

test('SVG: no line of text runs past the file’s edge, in Russian, on a wide and a narrow screen', async ({ page }) => {
  test.setTimeout(60_000);
  for (const width of [1280, 660]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [view, ready] of [
      ['trade', '.trade-dot'],
      ['corridors', '[data-corridor-id]'],
    ] as const) {
      await openLive(page, `./?view=${view}&lang=ru&v=1`);
      await expect(page.locator(ready).first()).toBeVisible();
      await page.getByRole('button', { name: 'Поделиться и скачать' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Скачать SVG' }).click()]);
      const svg = readFileSync((await file.path())!, 'utf8');
      // Measured in this browser's own fonts, where the export was made.
      const past = await page.evaluate((svg) => {
        const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
        const holder = document.createElement('div');
        holder.append(document.importNode(root, true));
        document.body.append(holder);
        const width = Number(root.getAttribute('width'));
        const texts = Array.from(holder.querySelectorAll(':scope > svg > text, :scope > svg > g > text')) as SVGTextElement[];
        const result = texts.filter((text) => text.getBBox().x + text.getBBox().width > width).map((text) => text.textContent);
        holder.remove();
        return { count: texts.length, result };
      }, svg);
      // Title, subtitle, notes and source line at least.
      expect(past.count, `${view} at ${width}`).toBeGreaterThanOrEqual(4);
      expect(past.result, `${view} at ${width}`).toEqual([]);
    }
  }
});
