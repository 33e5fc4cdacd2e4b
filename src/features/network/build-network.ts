/**
 * The mention network under the current filters, as one chart model. Nodes are people and
 * organisations, sized by how often the filtered paragraphs mention them; links join those
 * mentioned in one paragraph, and carry those paragraphs (the line's width shows how many).
 * Positions come from the build-time force layout (network.json, see
 * pipeline/transform/network-layout.ts), fitted to the chart box by fit-network.ts; the fit is
 * made for the whole network, so filtering hides nodes but never moves the others.
 * `buildNetwork` adds the anatomy (title, notes, legend, source, CSV) and the table, in the
 * reader's language, for the dashboard, the embed, the exports and print alike.
 */
import { scaleSqrt } from 'd3';
import type { ChartModelBase, LegendItem, TableRow } from '../../charts/chart-model';
import { COUNTRY_COLOURS, INK, MUTED } from '../../charts/palette';
import type { DatasetFiles } from '../../data/schemas/dataset';
import { pick, type Language, type MessageKey } from '../../i18n/i18n';
import { ENGLISH, type Locale } from '../../lib/format';
import { matchesTopics, paragraphMatches, type DataFilters } from '../../lib/filters';
import { fitNetworkToBox } from './fit-network';
import { memoAcrossPrerender } from '../../lib/prerender-memo';
import { shortenLabel } from './network-labels';

/**
 * What the network is built from. `mentions` is read only for a pinned version written before
 * network.json carried its nodes' mention paragraphs (`mentionParagraphs` null).
 */
export type NetworkInputs = Pick<DatasetFiles, 'network' | 'entities' | 'articles'> & Partial<Pick<DatasetFiles, 'mentions'>>;

/** Whether these network files need mentions.json beside them (a version from before `mentionParagraphs`). */
export function needsMentions(network: NetworkInputs['network']): boolean {
  return network.mentionParagraphs === null;
}

export type CountryKey = 'KZ' | 'RU' | 'CN' | 'international' | 'unknown';

export interface GraphNode {
  id: string;
  kind: 'person' | 'organisation';
  /** The name in the reader's language; `shortLabel` is what the chart writes beside the node. */
  label: string;
  shortLabel: string;
  /** On narrow charts: the surname of a person, else `shortLabel`. */
  compactLabel: string;
  labelRu: string;
  country: CountryKey;
  /** Mentions in the paragraphs that pass the filters. */
  mentions: number;
  isQuoted: boolean;
  /** Position in the unit square, from the dataset's layout. */
  ux: number;
  uy: number;
}

export interface GraphLink {
  source: string;
  target: string;
  /** The paragraphs (that pass the filters) in which both are mentioned. */
  paragraphs: { article: string; paragraph: number }[];
  /** paragraphs.length. */
  weight: number;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The whole, unfiltered network: what positions are fitted for, so a filter never moves a node. */
  universe: Pick<NetworkInputs['network'], 'nodes' | 'edges'>;
}

/**
 * What a filter change needs, computed once per dataset (memoised on its objects, which the
 * query cache never mutates): every paragraph once, with its article and topic list; for each
 * node the paragraphs of its mentions (from network.json's mentionParagraphs, or an older
 * version's mentions.json; one entry per mention, so counts come out as before); for each edge
 * its paragraphs as paragraph numbers. A filter change then tests each article's year and each
 * distinct topic list once (`paragraphMatches` is the two together) and counts by index.
 */
