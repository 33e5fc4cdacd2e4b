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
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let step = id;
    while (parent.get(step) !== root) {
      const next = parent.get(step)!;
      parent.set(step, root);
      step = next;
    }
    return root;
  };
  for (const link of links) {
    if (!parent.has(link.source) || !parent.has(link.target)) continue;
    const [a, b] = [find(link.source), find(link.target)];
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const group = groups.get(root);
    // Pushed, not copied: copying the group for each member made the main component quadratic.
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  return [...groups.values()].sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
/** The points' bounding box, in one pass (thousands of small satellites at ×1000). */
function extentOf(points: { x: number; y: number }[]): Extent {
  const extent: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of points) {
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
  const { width, height, iterations = 160 } = options;
  const positions = new Map<string, { x: number; y: number }>();
  if (nodes.length === 0) return positions;
  const maxRadius = Math.max(...nodes.map((node) => node.radius));
  const margin = options.margin ?? maxRadius + 8;
  const inner: Extent = { minX: margin, maxX: width - margin, minY: margin, maxY: height - margin };
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const [main = [], ...satellites] = connectedComponents(
    nodes.map((node) => node.id),
    links,
  );

  // 1. The main component fills the box, less a band for the satellites when there are any.
  const band = satellites.length ? Math.max(24, Math.min(width, height) * 0.1) : 0;
  const mainBox: Extent = { minX: inner.minX + band, maxX: inner.maxX - band, minY: inner.minY + band, maxY: inner.maxY - band };
  const mainExtent = extentOf(main.map((id) => byId.get(id)!));
  const toMain = (node: { x: number; y: number }) => ({
    x: rescale(node.x, mainExtent.minX, mainExtent.maxX, mainBox.minX, mainBox.maxX),
    y: rescale(node.y, mainExtent.minY, mainExtent.maxY, mainBox.minY, mainBox.maxY),
  });
  main.forEach((id) => positions.set(id, toMain(byId.get(id)!)));

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
      const members = component.map((id) => toMain(byId.get(id)!));
      const centroid = {
        x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
        y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
      };
      const [ax, ay] = rayToRectangle(centre.x, centre.y, centroid.x - centre.x, centroid.y - centre.y, ring);
      const extent = extentOf(members);
      const span = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY);
      const shrink = span > band * 1.5 ? (band * 1.5) / span : 1;
      component.forEach((id, index) => {
        const point = members[index]!;
        positions.set(id, { x: ax + (point.x - centroid.x) * shrink, y: ay + (point.y - centroid.y) * shrink });
      });
    }
  }

  // 3. Seeded relaxation: nodes repel only where they overlap, and are held to their targets.
  if (iterations > 0 && nodes.length <= RELAX_LIMIT) {
    type SimNode = SimulationNodeDatum & { id: string; radius: number; tx: number; ty: number };
    const simNodes: SimNode[] = nodes.map((node) => {
      const target = positions.get(node.id)!;
      return { id: node.id, radius: node.radius, x: target.x, y: target.y, tx: target.x, ty: target.y };
    });
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
    simNodes.forEach((node) => positions.set(node.id, { x: node.x!, y: node.y! }));
  }

  for (const [id, point] of positions) {
    positions.set(id, {
      x: Math.round(Math.min(inner.maxX, Math.max(inner.minX, point.x)) * 10) / 10,
      y: Math.round(Math.min(inner.maxY, Math.max(inner.minY, point.y)) * 10) / 10,
    });
  }
  return positions;
}
