/** The investment model and panel layout, the short value labels and the event dates, in English and Russian. */
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/place-labels';
import { estimateTextWidth } from '../../src/charts/text-width';
import { formatShortBillionsUsd, tickLabelsWidth } from '../../src/charts/value-labels';
import { buildInvestment } from '../../src/features/investment/build-investment';
import { headerLineCount, layoutInvestmentPanel, wrapText } from '../../src/features/investment/layout-investment';
import { buildOverview } from '../../src/features/overview/build-overview';
import { ensureLanguage } from '../../src/i18n/i18n';
import { describeEventDate, eventSpan, shortenName } from '../../src/lib/event-dates';
import { NO_FILTERS, type DataFilters } from '../../src/lib/filters';
import { createLocale, ENGLISH, type Locale } from '../../src/lib/format';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';

const data = loadAllDatasets();
const filters = (patch: Partial<DataFilters>): DataFilters => ({ ...NO_FILTERS, ...patch });
const plain = (text: string) => text.replaceAll('\u00a0', ' ');
let RUSSIAN: Locale;
beforeAll(async () => {
  await ensureLanguage('ru');
  RUSSIAN = createLocale('ru');
});

describe('formatShortBillionsUsd', () => {
  it('writes short labels with the qualifier as a sign, on one line', () => {
    expect(plain(formatShortBillionsUsd(26, 'more-than', ENGLISH))).toBe('> $26B');
    expect(plain(formatShortBillionsUsd(23.6, 'about', ENGLISH))).toBe('≈ $23.6B');
    expect(plain(formatShortBillionsUsd(8, 'at-most', ENGLISH))).toBe('≤ $8B');
    expect(plain(formatShortBillionsUsd(26, 'more-than', RUSSIAN))).toBe('> 26 млрд $');
    expect(plain(formatShortBillionsUsd(23.6, 'about', RUSSIAN))).toBe('≈ 23,6 млрд $');
    // Non-breaking spaces only: nothing can wrap a label into a column of words.
    expect(formatShortBillionsUsd(26, 'more-than', RUSSIAN)).not.toMatch(/ /);
  });
  it('gives a tick column at least the width of its widest label', () => {
    const labels = ['0', '10', '20', '30'];
    expect(tickLabelsWidth(labels, 12)).toBeGreaterThanOrEqual(estimateTextWidth('30', 12));
    expect(tickLabelsWidth(['0', '1 000'], 12)).toBeGreaterThan(tickLabelsWidth(labels, 12));
  });
});

describe('buildInvestment', () => {
  it('keeps the stock and the flow apart, each on its own round axis', () => {
    const model = buildInvestment(data, NO_FILTERS, null);
    const [stock, flow] = model.panels;
    expect(stock?.bars.map((bar) => bar.factId)).toEqual(['investment-stock-2025']);
    expect(flow?.bars.map((bar) => bar.factId)).toEqual(['investment-flow-2024']);
    expect(stock?.axis.ticks).toEqual([0, 10, 20, 30]);
    expect(flow?.axis.ticks).toEqual([0, 1, 2, 3, 4]);
    expect(stock?.axis.title).toBe('US$ billion');
    expect(plain(stock!.bars[0]!.shortLabel)).toBe('> $26B');
    expect(stock!.bars[0]!.valueLabel).toBe('more than $26 billion');
  });

  it('says the finding in both languages, and falls back when the filters leave nothing', () => {
    expect(buildInvestment(data, NO_FILTERS, null).anatomy.title).toBe(
      'Russia has invested more than $26 billion in Kazakhstan, $4 billion of it in 2024',
    );
    expect(buildInvestment(data, NO_FILTERS, null, RUSSIAN).anatomy.title).toBe(
      'Россия вложила в Казахстан более 26 млрд долл. США, из них 4 млрд долл. США — в 2024 году',
    );
    const none = buildInvestment(data, filters({ topics: ['energy'] }), null, RUSSIAN);
    expect(none.anatomy.title).toBe('Российские инвестиции в Казахстан');
    expect(none.anatomy.source).toBe('под текущие фильтры нет данных');
    expect(buildInvestment(data, filters({ yearTo: 2024 }), null).anatomy.title).toBe('Russia invested $4 billion in Kazakhstan in 2024');
  });

  it('names sources in words, keeps CSV keys ASCII, and has a row per bar', () => {
    for (const locale of [ENGLISH, RUSSIAN]) {
      const model = buildInvestment(data, NO_FILTERS, null, locale);
      expect(model.anatomy.source).not.toMatch(/the articles|investment-/);
      expect(Object.keys(model.anatomy.csv.rows[0]!).every((key) => /^[a-z_]+$/.test(key))).toBe(true);
      expect(model.anatomy.csv.rows.map((row) => row.quantity)).toEqual(['stock', 'flow']);
      expect(model.table.rows.map((row) => row.key)).toEqual(['investment-stock-2025', 'investment-flow-2024']);
    }
    expect(buildInvestment(data, NO_FILTERS, null, RUSSIAN).anatomy.source).toContain('Касым-Жомарт Токаев');
  });
});

