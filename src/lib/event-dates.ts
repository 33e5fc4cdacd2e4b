/**
 * Dated events as charts and lists show them: where a date sits on a time axis (a day is a point;
 * a month, a year or several days are a span, so an uncertain date is drawn as uncertain), the date
 * in words no more precise than its evidence, and a short label for a marker. Pure.
 */
import type { AtlasEvent } from '../data/schemas/dataset';
import { pick, type Language } from '../i18n/i18n';
import { formatPartialDate, type Locale, stableDate } from './format';

/** Where an event sits on a year axis whose year Y runs from Y − 0.5 to Y + 0.5 (a point at Y is mid-year). */
export interface EventSpan {
  from: number;
  at: number;
  to: number;
  /** The date is a span (a month, a year, several days), not a single day. */
  isSpan: boolean;
}

const DAY = 86_400_000;

function parts(date: string): [number, number | undefined, number | undefined] {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  return [year, month, day];
}

/** Start and end (exclusive) of a partial date at a precision, in ms since the epoch (UTC). */
function bounds(date: string, precision: AtlasEvent['precision']): [number, number] {
  const [year, month, day] = parts(date);
  if (precision === 'year' || month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (precision === 'month' || day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  const start = Date.UTC(year, month - 1, day);
  return [start, start + DAY];
}

/** A moment on the axis: the year's share elapsed, with year Y centred on Y. */
function toAxis(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year - 0.5 + (ms - start) / (Date.UTC(year + 1, 0, 1) - start);
}

export function eventSpan(event: Pick<AtlasEvent, 'date' | 'endDate' | 'precision'>): EventSpan {
  const [start, firstEnd] = bounds(event.date, event.precision);
  const end = event.endDate ? bounds(event.endDate, event.precision)[1] : firstEnd;
  // The axis is continuous: 1 January of Y + 1 (an exclusive end) is Y + 0.5, the end of year Y.
  const from = toAxis(start);
  const to = toAxis(end);
  return { from, at: (from + to) / 2, to, isSpan: end - start > DAY };
}

const RANGE_OPTIONS: Record<AtlasEvent['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** "21 Feb 2023", "11–12 Nov 2025", "Nov 2024", "2023": as precise as the evidence, in the reader's language. */
export function describeEventDate(event: Pick<AtlasEvent, 'date' | 'endDate' | 'precision'>, locale: Locale): string {
  if (!event.endDate || event.endDate === event.date) return formatPartialDate(event.date, event.precision, locale);
  const format = new Intl.DateTimeFormat(locale.language === 'ru' ? 'ru' : 'en-GB', RANGE_OPTIONS[event.precision]);
  const [start] = bounds(event.date, event.precision);
  const [end] = bounds(event.endDate, event.precision);
  // ICU writes "11 – 12 Nov" with thin spaces; between two numbers an en dash stands closed up: "11–12 Nov".
  return stableDate(format.formatRange(new Date(start), new Date(end))).replace(/(\d)\s*–\s*(\d)/gu, '$1–$2');
}

/** At most about this many characters in a marker's label. */
const SHORT_LABEL_LENGTH = 26;

/** Cuts a name at a word boundary to fit a marker, with an ellipsis. */
export function shortenName(name: string, length = SHORT_LABEL_LENGTH): string {
  if (name.length <= length) return name;
  const cut = name.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–—-]+$/, '')}…`;
}

/** The marker's label: the dataset's short label in the reader's language, else the name shortened. */
export function shortEventLabel(event: Pick<AtlasEvent, 'nameEn' | 'nameRu' | 'labelEn' | 'labelRu'>, language: Language): string {
  const label = language === 'ru' ? event.labelRu : event.labelEn;
  return label || shortenName(pick(language, event.nameEn, event.nameRu));
}
