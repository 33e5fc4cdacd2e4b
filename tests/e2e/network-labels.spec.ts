/**
 * The network's names in real Chromium: at 1280 and 390 px wide, in English and Russian, no two
 * visible node labels overlap and none runs outside the chart, as the browser lays the text out
 * (getBoundingClientRect of each <text>, so real font metrics, not the estimate the placement
 * used); the same after focusing a node by keyboard and after selecting one. And the layout
 * fills its box: the nodes span most of the chart's width and height.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

interface Rect {
  id: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function labelRects(page: Page): Promise<{ labels: Rect[]; chart: Omit<Rect, 'id' | 'text'> }> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.network')!;
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll<SVGTextElement>('[data-label-id]')]
      .filter((text) => getComputedStyle(text).visibility !== 'hidden' && Number(getComputedStyle(text).opacity) > 0)
      .map((text) => {
        const rect = text.getBoundingClientRect();
        return {
          id: text.dataset.labelId!,
          text: text.textContent ?? '',
          left: rect.left,
          right: rect.right,
          top: rect.top,
          bottom: rect.bottom,
        };
      });
    return { labels, chart: { left: box.left, right: box.right, top: box.top, bottom: box.bottom } };
  });
}

/** Glyph boxes include the line's ascent and descent; allow a pixel of anti-aliasing. */
const overlaps = (a: Rect, b: Rect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

async function expectLegible(page: Page, minimum: number) {
  const { labels, chart } = await labelRects(page);
  expect(labels.length, 'labels shown').toBeGreaterThanOrEqual(minimum);
  const clashes: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlaps(labels[i]!, labels[j]!)) clashes.push(`${labels[i]!.text} × ${labels[j]!.text}`);
    }
  }
  expect(clashes).toEqual([]);
  const outside = labels.filter(
    (label) => label.left < chart.left || label.right > chart.right || label.top < chart.top || label.bottom > chart.bottom,
  );
  expect(outside.map((label) => label.text)).toEqual([]);
  return labels;
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, minimum: 12 },
  { name: 'phone', viewport: { width: 390, height: 844 }, minimum: 5 },
] as const;

for (const size of SIZES) {
  for (const lang of ['en', 'ru'] as const) {
    test(`network labels, ${size.name}, ${lang}: none overlap, none leaves the chart, also in focus`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size.viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await openLive(page, `./?view=network&lang=${lang}&v=1`);
      await expect(page.locator('[data-node-id="kassym-jomart-tokayev"]')).toBeVisible();
      await page.locator('svg.network').scrollIntoViewIfNeeded();

      // At rest: the most-mentioned names are shown, Tokayev's and Putin's among them.
      const atRest = await expectLegible(page, size.minimum);
      expect(atRest.map((label) => label.id)).toEqual(expect.arrayContaining(['kassym-jomart-tokayev', 'vladimir-putin']));

      // The layout fills its box: nodes span most of its width and height.
      const span = await page.evaluate(() => {
        const svg = document.querySelector('svg.network')!.getBoundingClientRect();
        const nodes = [...document.querySelectorAll('[data-node-id]')].map((node) => node.getBoundingClientRect());
        const [left, right] = [Math.min(...nodes.map((r) => r.left)), Math.max(...nodes.map((r) => r.right))];
        const [top, bottom] = [Math.min(...nodes.map((r) => r.top)), Math.max(...nodes.map((r) => r.bottom))];
        return { x: (right - left) / svg.width, y: (bottom - top) / svg.height };
      });
      // (Before the fit, the graph used about half of each; the rest is the margin names need.)
      expect(span.x).toBeGreaterThan(0.8);
      expect(span.y).toBeGreaterThan(0.75);

      // Keyboard focus on a node: its name is shown (in full where it fits), still without overlap.
      await page.locator('[data-node-id][tabindex="0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.nodeId ?? '');
      expect(focusedId).not.toBe('');
      const focused = await expectLegible(page, 1);
      expect(focused.map((label) => label.id)).toContain(focusedId);

      // Selecting it: the neighbourhood is named, still without overlap.
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`sel=(person|organisation):${focusedId}`));
      await expectLegible(page, 2);

      // Hovering another node adds its name too.
      await page.locator('[data-node-id="cis"]').hover();
      const hovered = await expectLegible(page, 2);
      expect(hovered.map((label) => label.id)).toContain('cis');
      await context.close();
    });
  }
}
