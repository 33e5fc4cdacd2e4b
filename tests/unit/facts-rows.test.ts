import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLanguage } from '../../src/i18n/i18n';
import { buildFactRows, sortFactRows } from '../../src/features/sources/build-fact-rows';
import { buildFactSearch } from '../../src/features/sources/search-fact-rows';
import { createLocale, formatPartialDate, formatPeriod, formatValue } from '../../src/lib/format';
import { loadDataset } from '../../src/testing/dataset-fixture';

const rows = buildFactRows({
  facts: loadDataset('facts'),
  entities: loadDataset('entities'),
  articles: loadDataset('articles'),
  topics: loadDataset('topics'),
});
const row = (id: string) => rows.find((candidate) => candidate.id === id)!;

describe('buildFactRows', () => {
  it('gives rows that survive JSON unchanged (the prerendered page carries them)', () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('joins a stated fact with its speaker, article and metric', () => {
    expect(row('trade-turnover-2024')).toMatchObject({
      valueLabel: '$28 billion',
      metricLabel: 'Bilateral trade turnover',
      periodLabel: '2024',
      speakerName: 'Anton Arutyunov',
      speakerNameRu: 'Антон Арутюнов',
      sourceLabel: 'Unnamed Kazakhstani newspaper, Oct – 11 Nov 2025 (date uncertain)',
      sourceDate: '2025-10',
      quote: 'В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.',
    });
  });

  it('shows a derived fact with its formula and inputs instead of a quote', () => {
    const derived = row('trade-turnover-2021');
    expect(derived.quote).toBeNull();
    expect(derived.valueLabel).toBe('about $23.6 billion');
    expect(derived.derivation).toBe(
      '26 ÷ (1 + 10 ÷ 100) = about $23.6 billion, where 26 is bilateral trade turnover, more than $26 billion in 2022 (Ivan Alekseev) and 10 is trade turnover growth, year on year, 10% in 2022 (vs 2021) (Ivan Alekseev)',
    );
  });

  beforeAll(() => ensureLanguage('ru'));

  it('says it all in Russian in Russian: labels, notes, the formula in words, no id', () => {
    const ru = buildFactRows(
      { facts: loadDataset('facts'), entities: loadDataset('entities'), articles: loadDataset('articles'), topics: loadDataset('topics') },
      createLocale('ru'),
    );
    const change = ru.find((candidate) => candidate.id === 'trade-change-2022-2024')!;
    expect(change.derivation).toBe(
      '(28 ÷ 26 − 1) × 100 = не более 7,7%, где 28 — взаимный товарооборот, 28 млрд долл. США за 2024 (Антон Арутюнов) и 26 — взаимный товарооборот, более 26 млрд долл. США за 2022 (Иван Алексеев)',
    );
    expect(change.note).toMatch(/^Два источника/);
    const interview = ru.find((candidate) => candidate.id === 'trade-turnover-2024')!;
    expect(interview.sourceLabel).toBe('Неназванная казахстанская газета, окт. – 11 нояб. 2025 г. (дата не точна)');
    for (const row of ru) {
      const visible = [row.metricLabel, row.valueLabel, row.periodLabel, row.speakerName, row.sourceLabel, row.derivation, row.note].join(
        ' ',
      );
      expect(visible, row.id).not.toMatch(/[a-z]+-[a-z0-9]+-[a-z0-9]+/);
      expect(visible.replace(/Kazpravda\.kz|Sputnik/g, ''), row.id).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

describe('sortFactRows', () => {
  it('sorts by period either way, open periods last when ascending and first when descending', () => {
    const ascending = sortFactRows(rows, 'period', 'ascending').map((r) => r.periodSort);
    const descending = sortFactRows(rows, 'period', 'descending').map((r) => r.periodSort);
    expect(ascending[0]).toBe(2021);
    expect(ascending.at(-1)).toBe(Number.MAX_VALUE);
    expect(descending).toEqual([...ascending].reverse());
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });

  it('is stable: equal keys keep the dataset order', () => {
    const twice = sortFactRows(sortFactRows(rows, 'speaker', 'ascending'), 'speaker', 'ascending');
    expect(twice.map((r) => r.id)).toEqual(sortFactRows(rows, 'speaker', 'ascending').map((r) => r.id));
  });
});

describe('buildFactSearch', () => {
  const search = buildFactSearch(rows);
  it('finds by English label, by Cyrillic name and by a word of the quote', () => {
    expect([...search.search('SME share')!]).toEqual(['sme-trade-share-2023']);
    expect(search.search('turnover 2024')!.has('trade-turnover-2024')).toBe(true);
    expect([...search.search('Алексеев')!].sort()).toEqual(['trade-growth-2022', 'trade-turnover-2022']);
    expect(search.search('кубометров')!.has('gas-pipeline-capacity')).toBe(true);
  });
  it('returns null for a blank query (no filter) and an empty set for nonsense', () => {
    expect(search.search('   ')).toBeNull();
    expect(search.search('zzzqqq')?.size).toBe(0);
  });
});

describe('format', () => {
  it('formats values with qualifier and unit', () => {
    expect(formatValue(26, 'billion', 'USD', 'more-than')).toBe('more than $26 billion');
    expect(formatValue(8, 'one', 'percent', 'at-most')).toBe('at most 8%');
    expect(formatValue(35, 'billion', 'm3-per-year')).toBe('35 billion m³ a year');
    expect(formatValue(3, 'one', 'decade', 'more-than')).toBe('more than 3 decades');
  });
  it('formats periods and partial dates no more precisely than known', () => {
    expect(formatPeriod({ type: 'year', year: 2022, baseYear: 2021 })).toBe('2022 (vs 2021)');
    expect(formatPeriod({ type: 'span', from: 2022, to: 2024 })).toBe('2022–2024');
    expect(formatPartialDate('2025-11', 'month')).toBe('Nov 2025');
    expect(formatPartialDate('2023-02-21', 'day')).toBe('21 Feb 2023');
  });
});
