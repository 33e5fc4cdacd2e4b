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

/**
 * ICU versions disagree on which space goes where (a thin or narrow no-break space in "5 000" or
 * "Oct – Dec" in one, a no-break space in another): Node's, which prerenders the pages, and the
 * browser's, which hydrates them, must write the same characters. Every Intl output goes through
 * this, so both write a no-break space.
 */
export function stableSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/gu, '\u00a0');
}

/** A date or period the same in every ICU: one plain space wherever ICU puts any kind of space. */
export function stableDate(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
function formatNumber(value: number, language: Language): string {
  if (!numberFormats.has(language)) numberFormats.set(language, new Intl.NumberFormat(language, { maximumFractionDigits: 2 }));
  return stableSpaces(numberFormats.get(language)!.format(value));
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

/** The precision a partial date's string states: "2025" year, "2025-11" month, "2025-11-11" day. */
export function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, precision: Precision, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language}|${precision}|${withYear}`;
  if (!dateFormats.has(key)) {
    const options: Intl.DateTimeFormatOptions = {
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    };
    dateFormats.set(key, new Intl.DateTimeFormat(language === 'ru' ? 'ru' : 'en-GB', options));
  }
  return dateFormats.get(key)!;
}

function parseDate(date: string): { year: number; month?: number; day?: number; when: Date } {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  return { year, month, day, when: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)) };
}

/** One partial date at (at most) the precision it states. */
function formatOne(date: string, precision: Precision, language: Language, withYear = true): string {
  const { year, month, day, when } = parseDate(date);
  const effective: Precision = precision === 'year' || !month ? 'year' : precision === 'day' && day ? 'day' : 'month';
  if (effective === 'year') return String(year);
  return stableDate(dateFormat(language, effective, withYear).format(when));
}

/**
 * "11–12 Nov 2025", "Oct – Dec 2023", "Oct – 11 Nov 2025", "Dec 2024 – Jan 2025": a period
 * between two partial dates, each at its own precision, the shared year said once.
 */
export function formatDateRange(from: string, to: string, locale: Locale = ENGLISH): string {
  const { language } = locale;
  const [start, end] = [parseDate(from), parseDate(to)];
  const [startPrecision, endPrecision] = [precisionOf(from), precisionOf(to)];
  if (from === to) return formatOne(from, startPrecision, language);
  if (start.year !== end.year || startPrecision === 'year' || endPrecision === 'year') {
    return `${formatOne(from, startPrecision, language)} – ${formatOne(to, endPrecision, language)}`;
  }
  if (startPrecision === 'day' && endPrecision === 'day' && start.month === end.month) {
    return `${start.day}–${formatOne(to, 'day', language)}`;
  }
  return `${formatOne(from, startPrecision, language, false)} – ${formatOne(to, endPrecision, language)}`;
}

/**
 * "21 Feb 2023", "Nov 2025", "2025": no more precise than the evidence allows. With `latest` (the
 * text only bounds the date), a range marked uncertain: "Oct – 11 Nov 2025 (date uncertain)".
 */
export function formatPartialDate(date: string, precision: Precision, locale: Locale = ENGLISH, latest: string | null = null): string {
  if (latest) return locale.t('format.dateUncertain', { range: formatDateRange(date, latest, locale) });
  return formatOne(date, precision, locale.language);
}

/** An event's date: one day, a multi-day span ("11–12 Nov 2025") or the period it falls in ("Oct – Dec 2023"). */
export function formatEventDate(event: { date: string; endDate: string | null; precision: Precision }, locale: Locale = ENGLISH): string {
  return event.endDate ? formatDateRange(event.date, event.endDate, locale) : formatOne(event.date, event.precision, locale.language);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
/** The plural category of `count` in the reader's language: English one/other, Russian one/few/many/other. */
export function pluralCategory(count: number, language: Language): 'one' | 'few' | 'many' | 'other' {
  if (!pluralRules.has(language)) pluralRules.set(language, new Intl.PluralRules(language));
  const category = pluralRules.get(language)!.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

/**
 * A counted phrase in proper plural form: `base` names a message family with `_one`, `_few`,
 * `_many` and `_other` variants ("Mentioned once" / "Mentioned 3 times"; "1 упоминание",
 * "3 упоминания", "5 упоминаний").
 */
export function formatCount(base: 'selection.mentionCount', count: number, locale: Locale = ENGLISH): string {
  const key = `${base}_${pluralCategory(count, locale.language)}` as MessageKey;
  return locale.t(key, { count: formatNumber(count, locale.language) });
}
