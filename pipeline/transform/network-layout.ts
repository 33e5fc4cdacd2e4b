/**
 * The network's layout, computed once at build time: a d3-force simulation run to rest with a
 * seeded random source, so the same data always gives the same picture and the browser never
 * spends its main thread on physics. Positions are in the unit square; the app scales them to
 * its size, and filtering only hides nodes, so everyone stays where the reader last saw them.
 *
 * The layout is the one global step of the build, so it is bounded, and incremental by component:
 * - Up to GLOBAL_LAYOUT_MAX_NODES nodes, one simulation places every node (the picture the
 *   dashboard has always shown; a few hundred nodes cost well under a second).
 * - Past that, each connected component is simulated on its own and the components are packed in
 *   rows, largest first. A simulation of n nodes costs about 300 ticks × n log n (Barnes–Hut
 *   charge, quadtree collisions), so the sum over components stays near-linear, where one
 *   simulation of the whole graph was 150 s at 20 000 nodes (mostly collisions between unrelated
 *   islands). A component's layout depends only on its shape (the radii of its nodes and its links,
 *   in id order), so equal shapes are simulated once, and a build cache can keep the layouts
 *   by shape: an added article re-lays out only the components it touches. A cache cannot change
 *   the result, because the key is everything the simulation reads.
 * We did not warm-start from the previous positions: the result would depend on the build's
 * history, and an incremental build must give the bytes of a clean one.
 */
import { createHash } from 'node:crypto';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { NetworkObjects as Network } from '../../src/data/schemas/network-columns';

const SEED = 42;
/** The simulation's own canvas; positions are divided by it. */
const SIZE = 1000;
/** Above this many nodes, components are laid out apart and packed (see the file comment). */
export const GLOBAL_LAYOUT_MAX_NODES = 500;
/** Space between packed components, in simulation units (a node is 7–40 across). */
const GAP = 24;

type SimNode = SimulationNodeDatum & { id: string; radius: number };
type LayoutNode = Omit<Network['nodes'][number], 'x' | 'y'>;

/** Simulation positions by component shape key (see componentKey); a build cache can back it. */
export interface LayoutMemo {
  get(key: string): number[] | undefined;
  set(key: string, positions: number[]): void;
}

const radiusOf = (node: LayoutNode) => 4 + 3 * Math.sqrt(node.mentionCount);
const linkStrength = (weight: number) => Math.min(1, 0.2 + 0.1 * weight);

/** Runs the simulation; returns x0, y0, x1, y1, … in simulation units. */
function simulate(nodes: LayoutNode[], edges: Network['edges']): number[] {
  const simNodes: SimNode[] = nodes.map((node) => ({ id: node.id, radius: radiusOf(node) }));
  const simLinks: SimulationLinkDatum<SimNode>[] = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(simNodes)
    .randomSource(randomLcg(SEED))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance(60)
        .strength((_, index) => linkStrength(edges[index]?.weight ?? 1)),
    )
    .force('charge', forceManyBody().strength(-120))
    .force(
      'collide',
      forceCollide<SimNode>().radius((node) => node.radius + 3),
    )
    .force('x', forceX(SIZE / 2).strength(0.06))
    .force('y', forceY(SIZE / 2).strength(0.08))
    .force('center', forceCenter(SIZE / 2, SIZE / 2))
    .stop();
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  return simNodes.flatMap((node) => [node.x ?? 0, node.y ?? 0]);
}

/**
 * Everything the simulation of a component reads, with ids replaced by positions in id order:
 * two components with the same key get the same positions. Hashed when long (a large component).
 * @internal exported for tests
 */
export function componentKey(nodes: LayoutNode[], edges: Network['edges']): string {
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  const key = `${nodes.map((node) => node.mentionCount).join(',')}|${edges
    .map((edge) => `${position.get(edge.source)}-${position.get(edge.target)}:${linkStrength(edge.weight)}`)
    .join(',')}`;
  return key.length > 200 ? createHash('sha256').update(key).digest('hex') : key;
}

