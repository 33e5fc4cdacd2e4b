/**
 * The dashboard on a 390 × 844 phone, in English and Russian: each view's chart (or the
 * Overview's content) starts on the first screen, the page never scrolls sideways, every control
 * is a target of at least 24 px (or has the spacing WCAG 2.5.8 allows instead), no text is under
 * 12 px, and the folded controls — "Filters (n)", Settings, "Share & download" — work by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLive } from './live';

const PHONE = { width: 390, height: 844 };
const VIEWS = [
  { id: 'overview', top: 'main section', ready: '.figure-card' },
  { id: 'trade', top: '.chart-frame__body', ready: '.trade-dot' },
  { id: 'investment', top: '.chart-frame__body', ready: '.investment-bar' },
  { id: 'corridors', top: '.chart-frame__body', ready: '[data-corridor-id]' },
  { id: 'network', top: '.chart-frame__body', ready: '[data-node-id]' },
] as const;
const LANGS = ['en', 'ru'] as const;
const TEXT = {
  en: { filters: 'Filters', settings: 'Settings', menu: 'Share & download', energy: 'Energy', csv: 'Download CSV', embed: 'Embed' },
  ru: {
    filters: 'Фильтры',
    settings: 'Настройки',
    menu: 'Поделиться и скачать',
    energy: 'Энергетика',
    csv: 'Скачать CSV',
    embed: 'Встроить',
  },
};

// A plain narrow window, not mobile emulation: a mobile browser would zoom out to hide a page that
// overflows, and this test is there to see it.
test.use({ viewport: PHONE });

/** Controls whose size counts: what a finger has to hit. */
const TARGETS = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="menuitem"]';

/**
 * Targets smaller than 24 × 24 that fail WCAG 2.5.8: neither an inline link in a sentence nor
 * spaced so that a 24 px circle centred on it meets no other target (or another such circle).
 */
