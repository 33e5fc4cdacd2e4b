/** Two languages and two themes: every route in Russian, light and dark, passes axe and shows no English UI. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

const VIEWS = [
  { id: 'overview', ready: '.figure-card' },
  { id: 'trade', ready: '.trade-dot' },
  { id: 'investment', ready: '.investment-bar' },
  { id: 'corridors', ready: '[data-corridor-id]' },
  { id: 'network', ready: '[data-node-id]' },
  { id: 'sources', ready: 'tr[data-fact-id]' },
] as const;

/** Interface words that must not survive in the Russian interface (data labels may keep English where the dataset has no Russian). */
const ENGLISH_UI = [
  'Loading',
  'Filters',
  'Source:',
  'Download',
  'Embed',
  'Retry',
  'current filters',
  'Chart',
  'Table',
  'Theme',
  'Zoom',
  'Who speaks',
];

for (const theme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`${view.id} in Russian, ${theme} theme: axe-clean and fully translated`, async ({ browser }) => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await openLive(page, `./?view=${view.id}&lang=ru&theme=${theme}&v=1`);
      await expect(page.locator(view.ready).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      const text = await page.locator('body').innerText();
      expect(ENGLISH_UI.filter((word) => text.includes(word))).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/${view.id}-ru-${theme}.png` });
      await context.close();
    });
  }
}

/**
 * Latin-script words a Russian page may show: proper nouns with no Russian form in the articles
 * (outlet names, a photo credit quoted verbatim, abbreviations of names the articles print in
 * Latin), Roman numerals ("XXI форум"), and file names and formats on the Sources page, which are
 * the same in every language. Kept tiny on purpose: anything else Latin is a leak.
 */
const LATIN_ALLOWED = [
  'English', // the language picker names each language in itself ("English", "Русский")
  'Sputnik', // the outlet's own name in the articles ("Sputnik Казахстан")
  'Kazpravda.kz', // idem
  'gov.kz', // a photo credit, verbatim
  'Gavriil', // "© Sputnik / Gavriil Grigorov/POOL": a photo credit, verbatim
  'Grigorov',
  'POOL',
  'Natural Earth', // the map shapes' source, a proper name (as "Natural Earth" in Russian cartography)
  // Key caps are printed in Latin on Russian keyboards, and Russian help texts name them so.
  'Ctrl',
  'Tab',
  'Enter',
  'Escape',
  'CSV',
  'JSON',
  'SVG',
  'PNG',
  'PDF',
  'CITATION.cff',
];
/** Sources-page downloads are file names, shown as they are: "facts.csv", "network-paragraphs.json". */
const FILE_NAME = /\b[a-z]+(?:-[a-z]+)*\.(?:csv|json|cff)\b/g;
const ROMAN = /\b[IVXLC]+\b/g;

/** The visible text of the page with verbatim Russian quotes (anything marked lang="ru" inside the body) left out. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hidden = [...document.body.querySelectorAll<HTMLElement>('[lang="ru"]')].filter((element) => element.offsetParent !== null);
    hidden.forEach((element) => element.style.setProperty('display', 'none'));
    const text = document.body.innerText;
    hidden.forEach((element) => element.style.removeProperty('display'));
    return text;
  });
}

/** English words (3+ Latin letters) and id-like kebab tokens left in a Russian text. */
function leaks(text: string): { english: string[]; ids: string[] } {
  let rest = text.replace(FILE_NAME, ' ').replace(ROMAN, ' ');
  for (const word of LATIN_ALLOWED) rest = rest.split(word).join(' ');
  const ids = [...new Set(rest.match(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g) ?? [])].filter((token) => /[a-z]/.test(token));
  const english = [...new Set(rest.match(/[A-Za-z]{3,}/g) ?? [])];
  return { english, ids };
}

for (const view of VIEWS) {
  test(`${view.id} in Russian shows no English word and no id (verbatim quotes aside)`, async ({ page }) => {
    await openLive(page, `./?view=${view.id}&lang=ru&v=1`);
    await expect(page.locator(view.ready).first()).toBeVisible();
    expect(leaks(await visibleText(page))).toEqual({ english: [], ids: [] });
  });
}

test('the selection panel in Russian shows no English word and no id, for a person, a corridor, a derived fact and an event', async ({
  page,
}) => {
  for (const selection of [
    'person:anton-arutyunov',
    'corridor:afghanistan-transit',
    'fact:trade-change-2022-2024',
    'event:soyuz-5-first-launch-plan',
  ]) {
    await openLive(page, `./?view=sources&lang=ru&sel=${selection}&v=1`);
    const panel = page.locator('.selection-panel');
    await expect(panel.locator('#selection-title')).toBeVisible();
    const text = await panel.evaluate((element: HTMLElement) => {
      const quotes = [...element.querySelectorAll<HTMLElement>('[lang="ru"]')];
      quotes.forEach((quote) => quote.style.setProperty('display', 'none'));
      const visible = element.innerText;
      quotes.forEach((quote) => quote.style.removeProperty('display'));
      return visible;
    });
    expect(leaks(text), selection).toEqual({ english: [], ids: [] });
  }
});

test('the Sources view shows the interview’s date as an uncertain range, in both languages', async ({ page }) => {
  await openLive(page, './?view=sources&lang=ru&v=1');
  await expect(page.locator('[data-article-id="arutyunov-interview-2025"]')).toContainText('окт. – 11 нояб. 2025 г. (дата не точна)');
  await expect(page.locator('[data-article-id="arutyunov-interview-2025"]')).toContainText('Неназванная казахстанская газета');
  await openLive(page, './?view=sources&lang=en&v=1');
  await expect(page.locator('[data-article-id="arutyunov-interview-2025"]')).toContainText('Oct – 11 Nov 2025 (date uncertain)');
});

test('the language defaults to the browser’s and the switch is kept in the URL', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await openLive(page, './');
  await expect(page.getByText('Товарооборот, последний год')).toBeVisible();
  await expect(page).not.toHaveURL(/lang=/);
  // The browser's language sent the bare site root to the Russian pages.
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is kept: the site root no longer follows the browser.
  await openLive(page, './');
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  // Data labels follow: names of people in the chosen script.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('link', { name: 'Сеть' }).click();
  await expect(page.locator('[data-node-id="anton-arutyunov"]')).toHaveAttribute('aria-label', /Антон Арутюнов/);
  await context.close();
});

test('embeds take the language and theme from their parameters', async ({ page }) => {
  await openLive(page, './embed.html?view=trade&lang=ru&theme=dark&v=1');
  await expect(page.getByRole('heading', { name: 'Товарооборот Казахстана и России' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.chart-frame__source')).toContainText('Атлас партнёрства');
});