describe('layoutInvestmentPanel', () => {
  for (const width of [130, 171, 320, 420]) {
    for (const language of ['en', 'ru'] as const) {
      it(`keeps bar labels above their bars and inside ${width} px in ${language}`, () => {
        const model = buildInvestment(data, NO_FILTERS, null, language === 'ru' ? RUSSIAN : ENGLISH);
        for (const panel of model.panels) {
          const layout = layoutInvestmentPanel(panel, width, 180);
          for (const bar of layout.bars) {
            expect(bar.label.box.x).toBeGreaterThanOrEqual(0);
            expect(bar.label.box.x + bar.label.box.width).toBeLessThanOrEqual(width + 0.5);
            expect(bar.label.box.y + bar.label.box.height).toBeLessThanOrEqual(bar.y);
            const titleBox = { x: 0, y: layout.axisTitle.y - 10, width: estimateTextWidth(layout.axisTitle.text, 12), height: 13 };
            expect(boxesOverlap(bar.label.box, titleBox)).toBe(false);
          }
          // Heading and description wrap to the width rather than run out of it.
          for (const line of [...layout.heading.lines, ...layout.description.lines])
            expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
        }
      });
    }
  }
  it('lines up panels side by side whose headers wrap differently', () => {
    const [stock, flow] = buildInvestment(data, NO_FILTERS, null, RUSSIAN).panels;
    const lines = Math.max(headerLineCount(stock!, 140), headerLineCount(flow!, 140));
    expect(layoutInvestmentPanel(stock!, 140, 180, lines).plot.bottom).toBe(layoutInvestmentPanel(flow!, 140, 180, lines).plot.bottom);
    expect(wrapText('one two three', 1000, 12)).toEqual(['one two three']);
  });
});

describe('event dates', () => {
  it('puts a day on a point, a month and a year on spans (year Y centred on Y)', () => {
    const day = eventSpan({ date: '2023-02-21', endDate: null, precision: 'day' });
    expect(day.isSpan).toBe(false);
    expect(day.at).toBeCloseTo(2023 - 0.5 + 51.5 / 365, 4);
    const month = eventSpan({ date: '2024-11', endDate: null, precision: 'month' });
    expect(month.isSpan).toBe(true);
    expect(month.to - month.from).toBeCloseTo(30 / 366, 4);
    expect(eventSpan({ date: '2023', endDate: null, precision: 'year' })).toMatchObject({ from: 2022.5, at: 2023, to: 2023.5 });
    expect(eventSpan({ date: '2025-11-11', endDate: '2025-11-12', precision: 'day' }).isSpan).toBe(true);
  });
  it('writes dates no more precisely than their evidence, ranges included', () => {
    expect(describeEventDate({ date: '2025-11-11', endDate: '2025-11-12', precision: 'day' }, ENGLISH)).toBe('11–12 Nov 2025');
    expect(describeEventDate({ date: '2025-11-11', endDate: '2025-11-12', precision: 'day' }, RUSSIAN)).toMatch(/^11–12 нояб\. 2025/);
    expect(describeEventDate({ date: '2024-11', endDate: null, precision: 'month' }, ENGLISH)).toBe('Nov 2024');
    expect(describeEventDate({ date: '2023', endDate: null, precision: 'year' }, RUSSIAN)).toBe('2023');
  });
  it('shortens a long name at a word boundary', () => {
    expect(shortenName('Short name')).toBe('Short name');
    const short = shortenName("Vladimir Putin's state visit to Kazakhstan");
    expect(short.length).toBeLessThanOrEqual(26);
    expect(short.endsWith('…')).toBe(true);
    expect("Vladimir Putin's state visit".startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('buildOverview: chronology', () => {
  it('lists every dated event oldest first, in the reader’s language, following the filters', () => {
    const en = buildOverview(data, NO_FILTERS);
    expect(en.chronology.length).toBe(data.events.events.length);
    expect(en.chronology[0]?.eventId).toBe('sputnik-roundtable-2023');
    expect(en.chronology.find((entry) => entry.eventId === 'tokayev-state-visit-moscow-2025')?.dateLabel).toBe('11–12 Nov 2025');
    const ru = buildOverview(data, NO_FILTERS, RUSSIAN);
    expect(ru.chronology.find((entry) => entry.eventId === 'sputnik-roundtable-2023')?.place).toBe('Астана');
    expect(buildOverview(data, filters({ yearFrom: 2025 })).chronology.every((entry) => /2025/.test(entry.dateLabel))).toBe(true);
    expect(buildOverview(data, filters({ topics: ['space'] })).chronology.map((entry) => entry.eventId)).toEqual([
      'soyuz-5-first-launch-plan',
    ]);
  });
});
