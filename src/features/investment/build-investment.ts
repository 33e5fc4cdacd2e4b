/**
 * Russian investment in Kazakhstan, as two different quantities kept apart: the cumulative stock
 * (all years to date) and the annual flow (one year's inflow). They never share an axis: each
 * panel has its own round value axis. Returns the panels with their bars, axes and short labels,
 * and the words around the chart (title with the finding, subtitle, notes, source line, CSV,
 * table), all in the reader's language. Pure; layout-investment.ts places a panel in pixels.
 */
import type { ChartModelBase, TableRow } from '../../charts/chart-model';
import { buildValueAxis } from '../../charts/nice-scale';
import { FLOW_COLOUR, STATED_COLOUR } from '../../charts/palette';
import { formatChartNumber, formatShortBillionsUsd } from '../../charts/value-labels';
import type { Qualifier } from '../../data/schemas/common';
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
  qualifier: Qualifier;
  /** The full wording, for the tooltip and table: "more than $26 billion". */
  valueLabel: string;
  /** The label on the bar: "> $26B" / "> 26 млрд $". */
  shortLabel: string;
  source: string;
  quote: string | null;
  isHighlighted: boolean;
}

export interface InvestmentPanel {
  id: 'stock' | 'flow';
  /** "Cumulative stock" */
  title: string;
  /** "everything invested, all years to date" */
  description: string;
  colour: string;
  bars: InvestmentBar[];
  /** This panel's own axis, US$ billion: round ticks from zero, bare numbers, the unit in `title`. */
  axis: { domain: [number, number]; ticks: number[]; tickLabels: string[]; title: string };
}

export interface InvestmentModel extends ChartModelBase {
  stock: InvestmentBar[];
  flow: InvestmentBar[];
  panels: InvestmentPanel[];
}

function findingTitle(stock: InvestmentBar | undefined, flow: InvestmentBar | undefined, locale: Locale): string {
  const { t } = locale;
  // "of it": the flow is part of a stock counted to the same year or later.
  if (stock && flow && stock.year >= flow.year)
    return t('investment.titleBoth', { stock: stock.valueLabel, flow: flow.valueLabel, year: flow.year });
  if (stock) return t('investment.titleStock', { stock: stock.valueLabel });
  if (flow) return t('investment.titleFlow', { flow: flow.valueLabel, year: flow.year });
  return t('investment.title');
}

export function buildInvestment(
  data: InvestmentInputs,
  filters: DataFilters,
  highlightedFacts: Set<string> | null,
  locale: Locale = ENGLISH,
): InvestmentModel {
  const { t, language } = locale;
  const passes = buildFactFilter(data, filters);
  const bar = (fact: Fact): InvestmentBar => {
    const value = fact.absoluteValue / 1e9;
    return {
      factId: fact.id,
      periodLabel: formatPeriod(fact.period, locale),
      year: fact.period.type === 'year' || fact.period.type === 'as-of' ? fact.period.year : 0,
      value,
      qualifier: fact.qualifier,
      valueLabel: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
      shortLabel: formatShortBillionsUsd(value, fact.qualifier, locale),
      source: describeFactSource(fact, data, locale),
      quote: fact.kind === 'stated' ? fact.quote.text : null,
      isHighlighted: highlightedFacts === null || highlightedFacts.has(fact.id),
    };
  };
  const of = (metric: string) =>
    data.facts.facts
      .filter((fact) => fact.metric === metric && fact.unit === 'USD' && passes(fact))
      .map(bar)
      .sort((a, b) => a.year - b.year);
  const stock = of('investment-stock');
  const flow = of('investment-flow');

  const panel = (id: InvestmentPanel['id'], bars: InvestmentBar[], colour: string): InvestmentPanel => {
    const axis = buildValueAxis(
      bars.map((item) => item.value),
      4,
    );
    return {
      id,
      title: t(id === 'stock' ? 'investment.stock' : 'investment.flow'),
      description: t(id === 'stock' ? 'investment.stockText' : 'investment.flowText'),
      colour,
      bars,
      axis: { ...axis, tickLabels: axis.ticks.map((tick) => formatChartNumber(tick, language)), title: t('investment.axisTitle') },
    };
  };
  const panels = [panel('stock', stock, STATED_COLOUR), panel('flow', flow, FLOW_COLOUR)];
  const all = [...stock.map((item) => ({ item, panel: panels[0]! })), ...flow.map((item) => ({ item, panel: panels[1]! }))];

  const notes = [t('investment.noteApart'), ...(all.some(({ item }) => item.qualifier !== 'exact') ? [t('investment.noteMarks')] : [])];
  const rows: TableRow[] = all.map(({ item, panel: owner }) => ({
    key: item.factId,
    selection: { kind: 'fact', id: item.factId },
    isHighlighted: item.isHighlighted,
    cells: {
      quantity: { text: owner.title },
      period: { text: item.periodLabel, sort: item.year },
      value: { text: item.valueLabel, sort: item.value },
      source: { text: item.source },
      quote: item.quote ? { text: item.quote, style: 'quote', lang: 'ru' } : { text: '—' },
    },
  }));

  return {
    stock,
    flow,
    panels,
    anatomy: {
      title: findingTitle(stock.at(-1), flow.at(-1), locale),
      subtitle: t('investment.subtitle'),
      notes,
      // The panels are named on the chart itself (direct labels): no legend needed.
      legend: [],
      source: [...new Set(all.map(({ item }) => item.source))].join('; ') || t('investment.noSource'),
      csv: {
        filename: 'partnership-atlas-russian-investment',
        rows: all.map(({ item, panel: owner }) => ({
          quantity: owner.id,
          quantity_label: owner.title,
          period: item.periodLabel,
          value_usd_billion: item.value,
          value_as_stated: item.valueLabel,
          qualifier: item.qualifier,
          source: item.source,
          quote: item.quote,
          fact_id: item.factId,
        })),
      },
    },
    table: {
      caption: t('investment.tableCaption'),
      columns: [
        { key: 'quantity', label: t('investment.quantity') },
        { key: 'period', label: t('investment.period') },
        { key: 'value', label: t('investment.value'), isNumeric: true },
        { key: 'source', label: t('investment.source') },
        { key: 'quote', label: t('investment.quote') },
      ],
      rows,
      initialSort: { key: 'quantity', direction: 'ascending' },
      emptyMessage: t('investment.tableEmpty'),
    },
  };
}
