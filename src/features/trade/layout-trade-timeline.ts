/**
 * Places the trade timeline in pixels: margins from the labels they must hold (the y axis is as
 * wide as its widest tick label, the unit sits once in the axis title above it), points and their
 * short value labels placed without collisions, and the event markers in a band under the time
 * axis, their labels staggered over two rows and dropped when they still do not fit (the tooltip
 * and the table keep every one). Pure, so the view, the snapshots and the tests agree.
 */
import { scaleLinear } from 'd3';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from '../../charts/place-labels';
import { estimateTextWidth } from '../../charts/text-width';
import { tickLabelsWidth } from '../../charts/value-labels';
import type { TradeEvent, TradePoint, TradeTimelineModel } from './build-trade-timeline';

/** Type sizes (px): nothing in a chart is smaller than 12 px. */
export const FONT_SIZE = 12;
const AXIS_TITLE_HEIGHT = 16;
const TOP = AXIS_TITLE_HEIGHT + 14;
const RIGHT = 12;
const TICK_GAP = 8;
const POINT_RADIUS = 6;
/**
 * A row of event labels: the label box (1.2 em and padding) plus room for a corner position
 * (bottom-left/right sit lower than bottom), so a second-row label never touches the first row.
 */
const ROW = 21;
const MARKER = 8;

export interface PlacedPoint extends TradePoint {
  x: number;
  y: number;
  /** The placed value label, or null when it found no free place (the tooltip keeps it). */
  placed: PlacedLabel | null;
}

export interface PlacedEvent extends TradeEvent {
  /** The date's position (the guide line through the plot). */
  x: number;
  /** The marker's centre: the date's position, nudged aside when two markers would touch. */
  markerX: number;
  /** The span's ends in px (equal to x for a single day). */
  x0: number;
  x1: number;
  /** The placed short label, or null when it found no free place. */
  placed: PlacedLabel | null;
  /** Label on the second row: a leader line joins it to its marker. */
  isStaggered: boolean;
}

export interface TradeTimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axisTitle: { x: number; y: number; text: string };
  valueTicks: { y: number; label: string; value: number }[];
  yearTicks: { x: number; label: string }[];
  /** The line through the points, as an SVG path. */
  line: string;
  points: PlacedPoint[];
  events: PlacedEvent[];
  /** Where event markers sit (px from the top). */
  eventsY: number;
}

/** Small boxes along a segment, so labels keep off the line. */
function segmentObstacles(a: { x: number; y: number }, b: { x: number; y: number }): Box[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const steps = Math.max(1, Math.ceil(length / 6));
  return Array.from({ length: steps + 1 }, (_, index) => {
    const share = index / steps;
    return { x: a.x + (b.x - a.x) * share - 2, y: a.y + (b.y - a.y) * share - 2, width: 4, height: 4 };
  });
}

/** Nudges markers apart (in date order) so that no two touch, keeping them inside the plot. */
function dodge<T extends { x: number }>(items: T[], plot: { left: number; right: number }): (T & { markerX: number })[] {
  const gap = MARKER + 3;
  const placed = items.map((item) => ({ ...item, markerX: item.x }));
  placed.forEach((item, index) => {
    if (index > 0) item.markerX = Math.max(item.markerX, placed[index - 1]!.markerX + gap);
  });
  for (let index = placed.length - 1; index >= 0; index--) {
    const limit = index === placed.length - 1 ? plot.right : placed[index + 1]!.markerX - gap;
    placed[index]!.markerX = Math.min(placed[index]!.markerX, limit);
  }
  return placed;
}

/**
 * `plotHeight`: the height of the value area; the SVG's height adds the time axis and the events
 * band, which grows by a row only when labels need it.
 */
