/** Dates, counts and source lines in words, in English and in Russian: no id, no English left in Russian. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLanguage } from '../../src/i18n/i18n';
import { describeArticle, describeDerivation, describeFactSource } from '../../src/lib/describe-source';
import {
  createLocale,
  ENGLISH,
  formatCount,
  formatDateRange,
  formatEventDate,
  formatPartialDate,
  pluralCategory,
} from '../../src/lib/format';
import { loadDataset } from '../../src/testing/dataset-fixture';

beforeAll(() => ensureLanguage('ru'));
const ru = () => createLocale('ru');

describe('formatPartialDate and formatDateRange', () => {
  it('shows a bounded date as a range marked uncertain', () => {
    expect(formatPartialDate('2025-10', 'month', ENGLISH, '2025-11-11')).toBe('Oct – 11 Nov 2025 (date uncertain)');
    expect(formatPartialDate('2025-10', 'month', ru(), '2025-11-11')).toBe('окт. – 11 нояб. 2025 г. (дата не точна)');
  });
  it('keeps a single date at its precision', () => {
    expect(formatPartialDate('2023-02-21', 'day')).toBe('21 Feb 2023');
    expect(formatPartialDate('2025-11', 'month', ru())).toBe('нояб. 2025 г.');
    expect(formatPartialDate('2025-11-11', 'year')).toBe('2025');
  });
  it('says the shared year once, and joins days of one month with a dash', () => {
    expect(formatDateRange('2025-11-11', '2025-11-12')).toBe('11–12 Nov 2025');
    expect(formatDateRange('2025-11-11', '2025-11-12', ru())).toBe('11–12 нояб. 2025 г.');
    expect(formatDateRange('2023-10', '2023-12')).toBe('Oct – Dec 2023');
    expect(formatDateRange('2024-12', '2025-01')).toBe('Dec 2024 – Jan 2025');
    expect(formatDateRange('2024', '2025')).toBe('2024 – 2025');
  });
  it('dates an event by its span or its precision', () => {
    expect(formatEventDate({ date: '2023-10', endDate: '2023-12', precision: 'month' })).toBe('Oct – Dec 2023');
    expect(formatEventDate({ date: '2025-11', endDate: null, precision: 'month' }, ru())).toBe('нояб. 2025 г.');
  });
});

describe('formatCount', () => {
  it('uses the plural forms of each language', () => {
    expect(formatCount('selection.mentionCount', 1)).toBe('Mentioned 1 time');
    expect(formatCount('selection.mentionCount', 3)).toBe('Mentioned 3 times');
    expect([1, 3, 5, 21].map((count) => formatCount('selection.mentionCount', count, ru()))).toEqual([
      '1 упоминание',
      '3 упоминания',
      '5 упоминаний',
      '21 упоминание',
    ]);
    expect(pluralCategory(1.5, 'ru')).toBe('other');
  });
});

describe('describeFactSource, describeDerivation, describeArticle', () => {
  const data = {
    facts: loadDataset('facts'),
    entities: loadDataset('entities'),
    articles: loadDataset('articles'),
    topics: loadDataset('topics'),
  };
  const fact = (id: string) => data.facts.facts.find((candidate) => candidate.id === id)!;

  it('says in words what a derived fact was computed from, never the ids', () => {
    const change = fact('trade-change-2022-2024');
    expect(describeFactSource(change, data)).toBe(
      'derived by Partnership Atlas from bilateral trade turnover, more than $26 billion in 2022 (Ivan Alekseev) and bilateral trade turnover, $28 billion in 2024 (Anton Arutyunov)',
    );
    expect(describeFactSource(change, data, ru())).toBe(
      'вычислено Атласом партнёрства по данным: взаимный товарооборот, более 26 млрд долл. США за 2022 (Иван Алексеев) и взаимный товарооборот, 28 млрд долл. США за 2024 (Антон Арутюнов)',
    );
    // Without the metrics (a view that has not loaded topics), still words, still no id.
    const { topics: _topics, ...withoutTopics } = data;
    expect(describeFactSource(change, withoutTopics)).toBe(
      'derived by Partnership Atlas from more than $26 billion in 2022 (Ivan Alekseev) and $28 billion in 2024 (Anton Arutyunov)',
    );
    const { facts: _facts, ...withoutFacts } = withoutTopics;
    expect(describeFactSource(change, withoutFacts)).toBe('derived by Partnership Atlas from stated figures');
  });

  it('writes the formula with numbers and operators a reader knows', () => {
    expect(describeDerivation(fact('gas-transit-china'), data)).toBe(
      '35 − 10 = 25 billion m³ a year, where 35 is planned gas exports through the pipeline, 35 billion m³ a year (Akimzhan Arupov) and 10 is gas Kazakhstan is ready to buy, 10 billion m³ a year (Akimzhan Arupov)',
    );
    expect(describeDerivation(fact('trade-turnover-2024'), data)).toBeNull();
  });

  it('describes a stated fact by speaker and article, with an uncertain date as such', () => {
    expect(describeFactSource(fact('trade-turnover-2024'), data)).toBe(
      'Anton Arutyunov, Unnamed Kazakhstani newspaper, Oct – 11 Nov 2025 (date uncertain)',
    );
    expect(describeArticle(data.articles, 'kisi-tulindinova-2025', ru())).toBe('Издание не названо, 11 нояб. 2025 г.');
  });
});
