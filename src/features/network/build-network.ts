/**
 * The mention network under the current filters, placed at a size. Nodes are people and
 * organisations, sized by how often the filtered paragraphs mention them; links join those
 * mentioned in one paragraph, weighted by how many. Positions come from the build-time force
 * layout (network.json, see pipeline/transform/network-layout.ts), so filtering hides nodes but
 * never moves the others.
 */
import type { DatasetFiles } from '../../data/schemas/dataset';
import { pick, type Language } from '../../i18n/i18n';
import { paragraphMatches, type DataFilters } from '../../lib/filters';

export type NetworkInputs = Pick<DatasetFiles, 'network' | 'mentions' | 'entities' | 'articles'>;

export type CountryKey = 'KZ' | 'RU' | 'CN' | 'international' | 'unknown';

export interface GraphNode {
  id: string;
  kind: 'person' | 'organisation';
  label: string;
  labelRu: string;
  country: CountryKey;
  mentions: number;
  isQuoted: boolean;
  /** Position in the unit square, from the dataset's layout. */
  ux: number;
  uy: number;
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

export function buildNetworkGraph(data: NetworkInputs, filters: DataFilters, language: Language = 'en'): NetworkGraph {
  const articles = new Map(data.articles.articles.map((article) => [article.id, article]));
  const passingParagraph = (articleId: string, index: number) => {
    const article = articles.get(articleId);
    const topics = data.network.paragraphTopics[articleId]?.[index];
    return Boolean(article && topics && paragraphMatches(article, { topics }, filters));
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
        label: pick(language, person?.nameEn ?? organisation?.nameEn ?? node.id, person?.nameRu ?? organisation?.nameRu),
        labelRu: person?.nameRu ?? organisation?.nameRu ?? node.id,
        country: (person ? (person.country ?? 'unknown') : (organisation?.country ?? 'unknown')) as CountryKey,
        mentions: counts.get(node.id) ?? 0,
        isQuoted: person?.isQuoted ?? false,
        ux: node.x,
        uy: node.y,
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

/** Scales the dataset's unit-square layout into a frame of the given size, with a margin. */
export function layoutNetwork(graph: NetworkGraph, width: number, height: number): NetworkLayout {
  const margin = 28;
  const side = Math.min(width, height) - 2 * margin;
  const [left, top] = [(width - side) / 2, (height - side) / 2];
  const placed = new Map<string, PlacedNode>();
  for (const node of graph.nodes) {
    placed.set(node.id, { ...node, radius: nodeRadius(node.mentions), x: round(left + node.ux * side), y: round(top + node.uy * side) });
  }
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
