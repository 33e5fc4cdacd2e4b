/**
 * Trade turnover over time: one point per year the articles give (stated) or imply (derived),
 * plus the growth rates. Pure: datasets, filters and the current selection in; a model with
 * no pixels out.
 */
import type { Qualifier } from '../../data/schemas/common';
import type { DatasetFiles, Fact } from '../../data/schemas/dataset';
import { describeArticle } from '../../lib/describe-source';
import { buildFactFilter, type DataFilters } from '../../lib/filters';
import { ENGLISH, formatPeriod, formatValue, type Locale } from '../../lib/format';
import { personName } from '../../lib/describe-source';

export type TradeInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles'>;

export interface TradePoint {
  factId: string;
  year: number;
  /** Billions of US dollars. */
  value: number;
  isDerived: boolean;
  qualifier: Qualifier;
  valueLabel: string;
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

export interface TradeTimelineModel {
  points: TradePoint[];
  rates: TradeRate[];
  years: number[];
  /** Top of the value axis, in billions. */
  maxValue: number;
}

export function buildTradeTimeline(
  data: TradeInputs,
  filters: DataFilters,
  highlightedFacts: Set<string> | null,
  locale: Locale = ENGLISH,
): TradeTimelineModel {
  const { t } = locale;
  const passes = buildFactFilter(data, filters);
  const facts = data.facts.facts.filter(passes);
  const speakerName = (fact: Fact) => (fact.kind === 'derived' ? t('facts.derivedBy') : personName(data.entities, fact.speaker, locale));
  const source = (fact: Fact) =>
    fact.kind === 'derived'
      ? t('format.computedFrom', { inputs: Object.values(fact.inputs).join(', ') })
      : describeArticle(data.articles, fact.article, locale);

  const points = facts
    .filter((fact) => fact.metric === 'trade-turnover' && fact.unit === 'USD' && fact.period.type === 'year')
    .map((fact): TradePoint => ({
      factId: fact.id,
      year: fact.period.type === 'year' ? fact.period.year : 0,
      value: fact.absoluteValue / 1e9,
      isDerived: fact.kind === 'derived',
      qualifier: fact.qualifier,
      valueLabel: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier),
      speaker: speakerName(fact),
      source: source(fact),
      evidence: fact.kind === 'stated' ? fact.quote.text : fact.formula,
      isHighlighted: highlightedFacts === null || highlightedFacts.has(fact.id),
    }))
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
      source: `${speakerName(fact)}, ${source(fact)}`,
    }));

  const years = points.map((point) => point.year);
  const maxValue = Math.ceil((Math.max(0, ...points.map((point) => point.value)) * 1.2) / 5) * 5 || 5;
  return { points, rates, years, maxValue };
}
