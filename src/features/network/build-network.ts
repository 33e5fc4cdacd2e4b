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
import { matchesTopics, overlapsYears, publicationYear, type DataFilters } from '../../lib/filters';
import { nameOrder } from '../../data/schemas/network-columns';
import { fitColumnsToBox } from './fit-network';
import { memoAcrossPrerender } from '../../lib/prerender-memo';
import { shortenLabel } from './network-labels';

/**
 * What the network is built from: network.json alone (its columns carry the names and years the
 * chart needs), and once a filter is set, network-paragraphs.json. A pinned
 * version from before that split holds the paragraphs in network.json; one from before the
 * columns (names null, see migrate.ts) is read with its entities.json and articles.json; one from
 * before `mentionParagraphs`, with its mentions.json as well.
 */
export type NetworkInputs = Pick<DatasetFiles, 'network'> &
  Partial<Pick<DatasetFiles, 'entities' | 'articles' | 'mentions' | 'network-paragraphs'>>;

/** Whether this network.json has its paragraph lists in network-paragraphs.json (a version since the split). */
export function hasParagraphsApart(network: NetworkInputs['network']): boolean {
  return network.edges.paragraphs === undefined;
}

/**
 * Whether drawing under these filters needs network-paragraphs.json:
 * when the network has it apart and some paragraph fails the filters (with none failing, the
 * counts are the columns' own).
 */
export function needsParagraphs(network: NetworkInputs['network'], filters: DataFilters): boolean {
  // Such a network is self-contained: its index is the one the chart builds.
  return hasParagraphsApart(network) && passingParagraphs(memoIndex({ network }), filters) !== null;
}

/** Whether these network files need entities.json and articles.json beside them (a version from before the columns). */
export function needsEntities(network: NetworkInputs['network']): boolean {
  return network.names === null || network.articles.years === null;
}

/** Whether these network files need mentions.json beside them (a version from before `mentionParagraphs`). */
export function needsMentions(network: NetworkInputs['network']): boolean {
  return network.nodes.mentionParagraphs === null;
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
  weight: number;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The whole, unfiltered network: what positions are fitted for, so a filter never moves a node. */
  universe: NetworkInputs['network'];
}

/**
 * What a filter change needs, computed once per dataset (memoised on its objects, which the
 * query cache never mutates): each paragraph number's article and topic list; for each node the
 * paragraph numbers of its mentions (network.json's, or an older version's mentions.json, one
 * entry per mention); for each edge its paragraph numbers. A filter change then tests each
 * article's year and each distinct topic list once and counts by index.
 */
interface NetworkIndex {
  /** Publication year of each article of the columns (NaN: not in articles.json, never passes). */
  articleYears: Float64Array;
  topicLists: string[][];
  /** paragraph number → its article (in the columns' articles) and its topic list (in `topicLists`). */
  paragraphArticle: Int32Array;
  paragraphTopics: Int32Array;
  /** The articles and topic lists some paragraph number has (when all pass, every paragraph does). */
  usedArticles: Int32Array;
  usedTopicLists: Int32Array;
  /** Per node position: names, country and whether quoted (an empty English name: no entity, never shown). */
  names: { en: string[]; ru: string[]; countries: (string | null)[]; isQuoted: boolean[] };
  /**
   * The paragraph numbers of node n's mentions are mentionNumbers[mentionStart[n] ..
   * mentionStart[n + 1]): one typed array for all nodes, not 20,000 small ones at ×1000.
   */
  mentionStart: Int32Array;
  /** Null while network-paragraphs.json is not at hand (see paragraphNumbers). */
  mentionNumbers: Int32Array | null;
  /** The same for edge e's paragraphs. */
  edgeStart: Int32Array;
  edgeNumbers: Int32Array | null;
  /** The last filters' passingParagraphs (filters objects are replaced, never changed, by the store). */
  lastPassing: { filters: DataFilters; passing: Uint8Array | null } | null;
  /** Per language, the node labels (parallel to the nodes). */
  labels: Map<Language, { label: string; shortLabel: string; compactLabel: string }[]>;
  /** Per language, the order of names (the collator's), for sorting ties without comparing strings. */
  ranks: Map<Language, NameRanks>;
}

