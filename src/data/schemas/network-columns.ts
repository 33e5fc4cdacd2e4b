/**
 * network.json in columns: one array per field instead of one object per node, edge and
 * paragraph. At ×1000 the object form held 20,000 nodes, 30,000 edges and 150,000
 * `{ article, paragraph }` pairs (32 MB): parsing and indexing it was most of the view's first
 * render. Here paragraphs are numbered across the corpus (an article's paragraphs in order,
 * articles one after another), edges name their ends by node position, and the names, countries
 * and name orders the first paint needs are inside, so the view need not wait for entities.json
 * and articles.json.
 *
 * `packNetwork` turns the object form (what the pipeline builds, and what versions before this
 * change hold) into columns; the migration step (migrate.ts) runs it on those older files, which
 * then have no names, years or orders (null) and are read with their entities.json and
 * articles.json, as their views did. `unpackNetwork` gives the object form back (tests prove the
 * round trip). Types stand beside their rules in dataset.ts (see compact.ts for why).
 *
 * The build writes the columns as two files (`splitNetwork`): network.json, what the first paint
 * draws, and network-paragraphs.json, the two paragraph lists only a topic or year filter reads
 * (a quarter of the columns at ×1000), fetched when a filter first needs it. Versions from before the
 * split hold both in network.json, and are read from there.
 */

/** The object form: what the pipeline builds and what versions written before the columns hold. */
export interface NetworkObjects {
  nodes: { id: string; kind: 'person' | 'organisation'; mentionCount: number; articleCount: number; x: number; y: number }[];
  edges: { source: string; target: string; weight: number; paragraphs: { article: string; paragraph: number }[] }[];
  /** By node and article, the paragraph of every mention; null in versions from before it. */
  mentionParagraphs: Record<string, Record<string, number[]>> | null;
  /** By article, each paragraph's topic ids ({} in versions from before it). */
  paragraphTopics: Record<string, string[][]>;
}

/** What the data build knows beside the object form: each article's year and each node's names. */
export interface NetworkExtras {
  articles: { id: string; year: number }[];
  /** By node id; a node without one gets empty names (the view never shows a node without a name). */
  entities: Map<string, { nameEn: string; nameRu: string; country: string | null; isQuoted: boolean }>;
}

export interface NetworkColumns {
  articles: {
    ids: string[];
    /** Publication year of each article (what the year filter reads); null when read from articles.json. */
    years: number[] | null;
    /** Paragraphs per article: article a's are numbered from the sum of the counts before it. */
    paragraphCounts: number[];
  };
  /** The distinct topic lists of paragraphs. */
  topicLists: string[][];
  /** By paragraph number, its topic list (an index into topicLists). */
  paragraphTopics: number[];
  nodes: {
    ids: string[];
    kinds: ('person' | 'organisation')[];
    mentionCounts: number[];
    articleCounts: number[];
    /** Position in the unit square, from the build-time layout. */
    x: number[];
    y: number[];
    /**
     * Paragraph numbers of every mention (credits excepted), node after node: node n has
     * mentionCounts[n] of them. Null in versions from before (the view counts from mentions.json).
     */
    mentionParagraphs: number[] | null;
  };
  /** Per node, what the chart writes and colours; null when read from entities.json. */
  names: {
    en: string[];
    ru: string[];
    countries: (string | null)[];
    isQuoted: boolean[];
    /** Node positions in each language's alphabetical order of names (a collator's): ties broken without one. */
    orderEn: number[];
    orderRu: number[];
  } | null;
  edges: {
    /** Node positions of each edge's ends. */
    sources: number[];
    targets: number[];
    /** Paragraphs shared by the two: edge e has weights[e] of `paragraphs`, edge after edge. */
    weights: number[];
    paragraphs: number[];
  };
}

/** network-paragraphs.json: the columns' two paragraph lists, apart (see splitNetwork). */
export interface NetworkParagraphs {
  /** The columns' nodes.mentionParagraphs. */
  mentionParagraphs: number[];
  /** The columns' edges.paragraphs. */
  edgeParagraphs: number[];
}

/** network.json since the split: the columns without their paragraph lists. */
export type NetworkFirstPaint = Omit<NetworkColumns, 'nodes' | 'edges'> & {
  nodes: Omit<NetworkColumns['nodes'], 'mentionParagraphs'>;
  edges: Omit<NetworkColumns['edges'], 'paragraphs'>;
};