interface NetworkIndex {
  /** The articles that paragraphs belong to. */
  articles: NetworkInputs['articles']['articles'][number][];
  /** The distinct topic lists of paragraphs (none when the version has no paragraph topics). */
  topicLists: string[][];
  /** paragraph number → its article (in `articles`) and its topic list (in `topicLists`). */
  paragraphArticle: Int32Array;
  paragraphTopics: Int32Array;
  /** Parallel to data.network.nodes: the node's entity (undefined: no name, never shown). */
  nodes: {
    entity: { nameEn: string; nameRu: string; country?: string | null } | undefined;
    isQuoted: boolean;
  }[];
  /**
   * The paragraph numbers of node n's mentions are mentionNumbers[mentionStart[n] ..
   * mentionStart[n + 1]): one typed array for all nodes, not 20,000 small ones at ×1000.
   */
  mentionStart: Int32Array;
  mentionNumbers: Int32Array;
  /** The same for edge e's paragraphs, in the edge's order (-1 for one that can never pass). */
  edgeStart: Int32Array;
  edgeNumbers: Int32Array;
  /** Parallel to data.network.edges: the positions (in data.network.nodes) of each edge's ends, -1 when unknown. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Per language, the node labels (parallel to data.network.nodes). */
  labels: Map<Language, { label: string; shortLabel: string; compactLabel: string }[]>;
  /** Per language, each node's place in the order of names (the collator's), for sorting ties without comparing strings. */
  ranks: Map<Language, Map<string, number>>;
}

const INDEXES = new WeakMap<object, WeakMap<object, WeakMap<object, WeakMap<object, NetworkIndex>>>>();
/** Stands for "no mentions.json" in the memo chain (current versions do not need it). */
const NO_MENTIONS = {};

/** The memo chain network → mentions → entities → articles, so any new file builds a new index. */
function memoIndex(data: NetworkInputs): NetworkIndex {
  const mentions = needsMentions(data.network) ? (data.mentions ?? NO_MENTIONS) : NO_MENTIONS;
  const byNetwork = INDEXES.get(data.network) ?? new WeakMap();
  INDEXES.set(data.network, byNetwork);
  const byMentions = byNetwork.get(mentions) ?? new WeakMap();
  byNetwork.set(mentions, byMentions);
  const byEntities = byMentions.get(data.entities) ?? new WeakMap();
  byMentions.set(data.entities, byEntities);
  let index = byEntities.get(data.articles);
  if (!index) {
    index = buildNetworkIndex(data);
    byEntities.set(data.articles, index);
  }
  return index;
}

