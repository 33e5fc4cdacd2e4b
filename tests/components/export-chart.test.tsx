// @vitest-environment jsdom
/**
 * The standalone SVG draws the frame's anatomy, in order, with the type scale: title, subtitle,
 * the chart, legend, notes, source line; nothing under 12 px; lines wrapped to the width.
 */
import { describe, expect, it } from 'vitest';
import { buildStandaloneSvg, EXPORT_TYPE, wrapText } from '../../src/charts/export-chart';
import { estimateTextWidth } from '../../src/charts/text-width';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chart(width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('r', '5');
  svg.append(dot);
  document.body.append(svg);
  return svg;
}

const COLOURS = { ink: '#111111', muted: '#555555', paper: '#ffffff', line: '#dddddd' };
const TEXT = {
  en: {
    title: 'Kazakhstan–Russia trade turnover',
    subtitle: 'Bilateral trade in US$ billion, as the articles state it. Hollow points are derived from stated figures, not stated.',
    notes: ['The 2021 value is computed from the 2022 value and its stated growth rate.'],
    sourceLine:
      'Source: Ivan Alekseev (Sputnik Kazakhstan press centre, 21 Feb 2023); Anton Arutyunov (newspaper, Nov 2025) · Partnership Atlas',
    legend: [
      { label: 'Stated in an article', colour: '#0b5cad', shape: 'dot' as const },
      { label: 'Derived from stated figures', colour: '#6b3fa0', shape: 'hollow-dot' as const },
    ],
  },
  ru: {
    title: 'Товарооборот Казахстана и России',
    subtitle:
      'Двусторонняя торговля в млрд долларов США — как её приводят статьи. Полые точки вычислены из приведённых чисел, а не приведены.',
    notes: ['Значение за 2021 год вычислено из значения за 2022 год и приведённого темпа роста.'],
    sourceLine: 'Источник: Иван Алексеев (пресс-центр Sputnik Казахстан, 21 февр. 2023 г.) · Атлас партнёрства',
    legend: [{ label: 'Приведено в статье', colour: '#0b5cad', shape: 'dot' as const }],
  },
};

/** The text blocks of the export by class, with their first baseline and font size. */
function blocks(svg: string) {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const byClass = (name: string) => document.querySelector(`text.${name}`);
  return { document, byClass };
}

describe('wrapText', () => {
  it('keeps every word, in order, and no line is wider than the width unless one word is', () => {
    const text = TEXT.ru.subtitle;
    for (const width of [120, 200, 358, 704]) {
      const lines = wrapText(text, width, 14);
      expect(lines.join(' ')).toBe(text.split(/\s+/).join(' '));
      for (const line of lines) if (line.includes(' ')) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(width);
    }
    expect(wrapText(text, 120, 14).length).toBeGreaterThan(wrapText(text, 704, 14).length);
  });
});

describe('buildStandaloneSvg', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`draws title, subtitle, chart, legend, notes and source line top to bottom (${lang})`, () => {
      const { svg, width, height } = buildStandaloneSvg([chart(720, 340)], TEXT[lang], COLOURS);
      const { document, byClass } = blocks(svg);
      const y = (name: string) => Number(byClass(name)!.querySelector('tspan')!.getAttribute('y'));
      expect(byClass('title')!.textContent).toBe(TEXT[lang].title);
      expect(byClass('subtitle')!.textContent!.replaceAll(/\s+/g, '')).toBe(TEXT[lang].subtitle.replaceAll(/\s+/g, ''));
      expect(byClass('source')!.textContent!.replaceAll(/\s+/g, '')).toBe(TEXT[lang].sourceLine.replaceAll(/\s+/g, ''));
      const chartY = Number(document.querySelector('svg > svg')!.getAttribute('y'));
      const legendY = Number(document.querySelector('g.legend text')!.getAttribute('y'));
      const order = [y('title'), y('subtitle'), chartY, chartY + 340, legendY, y('notes'), y('source')];
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(y('source')).toBeLessThan(height);
      // A wide export takes the wide screen's title size.
      expect(width).toBeGreaterThanOrEqual(640);
      expect(Number(byClass('title')!.getAttribute('font-size'))).toBe(EXPORT_TYPE.wide.title);
      // Nothing is set under 12 px.
      const sizes = Array.from(document.querySelectorAll('[font-size]')).map((node) => Number(node.getAttribute('font-size')));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    });
  }

  it('takes the phone sizes when narrow, and wraps the source line to the width', () => {
    const { svg, width } = buildStandaloneSvg([chart(358, 300)], TEXT.en, COLOURS);
    const { byClass } = blocks(svg);
    expect(width).toBe(480);
    expect(Number(byClass('title')!.getAttribute('font-size'))).toBe(EXPORT_TYPE.narrow.title);
    const sourceLines = Array.from(byClass('source')!.querySelectorAll('tspan')).map((span) => span.textContent!);
    expect(sourceLines.length).toBeGreaterThan(1);
    for (const line of sourceLines) expect(estimateTextWidth(line, EXPORT_TYPE.source)).toBeLessThanOrEqual(width - 2 * EXPORT_TYPE.margin);
  });
});