/** The columns as the two files the build writes, by dataset id. */
export function splitNetwork(columns: NetworkColumns & { nodes: { mentionParagraphs: number[] } }): {
  network: NetworkFirstPaint;
  'network-paragraphs': NetworkParagraphs;
} {
  const { mentionParagraphs, ...nodes } = columns.nodes;
  const { paragraphs, ...edges } = columns.edges;
  return { network: { ...columns, nodes, edges }, 'network-paragraphs': { mentionParagraphs, edgeParagraphs: paragraphs } };
}

/**
 * network.json as read: since the split without the paragraph lists; before it with them (and,
 * before `mentionParagraphs`, with null there).
 */
export type NetworkFileColumns = NetworkFirstPaint & {
  nodes: { mentionParagraphs?: number[] | null };
  edges: { paragraphs?: number[] };
};

/** The columns whole: network.json's, with network-paragraphs.json's lists when it holds them apart. */
export function wholeNetwork(network: NetworkFileColumns, paragraphs?: NetworkParagraphs): NetworkColumns {
  const { mentionParagraphs = null, ...nodes } = network.nodes;
  const { paragraphs: edgeParagraphs, ...edges } = network.edges;
  if (edgeParagraphs) return { ...network, nodes: { ...nodes, mentionParagraphs }, edges: { ...edges, paragraphs: edgeParagraphs } };
  if (!paragraphs) throw new Error('network.json holds its paragraph lists apart: network-paragraphs.json is needed');
  return {
    ...network,
    nodes: { ...nodes, mentionParagraphs: paragraphs.mentionParagraphs },
    edges: { ...edges, paragraphs: paragraphs.edgeParagraphs },
  };
}

/**
 * Why these paragraph lists cannot belong to this network.json (null when they can): as long as
 * its counts say, numbering only its paragraphs. The two files are checked apart at the boundary,
 * so this is the one check that spans them.
 */
export function paragraphsMismatch(network: NetworkFirstPaint, paragraphs: NetworkParagraphs): string | null {
  const sum = (list: number[]) => list.reduce((total, count) => total + count, 0);
  const count = sum(network.articles.paragraphCounts);
  for (const [name, list, expected] of [
    ['mentionParagraphs', paragraphs.mentionParagraphs, sum(network.nodes.mentionCounts)],
    ['edgeParagraphs', paragraphs.edgeParagraphs, sum(network.edges.weights)],
  ] as const) {
    if (list.length !== expected) return `${name} has ${list.length} entries, network.json counts ${expected}`;
    if (list.some((number) => number >= count)) return `${name} names a paragraph network.json does not have`;
  }
  return null;
}

/** Node positions sorted by these names, as `localeCompare(b, language)` orders them (ties keep positions). */
export function nameOrder(names: string[], language: string): number[] {
  const compare = new Intl.Collator(language).compare;
  return names.map((_, position) => position).sort((a, b) => compare(names[a]!, names[b]!));
}

/**
 * Columns from the object form. Articles are numbered in the order of `extras.articles` (else of
 * paragraphTopics, then as met); an article's paragraph count covers its topic list and every
 * paragraph referenced, so a version without topics still numbers each paragraph once.
 */
