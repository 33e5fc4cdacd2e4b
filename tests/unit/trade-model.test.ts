/** The trade timeline's model and layout, in English and Russian, on the real dataset. */
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap, type Box } from '../../src/charts/place-labels';
import { estimateTextWidth } from '../../src/charts/text-width';
import type { DatasetFiles } from '../../src/data/schemas/dataset';
import { buildTradeTimeline, type TradeInputs } from '../../src/features/trade/build-trade-timeline';
import { layoutTradeTimeline } from '../../src/features/trade/layout-trade-timeline';
import { ensureLanguage } from '../../src/i18n/i18n';
import { NO_FILTERS, type DataFilters } from '../../src/lib/filters';
import { createLocale, ENGLISH, type Locale } from '../../src/lib/format';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';

const data: DatasetFiles = loadAllDatasets();
const filters = (patch: Partial<DataFilters>): DataFilters => ({ ...NO_FILTERS, ...patch });
/** Labels carry non-breaking spaces so they never wrap; compare them as plain spaces. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');
let RUSSIAN: Locale;
beforeAll(async () => {
  await ensureLanguage('ru');
  RUSSIAN = createLocale('ru');
});

/** A copy of the dataset with one fact changed (to test the title's rule on other numbers). */
function withFact(id: string, patch: Record<string, unknown>): TradeInputs {
  return { ...data, facts: { facts: data.facts.facts.map((fact) => (fact.id === id ? ({ ...fact, ...patch } as typeof fact) : fact)) } };
}

describe('buildTradeTimeline: axes', () => {
  it('ticks the value axis at round numbers from zero, bare, with the unit in the axis title', () => {
    const en = buildTradeTimeline(data, NO_FILTERS, null, ENGLISH);
    const ru = buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN);
    expect(en.valueAxis.ticks).toEqual([0, 10, 20, 30]);
    expect(en.valueAxis.tickLabels).toEqual(['0', '10', '20', '30']);
    expect(ru.valueAxis.tickLabels).toEqual(['0', '10', '20', '30']);
    expect(en.valueAxis.title).toBe('US$ billion');
    expect(ru.valueAxis.title).toBe('млрд долл. США');
    // The top tick is the first round number at or above the largest point.
    const largest = Math.max(...en.points.map((point) => point.value));
    expect(en.valueAxis.domain[1]).toBeGreaterThanOrEqual(largest);
    expect(en.valueAxis.domain[1] - largest).toBeLessThan(10);
  });

  it('covers only the years of the data: no empty year after the last point', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    const last = Math.max(...model.points.map((point) => point.year));
    expect(model.yearAxis.ticks.at(-1)).toBe(last);
    expect(model.yearAxis.domain[1]).toBe(last + 0.5);
    expect(buildTradeTimeline(data, filters({ yearTo: 2022 }), null).yearAxis.ticks).toEqual([2021, 2022]);
  });

  it('labels points short, with the qualifier as a sign, in the reader’s language', () => {
    expect(buildTradeTimeline(data, NO_FILTERS, null).points.map((point) => plain(point.shortLabel))).toEqual([
      '≈ $23.6B',
      '> $26B',
      '$28B',
    ]);
    expect(buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN).points.map((point) => plain(point.shortLabel))).toEqual([
      '≈ 23,6 млрд $',
      '> 26 млрд $',
      '28 млрд $',
    ]);
    // The full wording stays for the tooltip and the table.
    expect(buildTradeTimeline(data, NO_FILTERS, null).points[1]!.valueLabel).toBe('more than $26 billion');
  });
});

