/**
 * Russian investment in Kazakhstan, as two different quantities kept apart: the cumulative stock
 * (all years to date) and the annual flow (one year's inflow). They never share an axis.
 */
import type { DatasetFiles, Fact } from '../../data/schemas/dataset';
import { describeFactSource } from '../../lib/describe-source';
import { buildFactFilter, type DataFilters } from '../../lib/filters';
import { ENGLISH, formatPeriod, formatValue, type Locale } from '../../lib/format';

export type InvestmentInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles'>;

export interface InvestmentBar {
  factId: string;
  /** "as of 2025" or "2024". */
  periodLabel: string;
  year: number;
  /** Billions of US dollars. */
  value: number;
  valueLabel: string;
  source: string;
  quote: string | null;
  isHighlighted: boolean;
}

export interface InvestmentModel {
  stock: InvestmentBar[];
  flow: InvestmentBar[];
}

export function buildInvestment(
  data: InvestmentInputs,
  filters: DataFilters,
  highlightedFacts: Set<string> | null,
  locale: Locale = ENGLISH,
): InvestmentModel {
  const passes = buildFactFilter(data, filters);
  const bar = (fact: Fact): InvestmentBar => ({
    factId: fact.id,
    periodLabel: formatPeriod(fact.period, locale),
    year: fact.period.type === 'year' || fact.period.type === 'as-of' ? fact.period.year : 0,
    value: fact.absoluteValue / 1e9,
    valueLabel: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
    source: describeFactSource(fact, data, locale),
    quote: fact.kind === 'stated' ? fact.quote.text : null,
    isHighlighted: highlightedFacts === null || highlightedFacts.has(fact.id),
  });
  const of = (metric: string) =>
    data.facts.facts
      .filter((fact) => fact.metric === metric && fact.unit === 'USD' && passes(fact))
      .map(bar)
      .sort((a, b) => a.year - b.year);
  return { stock: of('investment-stock'), flow: of('investment-flow') };
}
