/**
 * `npm run bench`: prints the figures the performance goals are judged by and writes them to
 * bench/report.json and bench/report.md. Nothing here passes or fails: it measures.
 *
 *  1. Transfer per route (JS, CSS, data, map shapes; gzip), and the same app built as one chunk.
 *  2. Lighthouse (mobile preset) on every route of the production build, in the local Chromium.
 *  3. At ×1, ×10, ×100, ×1000 the data (synthetic, see synthetic-dataset.ts): the data build time
 *     (clean, and incremental: one article added after a warm cache, see data-build.ts), the filter-change time (recomputing every view's model in Node, and the click-to-frame
 *     time in Chromium), and the network view's layout and frame times.
 *
 * Options: --scales 1,10,100 (default 1,10,100,1000), --skip-lighthouse, --only-scales (skip 1 and 2),
 * --data-from=<dir> (read each scale's published files from <dir>/x<scale>/ instead of building
 * them: the browser figures without the minutes of the ×1000 data build; data build times are then
 * not measured). Env BENCH_PORT_BASE (default 4300): the preview servers listen on BASE+1…BASE+10,
 * so two runs do not collide.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { serialiseDataset } from '../pipeline/emit/serialise-dataset';
import { DATASET_IDS } from '../src/data/schemas/dataset';
import { loadInputs } from '../pipeline/sources/load';
import type { DatasetFiles } from '../src/data/schemas/dataset';
import { buildInvestment } from '../src/features/investment/build-investment';
import { buildNetworkGraph, layoutNetwork } from '../src/features/network/build-network';
import { buildOverview } from '../src/features/overview/build-overview';
import { buildTradeTimeline } from '../src/features/trade/build-trade-timeline';
import { buildFactFilter, buildSubjectFilter, NO_FILTERS, type DataFilters } from '../src/lib/filters';
import { VIEW_IDS } from '../src/state/view-state';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/chromium';
import { measureDataBuild } from './data-build';

const ROOT = join(import.meta.dirname, '..');
const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (argument('scales') ?? '1,10,100,1000').split(',').map(Number);
const SKIP_LIGHTHOUSE = process.argv.includes('--skip-lighthouse');
const ONLY_SCALES = process.argv.includes('--only-scales');
const DATA_FROM = argument('data-from');
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4300);
/** The map's shapes as the data build writes them (pipeline/emit/serialise-dataset.ts). */
const SHAPES_FILE = 'data/map/countries.json';
const IS_SHAPES = /\/data\/(?:v\/[^/]+\/)?map\/countries\.json$/;
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, Node ${process.version}`,
};
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

async function servePreview(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ root: ROOT, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
}

async function launch() {
  return chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
}

/** Every response a route loads, grouped, with gzip sizes computed from the bodies. */
async function measureTransfer(page: Page, url: string, ready: string) {
  const sizes = { js: 0, css: 0, data: 0, shapes: 0, html: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const gzip = gzipSync(body, { level: 9 }).length;
          const path = new URL(response.url()).pathname;
          const key = IS_SHAPES.test(path)
            ? 'shapes'
            : path.endsWith('.js')
              ? 'js'
              : path.endsWith('.css')
                ? 'css'
                : path.includes('/data/')
                  ? 'data'
                  : path.endsWith('.html') || path.endsWith('/')
                    ? 'html'
                    : 'other';
          sizes[key] += gzip;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { ...sizes, total: Object.values(sizes).reduce((sum, value) => sum + value, 0) };
}

const READY: Record<string, string> = {
  overview: '.figure-card',
  trade: '.trade-dot, .chart-empty',
  investment: '.investment-bar, .chart-empty',
  corridors: '[data-corridor-id], .chart-empty',
  network: '[data-node-id], canvas.network, .chart-empty',
  sources: 'tr[data-fact-id]',
};

async function benchTransfer() {
  say('## 1. Transfer per route (gzip, production build)');
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BENCH_SINGLE_CHUNK: '1' } });
  for (const dir of ['dist', 'dist-single'])
    if (!existsSync(join(ROOT, dir, SHAPES_FILE)))
      throw new Error(`bench: the map shapes ${SHAPES_FILE} are not in ${dir}: did the data build move them?`);
  const browser = await launch();
  const results: Record<string, Record<string, number>> = {};
  for (const [label, outDir, port] of [
    ['split', 'dist', PORT_BASE + 1],
    ['single-chunk', 'dist-single', PORT_BASE + 2],
  ] as const) {
    const server = await servePreview(outDir, port);
    for (const view of VIEW_IDS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      results[`${label}:${view}`] = await measureTransfer(
        page,
        `http://127.0.0.1:${port}/${view === 'overview' ? '' : `?view=${view}`}`,
        READY[view]!,
      );
      await context.close();
      if (view === 'corridors' && results[`${label}:${view}`]!.shapes === 0)
        throw new Error(`bench: the corridors route (${label}) loaded no ${SHAPES_FILE}: the map shapes are counted from that file`);
      if (label === 'split' && view === 'sources') {
        // With a selection the Sources view fetches its parts too: the person's mentions and the
        // texts of the articles its excerpts come from (texts/<article>.json, mentions/<entity>.json).
        const selectedContext = await browser.newContext();
        results['split:sources+selection'] = await measureTransfer(
          await selectedContext.newPage(),
          `http://127.0.0.1:${port}/?view=sources&sel=person:anton-arutyunov`,
          'figure.excerpt',
        );
        await selectedContext.close();
      }
      if (label !== 'split' || view === 'overview' || view === 'sources') continue;
      const embedContext = await browser.newContext();
      const embedPage = await embedContext.newPage();
      results[`embed:${view}`] = await measureTransfer(embedPage, `http://127.0.0.1:${port}/embed.html?view=${view}&v=1`, READY[view]!);
      await embedContext.close();
    }
    await server.close();
  }
  await browser.close();
  say('| route | JS | CSS | data | map shapes | total | single-chunk build total |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const view of VIEW_IDS) {
    const split = results[`split:${view}`]!;
    const single = results[`single-chunk:${view}`]!;
    say(
      `| ${view} | ${kb(split.js!)} | ${kb(split.css!)} | ${kb(split.data!)} | ${kb(split.shapes!)} | **${kb(split.total!)}** | ${kb(single.total!)} |`,
    );
  }
  const selected = results['split:sources+selection']!;
  say(
    `| sources, a person selected | ${kb(selected.js!)} | ${kb(selected.css!)} | ${kb(selected.data!)} | ${kb(selected.shapes!)} | **${kb(selected.total!)}** | – |`,
  );
  say();
  say('Data per route at ×N synthetic data, before and after the split: `npx tsx bench/data-transfer.ts --scales=1,10,1000`.');
  say();
  const embedScript = readFileSync(join(ROOT, 'dist', 'embed.js'));
  const embedScriptGzip = gzipSync(embedScript, { level: 9 }).length;
  say(`Embeds: the resize script embed.js is ${kb(embedScriptGzip)} gzip (${embedScript.length} bytes raw).`);
  say();
  say('| embed page | JS | CSS | data | map shapes | total |');
  say('| --- | --- | --- | --- | --- | --- |');
  for (const view of VIEW_IDS) {
    const embed = results[`embed:${view}`];
    if (embed)
      say(
        `| embed.html?view=${view} | ${kb(embed.js!)} | ${kb(embed.css!)} | ${kb(embed.data!)} | ${kb(embed.shapes!)} | **${kb(embed.total!)}** |`,
      );
  }
  say();
  report.transfer = { ...results, embedScriptGzipBytes: embedScriptGzip };
}