/** @internal Exported for tests. */
export function buildNetworkIndex(data: NetworkInputs): NetworkIndex {
  const articleAt = new Map(data.articles.articles.map((article, at) => [article.id, at]));
  const articleOf: number[] = [];
  const topicsOf: number[] = [];
  const topicLists: string[][] = [];
  const topicListAt = new Map<string, number>();
  /** A new paragraph number for a paragraph of `article` (an index into articleOf) with these topics. */
  const addParagraph = (article: number, topics: string[]) => {
    const key = topics.join('\n');
    let list = topicListAt.get(key);
    if (list === undefined) topicListAt.set(key, (list = topicLists.push(topics) - 1));
    topicsOf.push(list);
    return articleOf.push(article) - 1;
  };
  // Each article's paragraphs are numbered at once, in order, the first time it is met: a
  // paragraph's number is then its article's first number plus its index (one map lookup per
  // article and node, not per mention). Paragraphs past the topic list (a version from before
  // paragraph topics has none, see migrate.ts) get numbers one by one, with no topics: they pass
  // when no topic is chosen.
  const articles = new Map<string, { base: number; count: number; extra: Map<number, number> | null }>();
  const articleEntry = (articleId: string) => {
    let entry = articles.get(articleId);
    if (!entry) {
      const article = articleAt.get(articleId);
      const topics = article === undefined ? [] : (data.network.paragraphTopics[articleId] ?? []);
      entry = { base: article === undefined ? -1 : articleOf.length, count: topics.length, extra: null };
      for (const list of topics) addParagraph(article!, list);
      articles.set(articleId, entry);
    }
    return entry;
  };
  /** A paragraph's number, or -1 when it can never pass (an unknown article). */
  const numberIn = (entry: ReturnType<typeof articleEntry>, articleId: string, paragraph: number): number => {
    if (entry.base < 0) return -1;
    if (paragraph < entry.count) return entry.base + paragraph;
    entry.extra ??= new Map();
    let number = entry.extra.get(paragraph);
    if (number === undefined) entry.extra.set(paragraph, (number = addParagraph(articleAt.get(articleId)!, [])));
    return number;
  };
  const mentionParagraphs = new Map<string, number[]>();
  if (data.network.mentionParagraphs) {
    for (const entity in data.network.mentionParagraphs) {
      const byArticle = data.network.mentionParagraphs[entity]!;
      const list: number[] = [];
      for (const articleId in byArticle) {
        const entry = articleEntry(articleId);
        for (const paragraph of byArticle[articleId]!) {
          const number = numberIn(entry, articleId, paragraph);
          if (number >= 0) list.push(number);
        }
      }
      mentionParagraphs.set(entity, list);
    }
  } else {
    // A version from before mentionParagraphs: count from its mentions.json, as its view did.
    for (const mention of data.mentions?.mentions ?? []) {
      if (mention.role === 'credit' || mention.entityKind === 'place') continue;
      const number = numberIn(articleEntry(mention.article), mention.article, mention.paragraph);
      if (number < 0) continue;
      const list = mentionParagraphs.get(mention.entity);
      if (list) list.push(number);
      else mentionParagraphs.set(mention.entity, [number]);
    }
  }
  const people = new Map(data.entities.people.map((person) => [person.id, person]));
  const organisations = new Map(data.entities.organisations.map((organisation) => [organisation.id, organisation]));
  const { edges, nodes } = data.network;
  const edgeStart = new Int32Array(edges.length + 1);
  for (let at = 0; at < edges.length; at++) edgeStart[at + 1] = edgeStart[at]! + edges[at]!.paragraphs.length;
  const edgeNumbers = new Int32Array(edgeStart[edges.length]!);
  for (let at = 0, next = 0; at < edges.length; at++)
    for (const place of edges[at]!.paragraphs) edgeNumbers[next++] = numberIn(articleEntry(place.article), place.article, place.paragraph);
  const mentionStart = new Int32Array(nodes.length + 1);
  for (let at = 0; at < nodes.length; at++) mentionStart[at + 1] = mentionStart[at]! + (mentionParagraphs.get(nodes[at]!.id)?.length ?? 0);
  const mentionNumbers = new Int32Array(mentionStart[nodes.length]!);
  for (let at = 0; at < nodes.length; at++) mentionNumbers.set(mentionParagraphs.get(nodes[at]!.id) ?? [], mentionStart[at]!);
  const nodeAt = new Map(data.network.nodes.map((node, position) => [node.id, position]));
  return {
    articles: data.articles.articles,
    topicLists,
    edgeSource: Int32Array.from(data.network.edges, (edge) => nodeAt.get(edge.source) ?? -1),
    edgeTarget: Int32Array.from(data.network.edges, (edge) => nodeAt.get(edge.target) ?? -1),
    paragraphArticle: Int32Array.from(articleOf),
    paragraphTopics: Int32Array.from(topicsOf),
    nodes: data.network.nodes.map((node) => ({
      entity: people.get(node.id) ?? organisations.get(node.id),
      isQuoted: people.get(node.id)?.isQuoted ?? false,
    })),
    mentionStart,
    mentionNumbers,
    edgeStart,
    edgeNumbers,
    labels: new Map(),
    ranks: new Map(),
  };
}

function nodeLabels(data: NetworkInputs, index: NetworkIndex, language: Language) {
  let labels = index.labels.get(language);
  if (!labels) {
    labels = data.network.nodes.map((node, position) => {
      const entity = index.nodes[position]!.entity;
      const label = entity ? pick(language, entity.nameEn, entity.nameRu) : '';
      return {
        label,
        shortLabel: shortenLabel(label),
        // A person's surname, for narrow charts (as newspapers name people on a second mention).
        compactLabel: node.kind === 'person' ? (label.split(' ').at(-1) ?? label) : shortenLabel(label),
      };
    });
    index.labels.set(language, labels);
  }
  return labels;
}

