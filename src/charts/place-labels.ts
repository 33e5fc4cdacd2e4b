/**
 * Collision-free label placement: the map's city and country names and the network's node names.
 * Greedy by priority, as Grapher and Datawrapper do for line labels: the most important label is
 * placed first at its best position; each next label tries its candidate positions in order and
 * takes the first that overlaps no placed label, no obstacle (a mark it must not cover) and stays
 * inside the bounds; a label with no free position is dropped (the view shows it on hover and
 * focus instead). Deterministic and pure, so snapshots and prerendered pages agree.
 */
import { estimateTextWidth } from './text-width';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label may sit relative to its anchor point. */
export type LabelPosition = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left' | 'center';

export interface LabelRequest {
  id: string;
  text: string;
  /** The anchor (a node's centre, a city's dot), in px. */
  x: number;
  y: number;
  /** Gap between the anchor and the label: a node's radius plus a little. */
  offset: number;
  fontSize: number;
  isBold?: boolean;
  /** Higher first. Ties keep the input order. */
  priority: number;
  /** Positions to try, best first (defaults to right, left, top, bottom and the corners). */
  positions?: LabelPosition[];
  /** Placed whatever it overlaps (the focused node's name); still blocks later labels. */
  isRequired?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is drawn: x, y of the baseline point and the SVG text-anchor. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  position: LabelPosition;
  box: Box;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Ids of the labels that found no free place. */
  dropped: string[];
}

const DEFAULT_POSITIONS: LabelPosition[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
/** Clear space kept around every label, in px. */
const PADDING = 2;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function candidate(request: LabelRequest, position: LabelPosition): PlacedLabel {
  const width = estimateTextWidth(request.text, request.fontSize, request.isBold);
  const height = request.fontSize * 1.2;
  const { x, y, offset } = request;
  const diagonal = offset * 0.75;
  // Box top-left for each position; the text baseline sits at 80% of the box height.
  const [left, top, textAnchor]: [number, number, PlacedLabel['textAnchor']] = (() => {
    switch (position) {
      case 'right':
        return [x + offset, y - height / 2, 'start'];
      case 'left':
        return [x - offset - width, y - height / 2, 'end'];
      case 'top':
        return [x - width / 2, y - offset - height, 'middle'];
      case 'bottom':
        return [x - width / 2, y + offset, 'middle'];
      case 'top-right':
        return [x + diagonal, y - diagonal - height, 'start'];
      case 'bottom-right':
        return [x + diagonal, y + diagonal, 'start'];
      case 'top-left':
        return [x - diagonal - width, y - diagonal - height, 'end'];
      case 'bottom-left':
        return [x - diagonal - width, y + diagonal, 'end'];
      case 'center':
        return [x - width / 2, y - height / 2, 'middle'];
    }
  })();
  const anchorX = textAnchor === 'start' ? left : textAnchor === 'end' ? left + width : left + width / 2;
  return {
    id: request.id,
    text: request.text,
    x: anchorX,
    y: top + height * 0.8,
    textAnchor,
    position,
    box: { x: left - PADDING, y: top - PADDING, width: width + 2 * PADDING, height: height + 2 * PADDING },
  };
}

const isInside = (box: Box, bounds: Box) =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

/**
 * Places labels by priority. `obstacles` are marks labels must not cover (nodes, city dots);
 * a label never counts its own anchor's obstacle (pass the anchor's id as the obstacle's id).
 */
export function placeLabels(
  requests: LabelRequest[],
  { bounds, obstacles = [] }: { bounds: Box; obstacles?: (Box & { id?: string })[] },
): LabelPlacement {
  const order = requests.map((request, index) => ({ request, index }));
  order.sort(
    (a, b) =>
      Number(b.request.isRequired ?? false) - Number(a.request.isRequired ?? false) ||
      b.request.priority - a.request.priority ||
      a.index - b.index,
  );
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const { request } of order) {
    const positions = request.positions ?? DEFAULT_POSITIONS;
    const isFree = (label: PlacedLabel) =>
      isInside(label.box, bounds) &&
      placed.every((other) => !boxesOverlap(label.box, other.box)) &&
      obstacles.every((obstacle) => obstacle.id === request.id || !boxesOverlap(label.box, obstacle));
    const free = positions.map((position) => candidate(request, position)).find(isFree);
    if (free) placed.push(free);
    else if (request.isRequired) placed.push(candidate(request, positions[0]!));
    else dropped.push(request.id);
  }
  return { placed, dropped };
}