/** Node positions in a language's order of names, and each position's place in it. */
interface NameRanks {
  positions: readonly number[];
  rankOf: Int32Array;
}

const INDEXES = new WeakMap<object, WeakMap<object, WeakMap<object, WeakMap<object, NetworkIndex>>>>();
/** Stands for a file the network's version does not need, in the memo chain. */
const NOT_NEEDED = {};

/** The memo chain network → mentions → entities → articles, so any new file builds a new index. */
function memoIndex(data: NetworkInputs): NetworkIndex {
  const isSelfContained = !needsEntities(data.network);
  const mentions = needsMentions(data.network) ? (data.mentions ?? NOT_NEEDED) : NOT_NEEDED;
  const entities = isSelfContained ? NOT_NEEDED : (data.entities ?? NOT_NEEDED);
  const articles = isSelfContained ? NOT_NEEDED : (data.articles ?? NOT_NEEDED);
  const byNetwork = INDEXES.get(data.network) ?? new WeakMap();
  INDEXES.set(data.network, byNetwork);
  const byMentions = byNetwork.get(mentions) ?? new WeakMap();
  byNetwork.set(mentions, byMentions);
  const byEntities = byMentions.get(entities) ?? new WeakMap();
  byMentions.set(entities, byEntities);
  let index = byEntities.get(articles);
  if (!index) {
    index = buildNetworkIndex(data);
    byEntities.set(articles, index);
  }
  return index;
}

/** Per node, names from the columns, or from entities.json for a version from before them. */
function namesOf(data: NetworkInputs): NetworkIndex['names'] {
  if (data.network.names) return data.network.names;
  const people = new Map((data.entities?.people ?? []).map((person) => [person.id, person]));
  const organisations = new Map((data.entities?.organisations ?? []).map((organisation) => [organisation.id, organisation]));
  const entities = data.network.nodes.ids.map((id) => people.get(id) ?? organisations.get(id));
  return {
    en: entities.map((entity) => entity?.nameEn ?? ''),
    ru: entities.map((entity) => entity?.nameRu ?? ''),
    countries: entities.map((entity) => entity?.country ?? null),
    isQuoted: data.network.nodes.ids.map((id) => people.get(id)?.isQuoted ?? false),
  };
}

