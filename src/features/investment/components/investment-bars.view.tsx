/** One panel of the investment view: bars for one quantity, at a given size. */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { GRID } from '../../../charts/palette';
import type { InvestmentBar } from '../build-investment';
import { useT } from '../../../i18n/use-i18n';

export interface InvestmentBarsViewProps {
  bars: InvestmentBar[];
  width: number;
  height: number;
  colour: string;
  /** Describes the panel for screen readers. */
  label: string;
  onSelectFact: (factId: string) => void;
  /** Off by default: two animated charts side by side cost the main thread more than they add. */
  isAnimated?: boolean;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: InvestmentBar;
}

export function InvestmentBarsView({ bars, width, height, colour, label, onSelectFact, isAnimated = false }: InvestmentBarsViewProps) {
  const t = useT();
  if (bars.length === 0) return <p className="chart-empty">{t('investment.empty')}</p>;
  const max = Math.ceil((Math.max(...bars.map((bar) => bar.value)) * 1.25) / 5) * 5;
  const shape = ({ x = 0, y = 0, width: barWidth = 0, height: barHeight = 0, payload }: BarShapeProps) => (
    <g
      role="button"
      tabIndex={0}
      data-fact-id={payload?.factId}
      aria-label={t('investment.barLabel', { panel: label, period: payload?.periodLabel ?? '', value: payload?.valueLabel ?? '' })}
      onClick={() => payload && onSelectFact(payload.factId)}
      onKeyDown={(event) => {
        if (payload && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onSelectFact(payload.factId);
        }
      }}
      opacity={payload?.isHighlighted === false ? 0.3 : 1}
      className="investment-bar"
    >
      <rect x={x} y={y} width={barWidth} height={barHeight} fill={colour} rx={2} />
    </g>
  );
  return (
    <BarChart width={width} height={height} data={bars} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="periodLabel" />
      <YAxis domain={[0, max]} tickFormatter={(value: number) => t('format.billionsShort', { value })} width={80} />
      <Bar dataKey="value" shape={shape} isAnimationActive={isAnimated} maxBarSize={72}>
        <LabelList dataKey="valueLabel" position="top" className="bar-label" />
      </Bar>
    </BarChart>
  );
}
