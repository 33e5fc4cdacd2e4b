/** The investment route: stock and flow side by side, each on its own axis, or one table. */
import { lazy, Suspense } from 'react';
import { FLOW_COLOUR, STATED_COLOUR } from '../../../charts/palette';
import { ChartFrame, ChartFrameLoading } from '../../../components/chart-frame';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { SortableTable } from '../../../components/sortable-table';
import { useElementWidth } from '../../../hooks/use-element-width';
import { useFactModel } from '../../../hooks/use-fact-model';
import { useDashboardActions, useIsTable } from '../../../state/store';
import { buildInvestment, type InvestmentBar } from '../build-investment';
// The chart library loads after the frame and titles have drawn (see trade-route.tsx).
const InvestmentBarsView = lazy(() => import('./investment-bars.view').then((module) => ({ default: module.InvestmentBarsView })));
const placeholder = <div className="chart-placeholder" style={{ height: 280 }} aria-hidden="true" />;

export default function InvestmentRoute() {
  const { loadable, model, related, locale } = useFactModel(buildInvestment);
  const { t } = locale;
  const isTable = useIsTable('investment');
  const actions = useDashboardActions();
  const { ref, width } = useElementWidth<HTMLDivElement>(720);

  const selectFact = (id: string) => actions.selectionChanged({ kind: 'fact', id });

  if (loadable.status === 'pending') {
    return (
      <ChartFrameLoading id="investment" title={t('investment.title')} subtitle={t('investment.subtitle')}>
        <LoadingMessage what={t('investment.loading')} />
      </ChartFrameLoading>
    );
  }
  if (loadable.status === 'error')
    return <DataErrorMessage what={t('investment.failed')} error={loadable.error} onRetry={loadable.retry} />;
  if (!model) return null;
  const panelWidth = Math.max(280, Math.floor((width - 24) / 2));
  const rows = [
    ...model.stock.map((bar) => ({ ...bar, quantity: t('investment.stock') })),
    ...model.flow.map((bar) => ({ ...bar, quantity: t('investment.flow') })),
  ];
  return (
    <ChartFrame
      id="investment"
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled('investment')}
      anatomy={{
        title: t('investment.title'),
        subtitle: t('investment.subtitle'),
        notes: [],
        source: [...new Set([...model.stock, ...model.flow].map((bar) => bar.source))].join('; ') || 'the articles',
        legend: [
          { label: t('investment.stockLegend'), colour: STATED_COLOUR, shape: 'dot' },
          { label: t('investment.flowLegend'), colour: FLOW_COLOUR, shape: 'dot' },
        ],
        csv: {
          filename: 'partnership-atlas-russian-investment',
          rows: rows.map((row) => ({
            quantity: row.quantity,
            period: row.periodLabel,
            value_usd_billion: row.value,
            value_as_stated: row.valueLabel,
            source: row.source,
            quote: row.quote,
            fact_id: row.factId,
          })),
        },
      }}
      chart={
        <div ref={ref} className="investment-panels">
          <figure className="investment-panel">
            <figcaption>
              <strong>{t('investment.stock')}</strong> — {t('investment.stockText')}
            </figcaption>
            <Suspense fallback={placeholder}>
              <InvestmentBarsView
                bars={model.stock}
                width={panelWidth}
                height={280}
                colour={STATED_COLOUR}
                label={t('investment.stock')}
                onSelectFact={selectFact}
              />
            </Suspense>
          </figure>
          <figure className="investment-panel">
            <figcaption>
              <strong>{t('investment.flow')}</strong> — {t('investment.flowText')}
            </figcaption>
            <Suspense fallback={placeholder}>
              <InvestmentBarsView
                bars={model.flow}
                width={panelWidth}
                height={280}
                colour={FLOW_COLOUR}
                label={t('investment.flow')}
                onSelectFact={selectFact}
              />
            </Suspense>
          </figure>
        </div>
      }
      table={
        <SortableTable<InvestmentBar & { quantity: string }>
          caption={t('investment.tableCaption')}
          rows={rows}
          rowKey={(row) => row.factId}
          initialSort={{ key: 'quantity', direction: 'ascending' }}
          emptyMessage={t('investment.tableEmpty')}
          isHighlighted={(row) => related !== null && row.isHighlighted}
          columns={[
            { key: 'quantity', label: t('investment.quantity'), sortValue: (r) => r.quantity, render: (r) => r.quantity },
            { key: 'period', label: t('investment.period'), sortValue: (r) => r.year, render: (r) => r.periodLabel },
            { key: 'value', label: t('investment.value'), sortValue: (r) => r.value, render: (r) => r.valueLabel, isNumeric: true },
            { key: 'source', label: t('trade.source'), sortValue: (r) => r.source, render: (r) => r.source },
            { key: 'quote', label: t('investment.quote'), render: (r) => (r.quote ? <span lang="ru">«{r.quote}»</span> : '—') },
          ]}
        />
      }
    />
  );
}
