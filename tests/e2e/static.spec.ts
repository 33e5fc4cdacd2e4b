/**
 * Static-first pages in real Chromium: each view and embed reads without JavaScript (chart with
 * its marks, table, source line); with JavaScript it hydrates with no console error or warning,
 * and the chart first painted is the chart hydrated, to the character; every old link form opens
 * the right page; a pinned page shows its own version's data even before any script; no page
 * reports a Content-Security-Policy violation.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readPngSize } from '../../prerender/png-size';

const CHART = 'svg.chart-svg, svg.corridor-map, svg.network';
/** What "the chart has its marks" means per view: points, bars, corridors, nodes. */
const MARKS: Record<string, string> = {
  trade: '.trade-dot',
  investment: '.investment-bar',
  corridors: '[data-corridor-id]',
  network: '[data-node-id]',
};
const CHART_VIEWS = Object.keys(MARKS);
const PAGES = [
  ...['', 'ru/'].flatMap((lang) => [
    { path: lang, view: 'overview' },
    ...CHART_VIEWS.map((view) => ({ path: `${lang}${view}/`, view })),
    { path: `${lang}sources/`, view: 'sources' },
  ]),
  ...CHART_VIEWS.map((view) => ({ path: `embed/${view}/`, view })),
  ...CHART_VIEWS.map((view) => ({ path: `ru/embed/${view}/`, view })),
];

/** Console errors and warnings, page errors, and CSP violations (which Chromium logs as errors). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** The outer HTML of the chart drawings a reader sees (the hidden width variant excluded). */
const visibleCharts = (page: Page) =>
  page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].filter((svg) => svg.getClientRects().length > 0).map((svg) => svg.outerHTML),
    CHART,
  );

async function withoutScript(browser: Browser, width = 1280) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  return { context, page: await context.newPage() };
}

test.describe('without JavaScript', () => {
  for (const { path, view } of PAGES) {
    test(`${path || '(root)'} shows its ${view} content, table and source`, async ({ browser }) => {
      const { context, page } = await withoutScript(browser);
      const response = await page.goto(`./${path}`);
      expect(response?.status()).toBe(200);
      const main = page.locator('main');
      if (view in MARKS) {
        const chart = main.locator(CHART).filter({ visible: true });
        await expect(chart).toHaveCount(view === 'investment' ? 2 : 1);
        expect(await chart.first().locator(MARKS[view]!).count()).toBeGreaterThan(0);
        // The table equivalent, and the source line, are in the page.
        await expect(main.locator('.chart-frame__static-table table').filter({ visible: true })).toHaveCount(1);
        await expect(main.locator('.chart-frame__source').filter({ visible: true })).toContainText(
          path.includes('ru/') ? 'Источник' : 'Source',
        );
        // Nothing is offered that needs a script to work.
        await expect(main.locator('.chart-frame__controls').filter({ visible: true })).toHaveCount(0);
      } else if (view === 'overview') {
        await expect(main.locator('h2').first()).toBeVisible();
        expect(await main.locator('a[href], button').count()).toBeGreaterThan(0);
      } else {
        await expect(main.locator('table').first()).toBeVisible();
      }
      await expect(page.locator('.filter-bar')).toBeHidden();
      await context.close();
    });
  }

  test('the view tabs are real links to the other pages', async ({ browser }) => {
    const { context, page } = await withoutScript(browser);
    await page.goto('./trade/');
    await page.getByRole('link', { name: 'Network' }).first().click();
    await expect(page).toHaveURL(/\/network\/$/);
    await expect(page.locator('main').locator('svg.network').filter({ visible: true }).locator('[data-node-id]').first()).toBeAttached();
    await context.close();
  });
});