/** Connected components, each as indices into `nodes` in their order; components ordered by their first node. */
function components(nodes: LayoutNode[], edges: Network['edges']): number[][] {
  const index = new Map(nodes.map((node, at) => [node.id, at]));
  const parent = nodes.map((_, at) => at);
  const root = (at: number): number => {
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  };
  for (const edge of edges) {
    const [a, b] = [root(index.get(edge.source)!), root(index.get(edge.target)!)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  nodes.forEach((_, at) => {
    const group = groups.get(root(at));
    if (group) group.push(at);
    else groups.set(root(at), [at]);
  });
  return [...groups.values()];
}

/**
 * Places each component (in simulation units) in rows of a roughly square area: largest first
 * (by nodes, then by first id), left to right, a new row when the next would pass the width.
 */
function packComponents(parts: { positions: number[]; radii: number[] }[]): number[][] {
  const boxes = parts.map(({ positions, radii }) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let at = 0; at < radii.length; at++) {
      const [x, y, r] = [positions[2 * at]!, positions[2 * at + 1]!, radii[at]!];
      [minX, minY, maxX, maxY] = [Math.min(minX, x - r), Math.min(minY, y - r), Math.max(maxX, x + r), Math.max(maxY, y + r)];
    }
    return { minX, minY, width: maxX - minX + GAP, height: maxY - minY + GAP };
  });
  const area = boxes.reduce((sum, box) => sum + box.width * box.height, 0);
  const rowWidth = Math.max(Math.sqrt(area), ...boxes.map((box) => box.width));
  const placed: number[][] = [];
  let [cursorX, cursorY, rowHeight] = [0, 0, 0];
  parts.forEach(({ positions }, at) => {
    const box = boxes[at]!;
    if (cursorX > 0 && cursorX + box.width > rowWidth) [cursorX, cursorY, rowHeight] = [0, cursorY + rowHeight, 0];
    const [dx, dy] = [cursorX - box.minX, cursorY - box.minY];
    placed.push(positions.map((value, index) => value + (index % 2 === 0 ? dx : dy)));
    cursorX += box.width;
    rowHeight = Math.max(rowHeight, box.height);
  });
  return placed;
}

export function layoutNetwork(nodes: LayoutNode[], edges: Network['edges'], memo?: LayoutMemo): Network['nodes'] {
  const xs = new Array<number>(nodes.length);
  const ys = new Array<number>(nodes.length);
  if (nodes.length <= GLOBAL_LAYOUT_MAX_NODES) {
    const key = `global|${componentKey(nodes, edges)}`;
    let positions = memo?.get(key);
    if (!positions) {
      positions = simulate(nodes, edges);
      memo?.set(key, positions);
    }
    nodes.forEach((_, at) => ([xs[at], ys[at]] = [positions[2 * at]!, positions[2 * at + 1]!]));
  } else {
    const componentOf = new Map<string, number>();
    const groups = components(nodes, edges);
    groups.forEach((group, at) => group.forEach((index) => componentOf.set(nodes[index]!.id, at)));
    const groupEdges = groups.map((): Network['edges'] => []);
    for (const edge of edges) groupEdges[componentOf.get(edge.source)!]!.push(edge);
    const order = groups.map((_, at) => at).sort((a, b) => groups[b]!.length - groups[a]!.length || a - b);
    const shapes = new Map<string, number[]>();
    const parts = order.map((at) => {
      const groupNodes = groups[at]!.map((index) => nodes[index]!);
      const key = componentKey(groupNodes, groupEdges[at]!);
      let positions = shapes.get(key) ?? memo?.get(key);
      if (!positions) {
        positions = simulate(groupNodes, groupEdges[at]!);
        memo?.set(key, positions);
      }
      shapes.set(key, positions);
      return { positions, radii: groupNodes.map(radiusOf) };
    });
    packComponents(parts).forEach((positions, part) =>
      groups[order[part]!]!.forEach((index, member) => ([xs[index], ys[index]] = [positions[2 * member]!, positions[2 * member + 1]!])),
    );
  }

  // Fit the result into the unit square, keeping its aspect ratio.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let at = 0; at < nodes.length; at++) {
    [minX, minY, maxX, maxY] = [Math.min(minX, xs[at]!), Math.min(minY, ys[at]!), Math.max(maxX, xs[at]!), Math.max(maxY, ys[at]!)];
  }
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const offsetX = (1 - (maxX - minX) / span) / 2;
  const offsetY = (1 - (maxY - minY) / span) / 2;
  const unit = (value: number) => Math.round(value * 10000) / 10000;
  return nodes.map((node, index) => ({
    ...node,
    x: unit(offsetX + (xs[index]! - minX) / span),
    y: unit(offsetY + (ys[index]! - minY) / span),
  }));
}
