/**
 * The pages the bench loads, and how it counts the bytes a reader waits for before the chart.
 * Pure (no browser): the browser side is bench/page-figures.ts.
 *
 * Pages: the six view pages (English) and the four embed pages. Issue 8 prerenders them as
 * `<view>/index.html` (Overview: `index.html`) and `embed/<view>/index.html`; until a build has
 * those files they open as `index.html?view=<view>` and `embed.html?view=<view>`. benchPages picks,
 * per page, whichever the build output holds, so one bench runs before and after the change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_VIEW_IDS, VIEW_IDS, type ChartViewId, type ViewId } from '../src/state/view-state';

export interface BenchPage {
  /** `trade` for a view page, `embed-trade` for an embed page (the ids `--pages=` takes). */
  id: string;
  kind: 'view' | 'embed';
  view: ViewId;
  /** The URL to open, relative to the server's root (no leading slash). */
  url: string;
  /** The HTML file that URL serves, relative to the build output folder. */
  file: string;
  /** `path`: the page's own file (issue 8's layout); `query`: index.html or embed.html with ?view=. */
  form: 'path' | 'query';
}

/**
 * What "the chart is visible" means per view: a chart SVG with at least one data mark. Overview
 * and Sources have no chart SVG: there it is the view's main content, a headline figure card's
 * value and the first row of the facts table.
 */
export const CHART_READY: Record<ViewId, string> = {
  overview: '.figure-card .figure-card__value',
  trade: 'svg.chart-svg .trade-dot',
  investment: 'svg.chart-svg .investment-bar',
  corridors: 'svg.corridor-map [data-corridor-id]',
  network: 'svg.network [data-node-id]',
  sources: 'table tr[data-fact-id]',
};

/** The view pages and embed pages of a build output folder, views first, in the app's order. */
export function benchPages(outDir: string, exists: (path: string) => boolean = existsSync): BenchPage[] {
  const pick = (path: string, query: string) =>
    exists(join(outDir, path))
      ? { url: path, file: path, form: 'path' as const }
      : { url: query, file: query.split('?')[0]!, form: 'query' as const };
  const views = VIEW_IDS.filter((view) => view !== 'overview').map((view): BenchPage => ({
    id: view,
    kind: 'view',
    view,
    ...pick(`${view}/index.html`, `index.html?view=${view}`),
  }));
  // Overview is index.html in both layouts; it counts as the path form when the other views are.
  const overview: BenchPage = {
    id: 'overview',
    kind: 'view',
    view: 'overview',
    url: 'index.html',
    file: 'index.html',
    form: views.some((page) => page.form === 'path') ? 'path' : 'query',
  };
  const embeds = CHART_VIEW_IDS.map((view: ChartViewId): BenchPage => ({
    id: `embed-${view}`,
    kind: 'embed',
    view,
    ...pick(`embed/${view}/index.html`, `embed.html?view=${view}`),
  }));
  return [overview, ...views, ...embeds];
}

/** The pages `--pages=a,b` names (all when none); an unknown id is an error, not a silent skip. */
export function selectPages(pages: BenchPage[], ids: string[] | undefined): BenchPage[] {
  if (!ids || ids.length === 0) return pages;
  const unknown = ids.filter((id) => !pages.some((page) => page.id === id));
  if (unknown.length > 0) throw new Error(`--pages: no page ${unknown.join(', ')} (pages: ${pages.map((page) => page.id).join(', ')})`);
  return pages.filter((page) => ids.includes(page.id));
}

/** One response as the page's Resource Timing records it (times in ms since navigation start). */
export interface NetworkEntry {
  url: string;
  kind: 'document' | 'resource';
  /** The body as it came over the wire (gzip when the server compressed it), without headers. */
  encodedBytes: number;
  /** When the last byte arrived. */
  responseEnd: number;
  /** A stylesheet or script that holds the first paint back. */
  isRenderBlocking: boolean;
}

export interface BytesBeforeChart {
  bytes: number;
  requests: number;
  /** Of those, the document and the render-blocking files: what the first paint cannot do without. */
  blockingBytes: number;
  /** The URLs counted, in the order they finished. */
  urls: string[];
}

/**
 * The on-the-wire bytes a reader had received when the chart appeared at `visibleAt`: every
 * response that finished by then, plus the document itself and every render-blocking resource,
 * which the first paint needs even if their last byte lands after the chart entered the DOM (a
 * prerendered chart is parsed while its HTML still streams in). data: and blob: URLs never
 * touch the network and are left out. Without throttling, module scripts fetched in parallel often
 * finish while a long HTML is still parsing, so they count too: `blockingBytes` is the floor. `visibleAt` Infinity counts everything.
 */
export function bytesBeforeChart(entries: NetworkEntry[], visibleAt: number): BytesBeforeChart {
  if (Number.isNaN(visibleAt)) throw new Error('the chart has no visible time: it never appeared');
  const counted = entries
    .filter((entry) => !/^(data|blob):/.test(entry.url))
    .filter((entry) => entry.kind === 'document' || entry.isRenderBlocking || entry.responseEnd <= visibleAt)
    .sort((a, b) => a.responseEnd - b.responseEnd);
  const sum = (list: NetworkEntry[]) => list.reduce((total, entry) => total + entry.encodedBytes, 0);
  return {
    bytes: sum(counted),
    requests: counted.length,
    blockingBytes: sum(counted.filter((entry) => entry.kind === 'document' || entry.isRenderBlocking)),
    urls: counted.map((entry) => entry.url),
  };
}

/** The figures issue 8 sets for every view and embed page (Lighthouse mobile preset). */
export const TARGETS = { performance: 99, lcpMs: 1200, tbtMs: 50, cls: 0 } as const;

export interface LighthouseFigures {
  /** Performance score, 0–100 (of the median run). */
  performance: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns?: number[];
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  /**
   * Every run's TBT. The median run is picked by FCP and TTI, not TBT, and on a shared machine TBT
   * swings between runs of one build (3–147 ms on the network page, 2 December 2026).
   */
  tbtRuns?: number[];
  cls: number;
  fcpMs: number;
  /** What Lighthouse took for the largest contentful paint (its selector), where it says. */
  lcpElement?: string;
  /** LCP's phases as Lighthouse splits it (TTFB, load delay, load time, render delay), in ms. */
  lcpPhases?: Record<string, number>;
}

/** Each target met or not; CLS must be exactly 0, as the issue asks, not merely round to it. */
export function meetsTargets(figures: LighthouseFigures, isChartInFirstHtml: boolean) {
  return {
    performance: figures.performance >= TARGETS.performance,
    lcp: figures.lcpMs <= TARGETS.lcpMs,
    tbt: figures.tbtMs <= TARGETS.tbtMs,
    cls: figures.cls === TARGETS.cls,
    chartInFirstHtml: isChartInFirstHtml,
  };
}
