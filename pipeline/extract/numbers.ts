/**
 * Numbers in Russian text: finding every numeral in an article body (digits, Roman numerals and
 * cardinal words from three up) and parsing a quantity such as "$26 млрд" or "28 млрд долларов".
 *
 * Hand-written because no maintained npm package parses Russian quantities with their scale and
 * currency words; the word list below is data, in every case form, so no stemming guesswork.
 * "один"/"два" (and their forms) are left out on purpose: in this corpus they only occur in set
 * phrases ("одним из", "двух стран") that are not claims.
 */
import type { Scale, Unit } from '../../src/data/schemas/common';
import type { Span } from './segment-article';

const CARDINAL_WORDS: Record<number, string[]> = {
  3: ['три', 'трех', 'трёх', 'трем', 'трём', 'тремя'],
  4: ['четыре', 'четырех', 'четырёх', 'четырем', 'четырём', 'четырьмя'],
  5: ['пять', 'пяти', 'пятью'],
  6: ['шесть', 'шести', 'шестью'],
  7: ['семь', 'семи', 'семью'],
  8: ['восемь', 'восьми', 'восемью'],
  9: ['девять', 'девяти', 'девятью'],
  10: ['десять', 'десяти', 'десятью'],
  20: ['двадцать', 'двадцати', 'двадцатью'],
  30: ['тридцать', 'тридцати', 'тридцатью'],
  40: ['сорок', 'сорока'],
  50: ['пятьдесят', 'пятидесяти'],
  100: ['сто', 'ста'],
};
const WORD_VALUES = new Map(
  Object.entries(CARDINAL_WORDS).flatMap(([value, forms]) => forms.map((form) => [form, Number(value)] as const)),
);

const LETTER = '\\p{L}';
const DIGITS = '\\d+(?:[.,]\\d+)?';
/** A well-formed Roman numeral of two letters or more, standing alone ("XXI", not "POOL" or "CIVIL"). */
const ROMAN = `(?<!${LETTER})(?=[IVXLCDM]{2,}(?!${LETTER}))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?!${LETTER})`;
const WORDS = `(?<!${LETTER})(?:${[...WORD_VALUES.keys()].join('|')})(?!${LETTER})`;
const NUMERAL_PATTERN = new RegExp(`${DIGITS}|${ROMAN}|${WORDS}`, 'giu');

export interface FoundNumber extends Span {
  text: string;
}

/** Every numeral in `text` between `from` and `to`, with absolute offsets. */
export function findNumerals(text: string, from: number, to: number): FoundNumber[] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(NUMERAL_PATTERN)].map((match) => ({
    start: from + match.index,
    end: from + match.index + match[0].length,
    text: match[0],
  }));
}

export interface Quantity {
  value: number;
  scale: Scale;
  unit: Unit;
}

const SCALE_PATTERNS: [Scale, RegExp][] = [
  ['trillion', /(?<!\p{L})(?:трлн|триллион\p{L}*)/iu],
  ['billion', /(?<!\p{L})(?:млрд|миллиард\p{L}*)/iu],
  ['million', /(?<!\p{L})(?:млн|миллион\p{L}*)/iu],
  ['thousand', /(?<!\p{L})(?:тыс\.?|тысяч\p{L}*)/iu],
];

/** Checked in order: the first that matches wins ("кубометров газа в год" before "год"). */
const UNIT_PATTERNS: [Unit, RegExp][] = [
  ['USD', /\$|(?<!\p{L})доллар\p{L}*/iu],
  ['KZT', /(?<!\p{L})тенге(?!\p{L})/iu],
  ['RUB', /(?<!\p{L})рубл\p{L}*/iu],
  ['percent', /%|(?<!\p{L})процент\p{L}*/iu],
  ['m3-per-year', /(?<!\p{L})кубометр\p{L}*.*(?<!\p{L})в год(?!\p{L})/iu],
  ['m3', /(?<!\p{L})кубометр\p{L}*/iu],
  ['decade', /(?<!\p{L})десятилети\p{L}*/iu],
  ['year', /(?<!\p{L})(?:лет|год\p{L}*)(?!\p{L})/iu],
];

export type ParseResult = { ok: true; quantity: Quantity } | { ok: false; reason: string };

/**
 * Reads the first numeral of a value text with its scale and unit words; `unitText`, when given,
 * is read for unit words too. A text with a number and no unit word counts things ("девяти
 * ведущих вузов" → 9, count).
 */
export function parseQuantity(valueText: string, unitText = ''): ParseResult {
  const numerals = findNumerals(valueText, 0, valueText.length);
  const first = numerals[0];
  if (!first) return { ok: false, reason: `valueText "${valueText}" holds no number` };
  const value = WORD_VALUES.get(first.text.toLowerCase()) ?? Number(first.text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, reason: `valueText "${valueText}": "${first.text}" is not a number` };
  const scale = SCALE_PATTERNS.find(([, pattern]) => pattern.test(valueText))?.[0] ?? 'one';
  const unitSource = `${valueText} ${unitText}`;
  const unit = UNIT_PATTERNS.find(([, pattern]) => pattern.test(unitSource))?.[0] ?? 'count';
  return { ok: true, quantity: { value, scale, unit } };
}

/** Years named in a period text: four-digit numbers, and relative phrases resolved against `articleYear`. */
export function resolvePeriodYears(periodText: string, articleYear: number): number[] {
  const years = [...periodText.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1]));
  if (/позапрошл\p{L}*\s+год/iu.test(periodText)) years.push(articleYear - 2);
  else if (/прошл\p{L}*\s+год/iu.test(periodText)) years.push(articleYear - 1);
  if (/(?:этом|текущ\p{L}*)\s+год/iu.test(periodText)) years.push(articleYear);
  return years;
}