async function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const visible = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Marks inside a chart (SVG) are not counted: each has its equivalent in the table view
      // (2.5.8's "equivalent" exception), and their size is the chart's, not the frame's.
      if (element.closest('svg')) return false;
      return (
        box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && box.bottom + window.scrollY > 0 && !element.closest('.sr-only')
      );
    });
    const boxes = visible.map((element) => element.getBoundingClientRect());
    const isInline = (element: HTMLElement) => {
      if (element.tagName !== 'A') return false;
      const block = element.closest('p, li, td, dd, figcaption, blockquote');
      return !!block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 8;
    };
    const small = (box: DOMRect) => box.width < 24 || box.height < 24;
    const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
    const distanceToBox = ([x, y]: readonly [number, number], box: DOMRect) =>
      Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    const failures: string[] = [];
    visible.forEach((element, index) => {
      const box = boxes[index]!;
      if (!small(box) || isInline(element)) return;
      const c = centre(box);
      const crowded = boxes.some((other, otherIndex) => {
        if (otherIndex === index || visible[otherIndex]!.contains(element) || element.contains(visible[otherIndex]!)) return false;
        if (distanceToBox(c, other) < 12) return true;
        return small(other) && Math.hypot(c[0] - centre(other)[0], c[1] - centre(other)[1]) < 24;
      });
      if (crowded)
        failures.push(
          `${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    });
    return failures;
  }, TARGETS);
}

/** HTML text set smaller than 12 px (SVG text is the charts' own, checked by their specs). */
async function tinyText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('svg, .sr-only, script, style')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) found.add(`${parent.tagName.toLowerCase()}.${parent.className} ${size}px "${node.textContent.trim().slice(0, 30)}"`);
    }
    return [...found];
  });
}

for (const lang of LANGS) {
  for (const view of VIEWS) {
    test(`${view.id}, ${lang}: the chart starts on the first screen, nothing scrolls sideways, targets ≥ 24 px`, async ({ page }) => {
      await openLive(page, `./?view=${view.id}&lang=${lang}&v=1`);
      await expect(page.locator(view.ready).first()).toBeVisible();
      const top = await page
        .locator(view.top)
        .first()
        .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      test.info().annotations.push({ type: 'chart top (px)', description: String(Math.round(top)) });
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(PHONE.height);
      // Well within it, in fact: at least a third of the screen is left for the chart itself.
      expect(top).toBeLessThan(PHONE.height * (2 / 3));

      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await undersizedTargets(page)).toEqual([]);
      expect(await tinyText(page)).toEqual([]);

      // The folded controls keep the page inside the screen when open, too.
      await page.getByRole('button', { name: TEXT[lang].filters }).click();
      if (view.id !== 'overview') await page.getByRole('button', { name: TEXT[lang].menu }).click();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await undersizedTargets(page)).toEqual([]);
    });
  }

  test(`${lang}: "Filters (n)" folds the filters, counts them, and opens and closes by keyboard`, async ({ page }) => {
    await openLive(page, `./?view=trade&lang=${lang}&v=1`);
    await expect(page.locator('.trade-dot').first()).toBeVisible();
    const toggle = page.getByRole('button', { name: new RegExp(`^${TEXT[lang].filters}`) });
    const topic = page.getByRole('button', { name: TEXT[lang].energy, exact: true });
    await expect(toggle).toHaveText(TEXT[lang].filters);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(topic).toBeHidden();

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(topic).toBeVisible();
    // Tab into the panel, to the topic, and choose it with the keyboard.
    for (let i = 0; i < 30 && !(await topic.evaluate((element) => element === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(topic).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/topics=energy/);
    await expect(toggle).toHaveText(`${TEXT[lang].filters} (1)`);

    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(topic).toBeHidden();
    await expect(toggle).toHaveText(`${TEXT[lang].filters} (1)`);
    // A year range counts as one more filter.
    await openLive(page, `./?view=trade&lang=${lang}&topics=energy,trade&from=2023&v=1`);
    await expect(page.getByRole('button', { name: new RegExp(`^${TEXT[lang].filters}`) })).toHaveText(`${TEXT[lang].filters} (3)`);
  });

  test(`${lang}: the "Share & download" menu works by keyboard: arrows, Escape, focus back on the button`, async ({ page }) => {
    await openLive(page, `./?view=trade&lang=${lang}&v=1`);
    await expect(page.locator('.trade-dot').first()).toBeVisible();
    const button = page.getByRole('button', { name: TEXT[lang].menu });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = menu.getByRole('menuitem');
    await expect(items).toHaveCount(7);
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // ↓ opens it too; Enter on an item runs it: the CSV downloads, the menu closes, focus returns.
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.getByRole('menuitem', { name: TEXT[lang].csv }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('partnership-atlas-trade-turnover.csv');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    // An item that opens a dialog: closing the dialog puts focus back on the menu button.
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: TEXT[lang].embed }).press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test(`${lang}: the header is one row, with language and theme behind Settings`, async ({ page }) => {
    await openLive(page, `./?view=network&lang=${lang}&v=1`);
    await expect(page.locator('[data-node-id]').first()).toBeVisible();
    const settings = page.getByRole('button', { name: TEXT[lang].settings });
    const barHeight = await page.locator('.site-header__bar').evaluate((element) => element.getBoundingClientRect().height);
    expect(barHeight).toBeLessThanOrEqual(48);
    await expect(page.getByRole('combobox', { name: lang === 'en' ? 'Theme' : 'Тема' })).toBeHidden();
    await settings.focus();
    await page.keyboard.press('Enter');
    const theme = page.getByRole('combobox', { name: lang === 'en' ? 'Theme' : 'Тема' });
    await expect(theme).toBeVisible();
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await theme.focus();
    await page.keyboard.press('Escape');
    await expect(theme).toBeHidden();
    await expect(settings).toBeFocused();
    // The tabs are one row that scrolls sideways, with the current one in sight.
    const nav = page.locator('.view-nav ul');
    const { rows, scrolls } = await nav.evaluate((list) => ({
      rows: new Set(Array.from(list.children).map((item) => Math.round(item.getBoundingClientRect().top))).size,
      scrolls: list.scrollWidth > list.clientWidth,
    }));
    expect(rows).toBe(1);
    expect(scrolls).toBe(true);
    const current = await page.locator('.view-nav__link[aria-current="page"]').boundingBox();
    expect(current!.x).toBeGreaterThanOrEqual(0);
    expect(current!.x + current!.width).toBeLessThanOrEqual(PHONE.width);
  });
}
