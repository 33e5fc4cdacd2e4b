/**
 * The trade timeline, drawn from its model and layout at a given size: round gridlines with bare
 * numbers and the unit once above them, the points with short value labels (stated solid, derived
 * hollow), and the dated events as markers under the time axis. Every point and marker is
 * focusable, shows its full wording in a tooltip on hover or focus, and opens on Enter or click.
 * Our own SVG rather than recharts: recharts cannot place event markers and collision-free
 * direct labels from a pure layout, and the same layout serves snapshots and exports.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { DERIVED_COLOUR, INK, MUTED, PAPER, STATED_COLOUR } from '../../../charts/palette';
import { ValueGridlines } from '../../../charts/value-gridlines';
import { useT } from '../../../i18n/use-i18n';
import type { TradeTimelineModel } from '../build-trade-timeline';
import { FONT_SIZE, layoutTradeTimeline, type PlacedEvent, type PlacedPoint } from '../layout-trade-timeline';

export interface TradeTimelineViewProps {
  model: TradeTimelineModel;
  width: number;
  /** Height of the value area; the SVG adds the time axis and the events band. */
  plotHeight: number;
  onSelectFact: (factId: string) => void;
  onSelectEvent: (eventId: string) => void;
  /** The selected fact or event, drawn pressed. */
  selectedId?: string | null;
}

type Active = { kind: 'point'; item: PlacedPoint } | { kind: 'event'; item: PlacedEvent };

const activate = (handler: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    handler();
  }
};

