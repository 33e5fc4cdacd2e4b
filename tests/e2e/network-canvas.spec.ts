/**
 * The network drawn on a canvas (forced, as the bench forces it, with localStorage
 * "atlas:network-renderer" = "canvas"): the wheel and the zoom buttons zoom it, a drag on empty
 * space pans it, a click on a node opens it, and the keyboard (one tab stop, arrows, Enter) opens
 * one too. The picture is read back from the canvas's pixels.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

/** A short fingerprint of the canvas's pixels (a hash of its PNG), so failures print briefly. */
const picture = (page: Page) =>
  page.evaluate(() => {
    const url = document.querySelector<HTMLCanvasElement>('canvas.network')!.toDataURL();
    let hash = 0;
    for (let i = 0; i < url.length; i++) hash = (Math.imul(hash, 31) + url.charCodeAt(i)) | 0;
    return `${url.length}:${hash}`;
  });

/** A point (page px) inside the canvas: on a pixel of a node's fill colour, or far from anything drawn. */
async function findPoint(page: Page, kind: 'node' | 'empty'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.network')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    // The picture is opaque, filled with the chart's background (the canvas element's own): "empty" is that colour.
    const background = getComputedStyle(canvas).backgroundColor.match(/\d+/g)!.map(Number);
    const isBackground = (x: number, y: number) => {
      const at = (y * width + x) * 4;
      return data[at] === background[0] && data[at + 1] === background[1] && data[at + 2] === background[2];
    };
    // Kazakhstan's green, a person's fill (COUNTRY_COLOURS.KZ = #007A5A).
    const isNodeFill = (x: number, y: number) => {
      const at = (y * width + x) * 4;
      return data[at] === 0 && data[at + 1] === 122 && data[at + 2] === 90 && data[at + 3] === 255;
    };
    for (let y = 30; y < height - 30; y += 3)
      for (let x = 30; x < width - 30; x += 3) {
        if (wanted === 'node' && isNodeFill(x, y) && isNodeFill(x + 1, y) && isNodeFill(x, y + 1)) return { x, y, ratio, box };
        if (wanted === 'empty') {
          let isClear = true;
          for (let dy = -24; dy <= 24 && isClear; dy += 4)
            for (let dx = -24; dx <= 24 && isClear; dx += 4) isClear = isBackground(x + dx, y + dy);
          if (isClear) return { x, y, ratio, box };
        }
      }
    return null;
  }, kind);
  expect(point, `a ${kind} point on the canvas`).not.toBeNull();
  return { x: point!.box.left + point!.x / point!.ratio, y: point!.box.top + point!.y / point!.ratio };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('atlas:network-renderer', 'canvas'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLive(page, './?view=network');
  await expect(page.locator('canvas.network')).toBeVisible();
  await expect(page.locator('[data-node-id]')).toHaveCount(0);
});

test('the canvas zooms with the wheel and the buttons, and pans', async ({ page }) => {
  const canvas = page.locator('canvas.network');
  const box = (await canvas.boundingBox())!;
  const start = await picture(page);

  // Ctrl + wheel zooms (the wheel alone scrolls the page); d3-zoom reads 50 px with Ctrl as 2×.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -50);
  await page.keyboard.up('Control');
  await expect.poll(() => picture(page)).not.toBe(start);
  const wheeled = await picture(page);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => picture(page)).not.toBe(wheeled);
  const zoomed = await picture(page);

  // A drag on empty space pans.
  const empty = await findPoint(page, 'empty');
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.down();
  await page.mouse.move(empty.x + 60, empty.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => picture(page)).not.toBe(zoomed);

  // Reset undoes zoom and pan (and is then disabled again).
  const reset = page.getByRole('button', { name: /Reset/ });
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect(reset).toBeDisabled();
});

test('a click on a node opens it; so does the keyboard', async ({ page }) => {
  const node = await findPoint(page, 'node');
  await page.mouse.click(node.x, node.y);
  await expect(page).toHaveURL(/sel=(person|organisation):/);
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.keyboard.press('Escape');

  await openLive(page, './?view=network');
  await expect(page.locator('canvas.network')).toBeVisible();
  await page.locator('canvas.network').focus();
  const live = page.locator('canvas.network + p[aria-live]');
  await expect(live).not.toBeEmpty();
  const first = await live.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(live).not.toHaveText(first!);
  const name = (await live.textContent())!.split(' (')[0]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=(person|organisation):/);
  await expect(page.getByRole('complementary')).toContainText(name);
});
