/**
 * The network's layout, computed once at build time: a d3-force simulation run to rest with a
 * seeded random source, so the same data always gives the same picture and the browser never
 * spends its main thread on physics. Positions are in the unit square; the app scales them to
 * its size, and filtering only hides nodes, so everyone stays where the reader last saw them.
 */
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
import type { Network } from '../../src/data/schemas/dataset';

const SEED = 42;
/** The simulation's own canvas; positions are divided by it. */
const SIZE = 1000;

type SimNode = SimulationNodeDatum & { id: string; radius: number };

export function layoutNetwork(nodes: Omit<Network['nodes'][number], 'x' | 'y'>[], edges: Network['edges']): Network['nodes'] {
  const simNodes: SimNode[] = nodes.map((node) => ({ id: node.id, radius: 4 + 3 * Math.sqrt(node.mentionCount) }));
  const simLinks: SimulationLinkDatum<SimNode>[] = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(simNodes)
    .randomSource(randomLcg(SEED))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance(60)
        .strength((_, index) => Math.min(1, 0.2 + 0.1 * (edges[index]?.weight ?? 1))),
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

  // Fit the result into the unit square, keeping its aspect ratio.
  const xs = simNodes.map((node) => node.x ?? 0);
  const ys = simNodes.map((node) => node.y ?? 0);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY, 1);
  const offsetX = (1 - (Math.max(...xs) - minX) / span) / 2;
  const offsetY = (1 - (Math.max(...ys) - minY) / span) / 2;
  const unit = (value: number) => Math.round(value * 10000) / 10000;
  return nodes.map((node, index) => ({
    ...node,
    x: unit(offsetX + ((simNodes[index]!.x ?? 0) - minX) / span),
    y: unit(offsetY + ((simNodes[index]!.y ?? 0) - minY) / span),
  }));
}
