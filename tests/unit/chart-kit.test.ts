/** The shared chart kit: round axes and collision-free labels. */
import { describe, expect, it } from 'vitest';
import { buildValueAxis, buildYearAxis } from '../../src/charts/nice-scale';
import { boxesOverlap, placeLabels, type LabelRequest } from '../../src/charts/place-labels';
import { estimateTextWidth } from '../../src/charts/text-width';

describe('buildValueAxis', () => {
  it('ticks trade turnover at round 1-2-5 steps from zero, the top a tick above the data', () => {
    expect(buildValueAxis([23.6, 26, 28])).toEqual({ domain: [0, 30], ticks: [0, 5, 10, 15, 20, 25, 30] });
    expect(buildValueAxis([23.6, 26, 28], 4)).toEqual({ domain: [0, 30], ticks: [0, 10, 20, 30] });
    expect(buildValueAxis([1.7, 5.3], 4).ticks).toEqual([0, 2, 4, 6]);
  });
  it('keeps every step equal and every tick round, for any data', () => {
    for (const max of [0.37, 1, 3.3, 9.99, 17, 26, 35, 88, 123, 4567]) {
      const { domain, ticks } = buildValueAxis([max]);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-1)).toBe(domain[1]);
      const steps = ticks.slice(1).map((tick, index) => +(tick - ticks[index]!).toPrecision(6));
      expect(new Set(steps).size).toBe(1);
      const mantissa = steps[0]! / 10 ** Math.floor(Math.log10(steps[0]!));
      expect([1, 2, 5]).toContain(Math.round(mantissa));
    }
  });
  it('has an axis for no data and for negative values', () => {
    expect(buildValueAxis([]).domain).toEqual([0, 1]);
    expect(buildValueAxis([-4, 7]).domain).toEqual([-4, 8]);
  });
});

describe('buildYearAxis', () => {
  it('covers exactly the years of the data', () => {
    expect(buildYearAxis([2021, 2022, 2024])).toEqual({ domain: [2020.5, 2024.5], ticks: [2021, 2022, 2023, 2024] });
    expect(buildYearAxis([2024])).toEqual({ domain: [2023.5, 2024.5], ticks: [2024] });
  });
  it('steps by round numbers over long spans', () => {
    expect(buildYearAxis([1991, 2024]).ticks).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
  });
});

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };
  const label = (id: string, x: number, y: number, priority: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
    id,
    text: id,
    x,
    y,
    offset: 6,
    fontSize: 12,
    priority,
    ...extra,
  });

  it('never returns two overlapping labels, however crowded', () => {
    const requests = Array.from({ length: 200 }, (_, index) =>
      label(`Node number ${index}`, (index * 37) % 400, (index * 53) % 300, index % 7),
    );
    const { placed, dropped } = placeLabels(requests, { bounds });
    expect(placed.length + dropped.length).toBe(200);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
  });
  it('places the higher priority first and moves the next one aside rather than on top', () => {
    const { placed } = placeLabels([label('Omsk', 100, 100, 1), label('Petropavl', 96, 104, 2)], { bounds });
    expect(placed.map((p) => p.id)).toEqual(['Petropavl', 'Omsk']);
    expect(placed[0]!.position).toBe('right');
    expect(placed[1]!.position).not.toBe('right');
  });
  it('keeps labels inside the bounds and off obstacles', () => {
    const { placed } = placeLabels([label('Edge', 395, 150, 1)], { bounds });
    expect(placed[0]!.position).toBe('left');
    const blocked = placeLabels([label('A', 100, 100, 1)], { bounds, obstacles: [{ x: 104, y: 80, width: 60, height: 40 }] });
    expect(blocked.placed[0]!.position).not.toBe('right');
  });
  it('drops what has no room, but always places a required label', () => {
    const tight = { x: 0, y: 0, width: 60, height: 20 };
    expect(placeLabels([label('A very long label', 30, 10, 1)], { bounds: tight }).dropped).toEqual(['A very long label']);
    expect(placeLabels([label('A very long label', 30, 10, 1, { isRequired: true })], { bounds: tight }).placed).toHaveLength(1);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, and Cyrillic capitals are wide', () => {
    expect(estimateTextWidth('Petropavl', 12)).toBeGreaterThan(40);
    expect(estimateTextWidth('Petropavl', 12)).toBeLessThan(70);
    expect(estimateTextWidth('Ш', 10)).toBeGreaterThan(estimateTextWidth('i', 10));
    expect(estimateTextWidth('abc', 24)).toBeCloseTo(2 * estimateTextWidth('abc', 12));
  });
});