/** Node id → its name's place in the language's alphabetical order (equal names keep the dataset's order). */
function labelRanks(data: NetworkInputs, language: Language): Map<string, number> {
  const index = memoIndex(data);
  let ranks = index.ranks.get(language);
  if (!ranks) {
    const labels = nodeLabels(data, index, language);
    // A collator orders exactly as localeCompare(b, language) does, without building one per call.
    // The prerendered page's order is replayed on hydration: a collator's first construction
    // loads the language's collation data, tens of ms on a slow phone.
    const positions = memoAcrossPrerender('network-ranks', `${language} ${data.network.nodes.length}`, () => {
      const collator = new Intl.Collator(language);
      return data.network.nodes.map((_, position) => position).sort((a, b) => collator.compare(labels[a]!.label, labels[b]!.label));
    });
    ranks = new Map(positions.map((position, rank) => [data.network.nodes[position]!.id, rank]));
    index.ranks.set(language, ranks);
  }
  return ranks;
}

/** The most mentioned first, ties by name (as a collator orders them). */
function sortByMentions(nodes: GraphNode[], ranks: Map<string, number>): GraphNode[] {
  const keyed = nodes.map((node) => ({ node, rank: ranks.get(node.id) ?? 0 }));
  keyed.sort((a, b) => b.node.mentions - a.node.mentions || a.rank - b.rank);
  return keyed.map((entry) => entry.node);
}

export function buildNetworkGraph(data: NetworkInputs, filters: DataFilters, language: Language = 'en'): NetworkGraph {
  const index = memoIndex(data);
  // paragraphMatches is the year test and the topic test: each asked once per article and per
  // distinct topic list, not once per paragraph.
  const yearsOnly: DataFilters = { ...filters, topics: [] };
  const articlePasses = index.articles.map((article) => paragraphMatches(article, { topics: [] }, yearsOnly));
  const topicsPass = index.topicLists.map((topics) => matchesTopics(topics, filters));
  const passing = new Uint8Array(index.paragraphArticle.length);
  for (let number = 0; number < passing.length; number++)
    passing[number] = articlePasses[index.paragraphArticle[number]!]! && topicsPass[index.paragraphTopics[number]!]! ? 1 : 0;
  const labels = nodeLabels(data, index, language);
  const nodes: GraphNode[] = [];
  /** By node position: whether the node is in the filtered graph (typed, not a Set of ids: 20,000 of them at ×1000). */
  const present = new Uint8Array(data.network.nodes.length);
  data.network.nodes.forEach((node, position) => {
    const entry = index.nodes[position]!;
    if (!entry.entity) return; // never show an id in place of a name
    let mentions = 0;
    for (let at = index.mentionStart[position]!, end = index.mentionStart[position + 1]!; at < end; at++)
      mentions += passing[index.mentionNumbers[at]!]!;
    if (mentions === 0) return;
    present[position] = 1;
    const { label, shortLabel, compactLabel } = labels[position]!;
    // Fields written out, not spread: spreading 20,000 objects cost hundreds of ms in V8 (measured).
    nodes.push({
      id: node.id,
      kind: node.kind,
      label,
      shortLabel,
      compactLabel,
      labelRu: entry.entity.nameRu,
      country: (entry.entity.country ?? 'unknown') as CountryKey,
      mentions,
      isQuoted: entry.isQuoted,
      ux: node.x,
      uy: node.y,
    });
  });
  const links: GraphLink[] = [];
  data.network.edges.forEach((edge, position) => {
    const source = index.edgeSource[position]!;
    const target = index.edgeTarget[position]!;
    if (source < 0 || target < 0 || !present[source] || !present[target]) return;
    const start = index.edgeStart[position]!;
    const end = index.edgeStart[position + 1]!;
    const numbers = index.edgeNumbers;
    let passed = 0;
    for (let at = start; at < end; at++) if (numbers[at]! >= 0) passed += passing[numbers[at]!]!;
    if (passed === 0) return;
    // When every paragraph passes (no filter, the usual case), the edge's own list serves: no copy.
    const paragraphs =
      passed === end - start
        ? edge.paragraphs
        : edge.paragraphs.filter((_, at) => numbers[start + at]! >= 0 && passing[numbers[start + at]!] === 1);
    links.push({ source: edge.source, target: edge.target, paragraphs, weight: passed });
  });
  return { nodes, links, universe: data.network };
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  radius: number;
}

