import { buildTradeTimeline } from '../../../src/features/trade/build-trade-timeline';
import { TradeTimelineView } from '../../../src/features/trade/components/trade-timeline.view';
import { NO_FILTERS } from '../../../src/lib/filters';
import { data } from './fixtures';

export const element = (
  <TradeTimelineView
    model={buildTradeTimeline(data, NO_FILTERS, null)}
    width={640}
    plotHeight={260}
    onSelectFact={() => undefined}
    onSelectEvent={() => undefined}
  />
);
