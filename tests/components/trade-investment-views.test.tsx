// @vitest-environment jsdom
/** The trade and investment views by keyboard and pointer: every point, bar and event marker opens its item. */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInvestment } from '../../src/features/investment/build-investment';
import { InvestmentBarsView } from '../../src/features/investment/components/investment-bars.view';
import { buildTradeTimeline } from '../../src/features/trade/build-trade-timeline';
import { TradeTimelineView } from '../../src/features/trade/components/trade-timeline.view';
import { NO_FILTERS } from '../../src/lib/filters';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';

const data = loadAllDatasets();
afterEach(cleanup);

describe('TradeTimelineView', () => {
  it('opens a point and an event marker with Enter, showing the full wording on focus', async () => {
    const onSelectFact = vi.fn();
    const onSelectEvent = vi.fn();
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    render(<TradeTimelineView model={model} width={640} plotHeight={200} onSelectFact={onSelectFact} onSelectEvent={onSelectEvent} />);
    const user = userEvent.setup();

    const point = screen.getByRole('button', { name: /^2022: more than \$26 billion, stated by Ivan Alekseev/ });
    act(() => point.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('2022: more than $26 billion');
    await user.keyboard('{Enter}');
    expect(onSelectFact).toHaveBeenCalledWith('trade-turnover-2022');

    // Every event drawn is a focusable button, its label or not.
    const markers = screen.getAllByRole('button', { name: /^Event, / });
    expect(markers).toHaveLength(model.events.length);
    const visit = screen.getByRole('button', { name: /Vladimir Putin's state visit to Kazakhstan/ });
    act(() => visit.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent("Vladimir Putin's state visit to Kazakhstan");
    expect(screen.getByRole('tooltip')).toHaveTextContent('Nov 2024 · Astana');
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith('putin-state-visit-astana-2024');
    await user.click(markers[0]!);
    expect(onSelectEvent).toHaveBeenLastCalledWith(model.events[0]!.eventId);
  });

  it('reaches every point and marker with Tab, in reading order', async () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    render(<TradeTimelineView model={model} width={390} plotHeight={180} onSelectFact={() => {}} onSelectEvent={() => {}} />);
    const user = userEvent.setup();
    const reached: string[] = [];
    for (let step = 0; step < model.points.length + model.events.length; step++) {
      await user.tab();
      const target = document.activeElement;
      reached.push(target?.getAttribute('data-fact-id') ?? target?.getAttribute('data-event-id') ?? '');
    }
    expect(reached).toEqual([...model.points.map((point) => point.factId), ...model.events.map((event) => event.eventId)]);
  });
});

describe('InvestmentBarsView', () => {
  it('opens a bar with Enter and shows its full value on focus', async () => {
    const onSelectFact = vi.fn();
    const panel = buildInvestment(data, NO_FILTERS, null).panels[0]!;
    render(<InvestmentBarsView panel={panel} width={320} plotHeight={180} onSelectFact={onSelectFact} />);
    const bar = screen.getByRole('button', { name: /Cumulative stock, as of 2025: more than \$26 billion/ });
    act(() => bar.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('as of 2025: more than $26 billion');
    await userEvent.setup().keyboard('{Enter}');
    expect(onSelectFact).toHaveBeenCalledWith('investment-stock-2025');
  });
});