export interface PlacedLink extends GraphLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in px, one of LINK_WIDTH_CLASSES. */
  width: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
}

/**
 * Node radius: area proportional to mentions (a square-root scale from 3.5 px), the most
 * mentioned node of the whole network at `maxRadius`. The largest mark grows with the box (from
 * 9 px on a phone to 15 px on a desktop), and the scale is set by the unfiltered network, so a
 * filter does not change what a size means, and ten times the data does not make giant nodes.
 */
export function radiusScale(maxMentions: number, size: { width: number; height: number }): (mentions: number) => number {
  const maxRadius = Math.max(9, Math.min(15, Math.min(size.width, size.height) / 30));
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxMentions)])
    .range([0, maxRadius - 3.5]);
  return (mentions) => Math.round((3.5 + scale(mentions)) * 10) / 10;
}

/**
 * Line width by shared paragraphs: a square-root scale (as for the nodes' areas) read at four
 * classes, so a reader can tell the widths apart and match them to the legend (1, 2.2, 3.1 and
 * 4.5 px) instead of guessing a continuous width.
 */
const LINK_WIDTH = scaleSqrt().domain([1, 5]).range([1, 4.5]);
export const LINK_WIDTH_CLASSES = [
  { from: 1, to: 1, width: LINK_WIDTH(1) },
  { from: 2, to: 2, width: Math.round(LINK_WIDTH(2) * 10) / 10 },
  { from: 3, to: 4, width: Math.round(LINK_WIDTH(3) * 10) / 10 },
  { from: 5, to: Infinity, width: LINK_WIDTH(5) },
] as const;

export function linkWidth(weight: number): number {
  return LINK_WIDTH_CLASSES.find((entry) => weight >= entry.from && weight <= entry.to)?.width ?? LINK_WIDTH_CLASSES[0].width;
}

/**
 * Places the graph in a width × height box: positions fitted for the whole network (the graph's
 * universe, unfiltered), so that a filter never moves a node; then only the filtered nodes and
 * links are kept.
 */
export function layoutNetwork(graph: NetworkGraph, width: number, height: number): NetworkLayout {
  const { radius, positions } = fitUniverse(graph.universe, width, height);
  const centre = { x: width / 2, y: height / 2 };
  // Fields written out, not spread (see buildNetworkGraph); no map of placed nodes: the links'
  // ends are the same fitted positions.
  const nodes = graph.nodes.map((node): PlacedNode => {
    const point = positions.get(node.id) ?? centre;
    const { id, kind, label, shortLabel, compactLabel, labelRu, country, mentions, isQuoted, ux, uy } = node;
    return {
      id,
      kind,
      label,
      shortLabel,
      compactLabel,
      labelRu,
      country,
      mentions,
      isQuoted,
      ux,
      uy,
      radius: radius(mentions),
      x: point.x,
      y: point.y,
    };
  });
  return {
    nodes,
    links: graph.links.map((link) => {
      const a = positions.get(link.source) ?? centre;
      const b = positions.get(link.target) ?? centre;
      const { source, target, paragraphs, weight } = link;
      return { source, target, paragraphs, weight, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: linkWidth(weight) };
    }),
  };
}

const FITS = new WeakMap<object, Map<string, { radius: (mentions: number) => number; positions: Map<string, { x: number; y: number }> }>>();

/**
 * The whole network fitted to a box, memoised on the (immutable) universe and the box size: a
 * filter change does not refit, and the fit does not depend on the filters anyway.
 */
