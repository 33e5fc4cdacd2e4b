/** The dashboard in real Chromium: every route, shared filters, URL state, keyboard, axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

const SCREENSHOTS = 'test-results/screenshots';
const VIEWS = [
  { id: 'overview', ready: (page: Page) => page.getByText('Trade turnover, latest year') },
  { id: 'trade', ready: (page: Page) => page.locator('.trade-dot[data-fact-id="trade-turnover-2024"]') },
  { id: 'investment', ready: (page: Page) => page.locator('.investment-bar[data-fact-id="investment-flow-2024"]') },
  { id: 'corridors', ready: (page: Page) => page.locator('[data-corridor-id="caspian-corridor"]') },
  { id: 'network', ready: (page: Page) => page.locator('[data-node-id="anton-arutyunov"]') },
  { id: 'sources', ready: (page: Page) => page.locator('tr[data-fact-id="trade-turnover-2024"]') },
] as const;

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const view of VIEWS) {
  test(`${view.id}: renders with no console errors, passes axe, and is photographed`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('data:')) thirdParty.push(request.url());
    });
    await openLive(page, view.id === 'overview' ? './' : `./?view=${view.id}&v=1`);
    await expect(view.ready(page).first()).toBeVisible();
    await expect(page.locator('.view-nav__link[aria-current="page"]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/${view.id}.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
}

for (const view of VIEWS) {
  test(`${view.id}: passes axe in the dark theme too`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openLive(page, `./?view=${view.id}&theme=dark&v=1`);
    await expect(view.ready(page).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/${view.id}-dark.png` });
    await context.close();
  });
}

test('a filter change updates the URL and every view', async ({ page }) => {
  await openLive(page, './');
  await expect(page.getByText('$28 billion')).toBeVisible();
  await page.getByRole('button', { name: 'Energy', exact: true }).click();
  await expect(page).toHaveURL(/[?&]topics=energy(&|$)/);
  // Overview: no trade figure is about energy.
  await expect(page.locator('.figure-card', { hasText: 'Trade turnover, latest year' })).toContainText(
    'No figure matches the current filters.',
  );
  // The filter follows us to the other views.
  await page.getByRole('link', { name: 'Trade', exact: true }).click();
  await expect(page).toHaveURL(/\/trade\/\?/);
  await expect(page).toHaveURL(/topics=energy/);
  await expect(page.getByText('No trade turnover figure matches the current filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await expect(page.getByText(/people and organisations under the current filters/)).toBeVisible();
  const energyNodes = await page.locator('[data-node-id]').count();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/topics=/);
  await expect.poll(() => page.locator('[data-node-id]').count()).toBeGreaterThan(energyNodes);
  await page.getByRole('link', { name: 'Corridors map', exact: true }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption('2023');
  await page.getByRole('combobox', { name: 'to' }).selectOption('2023');
  await expect(page).toHaveURL(/from=2023&to=2023/);
  await expect(page.locator('[data-hub-id="baiterek-complex"]')).toBeVisible();
  await expect(page.locator('[data-corridor-id="caspian-corridor"]')).toHaveCount(0);
});

test('a deep link restores the exact view', async ({ page }) => {
  await openLive(page, './?view=network&sel=person:anton-arutyunov&depth=2&table=network&topics=integration&v=1');
  await expect(page.getByRole('link', { name: 'Network', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Integration blocs' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '2 steps' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: /People and organisations in the network/ })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('Anton Arutyunov');
  await expect(page.locator('tr.is-highlighted').first()).toBeVisible();
  // The old link form is now the network page's own folder, the rest of the state in the query.
  expect(new URL(page.url()).pathname).toBe('/network/');
  expect(new URL(page.url()).search).toBe('?topics=integration&sel=person:anton-arutyunov&table=network&depth=2&v=1');
});

test('back and forward move through views, filters and selections', async ({ page }) => {
  await openLive(page, './');
  await page.getByRole('link', { name: 'Trade', exact: true }).click();
  await expect(page.locator('.trade-dot').first()).toBeVisible();
  await page.getByRole('button', { name: 'Trade', exact: true }).click();
  await expect(page).toHaveURL(/topics=trade/);
  await page.getByRole('link', { name: 'Corridors map', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Transport corridors, pipelines and hubs' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Kazakhstan–Russia trade reached $28 billion in 2024' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trade', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Trade', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Kazakhstan–Russia trade reached $28 billion in 2024' })).toBeVisible();
});

test('garbage in the URL is ignored, said, and never breaks the page', async ({ page }) => {
  const errors = watchConsole(page);
  await openLive(
    page,
    './?view=%3Cscript%3Ealert(1)%3C%2Fscript%3E&topics=astrology&from=99999999999&zzz=1&view=trade&sel=person:nobody-at-all&v=9',
  );
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' });
  await expect(notice).toContainText('zzz=1');
  await expect(notice).toContainText('from=99999999999');
  await expect(notice).toContainText('topics=astrology: no such topic in the dataset');
  await expect(notice).toContainText('sel=person:nobody-at-all: no such item in the dataset');
  await expect(page).toHaveURL(/\/(\?)?$/);
  expect(errors).toEqual([]);
});

test('the whole dashboard can be driven by keyboard alone', async ({ page }) => {
  await openLive(page, './');
  await expect(page.getByText('Trade turnover, latest year')).toBeVisible();
  const press = async (key: string, predicate: () => Promise<boolean>, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      if (await predicate()) return;
    }
    throw new Error(`focus never reached the target with ${key}`);
  };
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const focusedAttribute = (name: string) => page.evaluate((attribute) => document.activeElement?.getAttribute(attribute) ?? '', name);

  // A filter, by keyboard.
  await press('Tab', async () => (await focusedText()) === 'Energy');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/topics=energy/);
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/topics=energy/);

  // Back up to the navigation and open the map; then a map feature.
  await press('Shift+Tab', async () => (await focusedText()) === 'Corridors map');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-corridor-id="caspian-corridor"]')).toBeVisible();
  await press('Tab', async () => (await focusedAttribute('data-corridor-id')) === 'caspian-corridor');
  await expect(page.getByRole('tooltip')).toContainText('Caspian corridor');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toContainText('Caspian corridor');
  await expect(page).toHaveURL(/sel=corridor:caspian-corridor/);

  // The network: one tab stop, arrows move between nodes, Enter focuses one.
  await press('Shift+Tab', async () => (await focusedText()) === 'Network');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-node-id]').first()).toBeVisible();
  await press('Tab', async () => (await focusedAttribute('data-node-id')) !== '');
  const first = await focusedAttribute('data-node-id');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedAttribute('data-node-id')).not.toBe(first);
  const second = await focusedAttribute('data-node-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`sel=(person|organisation):${second}`));
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/sel=/);

  // Charts switch to tables by keyboard too.
  await press('Shift+Tab', async () => (await focusedText()) === 'Table');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: /People and organisations/ })).toBeVisible();
  await expect(page).toHaveURL(/table=network/);
});

test('selecting a person highlights the facts they state and the corridors they speak of', async ({ page }) => {
  await openLive(page, './?view=trade&sel=person:anton-arutyunov&v=1');
  await expect(page.locator('.trade-dot[data-fact-id="trade-turnover-2024"]')).toHaveAttribute('opacity', '1');
  await expect(page.locator('.trade-dot[data-fact-id="trade-turnover-2022"]')).toHaveAttribute('opacity', '0.3');
  await page.getByRole('link', { name: 'Corridors map' }).click();
  await expect(page.locator('[data-corridor-id="caspian-corridor"]')).toHaveAttribute('opacity', '1');
  await expect(page.locator('[data-corridor-id="north-south-eastern-route"]')).toHaveAttribute('opacity', '0.25');
  // Selecting a corridor highlights the people who name it.
  // (By keyboard: the middle of a bent route's box is not on the route.)
  await page.locator('[data-corridor-id="gas-pipeline-russia-china"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Network' }).click();
  await expect(page.locator('[data-node-id="akimzhan-arupov"]')).toHaveAttribute('opacity', '1');
  await expect(page.locator('[data-node-id="anton-arutyunov"]')).toHaveAttribute('opacity', '0.25');
});

test('the trade timeline: points and event markers take the keyboard, with a visible focus ring and tooltip', async ({ page }) => {
  await openLive(page, './?view=trade&v=1');
  await expect(page.locator('.trade-event').first()).toBeVisible();
  const focused = (attribute: string) => page.evaluate((name) => document.activeElement?.getAttribute(name) ?? '', attribute);
  const ringStroke = () =>
    page.evaluate(() => {
      const ring = document.activeElement?.querySelector('.focus-ring');
      return ring ? getComputedStyle(ring).stroke : '';
    });
  for (let i = 0; i < 60 && (await focused('data-event-id')) === ''; i++) await page.keyboard.press('Tab');
  expect(await focused('data-event-id')).not.toBe('');
  expect(await ringStroke()).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  await expect(page.getByRole('tooltip')).toContainText('Click for the event');
  for (let i = 0; i < 10 && (await focused('data-fact-id')) === ''; i++) await page.keyboard.press('Shift+Tab');
  const fact = await focused('data-fact-id');
  expect(await ringStroke()).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`sel=fact:${fact}`));
});