describe('buildTradeTimeline: title, notes, source, CSV, table', () => {
  it('says the finding, and claims a rise only when the qualifiers prove one', () => {
    // 2022 is "more than $26 billion": $28 billion in 2024 does not prove growth.
    expect(buildTradeTimeline(data, NO_FILTERS, null).anatomy.title).toBe('Kazakhstan–Russia trade reached $28 billion in 2024');
    expect(buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN).anatomy.title).toBe(
      'Товарооборот Казахстана и России достиг 28 млрд долл. США в 2024 году',
    );
    const exact2022 = withFact('trade-turnover-2022', { qualifier: 'exact' });
    expect(buildTradeTimeline(exact2022, NO_FILTERS, null).anatomy.title).toBe('Kazakhstan–Russia trade grew to $28 billion in 2024');
    const higher2022 = withFact('trade-turnover-2022', { qualifier: 'exact', value: 30, absoluteValue: 30e9 });
    expect(buildTradeTimeline(higher2022, NO_FILTERS, null, RUSSIAN).anatomy.title).toBe(
      'Товарооборот Казахстана и России снизился до 28 млрд долл. США в 2024 году',
    );
    expect(buildTradeTimeline(data, filters({ yearTo: 2022 }), null).anatomy.title).toBe(
      'Kazakhstan–Russia trade topped $26 billion in 2022',
    );
  });

  it('falls back to a neutral title and a message when the filters leave no figure', () => {
    const en = buildTradeTimeline(data, filters({ topics: ['energy'] }), null);
    expect(en.points).toEqual([]);
    expect(en.events).toEqual([]);
    expect(en.anatomy.title).toBe('Kazakhstan–Russia trade turnover');
    expect(en.anatomy.source).toBe('no figure under the current filters');
    expect(buildTradeTimeline(data, filters({ topics: ['energy'] }), null, RUSSIAN).anatomy.source).toBe('под текущие фильтры нет данных');
  });

  it('names its sources in words and explains the hollow points, in both languages', () => {
    const en = buildTradeTimeline(data, NO_FILTERS, null);
    const ru = buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN);
    expect(en.anatomy.source).toContain('Anton Arutyunov');
    expect(en.anatomy.source).toContain('Ivan Alekseev');
    expect(ru.anatomy.source).toContain('Антон Арутюнов');
    for (const model of [en, ru]) {
      expect(model.anatomy.source).not.toMatch(/the articles|trade-turnover|sputnik-roundtable/);
      expect(model.anatomy.notes.length).toBe(3);
    }
    expect(en.anatomy.notes[0]).toBe('Hollow points are computed from stated figures, not stated.');
    expect(ru.anatomy.notes[0]).toMatch(/^Полые точки/);
    expect(ru.anatomy.legend.map((item) => item.label)).toEqual([
      'Приведено в статье',
      'Вычислено из приведённых чисел',
      'Событие из статей',
    ]);
  });

  it('keeps CSV headers stable ASCII keys in every language, one row per point', () => {
    const en = buildTradeTimeline(data, NO_FILTERS, null).anatomy.csv;
    const ru = buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN).anatomy.csv;
    expect(Object.keys(ru.rows[0]!)).toEqual(Object.keys(en.rows[0]!));
    expect(Object.keys(en.rows[0]!).every((key) => /^[a-z_]+$/.test(key))).toBe(true);
    expect(en.rows.map((row) => row.year)).toEqual([2021, 2022, 2024]);
    expect(ru.rows.map((row) => row.stated_or_derived)).toEqual(['derived', 'stated', 'stated']);
  });

  it('gives the table a row per point and per event drawn, each opening its item', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null, RUSSIAN);
    expect(model.table.rows.length).toBe(model.points.length + model.events.length);
    expect(model.table.rows.filter((row) => row.selection?.kind === 'event').map((row) => row.key)).toEqual(
      model.events.map((event) => event.eventId),
    );
    expect(model.table.columns.map((column) => column.label)).toContain('Когда');
  });
});

