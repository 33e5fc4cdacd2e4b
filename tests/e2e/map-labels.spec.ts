/**
 * The corridor map's names in real Chromium, with the real fonts: at 1280 and 390 px wide, in
 * English and Russian, no two visible names (countries, cities, corridors, waypoints) overlap,
 * Kazakhstan is named, and every corridor kind is drawn in its own colour in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

interface LabelBox {
  kind: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The on-screen boxes of every visible map name (the glyphs' box, as the browser lays them out). */
async function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.locator('svg.corridor-map [data-map-label]').evaluateAll((nodes) =>
    nodes
      .map((node) => {
        const box = node.getBoundingClientRect();
        return {
          kind: node.getAttribute('data-map-label') ?? '',
          text: node.textContent ?? '',
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        };
      })
      .filter((box) => box.width > 0 && box.height > 0),
  );
}

const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openMap(page: Page, lang: 'en' | 'ru', theme = 'light') {
  await openLive(page, `./?view=corridors&lang=${lang}&theme=${theme}&v=1`);
  await expect(page.locator('[data-corridor-id="caspian-corridor"]')).toBeVisible();
  await expect(page.locator('svg.corridor-map [data-map-label="country"]').first()).toBeVisible();
  // Nothing hovered or focused: the map as it first shows.
  await page.mouse.move(0, 0);
}

for (const size of SIZES) {
  for (const lang of ['en', 'ru'] as const) {
    test(`map names never overlap: ${size.name}, ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size.viewport });
      const page = await context.newPage();
      await openMap(page, lang);
      const boxes = await labelBoxes(page);
      const kinds = new Set(boxes.map((box) => box.kind));
      expect([...kinds].sort()).toEqual(expect.arrayContaining(['city', 'country']));
      expect(boxes.map((box) => box.text)).toContain(lang === 'en' ? 'KAZAKHSTAN' : 'КАЗАХСТАН');
      const clashes: string[] = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} × ${b.text}`)));
      expect(clashes).toEqual([]);
      // Every name lies inside the map drawing (none is cut by its edge).
      const map = await page.locator('svg.corridor-map').boundingBox();
      for (const box of boxes) {
        expect(box.x, box.text).toBeGreaterThanOrEqual(map!.x);
        expect(box.x + box.width, box.text).toBeLessThanOrEqual(map!.x + map!.width);
      }
      await context.close();
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`every corridor kind has its own stroke colour: ${theme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await openMap(page, 'en', theme);
    const colours = await page
      .locator('svg.corridor-map [data-kind] .corridor__core, svg.corridor-map [data-kind] .hub__mark')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.closest('[data-kind]')!.getAttribute('data-kind'), getComputedStyle(node).stroke] as const),
      );
    const byKind = new Map<string, Set<string>>();
    for (const [kind, colour] of colours) byKind.set(kind!, (byKind.get(kind!) ?? new Set()).add(colour));
    // The dataset's corridors are rail, road, pipeline and multimodal; its hubs rail and space.
    expect(byKind.size).toBeGreaterThanOrEqual(5);
    // One colour per kind, and no two kinds share one.
    for (const set of byKind.values()) expect(set.size).toBe(1);
    const distinct = new Set([...byKind.values()].map((set) => [...set][0]));
    expect(distinct.size).toBe(byKind.size);
    await context.close();
  });
}
