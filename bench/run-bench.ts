/**
 * `npm run bench`: prints the figures the performance goals are judged by and writes them to
 * bench/report.json and bench/report.md. Nothing here passes or fails: it measures (the issue's
 * targets are printed beside the figures, met or not).
 *
 *  1. Transfer per route (JS, CSS, data, map shapes; gzip), and the same app built as one chunk.
 *  2. Per view page and per embed page (bench/pages.ts), beside the single-chunk build in the
 *     same run: the HTML's gzip size, the bytes received before the chart is visible, whether the
 *     first HTML response holds the chart, and Lighthouse (mobile preset) in the local Chromium.
 *  3. At ×1, ×10, ×100, ×1000 the data (synthetic, see synthetic-dataset.ts): the data build time
 *     (clean, and incremental: one article added after a warm cache, see data-build.ts), the filter-change time (recomputing every view's model in Node, and the click-to-frame
 *     time in Chromium), and the network view's layout and frame times.
 *
 * Options: --scales 1,10,100 (default 1,10,100,1000), --skip-transfer (skip 1), --skip-scales (skip
 * 3), --only-scales (skip 1 and 2), --skip-lighthouse, --pages=trade,embed-trade (section 2 on those pages only; ids as in
 * bench/pages.ts), --lighthouse-runs=N (default 3: the median run per page), --no-build (measure dist/ and dist-single/ as they are), --dist=<dir> (read our
 * build from <dir> instead of dist/, e.g. a copy with pages added by hand), --data-from=<dir> (read
 * each scale's published files from <dir>/x<scale>/ instead of building them: the browser figures
 * without the minutes of the ×1000 data build; data build times are then not measured). Env
 * BENCH_PORT_BASE (default 4300): the preview servers listen on BASE+1…BASE+10, so two runs do not
 * collide.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
import type { DataCommandTimings } from '../pipeline/data-command';
import { htmlGzipBytes, isChartInFirstHtml, measureFirstChart, runLighthouse, type FirstChartFigures } from './page-figures';
import { benchPages, CHART_READY, meetsTargets, selectPages, TARGETS, type BenchPage, type LighthouseFigures } from './pages';

const ROOT = join(import.meta.dirname, '..');
const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (argument('scales') ?? '1,10,100,1000').split(',').map(Number);
const SKIP_LIGHTHOUSE = process.argv.includes('--skip-lighthouse');
const SKIP_SCALES = process.argv.includes('--skip-scales');
const SKIP_TRANSFER = process.argv.includes('--skip-transfer');
const ONLY_SCALES = process.argv.includes('--only-scales');
const NO_BUILD = process.argv.includes('--no-build');
const PAGE_IDS = argument('pages')?.split(',').filter(Boolean);
const LIGHTHOUSE_RUNS = Number(argument('lighthouse-runs') ?? 3);
const DATA_FROM = argument('data-from');
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4300);
/** Our build, and the naive one it is compared with (vite.config.ts, BENCH_SINGLE_CHUNK). */
const OUT_DIR = resolve(ROOT, argument('dist') ?? 'dist');
const SINGLE_DIR = resolve(ROOT, 'dist-single');
/** The map's shapes as the data build writes them (pipeline/emit/serialise-dataset.ts). */
const SHAPES_FILE = 'data/map/countries.json';
const IS_SHAPES = /\/data\/(?:v\/[^/]+\/)?map\/countries\.json$/;
const STARTED = performance.now();
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
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

