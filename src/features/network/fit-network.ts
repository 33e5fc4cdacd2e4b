/**
 * Fits the build-time layout (network.json, positions in the unit square) to a chart box so that
 * the graph uses the whole width and height. The dataset's force layout leaves the main component
 * in the middle third and flings isolated pairs and single nodes to the edges; here:
 *  1. the main (largest) component is stretched to the box, x and y each on its own, inside a
 *     margin for node labels (and, when there are satellites, a band around it for them);
 *  2. every other component ("satellite") keeps its own shape, shrunk to fit the band, and sits in
 *     the band in the direction the layout put it, so it stays near where it was drawn;
 *  3. a short, seeded collision relaxation (d3-force) moves overlapping nodes apart and keeps
 *     each near its target — deterministic: the same input gives the same picture in Node and
 *     every browser.
 * The fit is made for the whole network, not the filtered part, so filtering hides nodes but never
 * moves the others (a reader's mental map survives a filter change).
 */
import { forceCollide, forceSimulation, forceX, forceY, randomLcg, type SimulationNodeDatum } from 'd3';

export interface FitInputNode {
  id: string;
  /** Position in the unit square, from the dataset's layout. */
  x: number;
  y: number;
  /** The node's drawn radius in px (its collision radius is a little larger). */
  radius: number;
}

export interface FitInputLink {
  source: string;
  target: string;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Space kept between the box edge and any node's centre, in px (labels may use it). */
  margin?: number;
  /** Relaxation steps; 0 skips it. Above RELAX_LIMIT nodes it is skipped anyway. */
  iterations?: number;
}

/** Past this many nodes the relaxation costs more than it gives (a canvas draws them anyway). */
export const RELAX_LIMIT = 2000;

/** Connected components, largest first (ties: the one holding the earliest node). */
export function connectedComponents(ids: string[], links: FitInputLink[]): string[][] {
  const at = new Map(ids.map((id, index) => [id, index]));
  const ends = endsOf(links, at);
  return componentsOf(ids.length, ends.sources, ends.targets).map((members) => Array.from(members, (index) => ids[index]!));
}

/** Links as node positions; a link with an unknown end is left out (-1). */
function endsOf(links: FitInputLink[], at: Map<string, number>) {
  return {
    sources: Int32Array.from(links, (link) => (at.has(link.target) ? (at.get(link.source) ?? -1) : -1)),
    targets: Int32Array.from(links, (link) => (at.has(link.source) ? (at.get(link.target) ?? -1) : -1)),
  };
}

/**
 * Connected components of nodes 0..count-1 (links by position; a negative end is no link),
 * largest first, ties by the earliest node; members in position order. Typed arrays, not maps of
 * ids: 20,000 nodes at ×1000.
 */
export function componentsOf(count: number, sources: ArrayLike<number>, targets: ArrayLike<number>): Int32Array[] {
  const parent = Int32Array.from({ length: count }, (_, index) => index);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    for (let step = node; parent[step] !== root;) {
      const next = parent[step]!;
      parent[step] = root;
      step = next;
    }
    return root;
  };
  for (let link = 0; link < sources.length; link++) {
    if (sources[link]! < 0 || targets[link]! < 0) continue;
    const a = find(sources[link]!);
    const b = find(targets[link]!);
    if (a !== b) parent[b] = a;
  }
  // Each root's group, in the order of its first member; members pushed in position order.
  const groupOf = new Int32Array(count).fill(-1);
  const sizes: number[] = [];
  const rootGroup = new Int32Array(count).fill(-1);
  for (let node = 0; node < count; node++) {
    const root = find(node);
    if (rootGroup[root]! < 0) rootGroup[root] = sizes.push(0) - 1;
    groupOf[node] = rootGroup[root]!;
    sizes[groupOf[node]!]! += 1;
  }
  const groups = sizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(sizes.length);
  for (let node = 0; node < count; node++) groups[groupOf[node]!]![filled[groupOf[node]!]!++] = node;
  // Groups are numbered by first member, so the stable sort breaks ties by it.
  return groups.sort((a, b) => b.length - a.length);
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
/** The bounding box of these members' points, in one pass (thousands of small satellites at ×1000). */
function extentOf(members: ArrayLike<number>, xs: ArrayLike<number>, ys: ArrayLike<number>): Extent {
  const extent: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (let at = 0; at < members.length; at++) {
    const x = xs[members[at]!]!;
    const y = ys[members[at]!]!;
    if (x < extent.minX) extent.minX = x;
    if (x > extent.maxX) extent.maxX = x;
    if (y < extent.minY) extent.minY = y;
    if (y > extent.maxY) extent.maxY = y;
  }
  return extent;
}

/** Maps [from0, from1] onto [to0, to1]; a degenerate range maps to the middle. */
const rescale = (value: number, from0: number, from1: number, to0: number, to1: number) =>
  from1 - from0 < 1e-9 ? (to0 + to1) / 2 : to0 + ((value - from0) / (from1 - from0)) * (to1 - to0);

/** Where the ray from (cx, cy) in direction (dx, dy) leaves the rectangle. */
function rayToRectangle(cx: number, cy: number, dx: number, dy: number, box: Extent): [number, number] {
  const length = Math.hypot(dx, dy);
  if (length < 1e-9) return [box.maxX, cy];
  const [ux, uy] = [dx / length, dy / length];
  const tx = ux > 0 ? (box.maxX - cx) / ux : ux < 0 ? (box.minX - cx) / ux : Infinity;
  const ty = uy > 0 ? (box.maxY - cy) / uy : uy < 0 ? (box.minY - cy) / uy : Infinity;
  const t = Math.min(tx, ty);
  return [cx + ux * t, cy + uy * t];
}