test.describe('with JavaScript', () => {
  for (const width of [1280, 412]) {
    for (const { path, view } of PAGES) {
      test(`${path || '(root)'} at ${width} px hydrates quietly and paints the same chart it hydrates`, async ({ browser }) => {
        const off = await withoutScript(browser, width);
        await off.page.goto(`./${path}`);
        const painted = await visibleCharts(off.page);
        await off.context.close();

        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto(`./${path}`);
        await page.locator('.view-variants[data-live]').waitFor({ state: 'attached' });
        // Let measuring, fonts and any late effect settle: nothing may change after hydration.
        await page.waitForTimeout(300);
        const hydrated = await visibleCharts(page);
        expect(hydrated.length).toBe(view in MARKS ? (view === 'investment' ? 2 : 1) : 0);
        expect(hydrated).toEqual(painted);
        await expect(page.locator('.view-variant')).toHaveCount(1);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});

/**
 * Runs before the page's own scripts: what each of the first frames holds, until one shows the
 * page's content (#root with its main). A frame is drawn after its requestAnimationFrame callbacks.
 */
const FIRST_FRAMES = `window.__firstFrames = new Promise((resolve) => {
  const frames = [];
  const look = () => {
    const root = document.querySelector('#root main') && document.getElementById('root');
    frames.push({ theme: document.documentElement.dataset.theme ?? null, root: root ? getComputedStyle(root).visibility : null });
    if (root) resolve(frames);
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})`;
type Frame = { theme: string | null; root: string | null };

test.describe('before the first paint', () => {
  test('the first frame already has the theme the URL names, and the page it shows', async ({ page }) => {
    await page.addInitScript(FIRST_FRAMES);
    await page.goto('./trade/?theme=dark&v=1');
    const frames = await page.evaluate<Frame[]>('window.__firstFrames');
    expect(frames.every((frame) => frame.theme === 'dark')).toBe(true);
    expect(frames.at(-1)?.root).toBe('visible');
  });

  test('a URL that asks for another state than the prerendered one is hidden until the app has drawn it', async ({ page }) => {
    await page.addInitScript(FIRST_FRAMES);
    await page.goto('./trade/?from=2023&v=1');
    const frames = await page.evaluate<Frame[]>('window.__firstFrames');
    expect(frames.at(-1)?.root).toBe('hidden');
    await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
    await expect(page.locator('#root')).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/atlas-restoring/);
  });

  test('the app’s code is asked for only once the browser has reported the page’s paint', async ({ page }) => {
    await page.goto('./trade/');
    await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
    const { paintedAt, firstAssetAt } = await page.evaluate(async () => {
      const paints = await new Promise<PerformanceEntryList>((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
      );
      const assets = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'));
      return { paintedAt: paints[0]!.startTime, firstAssetAt: Math.min(...assets.map((entry) => entry.startTime)) };
    });
    expect(firstAssetAt).toBeGreaterThanOrEqual(paintedAt);
  });
});

test.describe('links published in reports', () => {
  const latestVersion = async (page: Page) => {
    const manifest = (await (await page.request.get('./data/manifest.json')).json()) as { datasetVersion: string };
    return manifest.datasetVersion;
  };

  test('every old link form opens the same view and state', async ({ page }) => {
    const problems = watch(page);
    await page.goto('./?view=network&topics=energy&lang=ru&v=1');
    await expect(page).toHaveURL(/\/ru\/network\/\?topics=energy&v=1$/);
    await expect(page.locator('.view-nav__link[aria-current="page"]')).toHaveText('Сеть');
    await expect(page.getByRole('button', { name: /Энергетика/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('./index.html?view=trade&from=2023&v=1');
    await expect(page).toHaveURL(/\/trade\/\?from=2023&v=1$/);
    await expect(page.locator('.trade-dot').first()).toBeVisible();

    await page.goto('./embed.html?view=corridors&theme=dark&v=1');
    await expect(page).toHaveURL(/\/embed\/corridors\/\?theme=dark&v=1$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('svg.corridor-map [data-corridor-id]').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a pinned link opens its own prerendered page, whose HTML is drawn from that version only', async ({ page, browser }) => {
    const latest = await latestVersion(page);
    await page.goto('./');
    const versions = (await page.locator('meta[name="atlas-versions"]').getAttribute('content'))!.split(' ');
    const old = versions.find((version) => version !== latest);
    expect(old, 'an older pinned version ships with the site').toBeDefined();

    await page.goto(`./embed.html?view=trade&data=${old}&v=1`);
    await expect(page).toHaveURL(new RegExp(`/v/${old}/embed/trade/\\?v=1$`));
    await expect(page.getByText(`Data version ${old} (pinned)`)).toBeVisible();

    // Without a script the same page shows that version, never the latest: its data says so.
    const { context, page: bare } = await withoutScript(browser);
    if (!old) return;
    await bare.goto(`./v/${old}/embed/trade/`);
    await expect(bare.getByText(`Data version ${old} (pinned)`).filter({ visible: true })).toHaveCount(1);
    // The page names the file of the data it was drawn from, beside it.
    const { data: file } = JSON.parse((await bare.locator('#atlas-page').textContent())!) as { data: string };
    const data = await (await bare.request.get(new URL(file, bare.url()).href)).text();
    expect(data).toContain(`"datasetVersion":"${old}"`);
    expect(data).not.toContain(`"datasetVersion":"${latest}"`);
    await context.close();
  });

  test('the old embed page, without JavaScript, says where the chart went', async ({ browser }) => {
    const { context, page } = await withoutScript(browser);
    await page.goto('./embed.html?view=trade&v=1');
    await expect(page.getByRole('link', { name: 'Open Partnership Atlas' })).toBeVisible();
    await expect(page.locator(CHART)).toHaveCount(0);
    await context.close();
  });
});

test.describe('unfurls and oEmbed', () => {
  const VIEW_PAGES = PAGES.filter(({ path }) => !path.includes('embed/'));

  test('every view page has Open Graph and Twitter tags with a 1200 × 630 PNG of its own, in its language', async ({ page }) => {
    for (const { path, view } of VIEW_PAGES) {
      const response = await page.request.get(`./${path}`);
      const html = await response.text();
      await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      const pageUrl = new URL(`./${path}`, test.info().project.use.baseURL);
      expect(await meta('og:title'), path).toBeTruthy();
      expect(await meta('twitter:card'), path).toBe('summary_large_image');
      expect(await meta('og:locale'), path).toBe(path.startsWith('ru/') ? 'ru_RU' : 'en_US');
      const image = new URL((await meta('og:image'))!, pageUrl);
      expect(image.pathname, path).toBe(`/og/${path.startsWith('ru/') ? 'ru' : 'en'}-${view}.png`);
      const png = await page.request.get(image.href);
      expect(png.headers()['content-type'], image.href).toContain('image/png');
      expect(readPngSize(await png.body()), image.href).toEqual({ width: 1200, height: 630 });
    }
  });

  test('each chart view’s oEmbed JSON parses and its iframe opens the chart', async ({ page, browser }) => {
    for (const { path, view } of VIEW_PAGES.filter(({ view }) => view in MARKS)) {
      const html = await (await page.request.get(`./${path}`)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(link, path).toBeDefined();
      const pageUrl = new URL(`./${path}`, test.info().project.use.baseURL);
      const oembedUrl = new URL(link!, pageUrl);
      const oembed = (await (await page.request.get(oembedUrl.href)).json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ type: 'rich', version: '1.0', thumbnail_width: 1200, thumbnail_height: 630 });
      expect(typeof oembed.title).toBe('string');
      const src = /<iframe src="([^"]+)"/.exec(String(oembed.html))?.[1];
      const frameUrl = new URL(src!, oembedUrl);
      expect(frameUrl.pathname).toBe(`/${path.startsWith('ru/') ? 'ru/' : ''}embed/${view}/`);
      const context = await browser.newContext();
      const frame = await context.newPage();
      await frame.goto(frameUrl.href);
      await expect(frame.locator(CHART).filter({ visible: true }).first().locator(MARKS[view]!).first()).toBeVisible();
      await context.close();
    }
  });
});
