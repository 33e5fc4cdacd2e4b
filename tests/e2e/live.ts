/**
 * Opening a page and waiting until the app owns it. A prerendered page shows its chart before any
 * script runs (static.spec.ts tests that); a test that clicks, types or counts marks acts on the
 * live app, so it waits for hydration first, as a reader's click would need it.
 */
import type { Page } from '@playwright/test';

export async function openLive(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
  return response;
}
