import { buildInvestment } from '../../../src/features/investment/build-investment';
import { InvestmentBarsView } from '../../../src/features/investment/components/investment-bars.view';
import { NO_FILTERS } from '../../../src/lib/filters';
import { data } from './fixtures';

export const element = (
  <InvestmentBarsView
    panel={buildInvestment(data, NO_FILTERS, null).panels.find((panel) => panel.id === 'flow')!}
    width={320}
    plotHeight={220}
    onSelectFact={() => undefined}
  />
);
