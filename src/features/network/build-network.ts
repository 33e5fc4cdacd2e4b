/**
 * The mention network under the current filters, and its layout. Nodes are people and
 * organisations, sized by how often the filtered paragraphs mention them; links join those
 * mentioned in one paragraph, weighted by how many. The layout is a d3-force simulation run to
 * rest with a seeded random source, so the same data always gives the same picture.
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
import type { DatasetFiles } from '../../data/schemas/dataset';
import { paragraphMatches, type DataFilters } from '../../lib/filters';

export type NetworkInputs = Pick<DatasetFiles, 'network' | 'mentions' | 'entities' | 'articles' | 'texts'>;

export type CountryKey = 'KZ' | 'RU' | 'CN' | 'international' | 'unknown';

export interface GraphNode {
  id: string;
  kind: 'person' | 'organisation';
  label: string;
  labelRu: string;
  country: CountryKey;
  mentions: number;
  isQuoted: boolean;
}

export interface GraphLink {
  source: string;
  target: string;
  weight: number;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export function buildNetworkGraph(data: NetworkInputs, filters: DataFilters): NetworkGraph {
  const articles = new Map(data.articles.articles.map((article) => [article.id, article]));
  const texts = new Map(data.texts.texts.map((text) => [text.article, text]));
  const passingParagraph = (articleId: string, index: number) => {
    const article = articles.get(articleId);
    const paragraph = texts.get(articleId)?.paragraphs[index];
    return Boolean(article && paragraph && paragraphMatches(article, paragraph, filters));
  };
  const counts = new Map<string, number>();
  for (const mention of data.mentions.mentions) {
    if (mention.role === 'credit' || mention.entityKind === 'place' || !passingParagraph(mention.article, mention.paragraph)) continue;
    counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  const people = new Map(data.entities.people.map((person) => [person.id, person]));
  const organisations = new Map(data.entities.organisations.map((organisation) => [organisation.id, organisation]));
  const nodes = data.network.nodes
    .filter((node) => (counts.get(node.id) ?? 0) > 0)
    .map((node): GraphNode => {
      const person = people.get(node.id);
      const organisation = organisations.get(node.id);
      return {
        id: node.id,
        kind: node.kind,
        label: person?.nameEn ?? organisation?.nameEn ?? node.id,
        labelRu: person?.nameRu ?? organisation?.nameRu ?? node.id,
        country: (person ? (person.country ?? 'unknown') : (organisation?.country ?? 'unknown')) as CountryKey,
        mentions: counts.get(node.id) ?? 0,
        isQuoted: person?.isQuoted ?? false,
      };
    });
  const present = new Set(nodes.map((node) => node.id));
  const links = data.network.edges.flatMap((edge): GraphLink[] => {
    if (!present.has(edge.source) || !present.has(edge.target)) return [];
    const weight = edge.paragraphs.filter((place) => passingParagraph(place.article, place.paragraph)).length;
    return weight > 0 ? [{ source: edge.source, target: edge.target, weight }] : [];
  });
  return { nodes, links };
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  radius: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  links: (GraphLink & { x1: number; y1: number; x2: number; y2: number })[];
}

/** Radius grows with the square root of mentions, so area is proportional to them. */
export function nodeRadius(mentions: number): number {
  return 4 + 3 * Math.sqrt(mentions);
}

export function layoutNetwork(graph: NetworkGraph, width: number, height: number, seed = 42): NetworkLayout {
  type SimNode = SimulationNodeDatum & { id: string; radius: number };
  const simNodes: SimNode[] = graph.nodes.map((node) => ({ id: node.id, radius: nodeRadius(node.mentions) }));
  const simLinks: SimulationLinkDatum<SimNode>[] = graph.links.map((link) => ({ source: link.source, target: link.target }));
  const weights = graph.links.map((link) => link.weight);
  const simulation = forceSimulation(simNodes)
    .randomSource(randomLcg(seed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance(60)
        .strength((_, index) => Math.min(1, 0.2 + 0.1 * (weights[index] ?? 1))),
    )
    .force('charge', forceManyBody().strength(-120))
    .force(
      'collide',
      forceCollide<SimNode>().radius((node) => node.radius + 3),
    )
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.08))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  const margin = 16;
  const clampX = (x: number, r: number) => Math.max(margin + r, Math.min(width - margin - r, x));
  const clampY = (y: number, r: number) => Math.max(margin + r, Math.min(height - margin - r, y));
  const placed = new Map<string, PlacedNode>();
  graph.nodes.forEach((node, index) => {
    const sim = simNodes[index]!;
    placed.set(node.id, {
      ...node,
      radius: sim.radius,
      x: round(clampX(sim.x ?? 0, sim.radius)),
      y: round(clampY(sim.y ?? 0, sim.radius)),
    });
  });
  return {
    nodes: [...placed.values()],
    links: graph.links.map((link) => {
      const a = placed.get(link.source)!;
      const b = placed.get(link.target)!;
      return { ...link, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Ids within `depth` links of `id` (itself included). */
export function neighbourhood(graph: Pick<NetworkGraph, 'links'>, id: string, depth: number): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const link of graph.links) {
    adjacency.set(link.source, [...(adjacency.get(link.source) ?? []), link.target]);
    adjacency.set(link.target, [...(adjacency.get(link.target) ?? []), link.source]);
  }
  let frontier = [id];
  const seen = new Set(frontier);
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap((node) => adjacency.get(node) ?? []).filter((node) => !seen.has(node));
    frontier.forEach((node) => seen.add(node));
  }
  return seen;
}
