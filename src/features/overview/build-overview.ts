/**
 * The overview's headline figures under the current filters: the latest trade turnover and its
 * change, the investment stock and the latest annual flow, corridors by status, and how many
 * people and articles speak. Every figure keeps its fact so its source can be shown.
 */
import type { CorridorStatus } from '../../data/schemas/common';
import type { DatasetFiles, Fact } from '../../data/schemas/dataset';
import { pick } from '../../i18n/i18n';
import { describeEventDate, eventSpan } from '../../lib/event-dates';
import {
  buildFactFilter,
  buildQuoteFilter,
  buildSubjectFilter,
  matchesTopics,
  overlapsYears,
  publicationYear,
  type DataFilters,
} from '../../lib/filters';
import { ENGLISH, type Locale } from '../../lib/format';

export type OverviewInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles' | 'quotes' | 'events'>;

/** One line of the chronology: an event's date as precise as its evidence, short name and place. */
export interface ChronologyEntry {
  eventId: string;
  /** "21 Feb 2023", "Nov 2024", "2023". */
  dateLabel: string;
  /** The date is known only to the month or the year, or spans days. */
  isSpan: boolean;
  /** The short name ("Putin in Astana"), or the name when the dataset has no short one. */
  label: string;
  /** The full name, for the button's accessible name. */
  name: string;
  place: string | null;
}

export interface OverviewModel {
  tradeLatest: Fact | null;
  tradeChange: Fact | null;
  /** Trade turnover points for the preview line, oldest first. */
  tradeSeries: { year: number; value: number; isDerived: boolean }[];
  investmentStock: Fact | null;
  investmentFlow: Fact | null;
  corridorsByStatus: { status: CorridorStatus; count: number }[];
  peopleQuoted: number;
  articles: number;
  /** People with the most mentions, for the network preview. */
  topPeople: { id: string; name: string; mentions: number }[];
  /** The dated events under the filters, oldest first. */
  chronology: ChronologyEntry[];
}

const STATUS_ORDER: CorridorStatus[] = ['operating', 'under-development', 'planned', 'proposed'];

const yearOf = (fact: Fact) =>
  fact.period.type === 'year' || fact.period.type === 'as-of' ? fact.period.year : fact.period.type === 'span' ? fact.period.to : 0;

/** The passing fact of a metric with the latest year; stated beats derived in a tie. */
function latest(facts: Fact[], metric: string): Fact | null {
  const candidates = facts.filter((fact) => fact.metric === metric);
  candidates.sort((a, b) => yearOf(b) - yearOf(a) || (a.kind === 'stated' ? -1 : 1) - (b.kind === 'stated' ? -1 : 1));
  return candidates[0] ?? null;
}

export function buildOverview(data: OverviewInputs, filters: DataFilters, locale: Locale = ENGLISH): OverviewModel {
  const { language } = locale;
  const factPasses = buildFactFilter(data, filters);
  const facts = data.facts.facts.filter(factPasses);
  const quotePasses = buildQuoteFilter(data.articles, filters);
  const quotes = data.quotes.quotes.filter(quotePasses);
  const subjectPasses = buildSubjectFilter(data, filters);

  const tradeLatest = latest(facts, 'trade-turnover');
  const tradeChange = latest(facts, 'trade-change');
  const tradeSeries = facts
    .filter((fact) => fact.metric === 'trade-turnover' && fact.period.type === 'year')
    .map((fact) => ({ year: yearOf(fact), value: fact.value, isDerived: fact.kind === 'derived' }))
    .sort((a, b) => a.year - b.year);

  const corridors = [...data.entities.corridors, ...data.entities.hubs].filter((item) => subjectPasses(item.id));
  const corridorsByStatus = STATUS_ORDER.map((status) => ({
    status,
    count: corridors.filter((item) => item.status === status).length,
  })).filter((entry) => entry.count > 0);

  const speakers = new Set<string>();
  quotes.forEach((quote) => quote.speaker && speakers.add(quote.speaker));
  facts.forEach((fact) => fact.kind === 'stated' && fact.speaker && speakers.add(fact.speaker));
  const articles = data.articles.articles.filter((article) => overlapsYears(publicationYear(article), publicationYear(article), filters));

  const topPeople = data.entities.people
    .filter((person) => person.corpusRole === 'expert' && speakers.has(person.id))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.nameEn.localeCompare(b.nameEn))
    .slice(0, 5)
    .map((person) => ({ id: person.id, name: pick(language, person.nameEn, person.nameRu), mentions: person.mentionCount }));

  const placeName = (id: string | null) => {
    const place = id ? data.entities.places.find((candidate) => candidate.id === id) : undefined;
    return place ? pick(language, place.nameEn, place.nameRu) : null;
  };
  const chronology = data.events.events
    .map((event) => ({ event, span: eventSpan(event) }))
    .filter(
      ({ event, span }) =>
        matchesTopics(event.topics, filters) && overlapsYears(Math.floor(span.from + 0.5), Math.floor(span.to + 0.5 - 1e-9), filters),
    )
    .sort((a, b) => a.span.at - b.span.at)
    .map(({ event, span }) => ({
      eventId: event.id,
      dateLabel: describeEventDate(event, locale),
      isSpan: span.isSpan,
      // The dataset's short label; else the whole name (a list has room to wrap, a marker does not).
      label: (language === 'ru' ? event.labelRu : event.labelEn) || pick(language, event.nameEn, event.nameRu),
      name: pick(language, event.nameEn, event.nameRu),
      place: placeName(event.place),
    }));

  return {
    tradeLatest,
    tradeChange:
      tradeChange && tradeLatest && tradeChange.period.type === 'span' && tradeChange.period.to === yearOf(tradeLatest)
        ? tradeChange
        : null,
    tradeSeries,
    investmentStock: latest(facts, 'investment-stock'),
    investmentFlow: latest(facts, 'investment-flow'),
    corridorsByStatus,
    peopleQuoted: speakers.size,
    articles: articles.length,
    topPeople,
    chronology,
  };
}
