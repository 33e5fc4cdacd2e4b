/**
 * Formatting facts for people: values with their unit and qualifier, periods, dates. Pure and
 * locale-fixed (English for now; the data's own Russian is shown as it is).
 */
import type { Period, Precision, Qualifier, Scale, Unit } from '../data/schemas/common';

const SCALE_WORDS: Record<Scale, string> = {
  one: '',
  thousand: ' thousand',
  million: ' million',
  billion: ' billion',
  trillion: ' trillion',
};
const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', 'more-than': 'more than ', 'at-most': 'at most ', about: 'about ' };

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "more than $26 billion", "10%", "35 billion m³ a year", "9"; `isSigned` writes "+10%". */
export function formatValue(value: number, scale: Scale, unit: Unit, qualifier: Qualifier = 'exact', isSigned = false): string {
  const amount = `${isSigned && value > 0 ? '+' : ''}${number.format(value)}${SCALE_WORDS[scale]}`;
  const withUnit = ((): string => {
    switch (unit) {
      case 'USD':
        return `$${amount}`;
      case 'KZT':
        return `${amount} tenge`;
      case 'RUB':
        return `${amount} roubles`;
      case 'percent':
        return `${amount}%`;
      case 'm3-per-year':
        return `${amount} m³ a year`;
      case 'm3':
        return `${amount} m³`;
      case 'decade':
        return `${amount} ${value === 1 ? 'decade' : 'decades'}`;
      case 'year':
        return `${amount} ${value === 1 ? 'year' : 'years'}`;
      case 'count':
        return amount;
    }
  })();
  return `${QUALIFIER_WORDS[qualifier]}${withUnit}`;
}

/** "2024", "2022 (vs 2021)", "as of 2025", "2022–2024", "no period". */
export function formatPeriod(period: Period): string {
  switch (period.type) {
    case 'year':
      return period.baseYear ? `${period.year} (vs ${period.baseYear})` : String(period.year);
    case 'as-of':
      return `as of ${period.year}`;
    case 'span':
      return `${period.from}–${period.to}`;
    case 'open':
      return 'no period';
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "21 Feb 2023", "Nov 2025", "2025": no more precise than the evidence allows. */
export function formatPartialDate(date: string, precision: Precision): string {
  const [year, month, day] = date.split('-');
  if (precision === 'year' || !month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
