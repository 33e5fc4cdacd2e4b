import { describe, expect, it } from 'vitest';
import { ogImagePages } from '../../prerender/og-images';

describe('ogImagePages', () => {
  it('lists every view in both languages once, each to its own file in the site’s og/ folder', () => {
    const pages = ogImagePages('dist');
    expect(pages).toHaveLength(12);
    expect(new Set(pages.map((page) => page.outFile)).size).toBe(12);
    expect(new Set(pages.map((page) => page.url)).size).toBe(12);
    expect(pages).toContainEqual({ url: './', outFile: 'dist/og/en-overview.png' });
    expect(pages).toContainEqual({ url: 'ru/', outFile: 'dist/og/ru-overview.png' });
    expect(pages).toContainEqual({ url: 'ru/trade/', outFile: 'dist/og/ru-trade.png' });
  });

  it('takes other page addresses, for the query URLs of today’s build', () => {
    const pages = ogImagePages('dist', (view, lang) => `index.html?view=${view}&lang=${lang}`);
    expect(pages).toContainEqual({ url: 'index.html?view=network&lang=ru', outFile: 'dist/og/ru-network.png' });
  });
});
