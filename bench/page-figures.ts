/**
 * The browser side of the per-page figures (bench/pages.ts has the pure parts): the bytes before
 * the chart is visible, whether the first HTML response already holds the chart, and Lighthouse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Result as LighthouseResult } from 'lighthouse';
import { bytesBeforeChart, CHART_READY, type BenchPage, type LighthouseFigures, type NetworkEntry } from './pages';

/** The HTML file's size gzipped at level 9, as section 1 and the build's own report count gzip. */
export function htmlGzipBytes(outDir: string, page: BenchPage): number {
  return gzipSync(readFileSync(join(outDir, page.file)), { level: 9 }).length;
}

// In-page code is a plain string: tsx (esbuild) would wrap a function with helpers the page lacks.

/**
 * Runs before the page's own scripts: a MutationObserver notes when the chart (with a mark) is
 * first in the DOM, parser-inserted or rendered, and the time of the next animation frame, the
 * frame that paints it. The Resource Timing buffer is raised so no response is dropped.
 */
const watchForChart = (selector: string) => `(() => {
  performance.setResourceTimingBufferSize(100000);
  window.__benchChart = new Promise((resolve) => {
    let isSeen = false;
    const check = () => {
      if (isSeen || !document.querySelector(${JSON.stringify(selector)})) return;
      isSeen = true;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => resolve({ inDom, frame: performance.now() }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    check();
  });
})()`;

const NETWORK_ENTRIES = `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
  url: entry.name,
  kind: entry.entryType === 'navigation' ? 'document' : 'resource',
  encodedBytes: entry.encodedBodySize,
  responseEnd: entry.responseEnd,
  isRenderBlocking: entry.renderBlockingStatus === 'blocking',
}))`;

export interface FirstChartFigures {
  /** Milliseconds from navigation start to the frame that paints the chart (unthrottled, local). */
  chartVisibleMs: number;
  bytesBeforeChart: number;
  requestsBeforeChart: number;
  /** The document and its render-blocking files among them (bench/pages.ts, bytesBeforeChart). */
  blockingBytesBeforeChart: number;
  urlsBeforeChart: string[];
  /** Everything the page had fetched once the network was idle, for comparison. */
  bytesToNetworkIdle: number;
  requestsToNetworkIdle: number;
}

/**
 * Loads the page with no network or CPU throttling (a byte count, not a time) in a fresh context
 * (empty cache) at Lighthouse's mobile viewport, and counts the bytes received before the chart.
 * Which parallel downloads beat the chart is a race, so it loads the page `rounds` times and keeps
 * the load with the median count.
 */
export async function measureFirstChart(browser: Browser, base: string, page: BenchPage, rounds = 3): Promise<FirstChartFigures> {
  const loads: FirstChartFigures[] = [];
  for (let round = 0; round < rounds; round++) loads.push(await loadOnce(browser, base, page));
  return loads.sort((a, b) => a.bytesBeforeChart - b.bytesBeforeChart)[Math.floor(rounds / 2)]!;
}

async function loadOnce(browser: Browser, base: string, page: BenchPage): Promise<FirstChartFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(watchForChart(CHART_READY[page.view]));
    await tab.goto(`${base}${page.url}`);
    const visible = await Promise.race([
      tab.evaluate<{ inDom: number; frame: number }>('window.__benchChart'),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${page.url}: no ${CHART_READY[page.view]} within 60 s`)), 60_000),
      ),
    ]);
    await tab.waitForLoadState('networkidle');
    const entries = await tab.evaluate<NetworkEntry[]>(NETWORK_ENTRIES);
    const before = bytesBeforeChart(entries, visible.frame);
    const all = bytesBeforeChart(entries, Infinity);
    return {
      chartVisibleMs: visible.frame,
      bytesBeforeChart: before.bytes,
      requestsBeforeChart: before.requests,
      blockingBytesBeforeChart: before.blockingBytes,
      urlsBeforeChart: before.urls.map((url) => new URL(url).pathname + new URL(url).search),
      bytesToNetworkIdle: all.bytes,
      requestsToNetworkIdle: all.requests,
    };
  } finally {
    await context.close();
  }
}

/** Whether the HTML response itself holds the chart: the page parsed with JavaScript off. */
export async function isChartInFirstHtml(browser: Browser, base: string, page: BenchPage): Promise<boolean> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const tab = await context.newPage();
    await tab.goto(`${base}${page.url}`, { waitUntil: 'domcontentloaded' });
    return (await tab.locator(CHART_READY[page.view]).count()) > 0;
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse's default (mobile preset, simulated slow 4G and 4× CPU) on one URL, `runs` times:
 * the figures of the median run (Lighthouse's own pick, by FCP and TTI), with every run's score and TBT.
 */
export async function runLighthouse(port: number, url: string, runs: number): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const { computeMedianRun, filterToValidRuns } = await import('lighthouse/core/lib/median-run.js');
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    results.push(result.lhr);
  }
  const valid = filterToValidRuns(results);
  if (valid.length === 0) throw new Error(`Lighthouse on ${url}: no run measured FCP and TTI`);
  const lhr = computeMedianRun(valid);
  const score = (report: LighthouseResult, id: string) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score(lhr, 'performance'),
    performanceRuns: results.map((report) => score(report, 'performance')),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    tbtRuns: results.map((report) => Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN)),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    ...lcpDetails(lhr.audits['largest-contentful-paint-element']?.details),
  };
}

/** The LCP element's selector and the phases, from the audit's list of two tables (Lighthouse 12). */
function lcpDetails(details: unknown): Pick<LighthouseFigures, 'lcpElement' | 'lcpPhases'> {
  type Table = { items?: Record<string, unknown>[] };
  const tables = ((details as { items?: Table[] } | undefined)?.items ?? []).map((table) => table.items ?? []);
  const node = tables[0]?.[0]?.node as { selector?: string } | undefined;
  const phases = Object.fromEntries(
    (tables[1] ?? [])
      .filter((row) => typeof row.phase === 'string' && typeof row.timing === 'number')
      .map((row) => [row.phase, Math.round(row.timing as number)]),
  );
  return { ...(node?.selector ? { lcpElement: node.selector } : {}), ...(Object.keys(phases).length > 0 ? { lcpPhases: phases } : {}) };
}