/** Pixel positions for every node, by id, filling a width × height box. */
export function fitNetworkToBox(nodes: FitInputNode[], links: FitInputLink[], options: FitOptions): Map<string, { x: number; y: number }> {
  const at = new Map(nodes.map((node, index) => [node.id, index]));
  const { sources, targets } = endsOf(links, at);
  const fitted = fitColumnsToBox(
    {
      x: nodes.map((node) => node.x),
      y: nodes.map((node) => node.y),
      radius: nodes.map((node) => node.radius),
      sources,
      targets,
    },
    options,
  );
  return new Map(nodes.map((node, index) => [node.id, { x: fitted.x[index]!, y: fitted.y[index]! }]));
}

/** The network as columns, by node position: unit-square positions, radii in px, links' ends (negative: no link). */
export interface FitColumns {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  radius: ArrayLike<number>;
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
}

/** fitNetworkToBox by node position (what the view calls: no ids, no maps, at ×1000 20,000 nodes). */
export function fitColumnsToBox(input: FitColumns, options: FitOptions): { x: Float64Array; y: Float64Array } {
  const { width, height, iterations = 160 } = options;
  const count = input.x.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  if (count === 0) return { x, y };
  let maxRadius = -Infinity;
  for (let node = 0; node < count; node++) maxRadius = Math.max(maxRadius, input.radius[node]!);
  const margin = options.margin ?? maxRadius + 8;
  const inner: Extent = { minX: margin, maxX: width - margin, minY: margin, maxY: height - margin };
  const [main = new Int32Array(0), ...satellites] = componentsOf(count, input.sources, input.targets);

  // 1. The main component fills the box, less a band for the satellites when there are any.
  const band = satellites.length ? Math.max(24, Math.min(width, height) * 0.1) : 0;
  const mainBox: Extent = { minX: inner.minX + band, maxX: inner.maxX - band, minY: inner.minY + band, maxY: inner.maxY - band };
  const mainExtent = extentOf(main, input.x, input.y);
  const toMainX = (value: number) => rescale(value, mainExtent.minX, mainExtent.maxX, mainBox.minX, mainBox.maxX);
  const toMainY = (value: number) => rescale(value, mainExtent.minY, mainExtent.maxY, mainBox.minY, mainBox.maxY);
  for (const node of main) {
    x[node] = toMainX(input.x[node]!);
    y[node] = toMainY(input.y[node]!);
  }

  // 2. Each satellite keeps its shape (shrunk into the band) and sits in the band, in its direction.
  if (satellites.length) {
    const centre = { x: (mainBox.minX + mainBox.maxX) / 2, y: (mainBox.minY + mainBox.maxY) / 2 };
    const ring: Extent = {
      minX: inner.minX + band / 2,
      maxX: inner.maxX - band / 2,
      minY: inner.minY + band / 2,
      maxY: inner.maxY - band / 2,
    };
    for (const component of satellites) {
      let sumX = 0;
      let sumY = 0;
      for (const node of component) {
        x[node] = toMainX(input.x[node]!);
        y[node] = toMainY(input.y[node]!);
        sumX += x[node]!;
        sumY += y[node]!;
      }
      const centroid = { x: sumX / component.length, y: sumY / component.length };
      const [ax, ay] = rayToRectangle(centre.x, centre.y, centroid.x - centre.x, centroid.y - centre.y, ring);
      const extent = extentOf(component, x, y);
      const span = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY);
      const shrink = span > band * 1.5 ? (band * 1.5) / span : 1;
      for (const node of component) {
        x[node] = ax + (x[node]! - centroid.x) * shrink;
        y[node] = ay + (y[node]! - centroid.y) * shrink;
      }
    }
  }

  // 3. Seeded relaxation: nodes repel only where they overlap, and are held to their targets.
  if (iterations > 0 && count <= RELAX_LIMIT) {
    type SimNode = SimulationNodeDatum & { radius: number; tx: number; ty: number };
    const simNodes: SimNode[] = Array.from({ length: count }, (_, node) => ({
      radius: input.radius[node]!,
      x: x[node]!,
      y: y[node]!,
      tx: x[node]!,
      ty: y[node]!,
    }));
    const simulation = forceSimulation(simNodes)
      .randomSource(randomLcg(0.42))
      .force('collide', forceCollide<SimNode>((node) => node.radius + 5).iterations(2))
      .force('x', forceX<SimNode>((node) => node.tx).strength(0.12))
      .force('y', forceY<SimNode>((node) => node.ty).strength(0.12))
      .stop();
    for (let step = 0; step < iterations; step++) {
      simulation.tick();
      for (const node of simNodes) {
        node.x = Math.min(inner.maxX, Math.max(inner.minX, node.x!));
        node.y = Math.min(inner.maxY, Math.max(inner.minY, node.y!));
      }
    }
    simNodes.forEach((node, index) => {
      x[index] = node.x!;
      y[index] = node.y!;
    });
  }

  for (let node = 0; node < count; node++) {
    x[node] = Math.round(Math.min(inner.maxX, Math.max(inner.minX, x[node]!)) * 10) / 10;
    y[node] = Math.round(Math.min(inner.maxY, Math.max(inner.minY, y[node]!)) * 10) / 10;
  }
  return { x, y };
}