describe('buildTradeTimeline: events', () => {
  it('draws the dated events inside the axis years only, oldest first', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    const [from, to] = model.yearAxis.domain;
    const inRange = data.events.events.filter((event) => Number(event.date.slice(0, 4)) <= 2024);
    expect(model.events.map((event) => event.eventId).sort()).toEqual(inRange.map((event) => event.id).sort());
    expect(model.events.some((event) => event.eventId === 'tokayev-state-visit-moscow-2025')).toBe(false);
    for (const event of model.events) {
      expect(event.at).toBeGreaterThanOrEqual(from);
      expect(event.at).toBeLessThanOrEqual(to);
      expect(event.from).toBeLessThanOrEqual(event.at);
      expect(event.to).toBeGreaterThanOrEqual(event.at);
    }
    expect(model.events.map((event) => event.at)).toEqual([...model.events.map((event) => event.at)].sort((a, b) => a - b));
    // Within the filter's years too.
    expect(buildTradeTimeline(data, filters({ yearTo: 2022 }), null).events).toEqual([]);
  });

  it('shows an uncertain date as a span, and a day as a point', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    const byId = new Map(model.events.map((event) => [event.eventId, event]));
    expect(byId.get('sputnik-roundtable-2023')?.isSpan).toBe(false);
    expect(byId.get('putin-state-visit-astana-2024')?.isSpan).toBe(true);
    // "в конце 2023 года": late 2023, October to December, a quarter of the year wide.
    const lateYear = byId.get('soyuz-5-first-launch-plan')!;
    expect(lateYear.isSpan).toBe(true);
    expect(lateYear.to - lateYear.from).toBeCloseTo(92 / 365, 2);
    expect(byId.get('putin-state-visit-astana-2024')?.dateLabel).toBe('Nov 2024');
  });

  it('uses the short label of the reader’s language, never the other one', () => {
    const labelled = {
      ...data,
      events: {
        events: data.events.events.map((event) =>
          event.id === 'putin-state-visit-astana-2024' ? { ...event, labelEn: 'Putin in Astana', labelRu: 'Путин в Астане' } : event,
        ),
      },
    };
    const en = buildTradeTimeline(labelled, NO_FILTERS, null).events.find((event) => event.eventId === 'putin-state-visit-astana-2024');
    const ru = buildTradeTimeline(labelled, NO_FILTERS, null, RUSSIAN).events.find(
      (event) => event.eventId === 'putin-state-visit-astana-2024',
    );
    expect([en?.label, ru?.label]).toEqual(['Putin in Astana', 'Путин в Астане']);
    const onlyEnglish = {
      ...data,
      events: { events: data.events.events.map((event) => ({ ...event, labelEn: 'An English label', labelRu: '' })) },
    };
    // Russian mode without a Russian label: the Russian name, shortened, never the English label.
    for (const event of buildTradeTimeline(onlyEnglish, NO_FILTERS, null, RUSSIAN).events) {
      expect(event.label).not.toBe('An English label');
      expect(event.name.startsWith(event.label.replace(/…$/, ''))).toBe(true);
      expect(event.label.length).toBeLessThanOrEqual(26);
    }
  });
});

describe('layoutTradeTimeline', () => {
  const textBox = (text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): Box => {
    const width = estimateTextWidth(text, 12);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x: left, y: y - 10, width, height: 13 };
  };

  for (const width of [260, 320, 390, 640, 1280]) {
    for (const language of ['en', 'ru'] as const) {
      it(`places every label without overlap at ${width} px in ${language}`, () => {
        const model = buildTradeTimeline(data, NO_FILTERS, null, language === 'ru' ? RUSSIAN : ENGLISH);
        const layout = layoutTradeTimeline(model, width, 200);
        const boxes: { id: string; box: Box }[] = [
          { id: 'axis-title', box: textBox(layout.axisTitle.text, layout.axisTitle.x, layout.axisTitle.y, 'start') },
          ...layout.valueTicks.map((tick) => ({
            id: `tick-${tick.value}`,
            box: textBox(tick.label, layout.plot.left - 8, tick.y + 4, 'end'),
          })),
          ...layout.yearTicks.map((tick) => ({
            id: `year-${tick.label}`,
            box: textBox(tick.label, tick.x, layout.plot.bottom + 19, 'middle'),
          })),
          ...layout.points.flatMap((point) => (point.placed ? [{ id: point.factId, box: point.placed.box }] : [])),
          ...layout.events.flatMap((event) => (event.placed ? [{ id: event.eventId, box: event.placed.box }] : [])),
        ];
        for (const [index, a] of boxes.entries()) {
          expect(a.box.x, `${a.id} starts inside the drawing`).toBeGreaterThanOrEqual(-0.5);
          expect(a.box.x + a.box.width, `${a.id} ends inside the drawing`).toBeLessThanOrEqual(width + 0.5);
          for (const b of boxes.slice(index + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
        }
        // The y axis is as wide as its widest label; event markers never touch.
        const widest = Math.max(...model.valueAxis.tickLabels.map((label) => estimateTextWidth(label, 12)));
        expect(layout.plot.left - 8).toBeGreaterThanOrEqual(widest);
        const markers = layout.events.map((event) => event.markerX);
        markers.slice(1).forEach((x, index) => expect(x - markers[index]!).toBeGreaterThanOrEqual(8));
        // The latest figure always keeps its label.
        expect(layout.points.at(-1)?.placed?.text).toBe(model.points.at(-1)?.shortLabel);
      });
    }
  }

  it('staggers event labels on a second row before dropping them, and grows only as needed', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    const wide = layoutTradeTimeline(model, 1280, 200);
    expect(wide.events.filter((event) => event.placed).length).toBeGreaterThanOrEqual(3);
    expect(wide.events.some((event) => event.isStaggered)).toBe(true);
    const noEvents = layoutTradeTimeline(buildTradeTimeline(data, filters({ yearTo: 2022 }), null), 1280, 200);
    expect(noEvents.height).toBeLessThan(wide.height);
  });
});