/** @internal Exported for tests. */
export function buildNetworkIndex(data: NetworkInputs): NetworkIndex {
  const { network } = data;
  const { ids, paragraphCounts } = network.articles;
  const years = network.articles.years;
  let articleYears: Float64Array;
  if (years) articleYears = Float64Array.from(years);
  else {
    const byId = new Map((data.articles?.articles ?? []).map((article) => [article.id, publicationYear(article)]));
    articleYears = Float64Array.from(ids, (id) => byId.get(id) ?? NaN);
  }
  const bases = new Int32Array(ids.length + 1);
  for (let at = 0; at < ids.length; at++) bases[at + 1] = bases[at]! + paragraphCounts[at]!;
  const articleOf: number[] = [];
  for (let at = 0; at < ids.length; at++) for (let paragraph = 0; paragraph < paragraphCounts[at]!; paragraph++) articleOf.push(at);
  const topicLists = network.topicLists;
  const topicsOf = [...network.paragraphTopics];
  const nodeCount = network.nodes.ids.length;
  const mentionStart = new Int32Array(nodeCount + 1);
  let mentionNumbers: Int32Array | null = null;
  if (network.nodes.mentionParagraphs !== null) {
    for (let at = 0; at < nodeCount; at++) mentionStart[at + 1] = mentionStart[at]! + network.nodes.mentionCounts[at]!;
    if (network.nodes.mentionParagraphs) mentionNumbers = Int32Array.from(network.nodes.mentionParagraphs);
  } else {
    // A version from before mentionParagraphs: count from its mentions.json, as its view did. A
    // paragraph no edge or topic list numbered gets a number of its own, with no topics (it
    // passes when no topic is chosen); one of an article the network never met, none.
    const articleAt = new Map(ids.map((id, at) => [id, at]));
    const extra = new Map<string, number>();
    let noTopics = topicLists.findIndex((list) => list.length === 0);
    const byNode = network.nodes.ids.map((): number[] => []);
    const nodeAt = new Map(network.nodes.ids.map((id, position) => [id, position]));
    for (const mention of data.mentions?.mentions ?? []) {
      if (mention.role === 'credit' || mention.entityKind === 'place') continue;
      const node = nodeAt.get(mention.entity);
      const article = articleAt.get(mention.article);
      if (node === undefined || article === undefined) continue;
      let number =
        mention.paragraph < paragraphCounts[article]! ? bases[article]! + mention.paragraph : extra.get(`${article} ${mention.paragraph}`);
      if (number === undefined) {
        if (noTopics < 0) noTopics = topicLists.push([]) - 1;
        number = articleOf.push(article) - 1;
        topicsOf.push(noTopics);
        extra.set(`${article} ${mention.paragraph}`, number);
      }
      byNode[node]!.push(number);
    }
    for (let at = 0; at < nodeCount; at++) mentionStart[at + 1] = mentionStart[at]! + byNode[at]!.length;
    mentionNumbers = Int32Array.from(byNode.flat());
  }
  const { weights } = network.edges;
  const edgeStart = new Int32Array(weights.length + 1);
  for (let at = 0; at < weights.length; at++) edgeStart[at + 1] = edgeStart[at]! + weights[at]!;
  const paragraphArticle = Int32Array.from(articleOf);
  const paragraphTopics = Int32Array.from(topicsOf);
  return {
    articleYears,
    topicLists,
    paragraphArticle,
    paragraphTopics,
    usedArticles: distinct(paragraphArticle),
    usedTopicLists: distinct(paragraphTopics),
    names: namesOf(data),
    mentionStart,
    mentionNumbers,
    edgeStart,
    edgeNumbers: network.edges.paragraphs ? Int32Array.from(network.edges.paragraphs) : null,
    lastPassing: null,
    labels: new Map(),
    ranks: new Map(),
  };
}

function nodeLabels(data: NetworkInputs, index: NetworkIndex, language: Language) {
  let labels = index.labels.get(language);
  if (!labels) {
    const { kinds } = data.network.nodes;
    labels = index.names.en.map((en, position) => {
      const label = en ? pick(language, en, index.names.ru[position]) : '';
      return {
        label,
        shortLabel: shortenLabel(label),
        // A person's surname, for narrow charts (as newspapers name people on a second mention).
        compactLabel: kinds[position] === 'person' ? (label.split(' ').at(-1) ?? label) : shortenLabel(label),
      };
    });
    index.labels.set(language, labels);
  }
  return labels;
}

/** The language's alphabetical order of names by node position (equal names keep the dataset's order). */
function labelRanks(data: NetworkInputs, language: Language): NameRanks {
  const index = memoIndex(data);
  let ranks = index.ranks.get(language);
  if (!ranks) {
    const { names } = data.network;
    const ids = data.network.nodes.ids;
    // The build sorted the names (network-columns.ts). An older version's are sorted here; the
    // prerendered page's order is then replayed on hydration: a collator's first construction
    // loads the language's collation data, tens of ms on a slow phone.
    const positions = names
      ? language === 'ru'
        ? names.orderRu
        : names.orderEn
      : memoAcrossPrerender('network-ranks', `${language} ${ids.length}`, () => {
          const labels = nodeLabels(data, index, language);
          return nameOrder(
            labels.map((entry) => entry.label),
            language,
          );
        });
    const rankOf = new Int32Array(ids.length);
    positions.forEach((position, rank) => (rankOf[position] = rank));
    ranks = { positions, rankOf };
    index.ranks.set(language, ranks);
  }
  return ranks;
}

/**
 * Indexes into `graph.nodes`, the most mentioned first, ties by name (as a collator orders them).
 * Each node's key (fewer mentions, then later names, give larger keys) is one number, unique per
 * node, so a numeric typed-array sort orders them without a comparator, and the rank inside the
 * key gives the node back.
 */
