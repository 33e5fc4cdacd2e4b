/** The first page in real Chromium: loads clean, cites its sources, survives broken data, passes axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

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
  await openLive(page, './?view=sources');

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
  await openLive(page, './?view=sources');
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

// A prerendered page carries the data it was drawn from; a broken file on the server reaches the
// reader when the app fetches it: another view, opened from this page.
test('a broken data file shows a message naming it, the rest keeps working, and Retry recovers', async ({ page }) => {
  await page.route('**/data/network.json*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes": [{"id": "x"}]}' }),
  );
  await openLive(page, './investment/');
  await page.getByRole('link', { name: 'Network', exact: true }).click();

  const alert = page.locator('main').getByRole('alert');
  await expect(alert).toContainText('network.json');
  await expect(alert).toContainText('does not match the expected format');
  // The rest of the dashboard does not need network.json and still works.
  await page.getByRole('button', { name: 'Energy', exact: true }).click();
  await expect(page).toHaveURL(/topics=energy/);
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-broken-data.png` });
  await page.getByRole('link', { name: 'Trade', exact: true }).click();
  await expect(page.getByText('No trade turnover figure matches the current filters.')).toBeVisible();

  await page.unroute('**/data/network.json*');
  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await page.locator('main').getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-node-id]').first()).toBeVisible();
});

test('a missing data file says it is missing', async ({ page }) => {
  await page.route('**/data/quotes.json*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openLive(page, './trade/');
  await page.getByRole('link', { name: 'Corridors map', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('The data file quotes.json is missing (HTTP 404).');
});

test('axe reports no violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openLive(page, './?view=sources');
  await expect(page.locator('tr[data-fact-id="trade-turnover-2024"]')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await context.close();
});
