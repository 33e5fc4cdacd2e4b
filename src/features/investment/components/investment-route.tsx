/** The investment route: stock and flow side by side (stacked on a phone), each on its own axis, or one table. */
import { ChartRoute } from '../../../components/chart-route';
import { useElementWidth } from '../../../hooks/use-element-width';
import { useFactModel } from '../../../hooks/use-fact-model';
import { useDashboardActions, useSelection } from '../../../state/store';
import { buildInvestment, type InvestmentModel } from '../build-investment';
import { headerLineCount } from '../layout-investment';
import { InvestmentBarsView } from './investment-bars.view';

/** Panels sit side by side down to this width each (a 320 px phone), else stack. */
const MIN_PANEL = 130;
/** A panel of one or two bars needs no more: the rest of a wide page stays empty rather than stretch them. */
const MAX_PANEL = 420;
const MIN_WIDTH = 260;

export default function InvestmentRoute() {
  const { loadable, model, related, locale } = useFactModel('investment', buildInvestment);
  const { t } = locale;
  const actions = useDashboardActions();
  const selection = useSelection();
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const gap = width < 480 ? 16 : 40;
  const isSideBySide = (width - gap) / 2 >= MIN_PANEL;
  const panelWidth = isSideBySide ? Math.min(MAX_PANEL, Math.floor((width - gap) / 2)) : Math.max(MIN_WIDTH, width);
  const plotHeight = width < 480 ? 180 : 220;

  const renderChart = (model: InvestmentModel) => (
    <div ref={ref} className={isSideBySide ? 'investment-panels' : 'investment-panels investment-panels--stacked'}>
      {model.panels.map((panel, index) => (
        <div key={panel.id} className="investment-panel" style={isSideBySide && index === 0 ? { marginRight: gap } : undefined}>
          <InvestmentBarsView
            panel={panel}
            width={panelWidth}
            plotHeight={plotHeight}
            headerLines={Math.max(...model.panels.map((each) => headerLineCount(each, panelWidth)))}
            onSelectFact={(id) => actions.selectionChanged({ kind: 'fact', id })}
            selectedId={selection?.id ?? null}
          />
        </div>
      ))}
    </div>
  );

  return (
    <ChartRoute
      id="investment"
      loadable={loadable}
      model={model}
      heading={{ title: t('investment.title'), subtitle: t('investment.subtitle') }}
      what={{ loading: t('investment.loading'), failed: t('investment.failed') }}
      hasSelection={related !== null}
      renderChart={renderChart}
      placeholderHeight={plotHeight + 100}
    />
  );
}
