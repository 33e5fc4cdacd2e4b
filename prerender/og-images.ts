/**
 * The social preview images (og:image, twitter:image, oEmbed thumbnail): one 1200 × 630 PNG per
 * page, drawn by a real Chromium from the page itself, light theme, device scale 1.
 *
 * A chart view's image holds the SVG a reader gets from "Share & download → Download SVG": the
 * build chooses that menu item as a reader would and keeps the file it downloads. So the preview
 * is the exported file itself (same code, same anatomy: title, subtitle, chart, legend, notes,
 * source line), with nothing exposed from the app bundle for the build and no script injected
 * into the page (which the coming Content-Security-Policy would refuse).
 *
 * The exported SVG is taller than wide (charts have a minimum height) while the card is 1.9 times
 * wider than tall: fitted alone, its title came out 15 to 21 px in 1200, a few pixels where chat
 * apps show a preview 400 px wide. So the card sets the SVG, whole, at the right, and beside it the
 * app name, the SVG's own title and subtitle (its <title> and <desc>) in the export's type scale,
 * enlarged until they fill the column.
 *
 * The Overview and Sources have no chart: they get the same card without the SVG, made of the
 * page's own words (app name, the view's name, the tagline, the sources line).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium';
import { EXPORT_TYPE } from '../src/charts/export-chart';
import { EN } from '../src/i18n/messages-en';
import { RU } from '../src/i18n/messages-ru';
import { VIEW_IDS, type ViewId } from '../src/state/view-state';
import { OG_IMAGE_SIZE, ogImagePath, PAGE_LANGS, pagePath, type PageLang } from './page-meta';

export interface OgImagePage {
  /** The page to draw, relative to baseUrl (or absolute). */
  url: string;
  /** Where the PNG goes. */
  outFile: string;
}

export interface RenderOgImagesOptions {
  /** Where the built site is served, e.g. http://127.0.0.1:4311/ of `vite preview`. */
  baseUrl: string;
  pages: OgImagePage[];
  /** One line per image; console.log by default. */
  log?: (line: string) => void;
}

export interface OgImageResult {
  outFile: string;
  kind: 'chart' | 'title-card';
  /** The card's large title: the chart's title (the finding), or the view's name. */
  title: string;
  /** The downloaded SVG's size in px, and the factor it is drawn at (chart images). */
  svg?: { width: number; height: number; scale: number };
  /** How much the export's type scale was enlarged for the card's words. */
  typeScale: number;
  /** Text that does not fit: lines of the exported SVG past its edge, or card words past the card. */
  overflowing: string[];
  milliseconds: number;
}

const { width: CARD_WIDTH, height: CARD_HEIGHT } = OG_IMAGE_SIZE;
/** Paper around and between the card's parts, px. */
const CARD_MARGIN = 40;
/** The SVG takes at most this share of the card's inner width; the words get the rest. */
const FIGURE_SHARE = 0.55;
/** Enlargements of the export's type scale tried for the card's words, largest first. */
const TYPE_SCALES = [2.25, 2, 1.75, 1.5, 1.25, 1];

/**
 * The app's layout the SVG is taken at, px: 660 wide keeps the export at least 640 wide (where it
 * uses the wide title size) and makes it narrow and tall, the shape of the card's right column.
 */
const LAYOUT = { width: 660, height: 900 };

/** The drawings the share menu exports (as in src/components/chart-frame.tsx), once drawn. */
const DRAWN_CHART = '.chart-frame:not([aria-busy]) .chart-frame__body :is(svg.chart-svg, svg.corridor-map, svg.network)';

/** The menu's words in either language, so the build finds them on every page. */
const either = (en: string, ru: string) => new RegExp(`^(${escapeRegExp(en)}|${escapeRegExp(ru)})$`);
const SHARE_MENU = either(EN.share.menu, RU.share.menu);
const DOWNLOAD_SVG = either(EN.share.svg, RU.share.svg);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every view in every language and where its image goes in the site (`<siteDir>/og/ru-trade.png`). The pages
 * are the prerendered ones (`ru/trade/`) unless `urlOf` says otherwise, e.g. today's
 * `index.html?view=trade&lang=ru`.
 */
export function ogImagePages(siteDir: string, urlOf: (view: ViewId, lang: PageLang) => string = pagePath): OgImagePage[] {
  return PAGE_LANGS.flatMap((lang) =>
    VIEW_IDS.map((view) => ({ url: urlOf(view, lang) || './', outFile: join(siteDir, ogImagePath(view, lang)) })),
  );
}

