/**
 * Charts in someone else's report: a plain HTML page on another origin embeds each chart with the
 * responsive snippet and with the plain iframe, taken from the Embed dialog; and a pinned embed
 * keeps its dataset version after the dataset is rebuilt with a change.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { preview } from 'vite';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { loadInputs } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { buildIframeSnippets, EMBED_HEIGHT } from '../../src/lib/embed-snippets';
import { openLive } from './live';

const ROOT = join(import.meta.dirname, '..', '..');
// The report lives on its own local server (another origin than the app's). It must be a real
// loopback server: Chromium's local-network checks block a page of unknown address from framing one.
// E2E_REPORT_PORT lets several checkouts run this spec side by side (as E2E_PORT does); the spec
// also listens on the port below it (a rebuilt copy of the site) and the one above (a second report).
const REPORT_PORT = Number(process.env.E2E_REPORT_PORT ?? 4191);
const SITE_PORT = REPORT_PORT - 1;
const REPORT_URL = `http://127.0.0.1:${REPORT_PORT}/report.html`;
const CHARTS = [
  { view: 'trade', title: 'Kazakhstan–Russia trade reached $28 billion in 2024', ready: '.trade-dot' },
  {
    view: 'investment',
    title: 'Russia has invested more than $26 billion in Kazakhstan, $4 billion of it in 2024',
    ready: '.investment-bar',
  },
  { view: 'corridors', title: 'Transport corridors, pipelines and hubs', ready: '[data-corridor-id]' },
  { view: 'network', title: 'Who speaks, and who is mentioned with whom', ready: '[data-node-id]' },
] as const;

/** Opens the view's Embed dialog and reads both snippets. */
async function snippetsFor(page: Page, base: string, view: string, pinned = false) {
  await openLive(page, `${base}?view=${view}&v=1`);
  await page.getByRole('button', { name: 'Share & download' }).click();
  await page.getByRole('menuitem', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  if (pinned) await dialog.getByLabel(/Pinned to version/).check();
  const responsive = await dialog.getByLabel(/^Responsive/).inputValue();
  const plain = await dialog.getByLabel(/^Plain iframe/).inputValue();
  return { responsive, plain };
}

/** Writes report.html into a fresh folder and serves it; returns a function that stops it. */
async function serveReport(body: string, port = REPORT_PORT): Promise<() => Promise<void>> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-report-'));
  writeFileSync(
    join(folder, 'report.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title></head><body><h1>My report</h1>${body}</body></html>`,
  );
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: folder },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  };
}

test('each chart embeds in a report page, responsive and plain, with no third-party requests', async ({ page, baseURL }) => {
  const parts: string[] = [];
  for (const chart of CHARTS) {
    const { responsive, plain } = await snippetsFor(page, baseURL!, chart.view);
    expect(responsive).toContain('data-partnership-atlas');
    expect(responsive).toContain('embed.js');
    expect(plain).not.toContain('<script');
    expect(plain).toContain('sandbox="allow-scripts');
    parts.push(
      `<h2>${chart.view} (responsive)</h2>${responsive}`,
      `<h2>${chart.view} (plain)</h2>${plain.replace('<iframe ', `<iframe data-plain="${chart.view}" `)}`,
    );
  }
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const stopReport = await serveReport(parts.join('\n'));
  test.info().attach('report', { body: parts.join('\n'), contentType: 'text/html' });
  try {
    await page.goto(REPORT_URL);

    for (const chart of CHARTS) {
      const responsive = page.locator(`iframe[data-partnership-atlas][src*="/embed/${chart.view}/"]`);
      const plain = page.locator(`iframe[data-plain="${chart.view}"]`);
      for (const frame of [responsive, plain]) {
        await frame.scrollIntoViewIfNeeded();
        const content = frame.contentFrame();
        await content.locator('html[data-app="live"]').waitFor({ state: 'attached', timeout: 15_000 });
        await expect(content.locator(chart.ready).first()).toBeVisible();
        await expect(content.getByRole('heading', { name: chart.title })).toBeVisible();
        await expect(content.locator('.chart-frame__source')).toContainText('· Partnership Atlas');
        await expect(content.getByRole('link', { name: 'Open the full view ↗' })).toHaveAttribute('href', new RegExp(`/${chart.view}/$`));
      }
      // The responsive frame takes the chart's height: its height equals its document's.
      await expect
        .poll(async () => {
          const frameHeight = (await responsive.boundingBox())?.height ?? 0;
          const documentHeight = await responsive
            .contentFrame()
            .locator('html')
            .evaluate((html) => html.scrollHeight);
          return Math.abs(frameHeight - documentHeight) <= 2 && frameHeight > 300;
        })
        .toBe(true);
    }
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([new URL(baseURL!).origin, `http://127.0.0.1:${REPORT_PORT}`].sort());
    await page.screenshot({ path: 'test-results/screenshots/report-page.png', fullPage: true });
  } finally {
    await stopReport();
  }
});