function fitUniverse(source: NetworkGraph['universe'], width: number, height: number) {
  const bySize = FITS.get(source) ?? new Map();
  FITS.set(source, bySize);
  const key = `${width}x${height}`;
  let fit = bySize.get(key);
  if (!fit) {
    let maxMentions = 0;
    for (const node of source.nodes) maxMentions = Math.max(maxMentions, node.mentionCount);
    const scale = radiusScale(maxMentions, { width, height });
    // A few hundred distinct counts for 20,000 nodes: each radius is computed once.
    const radii = new Map<number, number>();
    const radius = (mentions: number) => {
      let value = radii.get(mentions);
      if (value === undefined) radii.set(mentions, (value = scale(mentions)));
      return value;
    };
    // The prerendered page's fit is replayed on hydration (a Map is not JSON: entries travel).
    const entries = memoAcrossPrerender(`network-fit`, `${key} ${source.nodes.length} ${source.edges.length}`, () => [
      ...fitNetworkToBox(
        source.nodes.map((node) => ({ id: node.id, x: node.x, y: node.y, radius: radius(node.mentionCount) })),
        source.edges,
        { width, height },
      ),
    ]);
    const positions = new Map(entries);
    fit = { radius, positions };
    bySize.set(key, fit);
  }
  return fit;
}

/** Ids within `depth` links of `id` (itself included). */
export function neighbourhood(graph: Pick<NetworkGraph, 'links'>, id: string, depth: number): Set<string> {
  const adjacency = adjacencyOf(graph.links);
  let frontier = [id];
  const seen = new Set(frontier);
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap((node) => adjacency.get(node) ?? []).filter((node) => !seen.has(node));
    frontier.forEach((node) => seen.add(node));
  }
  return seen;
}

const ADJACENCY = new WeakMap<object, Map<string, string[]>>();

/** Neighbours per node, memoised on the links array (each hover asks again). */
function adjacencyOf(links: NetworkGraph['links']): Map<string, string[]> {
  let adjacency = ADJACENCY.get(links);
  if (!adjacency) {
    adjacency = new Map();
    for (const link of links) {
      for (const [from, to] of [
        [link.source, link.target],
        [link.target, link.source],
      ] as const) {
        const list = adjacency.get(from);
        if (list) list.push(to);
        else adjacency.set(from, [to]);
      }
    }
    ADJACENCY.set(links, adjacency);
  }
  return adjacency;
}

/** Message keys with plural forms: `<base>One`, `<base>Few`, `<base>Many`, `<base>Other`. */
type PluralBase = 'network.count' | 'network.mentions' | 'network.paragraphs' | 'network.graphLabel';
type PluralForm = 'One' | 'Few' | 'Many' | 'Other';
const FORMS: Record<Intl.LDMLPluralRule, PluralForm> = {
  zero: 'Other',
  one: 'One',
  two: 'Other',
  few: 'Few',
  many: 'Many',
  other: 'Other',
};

const PLURAL_RULES = new Map<string, Intl.PluralRules>();
const pluralRules = (language: string) => {
  let rules = PLURAL_RULES.get(language);
  if (!rules) PLURAL_RULES.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
};

/** A message in the plural form the language's rules choose for `count` (1 mention, 2 mentions; 1 упоминание, 2 упоминания, 5 упоминаний). */
export function plural(locale: Locale, base: PluralBase, count: number, values: Record<string, string | number> = {}): string {
  const form = FORMS[pluralRules(locale.language).select(count)];
  return locale.t(`${base}${form}` satisfies `${PluralBase}${PluralForm}` as MessageKey, { count, ...values });
}

export interface NetworkModel extends ChartModelBase {
  graph: NetworkGraph;
  layout: NetworkLayout;
  width: number;
  height: number;
  /** "44 people and organisations under the current filters." */
  countText: string;
  /** The SVG's accessible name. */
  graphLabel: string;
  /** Each node's accessible name: name, kind, mentions (composed when first asked for). */
  nodeLabels: NodeLabels;
  /** Links per node, under the filters (counted when first read: only the table and the CSV ask). */
  degree: Map<string, number>;
  /** The nodes, the most mentioned first (ties by name): the keyboard's, the search's and the table's order. */
  byMentions: GraphNode[];
  emptyMessage: string;
}

