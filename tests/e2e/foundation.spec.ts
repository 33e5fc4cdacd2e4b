/** The first page in real Chromium: loads clean, cites its sources, survives broken data, passes axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SCREENSHOTS = 'test-results/screenshots';

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('loads with no console errors and shows the 2024 trade turnover with its quote', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./?view=sources');

  await expect(page.getByRole('heading', { level: 1, name: /Sources · Partnership Atlas/ })).toBeAttached();
  const row = page.locator('tr[data-fact-id="trade-turnover-2024"]');
  await expect(row).toContainText('$28 billion');
  await expect(row).toContainText('2024');
  await expect(row).toContainText('Anton Arutyunov');
  await expect(row.locator('blockquote[lang="ru"]')).toHaveText(
    '«В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.»',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/foundation.png`, fullPage: true });

  expect(errors).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});

test('search and sort work from the keyboard', async ({ page }) => {
  await page.goto('./?view=sources');
  await expect(page.locator('tr[data-fact-id]')).toHaveCount(13);

  await page.getByLabel('Search facts').focus();
  await page.keyboard.type('Алексеев');
  await expect(page.locator('tr[data-fact-id]')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'facts match' })).toHaveText('2 of 13 facts match');
  for (const row of await page.locator('tr[data-fact-id]').all()) await expect(row).toContainText('Ivan Alekseev');

  await page.getByLabel('Search facts').fill('');
  const valueHeader = page.getByRole('columnheader', { name: /Value/ });
  await valueHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  // Largest absolute value first: 35 billion m³ a year of gas.
  await expect(page.locator('tr[data-fact-id]').first()).toHaveAttribute('data-fact-id', 'gas-pipeline-capacity');
});

test('a broken data file shows a message naming it, the rest keeps working, and Retry recovers', async ({ page }) => {
  await page.route('**/data/facts.json*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"facts": [{"id": "x", "kind": "stated"}]}' }),
  );
  await page.goto('./?view=sources');

  const alert = page.getByRole('region', { name: 'Facts and their sources' }).getByRole('alert');
  await expect(alert).toContainText('The facts table could not be shown.');
  await expect(alert).toContainText('facts.json');
  await expect(alert).toContainText('does not match the expected format');
  // The article list does not need facts.json and still shows.
  await expect(page.locator('.article-list li')).toHaveCount(5);
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-broken-data.png` });

  await page.unroute('**/data/facts.json*');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('tr[data-fact-id="trade-turnover-2024"]')).toBeVisible();
});

test('a missing data file says it is missing', async ({ page }) => {
  await page.route('**/data/entities.json*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?view=sources');
  await expect(page.getByRole('alert').first()).toContainText('The data file entities.json is missing (HTTP 404).');
});

test('axe reports no violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?view=sources');
  await expect(page.locator('tr[data-fact-id="trade-turnover-2024"]')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await context.close();
});
