/** The trade route: timeline or table, the stated growth rates, and the legend of marks. */
import { lazy, Suspense } from 'react';
import { DERIVED_COLOUR, PAPER, STATED_COLOUR } from '../../../charts/palette';
import { ChartFrame, ChartFrameLoading } from '../../../components/chart-frame';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { SortableTable } from '../../../components/sortable-table';
import { useElementWidth } from '../../../hooks/use-element-width';
import { useFactModel } from '../../../hooks/use-fact-model';
import { useDashboardActions, useIsTable } from '../../../state/store';
import { buildTradeTimeline, type TradePoint } from '../build-trade-timeline';
// The chart library is loaded after the frame, title and table have drawn: it is most of this
// view's code, and the page should not wait for it to show what it is about.
const TradeTimelineView = lazy(() => import('./trade-timeline.view').then((module) => ({ default: module.TradeTimelineView })));

export default function TradeRoute() {
  const { loadable, model, related, locale } = useFactModel(buildTradeTimeline);
  const { t } = locale;
  const isTable = useIsTable('trade');
  const actions = useDashboardActions();
  const { ref, width } = useElementWidth<HTMLDivElement>(720);

  const selectFact = (id: string) => actions.selectionChanged({ kind: 'fact', id });

  if (loadable.status === 'pending') {
    return (
      <ChartFrameLoading id="trade" title={t('trade.title')} subtitle={t('trade.subtitle')}>
        <LoadingMessage what={t('trade.loading')} />
      </ChartFrameLoading>
    );
  }
  if (loadable.status === 'error' || !model) {
    return loadable.status === 'error' ? (
      <DataErrorMessage what={t('trade.failed')} error={loadable.error} onRetry={loadable.retry} />
    ) : null;
  }
  return (
    <ChartFrame
      id="trade"
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled('trade')}
      anatomy={{
        title: t('trade.title'),
        subtitle: t('trade.subtitle'),
        notes: [],
        source:
          [...new Set(model.points.filter((p) => !p.isDerived).map((p) => `${p.speaker} (${p.source})`))].join('; ') || 'the articles',
        legend: [
          { label: t('trade.stated'), colour: STATED_COLOUR, shape: 'dot' },
          { label: t('trade.derivedShort'), colour: DERIVED_COLOUR, shape: 'hollow-dot' },
        ],
        csv: {
          filename: 'partnership-atlas-trade-turnover',
          rows: model.points.map((point) => ({
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
      }}
      chart={
        <div ref={ref} className="chart-area">
          <Suspense fallback={<div className="chart-placeholder" style={{ height: 340 }} aria-hidden="true" />}>
            <TradeTimelineView model={model} width={Math.max(320, width)} height={340} onSelectFact={selectFact} />
          </Suspense>
          <ul className="legend" aria-label={t('frame.legend')}>
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="5" fill={STATED_COLOUR} />
              </svg>{' '}
              {t('trade.stated')}
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="5" fill={PAPER} stroke={DERIVED_COLOUR} strokeWidth="2" strokeDasharray="3 2" />
              </svg>{' '}
              {t('trade.derived')}
            </li>
            <li>{t('trade.marks')}</li>
          </ul>
          {model.rates.length > 0 && (
            <div className="rates">
              <h3>{t('trade.rates')}</h3>
              <ul>
                {model.rates.map((rate) => (
                  <li key={rate.factId}>
                    <button type="button" className="link-button" onClick={() => selectFact(rate.factId)}>
                      {rate.label}
                    </button>{' '}
                    {rate.isDerived ? (
                      <span className="badge badge--derived">{t('trade.derivedBadge')}</span>
                    ) : (
                      <span className="badge">{t('trade.statedBadge')}</span>
                    )}{' '}
                    <span className="secondary-inline">{rate.source}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      }
      table={
        <SortableTable<TradePoint>
          caption={t('trade.tableCaption')}
          rows={model.points}
          rowKey={(point) => point.factId}
          initialSort={{ key: 'year', direction: 'ascending' }}
          emptyMessage={t('trade.empty')}
          isHighlighted={(point) => related !== null && point.isHighlighted}
          columns={[
            { key: 'year', label: t('trade.year'), sortValue: (p) => p.year, render: (p) => p.year, isNumeric: true },
            { key: 'value', label: t('trade.turnover'), sortValue: (p) => p.value, render: (p) => p.valueLabel, isNumeric: true },
            {
              key: 'kind',
              label: t('trade.statedOrDerived'),
              sortValue: (p) => (p.isDerived ? 1 : 0),
              render: (p) => (p.isDerived ? t('trade.derivedBadge') : t('trade.statedBadge')),
            },
            { key: 'speaker', label: t('trade.whoSays'), sortValue: (p) => p.speaker, render: (p) => p.speaker },
            { key: 'source', label: t('trade.source'), sortValue: (p) => p.source, render: (p) => p.source },
            {
              key: 'evidence',
              label: t('trade.evidence'),
              render: (p) => (p.isDerived ? <code>{p.evidence}</code> : <span lang="ru">«{p.evidence}»</span>),
            },
          ]}
        />
      }
    />
  );
}
