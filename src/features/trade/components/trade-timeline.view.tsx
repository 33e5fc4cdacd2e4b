/**
 * The trade timeline, drawn with recharts at a given size. Stated values are solid dots, derived
 * ones hollow with a dashed ring; each dot is focusable and opens its quote on Enter or click.
 */
import type { KeyboardEvent } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { DERIVED_COLOUR, GRID, INK, MUTED, PAPER, STATED_COLOUR } from '../../../charts/palette';
import type { TradePoint, TradeTimelineModel } from '../build-trade-timeline';
import { useLanguage, useT } from '../../../i18n/use-i18n';

export interface TradeTimelineViewProps {
  model: TradeTimelineModel;
  width: number;
  height: number;
  onSelectFact: (factId: string) => void;
  /** Off in snapshot tests, so the markup does not depend on timing. */
  isAnimated?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TradePoint;
}

export function TradeTimelineView({ model, width, height, onSelectFact, isAnimated = true }: TradeTimelineViewProps) {
  const t = useT();
  const language = useLanguage();
  if (model.points.length === 0) {
    return <p className="chart-empty">{t('trade.empty')}</p>;
  }
  const [first, last] = [model.years[0]!, model.years.at(-1)!];

  const renderDot = ({ cx, cy, payload }: DotProps) => {
    if (cx === undefined || cy === undefined || !payload) return <g key={`empty-${cx}`} />;
    const colour = payload.isDerived ? DERIVED_COLOUR : STATED_COLOUR;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelectFact(payload.factId);
      }
    };
    return (
      <g
        key={payload.factId}
        className="trade-dot"
        data-fact-id={payload.factId}
        role="button"
        tabIndex={0}
        aria-label={t('trade.pointLabel', {
          year: payload.year,
          value: payload.valueLabel,
          who: payload.isDerived ? t('trade.derivedBadge') : t('trade.statedBy', { name: payload.speaker }),
        })}
        onClick={() => onSelectFact(payload.factId)}
        onKeyDown={onKeyDown}
        opacity={payload.isHighlighted ? 1 : 0.3}
      >
        <circle cx={cx} cy={cy} r={12} fill="transparent" />
        <circle
          cx={cx}
          cy={cy}
          r={6}
          fill={payload.isDerived ? PAPER : colour}
          stroke={colour}
          strokeWidth={2.5}
          strokeDasharray={payload.isDerived ? '3 2' : undefined}
        />
        <text x={cx} y={cy - 14} textAnchor="middle" className="trade-dot__label" fill={INK}>
          {payload.qualifier === 'more-than' ? '>' : payload.qualifier === 'about' ? '≈' : ''}
          {t('format.billionsShort', { value: formatBillions(payload.value, language) })}
        </text>
      </g>
    );
  };

  return (
    <LineChart width={width} height={height} data={model.points} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[first - 0.5, last + 0.5]}
        ticks={model.years}
        tickFormatter={(year: number) => String(year)}
        allowDecimals={false}
      />
      <YAxis domain={[0, model.maxValue]} tickFormatter={(value: number) => t('format.billionsShort', { value })} width={80} />
      <Tooltip content={(props: TooltipContentProps<ValueType, NameType>) => <TradeTooltip {...props} />} />
      <Line
        dataKey="value"
        stroke={MUTED}
        strokeWidth={2}
        dot={renderDot}
        activeDot={false}
        isAnimationActive={isAnimated}
        name={t('trade.turnover')}
      />
    </LineChart>
  );
}

function formatBillions(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

function TradeTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const t = useT();
  const point = active ? (payload?.[0]?.payload as TradePoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {point.year}: {point.valueLabel}
        {point.isDerived && t('trade.derivedSuffix')}
      </p>
      <p>{point.speaker}</p>
      <p className="chart-tooltip__source">{point.source}</p>
      <p className="chart-tooltip__hint">{t('trade.clickForQuote')}</p>
    </div>
  );
}