function mentionOrder(graph: NetworkGraph, ranks: NameRanks): number[] {
  const { nodes } = graph;
  const positions = graphPositions(graph).nodes;
  const count = ranks.rankOf.length;
  let most = 0;
  for (const node of nodes) most = Math.max(most, node.mentions);
  const indexAt = new Int32Array(count);
  const keys = new Float64Array(nodes.length);
  for (let at = 0; at < nodes.length; at++) {
    indexAt[positions[at]!] = at;
    keys[at] = (most - nodes[at]!.mentions) * count + ranks.rankOf[positions[at]!]!;
  }
  keys.sort();
  return Array.from(keys, (key) => indexAt[ranks.positions[key % count]!]!);
}

/** Each graph node's position in the universe's columns, and each link's ends'. */
interface GraphPositions {
  nodes: Int32Array;
  sources: Int32Array;
  targets: Int32Array;
}

/** Positions recorded by buildNetworkGraph for its own graphs (the node and link arrays it made). */
const POSITIONS_OF_GRAPH = new WeakMap<object, GraphPositions>();

/** A graph's positions: as buildNetworkGraph recorded them, else looked up by id. */
function graphPositions(graph: NetworkGraph): GraphPositions {
  const recorded = POSITIONS_OF_GRAPH.get(graph.nodes);
  if (recorded && POSITIONS_OF_GRAPH.get(graph.links) === recorded) return recorded;
  const positionOf = positionsById(graph.universe);
  const at = (id: string) => positionOf.get(id) ?? -1;
  return {
    nodes: Int32Array.from(graph.nodes, (node) => at(node.id)),
    sources: Int32Array.from(graph.links, (link) => at(link.source)),
    targets: Int32Array.from(graph.links, (link) => at(link.target)),
  };
}

/**
 * Per paragraph number, whether it passes the filters (1) or not (0); null when every paragraph
 * passes. That case is told from the articles and topic lists that number a paragraph, with no
 * pass over the 84,000 paragraphs of ×1000 (a filter cleared is the most common change).
 */
function passingParagraphs(index: NetworkIndex, filters: DataFilters): Uint8Array | null {
  // The route asks first (needsParagraphs), then the graph, for the same filters object.
  if (index.lastPassing?.filters === filters) return index.lastPassing.passing;
  // The year test once per article, the topic test once per distinct topic list, not per paragraph.
  const articlePasses = Uint8Array.from(index.articleYears, (year) => (!Number.isNaN(year) && overlapsYears(year, year, filters) ? 1 : 0));
  const topicsPass = Uint8Array.from(index.topicLists, (topics) => (matchesTopics(topics, filters) ? 1 : 0));
  let passing: Uint8Array | null = null;
  if (!index.usedArticles.every((at) => articlePasses[at] === 1) || !index.usedTopicLists.every((at) => topicsPass[at] === 1)) {
    passing = new Uint8Array(index.paragraphArticle.length);
    for (let number = 0; number < passing.length; number++)
      passing[number] = articlePasses[index.paragraphArticle[number]!]! & topicsPass[index.paragraphTopics[number]!]!;
  }
  index.lastPassing = { filters, passing };
  return passing;
}

/** The distinct values of a list of small non-negative integers, ascending. */
function distinct(values: Int32Array): Int32Array {
  let most = 0;
  for (let at = 0; at < values.length; at++) most = Math.max(most, values[at]! + 1);
  const seen = new Uint8Array(most);
  for (let at = 0; at < values.length; at++) seen[values[at]!] = 1;
  const out: number[] = [];
  for (let value = 0; value < most; value++) if (seen[value]) out.push(value);
  return Int32Array.from(out);
}

const PARAGRAPH_NUMBERS = new WeakMap<object, { mentionNumbers: Int32Array; edgeNumbers: Int32Array }>();

