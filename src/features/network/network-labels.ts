/**
 * Which node names the network shows, and where: collision-free, by priority, with the nodes
 * themselves as obstacles (the shared placeLabels does the geometry).
 *
 * The rule follows sigma.js's "label grid" (one label per grid cell, the biggest node wins), as
 * Gephi's label adjust and Flourish's "label density" do in spirit:
 *  - in focus, first: the hovered or keyboard-focused node (always shown, inside the chart), the selection, the
 *    search hit, then their neighbours (when something is selected or hovered), most mentioned first;
 *  - then the most-mentioned nodes, at most one per CELL × CELL square of the chart, so at ten
 *    times the data the names thin out instead of covering the graph;
 *  - a label that fits nowhere is dropped: its node still names itself on hover and focus.
 * Positions are in screen px of the chart box (after zoom), so labels keep their size when zoomed.
 */
import { estimateTextWidth } from '../../charts/text-width';
import { placeLabels, type Box, type LabelPlacement, type LabelRequest, type PlacedLabel } from '../../charts/place-labels';

/** Side of the label grid's cells in px: at most one ambient label per cell (sigma uses 100). */
export const LABEL_CELL = 110;
export const LABEL_FONT_SIZE = 12;
/**
 * The size the placement reserves for a label: 12% larger than drawn, because the width is an
 * estimate and the browser's sans-serif (DejaVu Sans on Linux) runs wider than Helvetica.
 */
const RESERVED_FONT_SIZE = LABEL_FONT_SIZE * 1.12;

export interface LabelNode {
  id: string;
  /** Full name; `shortLabel` is what the chart shows when the node is not in focus. */
  label: string;
  shortLabel: string;
  /** What a narrow chart (a phone) writes when the node is not in focus: a person's surname. */
  compactLabel: string;
  /** Screen position and drawn radius, in px. */
  x: number;
  y: number;
  radius: number;
  mentions: number;
}

export interface NetworkLabelState {
  width: number;
  height: number;
  /** Hovered or keyboard-focused: always labelled, with its full name. */
  activeIds: string[];
  selectedId: string | null;
  searchHitId: string | null;
  /** Neighbours of the focus (selection or hover), labelled before anything else. */
  focusIds: Set<string> | null;
  /** Whether nodes outside the focus are dimmed (a selection): then they get no ambient label. */
  isFocusExclusive: boolean;
}

export type LabelTier = 'active' | 'selected' | 'search' | 'focus' | 'ambient';

export interface NetworkLabelPlacement extends LabelPlacement {
  /** Why each placed or dropped label was asked for. */
  tiers: Map<string, LabelTier>;
}

/** Below this chart width (px) ambient labels name people by surname, so the hubs all fit. */
const NARROW_CHART = 640;
/** How many of the most-mentioned names are exempt from the label grid (still never overlapping). */
const ALWAYS_NAMED_HUBS = 3;
/** Ambient names tried per grid cell (the best of them is kept). */
const CANDIDATES_PER_CELL = 4;
const MAX_FOCUS_LABELS = 150;
const MAX_OBSTACLES = 1500;

const TIER_PRIORITY: Record<LabelTier, number> = { active: 5e6, selected: 4e6, search: 3e6, focus: 2e6, ambient: 0 };

/**
 * A shorter name for the chart where the name gives one: a trailing abbreviation in brackets
 * stands for the whole name ("Commonwealth of Independent States (CIS)" → "CIS"), other trailing
 * brackets go ("MGIMO University (and its Astana branch)" → "MGIMO University"). Nothing is cut
 * with an ellipsis: a name that does not fit is left to hover and focus, as a print editor would.
 */
export function shortenLabel(label: string): string {
  if (!label.endsWith(')')) return label; // most names: no regular expression (20,000 of them at ×1000)
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/.exec(label);
  if (!bracket) return label;
  const inside = bracket[2]!.trim();
  return /^[A-ZА-ЯЁ0-9-]{2,8}$/.test(inside) ? inside : bracket[1]!;
}

/** The node's obstacle: the square around its mark, a pixel wider. */
const nodeBox = (node: LabelNode): Box & { id: string } => ({
  id: node.id,
  x: node.x - node.radius - 1,
  y: node.y - node.radius - 1,
  width: 2 * node.radius + 2,
  height: 2 * node.radius + 2,
});

/**
 * The `limit` nodes with the largest marks (ties in input order), as a stable sort by radius would
 * pick them, without sorting them all: the limit's radius is found from a count of each radius (a
 * few hundred distinct ones at 20,000 nodes: radii are rounded to a tenth of a px).
 * They come back in input order (the placement tests obstacles in any order).
 * @internal Exported for tests.
 */
export function largestMarks(nodes: LabelNode[], limit: number): LabelNode[] {
  if (nodes.length <= limit) return nodes;
  const counts = new Map<number, number>();
  for (const node of nodes) counts.set(node.radius, (counts.get(node.radius) ?? 0) + 1);
  const radii = Float64Array.from(counts.keys()).sort().reverse();
  // The cut: the radius at which the largest `limit` run out; every node above it is in, and the first `ties` at it.
  let above = 0;
  let cut = radii[0]!;
  for (const radius of radii) {
    cut = radius;
    if (above + counts.get(radius)! >= limit) break;
    above += counts.get(radius)!;
  }
  let ties = limit - above;
  return nodes.filter((node) => node.radius > cut || (node.radius === cut && ties-- > 0));
}

