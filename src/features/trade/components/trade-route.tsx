/** The trade route: the timeline (or its table) from one model, and the stated growth rates. */
import { ChartRoute } from '../../../components/chart-route';
import { useElementWidth } from '../../../hooks/use-element-width';
import { useFactModel } from '../../../hooks/use-fact-model';
import { useDashboardActions, useSelection } from '../../../state/store';
import { buildTradeTimeline, type TradeTimelineModel } from '../build-trade-timeline';
import { TradeTimelineView } from './trade-timeline.view';

/** Narrowest drawing (px): a 320 px phone less the page's margins. */
const MIN_WIDTH = 260;

export default function TradeRoute() {
  const { loadable, model, related, locale } = useFactModel('trade', buildTradeTimeline, { withEvents: true });
  const { t } = locale;
  const actions = useDashboardActions();
  const selection = useSelection();
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const plotHeight = width < 480 ? 180 : 220;
  const selectFact = (id: string) => actions.selectionChanged({ kind: 'fact', id });

  const renderChart = (model: TradeTimelineModel) => (
    <div ref={ref} className="chart-area">
      <TradeTimelineView
        model={model}
        width={Math.max(MIN_WIDTH, width)}
        plotHeight={plotHeight}
        onSelectFact={selectFact}
        onSelectEvent={(id) => actions.selectionChanged({ kind: 'event', id })}
        selectedId={selection?.id ?? null}
      />
      {model.rates.length > 0 && (
        <div className="rates">
          <h3>{t('trade.rates')}</h3>
          <ul>
            {model.rates.map((rate) => (
              <li key={rate.factId}>
                <button type="button" className="link-button" onClick={() => selectFact(rate.factId)}>
                  {rate.label}
                </button>{' '}
                <span className={rate.isDerived ? 'badge badge--derived' : 'badge'}>
                  {rate.isDerived ? t('trade.derivedBadge') : t('trade.statedBadge')}
                </span>{' '}
                <span className="secondary-inline">{rate.source}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );

  return (
    <ChartRoute
      id="trade"
      loadable={loadable}
      model={model}
      heading={{ title: t('trade.title'), subtitle: t('trade.subtitle') }}
      what={{ loading: t('trade.loading'), failed: t('trade.failed') }}
      hasSelection={related !== null}
      renderChart={renderChart}
      placeholderHeight={plotHeight + 90}
    />
  );
}