/** The paragraph numbers of mentions and edges: the index's, or network-paragraphs.json's (memoised on that file). */
function paragraphNumbers(data: NetworkInputs, index: NetworkIndex): { mentionNumbers: Int32Array; edgeNumbers: Int32Array } {
  if (index.mentionNumbers && index.edgeNumbers) return { mentionNumbers: index.mentionNumbers, edgeNumbers: index.edgeNumbers };
  const file = data['network-paragraphs'];
  // The route waits for the file before drawing under a filter (needsParagraphs).
  if (!file) throw new Error('network-paragraphs.json is needed to filter this network');
  let numbers = PARAGRAPH_NUMBERS.get(file);
  if (!numbers) {
    numbers = { mentionNumbers: Int32Array.from(file.mentionParagraphs), edgeNumbers: Int32Array.from(file.edgeParagraphs) };
    PARAGRAPH_NUMBERS.set(file, numbers);
  }
  return numbers;
}

export function buildNetworkGraph(data: NetworkInputs, filters: DataFilters, language: Language = 'en'): NetworkGraph {
  const index = memoIndex(data);
  // When every paragraph passes (no filter set), a node's count is its number of mentions and a
  // link's weight its number of paragraphs: the index's spans, with no paragraph to test (nor
  // network-paragraphs.json to wait for).
  const passing = passingParagraphs(index, filters);
  const isEveryPassing = passing === null;
  const { mentionNumbers, edgeNumbers: numbers } = isEveryPassing
    ? { mentionNumbers: null, edgeNumbers: null }
    : paragraphNumbers(data, index);
  const labels = nodeLabels(data, index, language);
  const { ids, kinds, x, y } = data.network.nodes;
  const { ru, countries, isQuoted } = index.names;
  const nodes: GraphNode[] = [];
  const nodePositions: number[] = [];
  /** By node position: whether the node is in the filtered graph (typed, not a Set of ids: 20,000 of them at ×1000). */
  const present = new Uint8Array(ids.length);
  for (let position = 0; position < ids.length; position++) {
    if (!index.names.en[position]) continue; // never show an id in place of a name
    let mentions = isEveryPassing ? index.mentionStart[position + 1]! - index.mentionStart[position]! : 0;
    if (!isEveryPassing)
      for (let at = index.mentionStart[position]!, end = index.mentionStart[position + 1]!; at < end; at++)
        mentions += passing![mentionNumbers![at]!]!;
    if (mentions === 0) continue;
    present[position] = 1;
    nodePositions.push(position);
    const { label, shortLabel, compactLabel } = labels[position]!;
    // Fields written out, not spread: spreading 20,000 objects cost hundreds of ms in V8 (measured).
    nodes.push({
      id: ids[position]!,
      kind: kinds[position]!,
      label,
      shortLabel,
      compactLabel,
      labelRu: ru[position] || index.names.en[position]!,
      country: (countries[position] ?? 'unknown') as CountryKey,
      mentions,
      isQuoted: isQuoted[position]!,
      ux: x[position]!,
      uy: y[position]!,
    });
  }
  const links: GraphLink[] = [];
  const linkSources: number[] = [];
  const linkTargets: number[] = [];
  const { sources, targets } = data.network.edges;
  for (let position = 0; position < sources.length; position++) {
    const source = sources[position]!;
    const target = targets[position]!;
    if (!present[source] || !present[target]) continue;
    let shared = isEveryPassing ? index.edgeStart[position + 1]! - index.edgeStart[position]! : 0;
    if (!isEveryPassing)
      for (let at = index.edgeStart[position]!, end = index.edgeStart[position + 1]!; at < end; at++) shared += passing![numbers![at]!]!;
    if (shared > 0) {
      links.push({ source: ids[source]!, target: ids[target]!, weight: shared });
      linkSources.push(source);
      linkTargets.push(target);
    }
  }
  // Kept beside the graph (not in its nodes): the layout and the sort read positions, not ids.
  const positions = { nodes: Int32Array.from(nodePositions), sources: Int32Array.from(linkSources), targets: Int32Array.from(linkTargets) };
  POSITIONS_OF_GRAPH.set(nodes, positions);
  POSITIONS_OF_GRAPH.set(links, positions);
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
  const { radius, x, y } = fitUniverse(graph.universe, width, height);
  const centre = { x: width / 2, y: height / 2 };
  const positions = graphPositions(graph);
  // Fields written out, not spread (see buildNetworkGraph); no map of placed nodes: the links'
  // ends are the same fitted positions.
  const nodes = graph.nodes.map((node, index): PlacedNode => {
    const position = positions.nodes[index]!;
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
      x: position < 0 ? centre.x : x[position]!,
      y: position < 0 ? centre.y : y[position]!,
    };
  });
  return {
    nodes,
    links: graph.links.map((link, index) => {
      const a = positions.sources[index]!;
      const b = positions.targets[index]!;
      const { source, target, weight } = link;
      return {
        source,
        target,
        weight,
        x1: a < 0 ? centre.x : x[a]!,
        y1: a < 0 ? centre.y : y[a]!,
        x2: b < 0 ? centre.x : x[b]!,
        y2: b < 0 ? centre.y : y[b]!,
        width: linkWidth(weight),
      };
    }),
  };
}

