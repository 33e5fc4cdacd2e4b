/**
 * Screenshots of every view as a reader sees it: desktop (1280 × 900) and phone (390 × 844), light
 * and dark, English and Russian. `npm run screenshots` writes them to docs/screenshots/ (named in the README); the
 * suite writes them under test-results/. A change to
 * a chart is judged by eye from them; the test itself checks only that each view drew its chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

const FOLDER = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots/views';
const READY: Record<string, (page: Page) => ReturnType<Page['locator']>> = {
  overview: (page) => page.locator('main h2').first(),
  trade: (page) => page.locator('.trade-dot').first(),
  investment: (page) => page.locator('.investment-bar').first(),
  corridors: (page) => page.locator('[data-corridor-id]').first(),
  network: (page) => page.locator('[data-node-id]').first(),
  sources: (page) => page.locator('tr[data-fact-id]').first(),
};
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

for (const size of SIZES) {
  for (const lang of ['en', 'ru'] as const) {
    test(`screenshots: every view, ${size.name}, ${lang}, light and dark`, async ({ browser }) => {
      test.setTimeout(120_000);
      for (const theme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: size.viewport, colorScheme: theme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        for (const [view, ready] of Object.entries(READY)) {
          await openLive(page, `./?view=${view}&lang=${lang}&theme=${theme}&v=1`);
          await expect(ready(page)).toBeVisible();
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${FOLDER}/${view}-${size.name}-${theme}-${lang}.png`, fullPage: size.name === 'desktop' });
        }
        await context.close();
      }
    });
  }
}