test('a frame below the fold goes live and takes its chart’s height before the reader scrolls to it', async ({ page, baseURL }) => {
  // Below the viewport but near enough for the browser's lazy loading to load it; a frame out of
  // sight on another origin draws no frames, so it reports no paint to wait for.
  const { responsive } = buildIframeSnippets(`${baseURL}embed/trade/`, 'Trade', `${baseURL}embed.js`);
  const stopReport = await serveReport(`<div style="height:${page.viewportSize()!.height + 200}px"></div>${responsive}`);
  try {
    await page.goto(REPORT_URL);
    const frame = page.locator('iframe[data-partnership-atlas]');
    await frame.contentFrame().locator('html[data-app="live"]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).not.toBe(EMBED_HEIGHT.responsive);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await frame.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  } finally {
    await stopReport();
  }
});

test('a pinned embed keeps its dataset version after the dataset is rebuilt with a change', async ({ page }) => {
  test.setTimeout(120_000);
  // A copy of the production build, then a rebuild of its data with one name changed.
  const site = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  const before = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8')).datasetVersion as string;
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('annotations do not load');
  const people = loaded.inputs.annotations.people as { id: string; nameEn: string }[];
  people.find((person) => person.id === 'anton-arutyunov')!.nameEn = 'Anton G. Arutyunov';
  const rebuilt = buildDataset(loaded.inputs);
  if (!rebuilt.ok) throw new Error('the changed dataset does not build');
  for (const [name, text] of Object.entries(serialiseDataset(rebuilt.files))) {
    mkdirSync(dirname(join(site, 'data', name)), { recursive: true });
    writeFileSync(join(site, 'data', name), text);
  }
  const after = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8')).datasetVersion as string;
  expect(after).not.toBe(before);
  // A new dataset is published with `npm run build`, whose last step draws the pages again.
  execFileSync('npx', ['tsx', 'prerender/run.ts', `--dist=${site}`], { cwd: ROOT, stdio: 'pipe' });

  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: site },
    preview: { port: SITE_PORT, strictPort: true, host: '127.0.0.1' },
  });
  try {
    const base = `http://127.0.0.1:${SITE_PORT}/`;
    const stopReport = await serveReport(
      `<iframe id="live" title="live" src="${base}embed.html?view=trade&v=1" style="width:100%;height:700px"></iframe>
       <iframe id="pinned" title="pinned" src="${base}embed.html?view=trade&data=${before}&v=1" style="width:100%;height:700px"></iframe>`,
      REPORT_PORT + 1,
    );
    await page.goto(`http://127.0.0.1:${REPORT_PORT + 1}/report.html`);
    const live = page.locator('#live').contentFrame();
    const pinned = page.locator('#pinned').contentFrame();
    for (const frame of [live, pinned]) await frame.locator('html[data-app="live"]').waitFor({ state: 'attached' });
    await expect(live.locator('.chart-frame__source')).toContainText('Anton G. Arutyunov');
    await expect(pinned.locator('.chart-frame__source')).toContainText('Anton Arutyunov, ');
    await expect(pinned.locator('.chart-frame__source')).not.toContainText('Anton G. Arutyunov');
    await expect(pinned.getByText(`Data version ${before} (pinned)`)).toBeVisible();
    await stopReport();
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