interface UniverseFit {
  radius: (mentions: number) => number;
  /** Fitted pixel positions by node position. */
  x: number[];
  y: number[];
}

const FITS = new WeakMap<object, Map<string, UniverseFit>>();
const POSITIONS = new WeakMap<object, Map<string, number>>();

/** Node id → position in the universe's columns (for graphs not built here, such as the tests' references). */
function positionsById(universe: NetworkGraph['universe']): Map<string, number> {
  let positionOf = POSITIONS.get(universe);
  if (!positionOf) POSITIONS.set(universe, (positionOf = new Map(universe.nodes.ids.map((id, position) => [id, position]))));
  return positionOf;
}

/**
 * The whole network fitted to a box, memoised on the (immutable) universe and the box size: a
 * filter change does not refit, and the fit does not depend on the filters anyway.
 */
function fitUniverse(source: NetworkGraph['universe'], width: number, height: number): UniverseFit {
  const bySize = FITS.get(source) ?? new Map<string, UniverseFit>();
  FITS.set(source, bySize);
  const key = `${width}x${height}`;
  let fit = bySize.get(key);
  if (!fit) {
    const { ids, mentionCounts } = source.nodes;
    let maxMentions = 0;
    for (const count of mentionCounts) maxMentions = Math.max(maxMentions, count);
    const scale = radiusScale(maxMentions, { width, height });
    // A few hundred distinct counts for 20,000 nodes: each radius is computed once.
    const radii = new Map<number, number>();
    const radius = (mentions: number) => {
      let value = radii.get(mentions);
      if (value === undefined) radii.set(mentions, (value = scale(mentions)));
      return value;
    };
    // The prerendered page's fit is replayed on hydration (as plain arrays: JSON gives them back).
    const fitted = memoAcrossPrerender(`network-fit`, `${key} ${ids.length} ${source.edges.sources.length}`, () => {
      const box = fitColumnsToBox(
        {
          x: source.nodes.x,
          y: source.nodes.y,
          radius: mentionCounts.map(radius),
          sources: source.edges.sources,
          targets: source.edges.targets,
        },
        { width, height },
      );
      return { x: Array.from(box.x), y: Array.from(box.y) };
    });
    fit = { radius, x: fitted.x, y: fitted.y };
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
  /** The same order as indexes into `graph.nodes` (and `layout.nodes`, parallel to them). */
  mentionOrder: number[];
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
  // One pass over each list (30,000 links at ×1000: no spread into Math.max, no copies).
  const countries = new Set<CountryKey>();
  let hasQuoted = false;
  let hasOrganisation = false;
  for (const node of graph.nodes) {
    countries.add(node.country);
    hasQuoted ||= node.isQuoted;
    hasOrganisation ||= node.kind === 'organisation';
  }
  let maxWeight = 0;
  for (const link of graph.links) maxWeight = Math.max(maxWeight, link.weight);
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
    ...(hasQuoted ? [{ label: t('network.legendQuoted'), colour: INK, shape: 'hollow-dot' } satisfies LegendItem] : []),
    ...(hasOrganisation
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
  const order = mentionOrder(graph, labelRanks(data, locale.language));
  const byMentions = order.map((at) => graph.nodes[at]!);
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
    mentionOrder: order,
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
