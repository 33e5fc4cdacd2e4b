/**
 * The trade timeline's model: one point per year the articles give (stated) or imply (derived),
 * the growth rates, the dated events that fall within the chart's years, the axes, and the words
 * around the chart (title, subtitle, notes, legend, source line, CSV, table), all in the reader's
 * language. Pure: datasets, filters, the selection's related facts and the locale in; a model with
 * no pixels out (layout-trade-timeline.ts places it).
 */
import type { ChartModelBase, LegendItem, TableRow } from '../../charts/chart-model';
import { buildValueAxis, buildYearAxis } from '../../charts/nice-scale';
import { DERIVED_COLOUR, INK, STATED_COLOUR } from '../../charts/palette';
import { formatChartNumber, formatShortBillionsUsd } from '../../charts/value-labels';
import type { Qualifier } from '../../data/schemas/common';
import type { DatasetFiles, Fact } from '../../data/schemas/dataset';
import { pick } from '../../i18n/i18n';
import { describeArticle, describeFactSource, personName } from '../../lib/describe-source';
import { buildFactFilter, type DataFilters } from '../../lib/filters';
import { ENGLISH, formatPeriod, formatValue, type Locale } from '../../lib/format';
import { describeEventDate, eventSpan, shortEventLabel } from '../../lib/event-dates';

export type TradeInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles' | 'events'>;

export interface TradePoint {
  factId: string;
  year: number;
  /** Billions of US dollars. */
  value: number;
  isDerived: boolean;
  qualifier: Qualifier;
  /** The full wording, for the tooltip and table: "more than $26 billion". */
  valueLabel: string;
  /** The label on the point: "> $26B" / "> 26 млрд $". */
  shortLabel: string;
  speaker: string;
  source: string;
  /** The verbatim sentence, or the formula for a derived value. */
  evidence: string;
  isHighlighted: boolean;
}

export interface TradeRate {
  factId: string;
  label: string;
  isDerived: boolean;
  source: string;
}

/** A dated event on the time axis. Positions are in axis years: year Y runs from Y − 0.5 to Y + 0.5. */
export interface TradeEvent {
  eventId: string;
  /** Start, middle and end of the date as the evidence allows it (a month, a year, two days). */
  from: number;
  at: number;
  to: number;
  /** True when the date is a span (a month, a year, several days): drawn as a bar, not a point. */
  isSpan: boolean;
  /** The marker's short label ("Putin in Astana"). */
  label: string;
  /** The full name, for the tooltip and table. */
  name: string;
  /** The date as precise as the evidence: "21 Feb 2023", "Nov 2024", "2023". */
  dateLabel: string;
  place: string | null;
}

export interface TradeAxis {
  domain: [number, number];
  ticks: number[];
  tickLabels: string[];
}

export interface TradeTimelineModel extends ChartModelBase {
  points: TradePoint[];
  rates: TradeRate[];
  events: TradeEvent[];
  /** Years of the points. */
  years: number[];
  /** Turnover in US$ billion: round ticks from zero, bare numbers; the unit is in `valueAxis.title`. */
  valueAxis: TradeAxis & { title: string };
  /** Exactly the points' years. */
  yearAxis: TradeAxis;
}

const CSV_FILENAME = 'partnership-atlas-trade-turnover';

/** The title says the finding; a fall or rise is claimed only when the qualifiers allow it. */
function findingTitle(points: TradePoint[], locale: Locale): string {
  const { t } = locale;
  const latest = [...points].sort((a, b) => b.year - a.year || Number(a.isDerived) - Number(b.isDerived))[0];
  if (!latest) return t('trade.title');
  const previous = points.filter((point) => point.year < latest.year).at(-1);
  const values = { value: formatValue(latest.value, 'billion', 'USD', 'exact', false, locale), year: latest.year };
  if (previous) {
    // "more than 26" then 28 does not prove a rise; "at most 30" then 28 does not prove a fall.
    const isRiseProven =
      latest.value > previous.value &&
      ['exact', 'at-most'].includes(previous.qualifier) &&
      ['exact', 'more-than'].includes(latest.qualifier);
    const isFallProven =
      latest.value < previous.value &&
      ['exact', 'more-than'].includes(previous.qualifier) &&
      ['exact', 'at-most'].includes(latest.qualifier);
    if (isRiseProven) return t('trade.titleGrew', values);
    if (isFallProven) return t('trade.titleFell', values);
  }
  switch (latest.qualifier) {
    case 'more-than':
      return t('trade.titleTopped', values);
    case 'about':
      return t('trade.titleAbout', values);
    case 'at-most':
      return t('trade.titleAtMost', values);
    case 'exact':
      return t('trade.titleReached', values);
  }
}