export function layoutTradeTimeline(model: TradeTimelineModel, width: number, plotHeight: number): TradeTimelineLayout {
  const left = tickLabelsWidth(model.valueAxis.tickLabels, FONT_SIZE) + TICK_GAP;
  const plot = { left, right: width - RIGHT, top: TOP, bottom: TOP + plotHeight };
  const x = scaleLinear().domain(model.yearAxis.domain).range([plot.left, plot.right]);
  const y = scaleLinear().domain(model.valueAxis.domain).range([plot.bottom, plot.top]);

  const valueTicks = model.valueAxis.ticks.map((value, index) => ({ value, y: y(value), label: model.valueAxis.tickLabels[index]! }));
  // Year labels: every tick when they fit, else every other one.
  const yearWidth = tickLabelsWidth(model.yearAxis.tickLabels, FONT_SIZE) + 10;
  const spacing = model.yearAxis.ticks.length > 1 ? x(model.yearAxis.ticks[1]!) - x(model.yearAxis.ticks[0]!) : Infinity;
  const every = Math.max(1, Math.ceil(yearWidth / spacing));
  const yearTicks = model.yearAxis.ticks
    .map((year, index) => ({ x: x(year), label: model.yearAxis.tickLabels[index]!, index }))
    .filter((tick) => tick.index % every === 0)
    .map(({ x: tickX, label }) => ({ x: tickX, label }));

  const located = model.points.map((point) => ({ ...point, x: x(point.year), y: y(point.value) }));
  const line = located.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join('');

  // Value labels: the latest year first, stated before derived; off the points, the line and the axis title.
  const axisTitle = { x: 0, y: 12, text: model.valueAxis.title };
  const titleBox: Box = { x: 0, y: 0, width: estimateTextWidth(axisTitle.text, FONT_SIZE) + 4, height: AXIS_TITLE_HEIGHT };
  const obstacles: (Box & { id?: string })[] = [
    titleBox,
    ...located.map((point) => ({
      id: point.factId,
      x: point.x - POINT_RADIUS,
      y: point.y - POINT_RADIUS,
      width: 2 * POINT_RADIUS,
      height: 2 * POINT_RADIUS,
    })),
    ...located.slice(1).flatMap((point, index) => segmentObstacles(located[index]!, point)),
  ];
  const requests: LabelRequest[] = located.map((point, index) => ({
    id: point.factId,
    text: point.shortLabel,
    x: point.x,
    y: point.y,
    offset: POINT_RADIUS + 4,
    fontSize: FONT_SIZE,
    isBold: true,
    priority: index + (point.isDerived ? 0 : 100),
    positions: ['top', 'top-right', 'top-left', 'bottom', 'right', 'left', 'bottom-right', 'bottom-left'],
  }));
  const valueLabels = placeLabels(requests, {
    bounds: { x: plot.left, y: 0, width: plot.right - plot.left + RIGHT, height: plot.bottom },
    obstacles,
  });
  const labelOf = (id: string) => valueLabels.placed.find((label) => label.id === id) ?? null;
  const points = located.map((point) => ({ ...point, placed: labelOf(point.factId) }));

  // Events: markers in a band under the year labels; labels on a first row, then a second.
  const eventsY = plot.bottom + 22 + ROW / 2 + 4;
  const eventX = dodge(
    model.events.map((event) => ({ event, x: x(event.at), x0: x(event.from), x1: x(event.to) })),
    plot,
  );
  const markerBoxes = eventX.map(({ event, markerX }) => ({
    id: event.eventId,
    x: markerX - MARKER / 2,
    y: eventsY - MARKER / 2,
    width: MARKER,
    height: MARKER,
  }));
  const eventRequest = (event: TradeEvent, anchorX: number, anchorY: number, priority: number): LabelRequest => ({
    id: event.eventId,
    text: event.label,
    x: anchorX,
    y: anchorY,
    offset: MARKER / 2 + 3,
    fontSize: FONT_SIZE,
    priority,
    positions: ['bottom', 'bottom-right', 'bottom-left'],
  });
  const bandBounds = (rows: number): Box => ({ x: 0, y: eventsY, width, height: MARKER / 2 + 3 + rows * ROW + 2 });
  // Earlier events first, so the order reads left to right when space is short.
  const first = placeLabels(
    eventX.map(({ event, markerX }, index) => eventRequest(event, markerX, eventsY, -index)),
    { bounds: bandBounds(1), obstacles: markerBoxes },
  );
  const second = placeLabels(
    eventX
      .filter(({ event }) => first.dropped.includes(event.eventId))
      .map(({ event, markerX }, index) => eventRequest(event, markerX, eventsY + ROW, -index)),
    { bounds: bandBounds(2), obstacles: [...markerBoxes, ...first.placed.map((label) => label.box)] },
  );
  const events = eventX.map(({ event, x: dateX, markerX, x0, x1 }) => {
    const onFirst = first.placed.find((label) => label.id === event.eventId);
    const onSecond = second.placed.find((label) => label.id === event.eventId);
    return { ...event, x: dateX, markerX, x0, x1, placed: onFirst ?? onSecond ?? null, isStaggered: !onFirst && onSecond !== undefined };
  });
  const rows = events.length === 0 ? 0 : second.placed.length > 0 ? 2 : 1;
  const height = events.length === 0 ? plot.bottom + 28 : eventsY + MARKER / 2 + 3 + rows * ROW + 6;

  return { width, height, plot, axisTitle, valueTicks, yearTicks, line, points, events, eventsY };
}