/** Draws every page's image with one browser, one page after another. */
export async function renderOgImages({ baseUrl, pages, log = console.log }: RenderOgImagesOptions): Promise<OgImageResult[]> {
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: LAYOUT,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    const app = await context.newPage();
    const card = await context.newPage();
    await card.setViewportSize({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const results: OgImageResult[] = [];
    for (const { url, outFile } of pages) {
      const started = Date.now();
      await app.goto(new URL(url, baseUrl).href);
      const { bytes, ...drawn } = await drawPage(app, card).catch((error: unknown) => {
        throw new Error(`Social image of ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
      await mkdir(dirname(outFile), { recursive: true });
      await writeFile(outFile, bytes);
      const result = { ...drawn, outFile, milliseconds: Date.now() - started };
      results.push(result);
      const detail = result.svg ? `chart SVG ${result.svg.width}×${result.svg.height} at ${result.svg.scale.toFixed(2)}×` : 'title card';
      const warning = result.overflowing.length ? `; DOES NOT FIT: ${result.overflowing.join(' | ')}` : '';
      log(`og-image ${outFile} ← ${url} (${detail}, type ×${result.typeScale}, ${result.milliseconds} ms)${warning}`);
    }
    await context.close();
    return results;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

type Drawn = Omit<OgImageResult, 'outFile' | 'milliseconds'> & { bytes: Buffer };

/** The words and colours a card takes from the page, in the page's language and theme. */
interface CardText {
  appName: string;
  title: string;
  subtitle: string;
  /** Title cards only: the chart's SVG has its own. */
  sourceLine: string | null;
  colours: { ink: string; muted: string; paper: string; line: string };
}

async function drawPage(app: Page, card: Page): Promise<Drawn> {
  // Every view has a heading in <main> once its words are in; chart views also draw a frame.
  await app.locator('main h2').first().waitFor();
  await app.locator('.site-footer p').first().waitFor();
  const page = await readPage(app);
  if ((await app.locator('main .chart-frame').count()) === 0) {
    return drawCard(card, { ...page, title: page.viewName, subtitle: page.tagline, sourceLine: page.footer }, null);
  }
  const svg = await downloadSvg(app);
  const titles = await card.evaluate((svg) => {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [parsed.querySelector('svg > title')?.textContent ?? '', parsed.querySelector('svg > desc')?.textContent ?? ''];
  }, svg);
  return drawCard(card, { ...page, title: titles[0]!, subtitle: titles[1]!, sourceLine: null }, svg);
}

/** The app name, the view's name, tagline and footer, and the theme's colours, from the page. */
async function readPage(app: Page) {
  // No named helpers inside page functions: tsx would wrap them in a __name() the page lacks.
  const page = await app.evaluate(() => {
    const [appName, heading, tagline, footer] = ['.site-header__title', 'main h2', '.site-header__tagline', '.site-footer p'].map(
      (selector) => document.querySelector(selector)?.textContent?.trim() ?? '',
    );
    const [ink, muted, paper, line] = ['--ink', '--ink-muted', '--paper', '--line'].map((variable) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${variable})`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    });
    return {
      appName: appName!,
      // The view's name, as the page names its <main>; its first heading where it has none.
      viewName: document.querySelector('main')?.getAttribute('aria-label')?.trim() || heading!,
      tagline: tagline!,
      footer: footer!,
      colours: { ink: ink!, muted: muted!, paper: paper!, line: line! },
    };
  });
  const missing = Object.entries(page).filter(([, value]) => value === '');
  if (missing.length) throw new Error(`The page has no ${missing.map(([key]) => key).join(', ')} for its social image`);
  return page;
}

/** Chooses "Share & download → Download SVG" once the chart is drawn, and returns the file. */
async function downloadSvg(app: Page): Promise<string> {
  await app.locator(DRAWN_CHART).first().waitFor();
  // The map's shapes arrive after its frame: wait until no placeholder is left in the frame.
  await app.locator('.chart-frame__body .chart-placeholder').waitFor({ state: 'detached' });
  await app.evaluate(() => document.fonts.ready);
  await openMenu(app);
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: DOWNLOAD_SVG }).click()]);
  const path = await download.path();
  if (!path) throw new Error(`The SVG download failed: ${await download.failure()}`);
  return readFile(path, 'utf8');
}

/**
 * Opens the share menu. A prerendered page shows the button before React has hydrated it, and a
 * click before then does nothing: click again until the menu is open.
 */
