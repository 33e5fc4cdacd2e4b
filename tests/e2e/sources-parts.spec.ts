/**
 * The Sources view fetches the parts it shows: a person's mentions and the texts of the articles
 * its excerpts come from, never the whole texts.json or mentions.json; a version pinned from
 * before the split has only the whole files, and still shows its excerpts.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

function dataRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) names.push(path.replace(/^.*?\/data\//, ''));
  });
  return names;
}

test('a selected person: their mentions and the texts of the articles shown, nothing whole', async ({ page }) => {
  const requested = dataRequests(page);
  await openLive(page, './?view=sources&sel=person:anton-arutyunov');
  await expect(page.locator('figure.excerpt mark').first()).toBeVisible();
  const shown = await page
    .locator('figure.excerpt')
    .evaluateAll((figures) => [...new Set(figures.map((figure) => figure.getAttribute('data-article-id')))]);
  expect(requested).toContain('mentions/anton-arutyunov.json');
  expect(requested.filter((name) => name.startsWith('texts/')).sort()).toEqual(shown.map((article) => `texts/${article}.json`).sort());
  expect(requested).not.toContain('texts.json');
  expect(requested).not.toContain('mentions.json');
});

test('a version pinned before the split reads the whole files and shows the same excerpts', async ({ page }) => {
  const requested = dataRequests(page);
  await openLive(page, './?view=sources&sel=person:anton-arutyunov&data=2f2f024c6cff');
  await expect(page.locator('figure.excerpt mark').first()).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(['v/2f2f024c6cff/texts.json', 'v/2f2f024c6cff/mentions.json']));
  expect(requested.filter((name) => name.includes('texts/') || name.includes('mentions/'))).toEqual([]);
});
