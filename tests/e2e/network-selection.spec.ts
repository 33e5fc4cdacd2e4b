/**
 * Picking a node in the network opens its details without loading the corpus whole: the panel
 * and the view read what the selection needs, and the large files that exist in parts (texts,
 * mentions; README "The data build") are never fetched whole. Going on to the Sources view then
 * fetches that entity's mentions part and the texts of its articles only.
 */
import { expect, test } from '@playwright/test';
import { openLive } from './live';

test('a node picked in the network loads no whole mentions or texts file', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) fetched.push(path.replace(/^.*\/data\//, ''));
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLive(page, './network/');
  await page.locator('[data-node-id="anton-arutyunov"]').click();
  await expect(page.getByRole('heading', { level: 2, name: /Arutyunov/ })).toBeVisible();
  expect(fetched.filter((file) => /^(v\/[^/]+\/)?(mentions|texts)\.json$/.test(file))).toEqual([]);

  await page.getByRole('link', { name: /Read the paragraphs in the sources/ }).click();
  // The texts parts are asked for only once the mentions part has told which articles to show,
  // so wait for a highlighted excerpt (it needs both) before looking at what was fetched.
  await expect(page.locator('figure.excerpt mark').first()).toBeVisible();
  expect(fetched).toContain('mentions/anton-arutyunov.json');
  expect(fetched.filter((file) => /^(v\/[^/]+\/)?(mentions|texts)\.json$/.test(file))).toEqual([]);
  expect(fetched.some((file) => /texts\/[a-z0-9-]+\.json$/.test(file))).toBe(true);
});