/** Accessible names by node id, composed on demand: a filter change at ×1000 must not word 20,000 of them. */
export interface NodeLabels {
  get(id: string): string | undefined;
}

const LEGEND_COUNTRIES: CountryKey[] = ['KZ', 'RU', 'CN', 'international', 'unknown'];

function kindText(node: GraphNode, locale: Locale): string {
  if (node.kind === 'organisation') return locale.t('network.organisation');
  return node.isQuoted ? locale.t('network.quotedSpeaker') : locale.t('network.personMentioned');
}

/** The legend: country hues, shapes, and the line widths present in the graph. */
function buildLegend(graph: NetworkGraph, locale: Locale): LegendItem[] {
  const { t } = locale;
  const countries = new Set(graph.nodes.map((node) => node.country));
  const maxWeight = Math.max(0, ...graph.links.map((link) => link.weight));
  const widthLabel = (entry: (typeof LINK_WIDTH_CLASSES)[number]) =>
    entry.to === Infinity
      ? plural(locale, 'network.paragraphs', entry.from, { count: t('network.atLeast', { count: entry.from }) })
      : entry.from === entry.to
        ? plural(locale, 'network.paragraphs', entry.from)
        : plural(locale, 'network.paragraphs', entry.to, { count: `${entry.from}–${entry.to}` });
  return [
    ...LEGEND_COUNTRIES.filter((country) => countries.has(country)).map((country): LegendItem => ({
      label: t(`country.${country}`),
      colour: COUNTRY_COLOURS[country],
      shape: 'dot',
    })),
    ...(graph.nodes.some((node) => node.isQuoted)
      ? [{ label: t('network.legendQuoted'), colour: INK, shape: 'hollow-dot' } satisfies LegendItem]
      : []),
    ...(graph.nodes.some((node) => node.kind === 'organisation')
      ? [{ label: t('network.legendOrganisation'), colour: COUNTRY_COLOURS.international, shape: 'square' } satisfies LegendItem]
      : []),
    ...LINK_WIDTH_CLASSES.filter((entry) => entry.from <= maxWeight).map((entry): LegendItem => ({
      label: widthLabel(entry),
      colour: MUTED,
      shape: 'line',
      strokeWidth: entry.width,
    })),
  ];
}

/** A value computed the first time it is read, then kept. */
function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let isDone = false;
  return () => {
    if (!isDone) {
      value = compute();
      isDone = true;
    }
    return value as T;
  };
}

/** The same few strings for thousands of nodes: ask the message catalogue once per value. */
function memoText<K>(compute: (key: K) => string): (key: K) => string {
  const cache = new Map<K, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = compute(key)));
    return text;
  };
}

/**
 * The network's chart model at a size: the placed graph and everything around it. `focus`
 * marks the table rows in the selection's neighbourhood. What only some readers ask for (the
 * table's rows, the CSV's rows, a node's accessible name) is built when first read, so a filter
 * change costs the graph, its layout and the legend, whatever the table and exports hold.
 */
