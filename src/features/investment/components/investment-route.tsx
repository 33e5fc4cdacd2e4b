/** The investment route: stock and flow side by side, each on its own axis, or one table. */
import { lazy, Suspense, useMemo } from 'react';
import { FLOW_COLOUR, STATED_COLOUR } from '../../../charts/palette';
import { ChartFrame } from '../../../components/chart-frame';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { SortableTable } from '../../../components/sortable-table';
import { combineLoadables, useDataset } from '../../../data/datasets';
import { useElementWidth } from '../../../hooks/use-element-width';
import { useRelated } from '../../../hooks/use-related';
import { useDashboardActions, useFilters, useIsTable } from '../../../state/store';
import { buildInvestment, type InvestmentBar } from '../build-investment';
// The chart library loads after the frame and titles have drawn (see trade-route.tsx).
const InvestmentBarsView = lazy(() => import('./investment-bars.view').then((module) => ({ default: module.InvestmentBarsView })));
const placeholder = <div className="chart-placeholder" style={{ height: 280 }} aria-hidden="true" />;

export default function InvestmentRoute() {
  const filters = useFilters();
  const isTable = useIsTable('investment');
  const actions = useDashboardActions();
  const related = useRelated();
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const loadable = combineLoadables({ facts: useDataset('facts'), entities: useDataset('entities'), articles: useDataset('articles') });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [facts, entities, articles] = [data?.facts, data?.entities, data?.articles];
  const model = useMemo(
    () => (facts && entities && articles ? buildInvestment({ facts, entities, articles }, filters, related?.facts ?? null) : null),
    [facts, entities, articles, filters, related],
  );
  const selectFact = (id: string) => actions.selectionChanged({ kind: 'fact', id });

  if (loadable.status === 'pending') return <LoadingMessage what="the investment figures" />;
  if (loadable.status === 'error') return <DataErrorMessage what="The investment view" error={loadable.error} onRetry={loadable.retry} />;
  if (!model) return null;
  const panelWidth = Math.max(280, Math.floor((width - 24) / 2));
  const rows = [
    ...model.stock.map((bar) => ({ ...bar, quantity: 'Cumulative stock' })),
    ...model.flow.map((bar) => ({ ...bar, quantity: 'Annual flow' })),
  ];
  return (
    <ChartFrame
      id="investment"
      title="Russian investment in Kazakhstan"
      subtitle="Two different quantities, never on one axis: the total invested over all years, and the inflow in one year."
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled('investment')}
      exportSpec={{
        filename: 'partnership-atlas-russian-investment',
        legend: [
          { label: 'Cumulative stock (left)', colour: STATED_COLOUR, shape: 'dot' },
          { label: 'Annual flow (right)', colour: FLOW_COLOUR, shape: 'dot' },
        ],
        csvRows: rows.map((row) => ({
          quantity: row.quantity,
          period: row.periodLabel,
          value_usd_billion: row.value,
          value_as_stated: row.valueLabel,
          source: row.source,
          quote: row.quote,
          fact_id: row.factId,
        })),
      }}
      source={[...new Set([...model.stock, ...model.flow].map((bar) => bar.source))].join('; ') || 'the articles'}
      chart={
        <div ref={ref} className="investment-panels">
          <figure className="investment-panel">
            <figcaption>
              <strong>Cumulative stock</strong> — everything invested, all years to date
            </figcaption>
            <Suspense fallback={placeholder}>
              <InvestmentBarsView
                bars={model.stock}
                width={panelWidth}
                height={280}
                colour={STATED_COLOUR}
                label="Cumulative stock"
                onSelectFact={selectFact}
              />
            </Suspense>
          </figure>
          <figure className="investment-panel">
            <figcaption>
              <strong>Annual flow</strong> — invested in a single year
            </figcaption>
            <Suspense fallback={placeholder}>
              <InvestmentBarsView
                bars={model.flow}
                width={panelWidth}
                height={280}
                colour={FLOW_COLOUR}
                label="Annual flow"
                onSelectFact={selectFact}
              />
            </Suspense>
          </figure>
        </div>
      }
      table={
        <SortableTable<InvestmentBar & { quantity: string }>
          caption="Russian investment: stock and flow"
          rows={rows}
          rowKey={(row) => row.factId}
          initialSort={{ key: 'quantity', direction: 'ascending' }}
          emptyMessage="No investment figure matches the current filters."
          isHighlighted={(row) => related !== null && row.isHighlighted}
          columns={[
            { key: 'quantity', label: 'Quantity', sortValue: (r) => r.quantity, render: (r) => r.quantity },
            { key: 'period', label: 'Period', sortValue: (r) => r.year, render: (r) => r.periodLabel },
            { key: 'value', label: 'Value', sortValue: (r) => r.value, render: (r) => r.valueLabel, isNumeric: true },
            { key: 'source', label: 'Source', sortValue: (r) => r.source, render: (r) => r.source },
            { key: 'quote', label: 'Quote', render: (r) => (r.quote ? <span lang="ru">«{r.quote}»</span> : '—') },
          ]}
        />
      }
    />
  );
}