export function placeNetworkLabels(nodes: LabelNode[], state: NetworkLabelState): NetworkLabelPlacement {
  const bounds: Box = { x: 2, y: 2, width: state.width - 4, height: state.height - 4 };
  const visible = nodes.filter((node) => node.x >= 0 && node.x <= state.width && node.y >= 0 && node.y <= state.height);
  const tiers = new Map<string, LabelTier>();
  const tierOf = (node: LabelNode): LabelTier | null => {
    if (state.activeIds.includes(node.id)) return 'active';
    if (node.id === state.selectedId) return 'selected';
    if (node.id === state.searchHitId) return 'search';
    if (state.focusIds?.has(node.id)) return 'focus';
    if (state.isFocusExclusive && state.focusIds) return null;
    return 'ambient';
  };
  const request = (node: LabelNode, tier: LabelTier): LabelRequest => ({
    id: node.id,
    // The full name in focus, unless it would take more than half the chart's width (a phone).
    text:
      tier === 'ambient' && state.width < NARROW_CHART
        ? node.compactLabel
        : tier === 'ambient' || estimateTextWidth(node.label, RESERVED_FONT_SIZE, true) > state.width * 0.5
          ? node.shortLabel
          : node.label,
    x: node.x,
    y: node.y,
    offset: node.radius + 3,
    fontSize: RESERVED_FONT_SIZE,
    isBold: tier === 'active' || tier === 'selected',
    priority: TIER_PRIORITY[tier] + node.mentions,
  });
  // Bounded work however big the graph (placement is checked against every placed label and
  // obstacle): at most a few ambient candidates per grid cell, a cap on the focus, and, on huge
  // graphs (a canvas), only the largest marks as obstacles. The ambient candidates are chosen per
  // cell as the nodes are met (the most mentioned, ties in input order, as a stable sort of all of
  // them would), so only they become requests: at 20,000 nodes, sorting and wording every node
  // was most of a filter change's labelling (measured).
  const others: LabelRequest[] = [];
  /** Each request's node's place in `visible`: ties fall as they did when every node was sorted. */
  const inputOrder = new Map<LabelRequest, number>();
  const columns = Math.max(1, Math.ceil(state.width / LABEL_CELL) + 1);
  const cells = new Map<number, number[]>();
  visible.forEach((node, at) => {
    const tier = tierOf(node);
    if (!tier) return;
    if (tier !== 'ambient') {
      tiers.set(node.id, tier);
      const asked = request(node, tier);
      inputOrder.set(asked, at);
      others.push(asked);
      return;
    }
    const cell = Math.floor(node.y / LABEL_CELL) * columns + Math.floor(node.x / LABEL_CELL);
    const best = cells.get(cell);
    if (!best) {
      cells.set(cell, [at]);
      return;
    }
    // After every node with at least as many mentions (a tie keeps the earlier first).
    let place = best.length;
    while (place > 0 && visible[best[place - 1]!]!.mentions < node.mentions) place--;
    if (place < CANDIDATES_PER_CELL) {
      best.splice(place, 0, at);
      if (best.length > CANDIDATES_PER_CELL) best.pop();
    }
  });
  let focusCount = 0;
  const byPriority = (a: LabelRequest, b: LabelRequest) => b.priority - a.priority || inputOrder.get(a)! - inputOrder.get(b)!;
  const requests = others.sort(byPriority).filter((asked) => tiers.get(asked.id) !== 'focus' || ++focusCount <= MAX_FOCUS_LABELS);
  for (const best of cells.values())
    for (const at of best) {
      tiers.set(visible[at]!.id, 'ambient');
      const asked = request(visible[at]!, 'ambient');
      inputOrder.set(asked, at);
      requests.push(asked);
    }
  requests.sort(byPriority);
  const obstacles: (Box & { id?: string })[] = largestMarks(visible, MAX_OBSTACLES).map(nodeBox);
  // The node under the pointer or keyboard names itself whatever is around it: placed first, in
  // the chart, over other marks if it must; every other label then keeps clear of it.
  const first = requests.find((request) => request.id === state.activeIds[0]);
  const forced: PlacedLabel[] = [];
  if (first) {
    const free = placeLabels([first], { bounds, obstacles }).placed[0];
    const fallback = placeLabels([first], { bounds }).placed[0] ?? placeLabels([{ ...first, isRequired: true }], { bounds }).placed[0]!;
    const label = free ?? fallback;
    forced.push(label);
    obstacles.push({ ...label.box, id: `label:${label.id}` });
  }
  const placement = placeLabels(
    requests.filter((request) => request !== first),
    { bounds, obstacles },
  );
  placement.placed.unshift(...forced);
  // Sigma's label grid: of the ambient labels that found room, at most one per cell, the most
  // mentioned first (placeLabels returns them in priority order). Dropping a placed label only
  // frees space, so what remains still overlaps nothing.
  // The network's few hubs (the most mentioned) are named wherever they find room, grid or not:
  // on a phone two of them often share a cell, and a reader needs both.
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  const hubs = new Set(
    requests
      .filter((request) => tiers.get(request.id) === 'ambient')
      .slice(0, ALWAYS_NAMED_HUBS)
      .map((request) => request.id),
  );
  const cellsTaken = new Set<string>();
  const thinned: string[] = [];
  const placed = placement.placed.filter((label) => {
    if (tiers.get(label.id) !== 'ambient' || hubs.has(label.id)) return true;
    const request = requestsById.get(label.id)!;
    const cell = `${Math.floor(request.x / LABEL_CELL)}:${Math.floor(request.y / LABEL_CELL)}`;
    if (cellsTaken.has(cell)) {
      thinned.push(label.id);
      return false;
    }
    cellsTaken.add(cell);
    return true;
  });
  return { placed, dropped: [...placement.dropped, ...thinned], tiers };
}