async function benchLighthouse() {
  say('## 2. Lighthouse, mobile preset (production build, local Chromium)');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await servePreview('dist', PORT_BASE + 3);
  const chrome = await chromeLauncher.launch({ chromePath: await resolveChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores: Record<string, Record<string, number>> = {};
  say('| route | performance | accessibility | best practices | LCP | TBT | CLS |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const view of VIEW_IDS) {
    const url = `http://127.0.0.1:${PORT_BASE + 3}/${view === 'overview' ? '' : `?view=${view}`}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    scores[view] = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') };
    say(
      `| ${view} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} |`,
    );
  }
  chrome.kill();
  await server.close();
  say();
  report.lighthouse = scores;
}

/** A scale's files as `npm run data` would publish them, from --data-from (no build timed). */
function readBuilt(scale: number): { result: { ok: true; files: DatasetFiles }; fullMs: number; incrementalMs: number } {
  const files = Object.fromEntries(
    DATASET_IDS.map((id) => [id, JSON.parse(readFileSync(join(DATA_FROM!, `x${scale}`, `${id}.json`), 'utf8')) as unknown]),
  ) as unknown as DatasetFiles;
  return { result: { ok: true, files }, fullMs: NaN, incrementalMs: NaN };
}

/** Recomputes every view's model for a filter, as the app does on a filter change. */
function recomputeViews(files: DatasetFiles, filters: DataFilters) {
  buildOverview(files, filters);
  buildTradeTimeline(files, filters, null);
  buildInvestment(files, filters, null);
  buildSubjectFilter(files, filters);
  files.facts.facts.filter(buildFactFilter(files, filters));
  return buildNetworkGraph(files, filters);
}

// The in-page measurements are plain JavaScript strings: tsx (esbuild) would otherwise wrap the
// functions with helpers that do not exist inside the page.

/**
 * Click a topic; React renders and commits in the microtask after the event. The work time runs
 * from the click to the end of the style and layout that commit causes (forced by reading a
 * size): the part of the frame budget this app spends. Painting is the browser's own.
 */
const CLICK_TO_FRAME = `(async () => {
  const button = [...document.querySelectorAll('button.chip')].find((chip) => chip.textContent === 'Energy');
  const start = performance.now();
  button.click();
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  document.querySelector('main').getBoundingClientRect();
  return performance.now() - start;
})()`;

/**
 * Frame intervals while the reader zooms the network with the wheel (Ctrl + wheel, as the chart
 * asks): one wheel event per animation frame for about a second, in and then out, over the
 * middle of whichever element draws (SVG or canvas). The interval between frames includes the
 * zoom handling, React's render and the redraw, so a slow renderer shows up as long frames.
 */
const ZOOM_FRAMES = `(async () => {
  const target = document.querySelector('svg.network, canvas.network');
  if (!target) return [];
  const box = target.getBoundingClientRect();
  const intervals = [];
  let last = performance.now();
  for (let i = 0; i < 60; i++) {
    target.dispatchEvent(new WheelEvent('wheel', {
      bubbles: true, cancelable: true, ctrlKey: true, deltaMode: 0,
      deltaY: i < 30 ? -4 : 4,
      clientX: box.left + box.width / 2 + (i % 10) * 4, clientY: box.top + box.height / 2,
    }));
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    intervals.push(now - last);
    last = now;
  }
  return intervals.slice(1);
})()`;

async function filterChangeInBrowser(page: Page, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) times.push(await page.evaluate<number>(CLICK_TO_FRAME));
  return times;
}

async function networkFrames(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(ZOOM_FRAMES);
}

async function benchScales() {
  say('## 3. Scaling with synthetic data');
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('the annotations do not load');
  type ScaleRow = Record<
    | 'scale'
    | 'articles'
    | 'people'
    | 'mentions'
    | 'edges'
    | 'dataBuildMs'
    | 'incrementalBuildMs'
    | 'filterChangeNodeMs'
    | 'otherRendererFrameP95Ms'
    | 'filterChangeOverviewFrameMs'
    | 'filterChangeNetworkFrameMs'
    | 'networkLayoutNodeMs'
    | 'networkFirstRenderMs'
    | 'networkFrameMedianMs'
    | 'networkFrameP95Ms',
    number
  > & { networkRenderer: string };
  const rows: ScaleRow[] = [];
  const browser = await launch();
  for (const scale of SCALES) {
    // Throws when the synthetic data does not build; the byte-identity check is bench/data-build.ts's.
    const dataBuild = DATA_FROM ? readBuilt(scale) : measureDataBuild(loaded.inputs, scale, false);
    if (!dataBuild.result.ok) throw new Error(`×${scale}: the synthetic data does not build`);
    const files = dataBuild.result.files;
    const counts = {
      articles: files.articles.articles.length,
      people: files.entities.people.length,
      mentions: files.mentions.mentions.length,
      edges: files.network.edges.length,
    };
    const energy: DataFilters = { ...NO_FILTERS, topics: ['energy'] };
    const filterNodeMs = median([0, 1, 2, 3, 4].map((round) => time(() => recomputeViews(files, round % 2 ? NO_FILTERS : energy))[1]));
    const graph = buildNetworkGraph(files, NO_FILTERS);
    const [, layoutMs] = time(() => layoutNetwork(graph, 1100, 700));

    // Serve the production build with this dataset in place of the shipped one.
    const outDir = join(ROOT, 'dist-bench');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(join(ROOT, 'dist'), outDir, { recursive: true });
    mkdirSync(join(outDir, 'data'), { recursive: true });
    for (const [name, text] of Object.entries(serialiseDataset(files))) {
      mkdirSync(dirname(join(outDir, 'data', name)), { recursive: true });
      writeFileSync(join(outDir, 'data', name), text);
    }
    const server = await servePreview('dist-bench', PORT_BASE + 10);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${PORT_BASE + 10}/`;
    await page.goto(base);
    await page.locator('.figure-card').first().waitFor({ timeout: 300_000 });
    const overviewFilter = await filterChangeInBrowser(page, 6);
    const networkStart = performance.now();
    await page.goto(`${base}?view=network`);
    await page.locator('[data-node-id], canvas.network').first().waitFor({ timeout: 600_000 });
    const networkFirstRender = performance.now() - networkStart;
    const frames = await networkFrames(page);
    const networkFilter = await filterChangeInBrowser(page, 4);
    const isCanvas = (await page.locator('canvas.network').count()) > 0;
    // The same graph in the other renderer, to see where SVG stops keeping up.
    await page.evaluate(`localStorage.setItem('atlas:network-renderer', '${isCanvas ? 'svg' : 'canvas'}')`);
    await page.reload();
    await page.locator('[data-node-id], canvas.network').first().waitFor({ timeout: 600_000 });
    const otherFrames = await networkFrames(page);
    await page.evaluate(`localStorage.removeItem('atlas:network-renderer')`);
    await context.close();
    await server.close();

    const row: ScaleRow = {
      scale,
      ...counts,
      dataBuildMs: dataBuild.fullMs,
      incrementalBuildMs: dataBuild.incrementalMs,
      filterChangeNodeMs: filterNodeMs,
      filterChangeOverviewFrameMs: median(overviewFilter),
      filterChangeNetworkFrameMs: median(networkFilter),
      networkLayoutNodeMs: layoutMs,
      networkFirstRenderMs: networkFirstRender,
      networkFrameMedianMs: median(frames),
      networkFrameP95Ms: percentile(frames, 0.95),
      networkRenderer: isCanvas ? 'canvas' : 'svg',
      otherRendererFrameP95Ms: percentile(otherFrames, 0.95),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  await browser.close();
  rmSync(join(ROOT, 'dist-bench'), { recursive: true, force: true });
  say(
    'Filter change: the click until React has committed and the browser has laid the page out (median). Network frames: requestAnimationFrame intervals during zoom animations (16.7 ms = 60 fps).',
  );
  say();
  say('Data build: clean, in Node (incl. layout); incremental: one article added to that corpus, cache warm (read and written).');
  say();
  say(
    '| scale | articles | people | mentions | data build (incl. layout) | incremental build (+1 article) | filter change: models in Node | filter change: overview, browser | filter change: network, browser | network placement | network first render | network frame median / p95 | renderer (auto) | other renderer p95 |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const other = row.networkRenderer === 'svg' ? 'canvas' : 'svg';
    say(
      `| ×${row.scale} | ${row.articles} | ${row.people} | ${row.mentions} | ${ms(row.dataBuildMs)} | ${ms(row.incrementalBuildMs)} | ${ms(row.filterChangeNodeMs)} | ${ms(row.filterChangeOverviewFrameMs)} | ${ms(row.filterChangeNetworkFrameMs)} | ${ms(row.networkLayoutNodeMs)} | ${ms(row.networkFirstRenderMs)} | ${ms(row.networkFrameMedianMs)} / ${ms(row.networkFrameP95Ms)} | ${row.networkRenderer} | ${ms(row.otherRendererFrameP95Ms)} (${other}) |`,
    );
  }
  say();
  const at = (scale: number) => rows.find((row) => row.scale === scale);
  const quoted = [1, 100, 1000].filter((scale) => at(scale));
  if (quoted.length > 0) {
    const list = (key: 'dataBuildMs' | 'incrementalBuildMs') => quoted.map((scale) => ms(at(scale)![key])).join(' / ');
    say(`Data build ×${quoted.join(' / ×')}: clean ${list('dataBuildMs')}; one article added, warm cache ${list('incrementalBuildMs')}.`);
    const [small, large] = [at(100), at(1000)];
    if (small && large)
      say(
        `×1000 takes ${(large.dataBuildMs / small.dataBuildMs).toFixed(1)}× the clean build of ×100; the incremental build is ${((100 * large.incrementalBuildMs) / large.dataBuildMs).toFixed(1)} % of the clean one at ×1000.`,
      );
    say();
  }
  report.scales = rows;
}

say(`# Partnership Atlas benchmark (${report.date})`);
say(`Machine: ${report.machine}, ${(await import('node:os')).cpus().length} cores`);
say();
if (ONLY_SCALES) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
else await benchTransfer();
if (!SKIP_LIGHTHOUSE && !ONLY_SCALES) await benchLighthouse();
await benchScales();
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'report.md'), `${lines.join('\n')}\n`);
console.log('Wrote bench/report.json and bench/report.md');
