/**
 * Short value labels and bare tick numbers for charts, in the reader's language. Ticks are bare
 * round numbers ("0", "10", "20"): the unit is said once, in the axis title. Value labels on marks
 * are short ("> $26B", Russian "> 26 млрд $") so they never wrap; the full wording ("more than
 * $26 billion") stays in the tooltip and the table. Pure and deterministic (Intl only).
 */
import type { Qualifier } from '../data/schemas/common';
import type { Language } from '../i18n/i18n';
import type { Locale } from '../lib/format';
import { estimateTextWidth } from './text-width';

const formats = new Map<string, Intl.NumberFormat>();

/** A number in the reader's language: "23.6" / "23,6"; at most `digits` decimals. */
export function formatChartNumber(value: number, language: Language, digits = 1): string {
  const key = `${language}:${digits}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(language, { maximumFractionDigits: digits }));
  return formats.get(key)!.format(value);
}

/** The sign a short label puts before its number: ">" more than, "≤" at most, "≈" about. */
export const QUALIFIER_MARKS: Record<Qualifier, string> = { exact: '', 'more-than': '>', 'at-most': '≤', about: '≈' };

/**
 * "> $26B", "≈ $23.6B" (English) or "> 26 млрд $" (Russian): a value in US$ billion, short enough
 * to sit on a point or a bar. Non-breaking spaces keep it on one line wherever it is shown.
 */
export function formatShortBillionsUsd(value: number, qualifier: Qualifier, locale: Locale): string {
  const amount = locale.t('format.billionsShort', { value: formatChartNumber(value, locale.language) }).replaceAll(' ', '\u00a0');
  const mark = QUALIFIER_MARKS[qualifier];
  return mark ? `${mark}\u00a0${amount}` : amount;
}

/**
 * Width (px) a column of tick labels needs: the widest label, estimated, plus 15% for faces wider
 * than the estimate (digits are 0.56 em there, up to 0.64 em in DejaVu Sans).
 */
export function tickLabelsWidth(labels: string[], fontSize: number): number {
  return Math.ceil(Math.max(0, ...labels.map((label) => estimateTextWidth(label, fontSize))) * 1.15);
}