export function buildTradeTimeline(
  data: TradeInputs,
  filters: DataFilters,
  highlightedFacts: Set<string> | null,
  locale: Locale = ENGLISH,
): TradeTimelineModel {
  const { t, language } = locale;
  const passes = buildFactFilter(data, filters);
  const facts = data.facts.facts.filter(passes);
  const speakerName = (fact: Fact) => (fact.kind === 'derived' ? t('facts.derivedBy') : personName(data.entities, fact.speaker, locale));

  const points = facts
    .filter((fact) => fact.metric === 'trade-turnover' && fact.unit === 'USD' && fact.period.type === 'year')
    .map((fact): TradePoint => {
      const value = fact.absoluteValue / 1e9;
      return {
        factId: fact.id,
        year: fact.period.type === 'year' ? fact.period.year : 0,
        value,
        isDerived: fact.kind === 'derived',
        qualifier: fact.qualifier,
        valueLabel: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
        shortLabel: formatShortBillionsUsd(value, fact.qualifier, locale),
        speaker: speakerName(fact),
        source: describeFactSource(fact, data, locale),
        evidence: fact.kind === 'stated' ? fact.quote.text : fact.formula,
        isHighlighted: highlightedFacts === null || highlightedFacts.has(fact.id),
      };
    })
    .sort((a, b) => a.year - b.year);

  const rates = facts
    .filter((fact) => fact.metric === 'trade-growth' || fact.metric === 'trade-change')
    .map((fact) => ({
      factId: fact.id,
      label: t('format.in', {
        value: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, true, locale),
        period: formatPeriod(fact.period, locale),
      }),
      isDerived: fact.kind === 'derived',
      source: describeFactSource(fact, data, locale),
    }));

  const years = [...new Set(points.map((point) => point.year))];
  const yearAxis = buildYearAxis(years);
  const valueAxis = buildValueAxis(
    points.map((point) => point.value),
    4,
  );

  // Events inside the chart's years (and the filter's), as precise as their evidence.
  const [axisFrom, axisTo] = yearAxis.domain;
  const placeName = (id: string | null) => {
    const place = id ? data.entities.places.find((candidate) => candidate.id === id) : undefined;
    return place ? pick(language, place.nameEn, place.nameRu) : null;
  };
  const events: TradeEvent[] =
    points.length === 0
      ? []
      : data.events.events
          .map((event) => ({ event, span: eventSpan(event) }))
          .filter(({ span }) => span.at >= axisFrom && span.at <= axisTo)
          .map(({ event, span }) => ({
            eventId: event.id,
            from: Math.max(axisFrom, span.from),
            at: span.at,
            to: Math.min(axisTo, span.to),
            isSpan: span.isSpan,
            label: shortEventLabel(event, language),
            name: pick(language, event.nameEn, event.nameRu),
            dateLabel: describeEventDate(event, locale),
            place: placeName(event.place),
          }))
          .sort((a, b) => a.at - b.at);

  const hasDerived = points.some((point) => point.isDerived);
  const hasMarks = points.some((point) => point.qualifier !== 'exact');
  const notes = [
    ...(hasDerived ? [t('trade.noteDerived')] : []),
    ...(hasMarks ? [t('trade.noteMarks')] : []),
    ...(events.length > 0 ? [t('trade.noteEvents')] : []),
  ];
  const legend: LegendItem[] = [
    { label: t('trade.stated'), colour: STATED_COLOUR, shape: 'dot' },
    ...(hasDerived ? [{ label: t('trade.derivedShort'), colour: DERIVED_COLOUR, shape: 'hollow-dot' as const }] : []),
    ...(events.length > 0 ? [{ label: t('trade.eventLegend'), colour: INK, shape: 'square' as const }] : []),
  ];

  const statedSources = [...new Set(points.filter((point) => !point.isDerived).map((point) => point.source))];
  // Articles the events come from, unless a figure already cites them.
  const citedArticles = new Set(
    facts
      .filter((fact) => points.some((point) => point.factId === fact.id))
      .flatMap((fact) => (fact.kind === 'stated' ? [fact.article] : [])),
  );
  const eventArticles = [
    ...new Set(
      events.flatMap((mark) => data.events.events.find((event) => event.id === mark.eventId)?.evidence.map((where) => where.article) ?? []),
    ),
  ]
    .filter((article) => !citedArticles.has(article))
    .map((article) => describeArticle(data.articles, article, locale));
  const sourceParts = [
    ...statedSources,
    ...(eventArticles.length > 0 ? [t('trade.sourceEvents', { list: eventArticles.join('; ') })] : []),
  ];

  const pointRows: TableRow[] = points.map((point) => ({
    key: point.factId,
    selection: { kind: 'fact', id: point.factId },
    isHighlighted: point.isHighlighted,
    cells: {
      when: { text: String(point.year), sort: point.year },
      what: { text: point.valueLabel },
      kind: { text: point.isDerived ? t('trade.derivedBadge') : t('trade.statedBadge') },
      who: { text: point.speaker },
      source: { text: point.source },
      evidence: point.isDerived ? { text: point.evidence, style: 'code' } : { text: point.evidence, style: 'quote', lang: 'ru' },
    },
  }));
  const eventRows: TableRow[] = events.map((mark) => {
    const event = data.events.events.find((candidate) => candidate.id === mark.eventId)!;
    return {
      key: mark.eventId,
      selection: { kind: 'event', id: mark.eventId },
      cells: {
        when: { text: mark.dateLabel, sort: mark.at },
        what: { text: mark.name },
        kind: { text: t('trade.eventBadge') },
        who: { text: mark.place ?? '—' },
        source: { text: [...new Set(event.evidence.map((where) => describeArticle(data.articles, where.article, locale)))].join('; ') },
        // The most telling sentence: a dateline ("АСТАНА, 21 фев") dates an event but does not name it.
        evidence: {
          text: event.evidence.reduce((best, where) => (where.text.length > best.text.length ? where : best)).text,
          style: 'quote',
          lang: 'ru',
        },
      },
    };
  });

  return {
    points,
    rates,
    events,
    years,
    valueAxis: {
      domain: valueAxis.domain,
      ticks: valueAxis.ticks,
      tickLabels: valueAxis.ticks.map((tick) => formatChartNumber(tick, language)),
      title: t('trade.axisTitle'),
    },
    yearAxis: { domain: yearAxis.domain, ticks: yearAxis.ticks, tickLabels: yearAxis.ticks.map(String) },
    anatomy: {
      title: findingTitle(points, locale),
      subtitle: t('trade.subtitle'),
      notes,
      legend,
      source: sourceParts.join('; ') || t('trade.noSource'),
      csv: {
        filename: CSV_FILENAME,
        rows: points.map((point) => ({
          year: point.year,
          turnover_usd_billion: point.value,
          value_as_stated: point.valueLabel,
          qualifier: point.qualifier,
          stated_or_derived: point.isDerived ? 'derived' : 'stated',
          speaker: point.speaker,
          source: point.source,
          evidence: point.evidence,
          fact_id: point.factId,
        })),
      },
    },
    table: {
      caption: t('trade.tableCaption'),
      columns: [
        { key: 'when', label: t('trade.when'), isNumeric: true },
        { key: 'what', label: t('trade.what') },
        { key: 'kind', label: t('trade.statedOrDerived') },
        { key: 'who', label: t('trade.whoSays') },
        { key: 'source', label: t('trade.source') },
        { key: 'evidence', label: t('trade.evidence') },
      ],
      rows: [...pointRows, ...eventRows],
      initialSort: { key: 'when', direction: 'ascending' },
      emptyMessage: t('trade.empty'),
    },
  };
}
