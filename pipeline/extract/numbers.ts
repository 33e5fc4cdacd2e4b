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
/** Every numeral of a text, in a global search. @internal findNumerals finds the same, faster. */
export const NUMERAL_PATTERN = new RegExp(`${DIGITS}|${ROMAN}|${WORDS}`, 'giu');
/** The same pattern, tried at one offset. */
const NUMERAL_AT = new RegExp(NUMERAL_PATTERN.source, 'iuy');

/**
 * What each UTF-16 code unit can be to a numeral, filled on first sight: a digit starts one
 * anywhere; a Roman numeral or a number word starts only after a non-letter, with one of their
 * first letters in any case form (the `i` flag also folds old letter forms such as "ᲀ" to "в"); a
 * high surrogate is kept as a possible start, so the filter never drops a match.
 */
const IS_KNOWN = 1;
const IS_DIGIT = 2;
const MAY_START_WORD = 4;
const IS_LETTER = 8;
const UNIT_KINDS = new Uint8Array(0x10000);
const FIRST_LETTERS = new RegExp(`^[IVXLCDM${[...new Set([...WORD_VALUES.keys()].map((word) => word[0]))].join('')}]`, 'iu');

function unitKind(unit: number): number {
  let kind = UNIT_KINDS[unit]!;
  if (kind === 0) {
    const char = String.fromCharCode(unit);
    kind = IS_KNOWN;
    if (/\d/u.test(char)) kind |= IS_DIGIT;
    else if ((unit >= 0xd800 && unit <= 0xdbff) || FIRST_LETTERS.test(char)) kind |= MAY_START_WORD;
    if (/\p{L}/u.test(char)) kind |= IS_LETTER;
    UNIT_KINDS[unit] = kind;
  }
  return kind;
}

export interface FoundNumber extends Span {
  text: string;
}

/**
 * Every numeral in `text` between `from` and `to`, with absolute offsets: what a global search
 * with NUMERAL_PATTERN finds, but the pattern is tried only where a numeral can start. A search
 * tries its alternatives of number words and Roman numerals at every letter, which made it a
 * large part of reading an article.
 */
export function findNumerals(text: string, from: number, to: number): FoundNumber[] {
  const slice = text.slice(from, to);
  const found: FoundNumber[] = [];
  for (let at = 0; at < slice.length;) {
    const kind = unitKind(slice.charCodeAt(at));
    const mayStart =
      (kind & IS_DIGIT) !== 0 || ((kind & MAY_START_WORD) !== 0 && (at === 0 || (unitKind(slice.charCodeAt(at - 1)) & IS_LETTER) === 0));
    if (!mayStart) {
      at++;
      continue;
    }
    NUMERAL_AT.lastIndex = at;
    const match = NUMERAL_AT.exec(slice);
    if (!match) {
      at++;
      continue;
    }
    found.push({ start: from + at, end: from + at + match[0].length, text: match[0] });
    at += match[0].length;
  }
  return found;
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