export function buildNetwork(
  data: NetworkInputs,
  filters: DataFilters,
  locale: Locale = ENGLISH,
  size: { width: number; height: number } = { width: 900, height: 585 },
  focus: Set<string> | null = null,
): NetworkModel {
  const { t } = locale;
  const graph = buildNetworkGraph(data, filters, locale.language);
  const layout = layoutNetwork(graph, size.width, size.height);
  // Read by the table and the CSV only: counted when first asked for.
  const degreeOf = lazy(() => {
    const degree = new Map<string, number>();
    for (const link of graph.links) {
      degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
      degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
    }
    return degree;
  });
  const kindOf = memoText<string>((key) => kindText({ kind: key.split('|')[0], isQuoted: key.endsWith('|1') } as GraphNode, locale));
  const kindTextOf = (node: GraphNode) => kindOf(`${node.kind}|${node.isQuoted ? 1 : 0}`);
  const countryOf = memoText<CountryKey>((country) => t(`country.${country}`));
  const mentionsOf = memoText<number>((count) => plural(locale, 'network.mentions', count));
  const byMentions = sortByMentions(graph.nodes, labelRanks(data, locale.language));
  const nodesById = lazy(() => new Map(graph.nodes.map((node) => [node.id, node])));
  const nodeLabelCache = new Map<string, string>();
  const nodeLabels: NodeLabels = {
    get(id) {
      let text = nodeLabelCache.get(id);
      if (text === undefined) {
        const node = nodesById().get(id);
        if (!node) return undefined;
        text = t('network.nodeLabel', { name: node.label, kind: kindTextOf(node), mentions: mentionsOf(node.mentions) });
        nodeLabelCache.set(id, text);
      }
      return text;
    },
  };
  const rows = lazy(() => {
    const degree = degreeOf();
    return byMentions.map((node): TableRow => ({
      key: node.id,
      selection: { kind: node.kind, id: node.id },
      isHighlighted: focus?.has(node.id) ?? false,
      cells: {
        name: { text: node.label, sort: node.label },
        kind: { text: kindTextOf(node) },
        country: { text: countryOf(node.country) },
        mentions: { text: String(node.mentions), sort: node.mentions },
        links: { text: String(degree.get(node.id) ?? 0), sort: degree.get(node.id) ?? 0 },
      },
    }));
  });
  const csvRows = lazy(() => {
    const degree = degreeOf();
    /** Paragraphs shared with anyone, per node (the CSV's shared_paragraphs). */
    const shared = new Map<string, number>();
    for (const link of graph.links) for (const id of [link.source, link.target]) shared.set(id, (shared.get(id) ?? 0) + link.weight);
    return byMentions.map((node) => ({
      name: node.label,
      name_ru: node.labelRu,
      kind: kindTextOf(node),
      country: countryOf(node.country),
      mentions: node.mentions,
      linked_to: degree.get(node.id) ?? 0,
      shared_paragraphs: shared.get(node.id) ?? 0,
    }));
  });
  return {
    graph,
    layout,
    width: size.width,
    height: size.height,
    get degree() {
      return degreeOf();
    },
    byMentions,
    countText: plural(locale, 'network.count', graph.nodes.length),
    graphLabel: plural(locale, 'network.graphLabel', graph.nodes.length),
    emptyMessage: t('network.empty'),
    nodeLabels,
    anatomy: {
      title: t('network.title'),
      subtitle: t('network.subtitle'),
      notes: [t('network.noteSize'), t('network.noteLayout')],
      legend: buildLegend(graph, locale),
      source: t('network.source'),
      csv: {
        filename: 'partnership-atlas-network',
        get rows() {
          return csvRows();
        },
      },
    },
    table: {
      caption: t('network.tableCaption'),
      columns: [
        { key: 'name', label: t('network.name') },
        { key: 'kind', label: t('network.kind') },
        { key: 'country', label: t('network.country') },
        { key: 'mentions', label: t('network.mentionsColumn'), isNumeric: true },
        { key: 'links', label: t('network.linksColumn'), isNumeric: true },
      ],
      get rows() {
        return rows();
      },
      initialSort: { key: 'mentions', direction: 'descending' },
      emptyMessage: t('network.tableEmpty'),
    },
  };
}

/**
 * The model with other table rows marked (a selection's neighbourhood, or what another view
 * relates to the selection): the same model otherwise, and the rows still built only when read.
 */
export function withMarkedRows(model: NetworkModel, marked: Set<string>): NetworkModel {
  const base = model.table;
  const rows = lazy(() => base.rows.map((row) => ({ ...row, isHighlighted: marked.has(row.key) })));
  return {
    ...model,
    table: {
      caption: base.caption,
      columns: base.columns,
      get rows() {
        return rows();
      },
      initialSort: base.initialSort,
      emptyMessage: base.emptyMessage,
    },
  };
}
