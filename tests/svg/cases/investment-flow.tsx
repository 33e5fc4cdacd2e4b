import { buildInvestment } from '../../../src/features/investment/build-investment';
import { InvestmentBarsView } from '../../../src/features/investment/components/investment-bars.view';
import { NO_FILTERS } from '../../../src/lib/filters';
import { data } from './fixtures';

export const element = (
  <InvestmentBarsView
    bars={buildInvestment(data, NO_FILTERS, null).flow}
    width={320}
    height={280}
    colour="#007A5A"
    label="Annual flow"
    onSelectFact={() => undefined}
    isAnimated={false}
  />
);
