/**
 * One panel of the investment view: its name, its own axis (bare round numbers, the unit once
 * above them) and its bars with short value labels above them. Each bar is focusable, shows its
 * full wording in a tooltip on hover or focus, and opens its quote on Enter or click. Drawn
 * as our own SVG (see trade-timeline.view.tsx for why not recharts).
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { INK, MUTED } from '../../../charts/palette';
import { ValueGridlines } from '../../../charts/value-gridlines';
import { useT } from '../../../i18n/use-i18n';
import type { InvestmentPanel } from '../build-investment';
import { FONT_SIZE, HEADING_SIZE, layoutInvestmentPanel, type PlacedBar } from '../layout-investment';

export interface InvestmentBarsViewProps {
  panel: InvestmentPanel;
  width: number;
  /** Height of the bars' area; the SVG adds the heading and the axis. */
  plotHeight: number;
  /** At least this many heading and description lines, so panels side by side line up. */
  headerLines?: number;
  onSelectFact: (factId: string) => void;
  selectedId?: string | null;
}

export function InvestmentBarsView({
  panel,
  width,
  plotHeight,
  headerLines = 0,
  onSelectFact,
  selectedId = null,
}: InvestmentBarsViewProps) {
  const t = useT();
  const layout = useMemo(() => layoutInvestmentPanel(panel, width, plotHeight, headerLines), [panel, width, plotHeight, headerLines]);
  const [active, setActive] = useState<PlacedBar | null>(null);
  const { plot } = layout;
  const label = t('investment.panelLabel', { title: panel.title, description: panel.description });
  const open = (bar: PlacedBar) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectFact(bar.factId);
    }
  };

  return (
    <div className="investment-chart" onMouseLeave={() => setActive(null)}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="chart-svg investment-bars"
        role="group"
        aria-label={label}
      >
        <title>{label}</title>
        {layout.heading.lines.map((line, index) => (
          <text key={line} x={0} y={layout.heading.y + index * 18} fontSize={HEADING_SIZE} fontWeight={700} fill={INK}>
            {line}
          </text>
        ))}
        {layout.description.lines.map((line, index) => (
          <text key={line} x={0} y={layout.description.y + index * 18} fontSize={FONT_SIZE} fill={MUTED} className="chart-axis-title">
            {line}
          </text>
        ))}
        <g aria-hidden="true">
          <ValueGridlines ticks={layout.ticks} left={plot.left} right={plot.right} fontSize={FONT_SIZE} />
          <text x={layout.axisTitle.x} y={layout.axisTitle.y} fontSize={FONT_SIZE} fill={MUTED} className="chart-axis-title">
            {layout.axisTitle.text}
          </text>
          {layout.bars.map((bar) => (
            <text key={bar.factId} x={bar.category.x} y={bar.category.y} textAnchor="middle" fontSize={FONT_SIZE} className="chart-tick">
              {bar.category.text}
            </text>
          ))}
        </g>
        {layout.bars.length === 0 && (
          <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" fontSize={FONT_SIZE} fill={MUTED}>
            {t('investment.empty')}
          </text>
        )}
        {layout.bars.map((bar) => (
          <g
            key={bar.factId}
            role="button"
            tabIndex={0}
            data-fact-id={bar.factId}
            aria-label={t('investment.barLabel', { panel: panel.title, period: bar.periodLabel, value: bar.valueLabel })}
            aria-pressed={bar.factId === selectedId}
            onClick={() => onSelectFact(bar.factId)}
            onKeyDown={open(bar)}
            onMouseEnter={() => setActive(bar)}
            onFocus={() => setActive(bar)}
            onBlur={() => setActive(null)}
            opacity={bar.isHighlighted ? 1 : 0.3}
            className="investment-bar"
          >
            <rect x={bar.x - 4} y={bar.y - 4} width={bar.width + 8} height={bar.height + 4} rx={4} className="focus-ring" fill="none" />
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={panel.colour} />
            <text x={bar.label.x} y={bar.label.y} textAnchor="middle" className="bar-label">
              {bar.shortLabel}
            </text>
          </g>
        ))}
      </svg>
      {active && (
        <div
          className="chart-tooltip investment-tooltip"
          role="tooltip"
          style={{
            top: active.y,
            ...(active.x + active.width / 2 > layout.width / 2
              ? { right: layout.width - active.x + 8 }
              : { left: active.x + active.width + 8 }),
          }}
        >
          <p className="chart-tooltip__title">
            {active.periodLabel}: {active.valueLabel}
          </p>
          <p className="chart-tooltip__source">{active.source}</p>
          <p className="chart-tooltip__hint">{t('investment.clickForQuote')}</p>
        </div>
      )}
    </div>
  );
}