async function openMenu(app: Page): Promise<void> {
  const button = app.getByRole('button', { name: SHARE_MENU });
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    try {
      await app.getByRole('menuitem', { name: DOWNLOAD_SVG }).waitFor({ timeout: 500 });
      return;
    } catch {
      // Not hydrated yet: try again.
    }
  }
  throw new Error('The share menu did not open');
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!match) throw new Error('The downloaded SVG has no width and height');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * One card: the words in a column (app name, title, subtitle, and for title cards the source line
 * at the foot) in the export's type scale enlarged as far as they fit, and the SVG, if any, whole
 * at the right. Screenshotted at exactly the card's size.
 */
async function drawCard(card: Page, text: CardText, svg: string | null): Promise<Drawn> {
  const inner = { width: CARD_WIDTH - 2 * CARD_MARGIN, height: CARD_HEIGHT - 2 * CARD_MARGIN };
  const size = svg ? svgSize(svg) : null;
  const scale = size ? Math.min((inner.width * FIGURE_SHARE) / size.width, inner.height / size.height) : 0;
  const figureWidth = size ? Math.floor(size.width * scale) : 0;
  const { colours } = text;
  const type = EXPORT_TYPE;
  let typeScale = TYPE_SCALES.at(-1)!;
  let overflowing: string[] = [];
  for (const candidate of TYPE_SCALES) {
    const px = (value: number) => `${(value * candidate).toFixed(1)}px`;
    await card.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden;background:${colours.paper}}
.card{box-sizing:border-box;width:100%;height:100%;padding:${CARD_MARGIN}px;display:flex;gap:${CARD_MARGIN}px;
  font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif}
.words{flex:1;min-width:0;display:flex;flex-direction:column;overflow:hidden}
.words>.app{margin:0;font-size:${px(type.wide.subtitle)};line-height:${type.titleLeading};font-weight:700;color:${colours.muted}}
.words>.title{margin:${px(type.margin)} 0 ${px(8)};font-size:${px(type.wide.title)};line-height:${type.titleLeading};font-weight:700;color:${colours.ink}}
.words>.subtitle{margin:0;font-size:${px(type.wide.subtitle)};line-height:${type.leading};color:${colours.muted}}
.words>.source{margin:auto 0 0;padding-top:${px(8)};border-top:1px solid ${colours.line};font-size:${px(type.source)};line-height:${type.leading};color:${colours.muted}}
.figure{flex:none;width:${figureWidth}px;display:flex;align-items:center;justify-content:center}
.figure>svg{outline:1px solid ${colours.line}}
</style></head><body><div class="card"><div class="words"><p class="app"></p><h1 class="title"></h1><p class="subtitle"></p>${
        text.sourceLine === null ? '' : '<p class="source"></p>'
      }</div>${svg ? '<div class="figure"></div>' : ''}</div></body></html>`,
    );
    // Words go in as text, never as markup; the SVG is parsed as XML, as a file would be. The
    // card's styles are scoped to its column: the SVG's own text has classes of the same names.
    overflowing = await card.evaluate(
      ({ text, svg, width, height, scale }) => {
        const words: [string, string | null][] = [
          ['.app', text.appName],
          ['.title', text.title],
          ['.subtitle', text.subtitle],
          ['.source', text.sourceLine],
        ];
        for (const [selector, value] of words) if (value !== null) document.querySelector(`.words > ${selector}`)!.textContent = value;
        const problems: string[] = [];
        const column = document.querySelector('.words')!;
        if (column.scrollHeight > column.clientHeight || column.scrollWidth > column.clientWidth) problems.push('card words');
        if (svg) {
          const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
          if (parsed.querySelector('parsererror')) throw new Error('The downloaded SVG is not well-formed XML');
          const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
          root.setAttribute('width', String(width * scale));
          root.setAttribute('height', String(height * scale));
          document.querySelector('.figure')!.append(root);
          // The export wraps its text by measure; report any line that still ran past its edge.
          for (const line of Array.from(root.querySelectorAll(':scope > text, :scope > g > text')) as SVGTextElement[]) {
            const box = line.getBBox();
            if (box.x < -0.5 || box.x + box.width > width + 0.5)
              problems.push(`SVG ${line.getAttribute('class') ?? 'text'}: ${line.textContent}`);
          }
        }
        return problems;
      },
      { text, svg, width: size?.width ?? 0, height: size?.height ?? 0, scale },
    );
    typeScale = candidate;
    if (!overflowing.includes('card words')) break;
  }
  await card.evaluate(() => document.fonts.ready);
  const bytes = await card.screenshot({ clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT }, type: 'png' });
  return {
    bytes,
    kind: svg ? 'chart' : 'title-card',
    title: text.title,
    ...(size ? { svg: { ...size, scale } } : {}),
    typeScale,
    overflowing,
  };
}
