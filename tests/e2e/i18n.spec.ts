/** Two languages and two themes: every route in Russian, light and dark, passes axe and shows no English UI. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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
      await page.goto(`./?view=${view.id}&lang=ru&theme=${theme}&v=1`);
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

test('the language defaults to the browser’s and the switch is kept in the URL', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByText('Товарооборот, последний год')).toBeVisible();
  await expect(page).not.toHaveURL(/lang=/);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Data labels follow: names of people in the chosen script.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('link', { name: 'Сеть' }).click();
  await expect(page.locator('[data-node-id="anton-arutyunov"]')).toHaveAttribute('aria-label', /Антон Арутюнов/);
  await context.close();
});

test('embeds take the language and theme from their parameters', async ({ page }) => {
  await page.goto('./embed.html?view=trade&lang=ru&theme=dark&v=1');
  await expect(page.getByRole('heading', { name: 'Товарооборот Казахстана и России' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.chart-frame__source')).toContainText('Атлас партнёрства');
});
