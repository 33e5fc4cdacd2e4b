import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumerals, NUMERAL_PATTERN, parseQuantity, resolvePeriodYears } from '../../pipeline/extract/numbers';
import { textWithRange } from './text-pieces';

describe('parseQuantity', () => {
  it.each([
    ['28 млрд долларов', { value: 28, scale: 'billion', unit: 'USD' }],
    ['$26 млрд', { value: 26, scale: 'billion', unit: 'USD' }],
    ['10%', { value: 10, scale: 'one', unit: 'percent' }],
    ['35 млрд кубометров газа в год', { value: 35, scale: 'billion', unit: 'm3-per-year' }],
    ['1,5 млн тенге', { value: 1.5, scale: 'million', unit: 'KZT' }],
    ['девяти ведущих вузов', { value: 9, scale: 'one', unit: 'count' }],
    ['трех десятилетий', { value: 3, scale: 'one', unit: 'decade' }],
  ])('reads "%s"', (text, quantity) => {
    expect(parseQuantity(text)).toEqual({ ok: true, quantity });
  });

  it('takes the unit from unitText when the value text has none', () => {
    expect(parseQuantity('10 млрд кубометров', 'в год')).toEqual({
      ok: true,
      quantity: { value: 10, scale: 'billion', unit: 'm3-per-year' },
    });
  });

  it('reports a value text without a number', () => {
    expect(parseQuantity('много денег')).toEqual({ ok: false, reason: 'valueText "много денег" holds no number' });
  });
});

describe('findNumerals', () => {
  it('finds digits, Roman numerals and cardinal words, with offsets', () => {
    const text = 'XXI форум, 11–12 ноября, девяти вузов, одним из, ГРЭС-2';
    expect(findNumerals(text, 0, text.length).map((n) => n.text)).toEqual(['XXI', '11', '12', 'девяти', '2']);
    const [first] = findNumerals(text, 4, text.length);
    expect(text.slice(first!.start, first!.end)).toBe('11');
  });

  it('takes only well-formed Roman numerals that stand alone', () => {
    expect(findNumerals('POOL CIVIL MIX', 0, 14).map((n) => n.text)).toEqual(['MIX']);
  });

  // Pieces that start, end or block a numeral: digits and separators, Roman letters in both cases,
  // number words and their neighbours in any case (an old form "ᲃ" of "с" too), letters that make
  // a word run on, an astral letter and a lone surrogate half.
  const PIECES = [
    '1',
    '25',
    ',',
    '.',
    'XI',
    'm',
    'iv',
    'C',
    'три',
    'ТРЁХ',
    'сто',
    'ᲃта',
    'пят',
    'ь',
    'ю',
    'а',
    'Q',
    ' ',
    '-',
    '\u{1D400}',
    '\uD835',
  ];

  it('finds what a global search with its pattern finds, between any two offsets', () => {
    fc.assert(
      fc.property(textWithRange(PIECES, 12), ({ text: value, from, to }) => {
        const expected = [...value.slice(from, to).matchAll(NUMERAL_PATTERN)].map((match) => ({
          start: from + match.index,
          end: from + match.index + match[0].length,
          text: match[0],
        }));
        expect(findNumerals(value, from, to)).toEqual(expected);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describe('resolvePeriodYears', () => {
  it('resolves relative years against the article year', () => {
    expect(resolvePeriodYears('В прошлом году', 2025)).toEqual([2024]);
    expect(resolvePeriodYears('По итогам прошлого года', 2023)).toEqual([2022]);
    expect(resolvePeriodYears('в этом году', 2025)).toEqual([2025]);
    expect(resolvePeriodYears('показателя 2021 года', 2023)).toEqual([2021]);
  });
});