export function packNetwork(network: NetworkObjects, extras: NetworkExtras | null = null): NetworkColumns {
  const articleIds: string[] = [];
  const articleAt = new Map<string, number>();
  const counts: number[] = [];
  const articleOf = (id: string) => {
    let at = articleAt.get(id);
    if (at === undefined) {
      articleAt.set(id, (at = articleIds.push(id) - 1));
      counts.push(network.paragraphTopics[id]?.length ?? 0);
    }
    return at;
  };
  for (const { id } of extras?.articles ?? []) articleOf(id);
  for (const id in network.paragraphTopics) articleOf(id);
  const see = (article: string, paragraph: number) => {
    const at = articleOf(article);
    if (paragraph >= counts[at]!) counts[at] = paragraph + 1;
  };
  for (const edge of network.edges) for (const place of edge.paragraphs) see(place.article, place.paragraph);
  for (const entity in network.mentionParagraphs ?? {})
    for (const [article, paragraphs] of Object.entries(network.mentionParagraphs![entity]!))
      for (const paragraph of paragraphs) see(article, paragraph);
  const bases: number[] = [];
  let total = 0;
  for (const count of counts) {
    bases.push(total);
    total += count;
  }
  const numberOf = (article: string, paragraph: number) => bases[articleAt.get(article)!]! + paragraph;

  const topicLists: string[][] = [];
  const listAt = new Map<string, number>();
  const paragraphTopics: number[] = [];
  articleIds.forEach((id, at) => {
    const topics = network.paragraphTopics[id] ?? [];
    for (let paragraph = 0; paragraph < counts[at]!; paragraph++) {
      const list = topics[paragraph] ?? [];
      const key = list.join('\n');
      let index = listAt.get(key);
      if (index === undefined) listAt.set(key, (index = topicLists.push(list) - 1));
      paragraphTopics.push(index);
    }
  });

  const nodes = network.nodes;
  const nodeAt = new Map(nodes.map((node, position) => [node.id, position]));
  const mentions = network.mentionParagraphs;
  const years = extras ? new Map(extras.articles.map((article) => [article.id, article.year])) : null;
  const entity = (id: string) => extras?.entities.get(id);
  const en = nodes.map((node) => entity(node.id)?.nameEn ?? '');
  const ru = nodes.map((node) => entity(node.id)?.nameRu ?? '');
  return {
    // An article met only in the network (none in the build) has no year: NaN would not survive JSON, 0 never passes a year filter.
    articles: { ids: articleIds, years: years && articleIds.map((id) => years.get(id) ?? 0), paragraphCounts: counts },
    topicLists,
    paragraphTopics,
    nodes: {
      ids: nodes.map((node) => node.id),
      kinds: nodes.map((node) => node.kind),
      mentionCounts: nodes.map((node) => node.mentionCount),
      articleCounts: nodes.map((node) => node.articleCount),
      x: nodes.map((node) => node.x),
      y: nodes.map((node) => node.y),
      mentionParagraphs:
        mentions &&
        nodes.flatMap((node) =>
          Object.entries(mentions[node.id] ?? {}).flatMap(([article, paragraphs]) =>
            paragraphs.map((paragraph) => numberOf(article, paragraph)),
          ),
        ),
    },
    names: extras && {
      en,
      ru,
      countries: nodes.map((node) => entity(node.id)?.country ?? null),
      isQuoted: nodes.map((node) => entity(node.id)?.isQuoted ?? false),
      orderEn: nameOrder(en, 'en'),
      orderRu: nameOrder(
        ru.map((name, position) => name || en[position]!),
        'ru',
      ),
    },
    edges: {
      sources: network.edges.map((edge) => nodeAt.get(edge.source) ?? -1),
      targets: network.edges.map((edge) => nodeAt.get(edge.target) ?? -1),
      weights: network.edges.map((edge) => edge.paragraphs.length),
      paragraphs: network.edges.flatMap((edge) => edge.paragraphs.map((place) => numberOf(place.article, place.paragraph))),
    },
  };
}

/** The article and paragraph index of every paragraph number. */
export function paragraphPlaces(columns: Pick<NetworkColumns, 'articles'>): { article: string; paragraph: number }[] {
  const { ids, paragraphCounts } = columns.articles;
  return ids.flatMap((article, at) => Array.from({ length: paragraphCounts[at]! }, (_, paragraph) => ({ article, paragraph })));
}

/**
 * The object form back from columns (for tests and readers of the old shape). Each node's mention
 * paragraphs come back grouped by article in the order first met, as the build wrote them.
 */
export function unpackNetwork(columns: NetworkColumns): NetworkObjects {
  const places = paragraphPlaces(columns);
  const { nodes, edges } = columns;
  let next = 0;
  const mentionParagraphs =
    nodes.mentionParagraphs &&
    Object.fromEntries(
      nodes.ids.map((id, position) => {
        const byArticle: Record<string, number[]> = {};
        for (let left = nodes.mentionCounts[position]!; left > 0; left--) {
          const place = places[nodes.mentionParagraphs![next++]!]!;
          (byArticle[place.article] ??= []).push(place.paragraph);
        }
        return [id, byArticle];
      }),
    );
  const paragraphTopics: Record<string, string[][]> = {};
  places.forEach((place, number) => (paragraphTopics[place.article] ??= []).push(columns.topicLists[columns.paragraphTopics[number]!]!));
  let at = 0;
  return {
    nodes: nodes.ids.map((id, position) => ({
      id,
      kind: nodes.kinds[position]!,
      mentionCount: nodes.mentionCounts[position]!,
      articleCount: nodes.articleCounts[position]!,
      x: nodes.x[position]!,
      y: nodes.y[position]!,
    })),
    edges: edges.sources.map((source, edge) => ({
      source: nodes.ids[source]!,
      target: nodes.ids[edges.targets[edge]!]!,
      weight: edges.weights[edge]!,
      paragraphs: Array.from({ length: edges.weights[edge]! }, () => places[edges.paragraphs[at++]!]!),
    })),
    mentionParagraphs,
    paragraphTopics,
  };
}
