/**
 * Formatting facts for people: values with their unit and qualifier, periods, dates — in the
 * reader's language. Pure; the locale is passed in (English by default, for tests and the pipeline's
 * neighbours).
 */
import type { Period, Precision, Qualifier, Scale, Unit } from '../data/schemas/common';
import { createTranslator, type Language, type MessageKey, type Translate } from '../i18n/i18n';

export interface Locale {
  language: Language;
  t: Translate;
}

export const ENGLISH: Locale = { language: 'en', t: createTranslator('en') };

export function createLocale(language: Language): Locale {
  return { language, t: createTranslator(language) };
}

const SCALE_KEYS: Record<Scale, MessageKey | null> = {
  one: null,
  thousand: 'format.thousand',
  million: 'format.million',
  billion: 'format.billion',
  trillion: 'format.trillion',
};
const QUALIFIER_KEYS: Record<Qualifier, MessageKey | null> = {
  exact: null,
  'more-than': 'format.moreThan',
  'at-most': 'format.atMost',
  about: 'format.about',
};
const UNIT_KEYS: Record<Unit, MessageKey> = {
  USD: 'format.usd',
  KZT: 'format.kzt',
  RUB: 'format.rub',
  percent: 'format.percent',
  'm3-per-year': 'format.m3PerYear',
  m3: 'format.m3',
  count: 'format.count',
  decade: 'format.decades',
  year: 'format.years',
};

const numberFormats = new Map<Language, Intl.NumberFormat>();
function formatNumber(value: number, language: Language): string {
  if (!numberFormats.has(language)) numberFormats.set(language, new Intl.NumberFormat(language, { maximumFractionDigits: 2 }));
  return numberFormats.get(language)!.format(value);
}

/** "more than $26 billion", "10%", "35 billion m³ a year", "9"; `isSigned` writes "+10%". */
export function formatValue(
  value: number,
  scale: Scale,
  unit: Unit,
  qualifier: Qualifier = 'exact',
  isSigned = false,
  locale: Locale = ENGLISH,
): string {
  const { t, language } = locale;
  const scaleKey = SCALE_KEYS[scale];
  const amount = `${isSigned && value > 0 ? '+' : ''}${formatNumber(value, language)}${scaleKey ? t(scaleKey) : ''}`;
  const qualifierKey = QUALIFIER_KEYS[qualifier];
  return `${qualifierKey ? t(qualifierKey) : ''}${t(UNIT_KEYS[unit], { amount })}`;
}

/** "2024", "2022 (vs 2021)", "as of 2025", "2022–2024", "no period". */
export function formatPeriod(period: Period, locale: Locale = ENGLISH): string {
  const { t } = locale;
  switch (period.type) {
    case 'year':
      return period.baseYear ? t('format.vs', { year: period.year, base: period.baseYear }) : String(period.year);
    case 'as-of':
      return t('format.asOf', { year: period.year });
    case 'span':
      return `${period.from}–${period.to}`;
    case 'open':
      return t('format.noPeriod');
  }
}

/** A year a period can be sorted by; open periods sort last. */
export function periodSortKey(period: Period): number {
  switch (period.type) {
    case 'year':
    case 'as-of':
      return period.year;
    case 'span':
      return period.to;
    case 'open':
      return Number.POSITIVE_INFINITY;
  }
}

/** "21 Feb 2023", "Nov 2025", "2025": no more precise than the evidence allows. */
export function formatPartialDate(date: string, precision: Precision, locale: Locale = ENGLISH): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (precision === 'year' || !month) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' || !day
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale.language === 'ru' ? 'ru' : 'en-GB', options).format(when);
}