export function TradeTimelineView({ model, width, plotHeight, onSelectFact, onSelectEvent, selectedId = null }: TradeTimelineViewProps) {
  const t = useT();
  const layout = useMemo(() => layoutTradeTimeline(model, width, plotHeight), [model, width, plotHeight]);
  const [active, setActive] = useState<Active | null>(null);
  if (model.points.length === 0) return <p className="chart-empty">{t('trade.empty')}</p>;
  const { plot } = layout;

  const pointLabel = (point: PlacedPoint) =>
    t('trade.pointLabel', {
      year: point.year,
      value: point.valueLabel,
      who: point.isDerived ? t('trade.derivedBadge') : t('trade.statedBy', { name: point.speaker }),
    });
  const eventLabel = (event: PlacedEvent) =>
    t('trade.eventLabel', { date: event.dateLabel, name: event.name, place: event.place ?? t('trade.noPlace') });

  return (
    <div className="trade-chart" onMouseLeave={() => setActive(null)}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="chart-svg trade-timeline"
        role="group"
        aria-label={t('trade.chartLabel', { title: model.anatomy.title })}
      >
        <title>{model.anatomy.title}</title>
        <desc>{model.anatomy.subtitle}</desc>
        <g className="trade-timeline__grid" aria-hidden="true">
          <ValueGridlines ticks={layout.valueTicks} left={plot.left} right={plot.right} fontSize={FONT_SIZE} />
          <text x={layout.axisTitle.x} y={layout.axisTitle.y} fontSize={FONT_SIZE} className="chart-axis-title">
            {layout.axisTitle.text}
          </text>
          {layout.yearTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} stroke={INK} />
              <text x={tick.x} y={plot.bottom + 19} textAnchor="middle" fontSize={FONT_SIZE} className="chart-tick">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.events.map((event) => (
            <line
              key={event.eventId}
              x1={event.x}
              x2={event.x}
              y1={plot.top}
              y2={plot.bottom}
              stroke={MUTED}
              strokeWidth={1}
              strokeDasharray="2 3"
              opacity={0.7}
            />
          ))}
        </g>
        <path d={layout.line} fill="none" stroke={MUTED} strokeWidth={2} aria-hidden="true" />
        <g className="trade-timeline__points">
          {layout.points.map((point) => {
            const colour = point.isDerived ? DERIVED_COLOUR : STATED_COLOUR;
            return (
              <g
                key={point.factId}
                className="trade-dot"
                data-fact-id={point.factId}
                role="button"
                tabIndex={0}
                aria-label={pointLabel(point)}
                aria-pressed={point.factId === selectedId}
                opacity={point.isHighlighted ? 1 : 0.3}
                onClick={() => onSelectFact(point.factId)}
                onKeyDown={activate(() => onSelectFact(point.factId))}
                onMouseEnter={() => setActive({ kind: 'point', item: point })}
                onFocus={() => setActive({ kind: 'point', item: point })}
                onBlur={() => setActive(null)}
              >
                <circle cx={point.x} cy={point.y} r={13} fill="transparent" />
                <circle cx={point.x} cy={point.y} r={10} className="focus-ring" fill="none" />
                <circle
                  cx={point.x}
                  cy={point.y}
                  r={6}
                  fill={point.isDerived ? PAPER : colour}
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={point.isDerived ? '3 2' : undefined}
                />
                {point.placed && (
                  <text x={point.placed.x} y={point.placed.y} textAnchor={point.placed.textAnchor} className="trade-dot__label" fill={INK}>
                    {point.placed.text}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        {/* A date known only to the month or the year is a span: drawn under every marker. */}
        <g className="trade-timeline__spans" aria-hidden="true">
          {layout.events
            .filter((event) => event.isSpan && event.x1 - event.x0 > 8)
            .map((event) => (
              <rect
                key={event.eventId}
                x={event.x0}
                y={layout.eventsY - 2}
                width={event.x1 - event.x0}
                height={4}
                rx={2}
                fill={MUTED}
                opacity={0.45}
              />
            ))}
        </g>
        <g className="trade-timeline__events">
          {layout.events.map((event) => (
            <g
              key={event.eventId}
              className="trade-event"
              data-event-id={event.eventId}
              role="button"
              tabIndex={0}
              aria-label={eventLabel(event)}
              aria-pressed={event.eventId === selectedId}
              onClick={() => onSelectEvent(event.eventId)}
              onKeyDown={activate(() => onSelectEvent(event.eventId))}
              onMouseEnter={() => setActive({ kind: 'event', item: event })}
              onFocus={() => setActive({ kind: 'event', item: event })}
              onBlur={() => setActive(null)}
            >
              <rect x={event.markerX - 12} y={layout.eventsY - 12} width={24} height={24} fill="transparent" />
              <rect x={event.markerX - 9} y={layout.eventsY - 9} width={18} height={18} rx={3} className="focus-ring" fill="none" />
              <rect x={event.markerX - 4} y={layout.eventsY - 4} width={8} height={8} fill={PAPER} stroke={INK} strokeWidth={1.5} />
              {event.placed && (
                <>
                  {event.isStaggered && (
                    <line
                      x1={event.markerX}
                      x2={event.markerX}
                      y1={layout.eventsY + 5}
                      y2={event.placed.box.y + 2}
                      stroke={MUTED}
                      strokeWidth={1}
                    />
                  )}
                  <text
                    x={event.placed.x}
                    y={event.placed.y}
                    textAnchor={event.placed.textAnchor}
                    className="trade-event__label"
                    fill={INK}
                  >
                    {event.placed.text}
                  </text>
                </>
              )}
            </g>
          ))}
        </g>
      </svg>
      {active && <TradeTooltip active={active} width={layout.width} height={layout.height} eventsY={layout.eventsY} />}
    </div>
  );
}

function TradeTooltip({ active, width, height, eventsY }: { active: Active; width: number; height: number; eventsY: number }) {
  const t = useT();
  // Beside a point; above an event marker (the band is at the bottom). Towards the side with more room.
  const vertical = active.kind === 'point' ? { top: active.item.y + 8 } : { bottom: height - eventsY + 14 };
  const anchorX = active.kind === 'point' ? active.item.x : active.item.markerX;
  const isLeft = anchorX > width / 2;
  const style = { ...vertical, ...(isLeft ? { right: width - anchorX + 14 } : { left: anchorX + 14 }) };
  return (
    <div className="chart-tooltip trade-tooltip" role="tooltip" style={style}>
      {active.kind === 'point' ? (
        <>
          <p className="chart-tooltip__title">
            {active.item.year}: {active.item.valueLabel}
            {active.item.isDerived && t('trade.derivedSuffix')}
          </p>
          <p>{active.item.speaker}</p>
          <p className="chart-tooltip__source">{active.item.source}</p>
          <p className="chart-tooltip__hint">{t('trade.clickForQuote')}</p>
        </>
      ) : (
        <>
          <p className="chart-tooltip__title">{active.item.name}</p>
          <p>{[active.item.dateLabel, active.item.place].filter(Boolean).join(' · ')}</p>
          <p className="chart-tooltip__hint">{t('trade.clickForEvent')}</p>
        </>
      )}
    </div>
  );
}