async function servePreview(outDir: string, port: number): Promise<PreviewServer> {
  // vite preview gzips text responses over 1 kB (@polka/compression, zlib's default level), so
  // the bytes a browser receives from it are a static host's.
  return preview({ root: ROOT, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
}

async function launch() {
  return chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
}

/**
 * Builds ours with the project's own `npm run build` (whatever steps it has: the type check, vite,
 * prerendering) and the single-chunk one with vite alone, unless told to use them as they are.
 */
function build() {
  const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
    try {
      execFileSync(command, args, { cwd: ROOT, stdio: 'pipe', env, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`bench: ${command} ${args.join(' ')} failed:\n${`${stdout ?? ''}${stderr ?? ''}`.slice(-4000)}`, { cause: error });
    }
  };
  if (!NO_BUILD) {
    run('npm', ['run', 'build']);
    run('npx', ['vite', 'build'], { ...process.env, BENCH_SINGLE_CHUNK: '1' });
  }
  for (const dir of [OUT_DIR, SINGLE_DIR])
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`bench: no build in ${dir} (index.html missing)`);
}

/** A page's URL with more search parameters. */
const withSearch = (url: string, search: string) => `${url}${url.includes('?') ? '&' : '?'}${search}`;

/** Every response a route loads, grouped, with gzip sizes computed from the bodies. */
async function measureTransfer(page: Page, url: string, ready: string) {
  const sizes = { js: 0, css: 0, data: 0, pageData: 0, shapes: 0, html: 0, other: 0 };
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
            : path.endsWith('/page-data.json')
              ? 'pageData'
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
  for (const dir of [OUT_DIR, SINGLE_DIR])
    if (!existsSync(join(dir, SHAPES_FILE)))
      throw new Error(`bench: the map shapes ${SHAPES_FILE} are not in ${dir}: did the data build move them?`);
  const browser = await launch();
  const results: Record<string, Record<string, number>> = {};
  for (const [label, outDir, port] of [
    ['split', OUT_DIR, PORT_BASE + 1],
    ['single-chunk', SINGLE_DIR, PORT_BASE + 2],
  ] as const) {
    const server = await servePreview(outDir, port);
    const base = `http://127.0.0.1:${port}/`;
    // The single-chunk build has no embed page (vite.config.ts builds only index.html for it).
    for (const page of benchPages(outDir).filter((candidate) => label === 'split' || candidate.kind === 'view')) {
      const context = await browser.newContext();
      const key = page.kind === 'embed' ? `embed:${page.view}` : `${label}:${page.view}`;
      results[key] = await measureTransfer(await context.newPage(), `${base}${page.url}`, READY[page.view]!);
      await context.close();
      // A client-only page must fetch the shapes; a prerendered one may carry the map in its HTML.
      if (page.view === 'corridors' && page.form === 'query' && results[key]!.shapes === 0)
        throw new Error(`bench: ${page.url} (${label}) loaded no ${SHAPES_FILE}: the map shapes are counted from that file`);
      if (label === 'split' && page.id === 'sources') {
        // With a selection the Sources view fetches its parts too: the person's mentions and the
        // texts of the articles its excerpts come from (texts/<article>.json, mentions/<entity>.json).
        const selectedContext = await browser.newContext();
        results['split:sources+selection'] = await measureTransfer(
          await selectedContext.newPage(),
          `${base}${withSearch(page.url, 'sel=person:anton-arutyunov')}`,
          'figure.excerpt',
        );
        await selectedContext.close();
      }
    }
    await server.close();
  }
  await browser.close();
  // HTML has its own column: a prerendered page carries its chart; page data is what it hydrates
  // from (page-data.json: the queries' data and the carried layout results), fetched after paint.
  say('| route | HTML | page data | JS | CSS | data | map shapes | total | single-chunk build total |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const view of VIEW_IDS) {
    const split = results[`split:${view}`]!;
    const single = results[`single-chunk:${view}`]!;
    say(
      `| ${view} | ${kb(split.html!)} | ${kb(split.pageData!)} | ${kb(split.js!)} | ${kb(split.css!)} | ${kb(split.data!)} | ${kb(split.shapes!)} | **${kb(split.total!)}** | ${kb(single.total!)} |`,
    );
  }
  const selected = results['split:sources+selection']!;
  say(
    `| sources, a person selected | ${kb(selected.html!)} | ${kb(selected.pageData!)} | ${kb(selected.js!)} | ${kb(selected.css!)} | ${kb(selected.data!)} | ${kb(selected.shapes!)} | **${kb(selected.total!)}** | – |`,
  );
  say();
  say('Data per route at ×N synthetic data, before and after the split: `npx tsx bench/data-transfer.ts --scales=1,10,1000`.');
  say();
  const embedScript = readFileSync(join(OUT_DIR, 'embed.js'));
  const embedScriptGzip = gzipSync(embedScript, { level: 9 }).length;
  say(`Embeds: the resize script embed.js is ${kb(embedScriptGzip)} gzip (${embedScript.length} bytes raw).`);
  say();
  say('| embed page | HTML | page data | JS | CSS | data | map shapes | total |');
  say('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const page of benchPages(OUT_DIR).filter((candidate) => candidate.kind === 'embed')) {
    const embed = results[`embed:${page.view}`]!;
    say(
      `| ${page.url} | ${kb(embed.html!)} | ${kb(embed.pageData!)} | ${kb(embed.js!)} | ${kb(embed.css!)} | ${kb(embed.data!)} | ${kb(embed.shapes!)} | **${kb(embed.total!)}** |`,
    );
  }
  say();
  report.transfer = { ...results, embedScriptGzipBytes: embedScriptGzip };
}

/** One page's figures in one build. */
type PageRow = BenchPage &
  FirstChartFigures & {
    build: 'ours' | 'single-chunk';
    htmlGzipBytes: number;
    isChartInFirstHtml: boolean;
    lighthouse: LighthouseFigures | null;
  };

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const wholeMs = (value: number) => `${Math.round(value)} ms`;
const cls = (value: number) => (value === 0 ? '0' : value.toFixed(3));
const mark = (isMet: boolean) => (isMet ? '✓' : '✗');

async function benchPagesSection() {
  say('## 2. Pages: first HTML, bytes before the chart, Lighthouse (beside the single-chunk build)');
  const ours = selectPages(benchPages(OUT_DIR), PAGE_IDS);
  // The single-chunk build stays a client-only app with no embed page: an embed is compared with
  // its view's page there, the same chart in the naive build.
  const singleViews = benchPages(SINGLE_DIR).filter((page) => page.kind === 'view');
  const baselineOf = (page: BenchPage) => singleViews.find((candidate) => candidate.view === page.view)!;
  const servers = { ours: await servePreview(OUT_DIR, PORT_BASE + 4), 'single-chunk': await servePreview(SINGLE_DIR, PORT_BASE + 5) };
  const bases = { ours: `http://127.0.0.1:${PORT_BASE + 4}/`, 'single-chunk': `http://127.0.0.1:${PORT_BASE + 5}/` };
  const rows = new Map<string, PageRow>();
  const browser = await launch();
  for (const [build, page] of ours.flatMap((page) => [['ours', page] as const, ['single-chunk', baselineOf(page)] as const])) {
    const key = `${build}:${page.id}`;
    if (rows.has(key)) continue;
    const outDir = build === 'ours' ? OUT_DIR : SINGLE_DIR;
    rows.set(key, {
      ...page,
      build,
      htmlGzipBytes: htmlGzipBytes(outDir, page),
      ...(await measureFirstChart(browser, bases[build], page)),
      isChartInFirstHtml: await isChartInFirstHtml(browser, bases[build], page),
      lighthouse: null,
    });
  }
  await browser.close();
  const loadBefore = loadavg()[0]!;
  if (!SKIP_LIGHTHOUSE) {
    // One Chromium for every run, ours and the baseline's interleaved page by page, so a busy
    // moment on the machine weighs on both alike.
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({ chromePath: await resolveChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      for (const row of rows.values()) {
        row.lighthouse = await runLighthouse(chrome.port, `${bases[row.build]}${row.url}`, LIGHTHOUSE_RUNS);
        console.log(`Lighthouse ${row.build} ${row.url}: ${JSON.stringify(row.lighthouse)}`);
      }
    } finally {
      chrome.kill();
    }
  }
  await Promise.all(Object.values(servers).map((server) => server.close()));
  // Lighthouse scales the CPU time it observes by 4: other work on the machine inflates TBT and LCP.
  const load = `Load average (1 min) ${loadBefore.toFixed(1)} before Lighthouse and ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores.`;

  say(
    `HTML gzip: the page's HTML file at gzip level 9. Before the chart: the bytes on the wire (response bodies as served, gzip above 1 kB; headers not counted) of every response that had finished by the frame that paints the first chart with a mark, plus the document and its render-blocking CSS and scripts; loaded in Chromium with no network or CPU throttling at 412 × 823, empty cache, the median of 3 loads (module scripts downloaded in parallel may beat a long HTML's chart: the document + render-blocking column is the floor). Chart in first HTML: the chart is there with JavaScript off. Lighthouse: mobile preset (simulated slow 4G, 4× CPU), local Chromium, the median of ${LIGHTHOUSE_RUNS} run(s) per page (every run's score, and every run's TBT, in brackets).`,
  );
  say();
  say(
    `The chart: ${Object.entries(CHART_READY)
      .map(([view, selector]) => `${view} \`${selector}\``)
      .join(', ')}. The single-chunk build has no embed page: an embed's row beside it is the single-chunk build's page of the same view.`,
  );
  say();
  say(
    '| page | build | URL | HTML gzip | before the chart (requests) | of which document + render-blocking | all, network idle | chart in first HTML | performance | LCP | TBT | CLS | FCP |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const line = (label: string, row: PageRow) => {
    const lh = row.lighthouse;
    const figures = lh
      ? [
          `${lh.performance}${lh.performanceRuns && lh.performanceRuns.length > 1 ? ` (${lh.performanceRuns.join(', ')})` : ''}`,
          seconds(lh.lcpMs),
          `${wholeMs(lh.tbtMs)}${lh.tbtRuns && lh.tbtRuns.length > 1 ? ` (${lh.tbtRuns.join(', ')})` : ''}`,
          cls(lh.cls),
          seconds(lh.fcpMs),
        ]
      : ['–', '–', '–', '–', '–'];
    say(
      `| ${label} | ${row.build} | ${row.url} | ${kb(row.htmlGzipBytes)} | ${kb(row.bytesBeforeChart)} (${row.requestsBeforeChart}) | ${kb(row.blockingBytesBeforeChart)} | ${kb(row.bytesToNetworkIdle)} (${row.requestsToNetworkIdle}) | ${yesNo(row.isChartInFirstHtml)} | ${figures.join(' | ')} |`,
    );
  };
  for (const page of ours) {
    line(page.id, rows.get(`ours:${page.id}`)!);
    line('', rows.get(`single-chunk:${baselineOf(page).id}`)!);
  }
  say();
  if (!SKIP_LIGHTHOUSE) {
    say(load);
    say();
    say(
      `Targets (issue 8, our pages): Lighthouse performance ≥ ${TARGETS.performance}, LCP ≤ ${seconds(TARGETS.lcpMs)}, TBT ≤ ${TARGETS.tbtMs} ms, CLS ${TARGETS.cls}, the chart in the first HTML response.`,
    );
    say();
    say(
      `| page | performance ≥ ${TARGETS.performance} | LCP ≤ ${seconds(TARGETS.lcpMs)} | TBT ≤ ${TARGETS.tbtMs} ms | CLS ${TARGETS.cls} | chart in first HTML |`,
    );
    say('| --- | --- | --- | --- | --- | --- |');
    let metAll = 0;
    for (const page of ours) {
      const row = rows.get(`ours:${page.id}`)!;
      const lh = row.lighthouse!;
      const met = meetsTargets(lh, row.isChartInFirstHtml);
      if (Object.values(met).every(Boolean)) metAll++;
      say(
        `| ${page.id} | ${lh.performance} ${mark(met.performance)} | ${seconds(lh.lcpMs)} ${mark(met.lcp)} | ${wholeMs(lh.tbtMs)} ${mark(met.tbt)} | ${cls(lh.cls)} ${mark(met.cls)} | ${yesNo(row.isChartInFirstHtml)} ${mark(met.chartInFirstHtml)} |`,
      );
    }
    say();
    say(`${metAll} of ${ours.length} pages meet every target.`);
    say();
  }
  const list = [...rows.values()];
  report.pages = list.map((row) => ({
    ...row,
    ...(row.lighthouse ? { targetsMet: meetsTargets(row.lighthouse, row.isChartInFirstHtml) } : {}),
    ...(row.build === 'ours' ? { baseline: `single-chunk:${baselineOf(row).id}` } : {}),
  }));
  if (!SKIP_LIGHTHOUSE)
    report.lighthouse = Object.fromEntries(
      list
        .filter((row) => row.build === 'ours' && row.kind === 'view')
        .map((row) => [
          row.view,
          {
            performance: row.lighthouse!.performance,
            accessibility: row.lighthouse!.accessibility,
            bestPractices: row.lighthouse!.bestPractices,
          },
        ]),
    );
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
 * size): the part of the frame budget this app spends. Painting is the browser's own, except
 * what the page paints itself off the main thread (a canvas picture from a worker): a view marks
 * that `aria-busy` until it shows, and the time runs until nothing in the page is busy, or the
 * figure would leave out the wait for the picture.
 */
const ENERGY_CHIP = `[...document.querySelectorAll('button.chip')].find((chip) => chip.textContent === 'Energy')`;
const TOGGLE_ENERGY = `${ENERGY_CHIP}.click()`;

const CLICK_TO_FRAME = `(async () => {
  const button = ${ENERGY_CHIP};
  const start = performance.now();
  button.click();
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const main = document.querySelector('main');
  const isBusy = () => main.querySelector('[aria-busy="true"]') !== null;
  if (isBusy())
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('still busy 30 s after the click: ' + main.querySelector('[aria-busy="true"]').outerHTML.slice(0, 120)));
      }, 30000);
      const observer = new MutationObserver(() => {
        if (isBusy()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
  main.getBoundingClientRect();
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
  > & { networkRenderer: string; dataBuildSteps: DataCommandTimings | null; incrementalBuildSteps: DataCommandTimings | null };
  const rows: ScaleRow[] = [];
  // The scales measure the views in the browser (a filter change, the network's first render and
  // zoom) on ×N data. Prerendered pages carry the shipped ×1 data in their HTML, so the scales run
  // on a client-only build of the same code, which fetches the swapped files like any other view
  // opened after the first one.
  const clientOnlyDir = join(ROOT, 'dist-bench-client');
  execFileSync('npx', ['vite', 'build', '--outDir', clientOnlyDir, '--emptyOutDir'], { cwd: ROOT, stdio: 'pipe' });
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
      edges: files.network.edges.sources.length,
    };
    const energy: DataFilters = { ...NO_FILTERS, topics: ['energy'] };
    const filterNodeMs = median([0, 1, 2, 3, 4].map((round) => time(() => recomputeViews(files, round % 2 ? NO_FILTERS : energy))[1]));
    const graph = buildNetworkGraph(files, NO_FILTERS);
    const [, layoutMs] = time(() => layoutNetwork(graph, 1100, 700));

    // Serve the production build with this dataset in place of the shipped one.
    const outDir = join(ROOT, 'dist-bench');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(clientOnlyDir, outDir, { recursive: true });
    mkdirSync(join(outDir, 'data'), { recursive: true });
    for (const [name, text] of Object.entries(serialiseDataset(files))) {
      mkdirSync(dirname(join(outDir, 'data', name)), { recursive: true });
      writeFileSync(join(outDir, 'data', name), text);
    }
    const server = await servePreview('dist-bench', PORT_BASE + 10);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${PORT_BASE + 10}/`;
    // A page that draws from data in its own HTML (a prerendered page) would show ×1 at every
    // scale: each view must have fetched the swapped file.
    const fetched = new Set<string>();
    page.on('request', (request) => fetched.add(new URL(request.url()).pathname.replace(/^.*\/data\//, 'data/')));
    const mustHaveFetched = (file: string, url: string) => {
      if (!fetched.has(file)) throw new Error(`bench ×${scale}: ${url} fetched no ${file}, so it did not draw the ×${scale} data`);
    };
    await page.goto(base);
    await page.locator('.figure-card').first().waitFor({ timeout: 300_000 });
    mustHaveFetched('data/facts.json', base);
    const overviewFilter = await filterChangeInBrowser(page, 6);
    const networkStart = performance.now();
    fetched.clear();
    await page.goto(`${base}?view=network`);
    await page.locator('[data-node-id], canvas.network').first().waitFor({ timeout: 600_000 });
    const networkFirstRender = performance.now() - networkStart;
    mustHaveFetched('data/network.json', `${base}?view=network`);
    // The paragraph lists a filter reads are fetched by the first filter (network-paragraphs.json):
    // one filter on and off first, so the timed clicks are filters, not a loading frame.
    await page.evaluate(TOGGLE_ENERGY);
    await page.waitForLoadState('networkidle');
    await page.locator('[data-node-id], canvas.network').first().waitFor({ timeout: 600_000 });
    await page.evaluate(TOGGLE_ENERGY);
    mustHaveFetched('data/network-paragraphs.json', `${base}?view=network`);
    const frames = await networkFrames(page);
    const networkFilter = await filterChangeInBrowser(page, 4);
    const isCanvas = (await page.locator('canvas.network').count()) > 0;
    // The same graph in the other renderer, to see where SVG stops keeping up.
    await page.evaluate(`localStorage.setItem('atlas:network-renderer', '${isCanvas ? 'svg' : 'canvas'}')`);
    // Opened again by its old link, not reloaded: the app moves the address to network/, which a
    // client-only build (no prerendered folders) does not serve.
    await page.goto(`${base}?view=network`);
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
      dataBuildSteps: 'full' in dataBuild ? dataBuild.full : null,
      incrementalBuildSteps: 'incremental' in dataBuild ? dataBuild.incremental : null,
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
  rmSync(clientOnlyDir, { recursive: true, force: true });
  say(
    'Filter change: the click until React has committed, nothing in the page is aria-busy (a picture still being painted) and the browser has laid the page out (median). Network frames: requestAnimationFrame intervals during zoom animations (16.7 ms = 60 fps).',
  );
  say();
  say(
    'Data build: `npm run data` on a pipeline folder holding the ×N corpus and annotations (bench/data-build.ts): reading the files, building (incl. layout), serialising and writing the output; clean, and with one article added to that corpus and the cache warm.',
  );
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
    const steps = (timings: DataCommandTimings | null) =>
      timings ? [timings.readMs, timings.buildMs, timings.serialiseMs, timings.writeMs].map(ms).join(' / ') : 'n/a';
    for (const scale of quoted) {
      const row = at(scale)!;
      say(
        `×${scale}, read / build / serialise / write: clean ${steps(row.dataBuildSteps)}; +1 article ${steps(row.incrementalBuildSteps)}.`,
      );
    }
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
say(`Machine: ${report.machine}, ${cpus().length} cores`);
say(`Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``);
say();
build();
if (!ONLY_SCALES) {
  if (!SKIP_TRANSFER) await benchTransfer();
  await benchPagesSection();
}
if (!SKIP_SCALES) await benchScales();
report.runSeconds = Math.round((performance.now() - STARTED) / 1000);
say(`Run time: ${report.runSeconds} s.`);
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'report.md'), `${lines.join('\n')}\n`);
console.log('Wrote bench/report.json and bench/report.md');
