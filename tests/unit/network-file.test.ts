/**
 * network.json, in columns (network-columns.ts), carries each node's mention paragraphs, names
 * and the articles' years, so the network view need not load mentions.json, entities.json or
 * articles.json: the mentions are exactly those the view counted before (credits and places left
 * out), one entry per mention. Versions frozen before the columns are packed by the migration
 * step and read with their own entities.json and articles.json (and, before the mention
 * paragraphs, mentions.json), as their views did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_OUTPUT_SCHEMAS, DATASET_SCHEMAS, type DatasetFiles, type Network } from '../../src/data/schemas/dataset';
import { migrateNetworkFile } from '../../src/data/schemas/migrate';
import {
  packNetwork,
  paragraphsMismatch,
  splitNetwork,
  unpackNetwork,
  wholeNetwork,
  type NetworkColumns,
  type NetworkObjects,
  type NetworkParagraphs,
} from '../../src/data/schemas/network-columns';
import { buildNetworkGraph, hasParagraphsApart, needsEntities, needsMentions } from '../../src/features/network/build-network';
import { NO_FILTERS } from '../../src/lib/filters';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
const load = <K extends keyof DatasetFiles>(file: string, id: K) => DATASET_SCHEMAS[id].parse(read(file)) as DatasetFiles[K];

/** "entity article paragraph" once per mention the network counts, sorted. */
function fromMentions(mentions: DatasetFiles['mentions']): string[] {
  return mentions.mentions
    .filter((mention) => mention.role !== 'credit' && mention.entityKind !== 'place')
    .map((mention) => `${mention.entity} ${mention.article} ${mention.paragraph}`)
    .sort();
}

function fromNetwork(network: DatasetFiles['network'], paragraphs?: NetworkParagraphs): string[] {
  return Object.entries(unpackNetwork(wholeNetwork(network, paragraphs)).mentionParagraphs ?? {})
    .flatMap(([entity, byArticle]) =>
      Object.entries(byArticle).flatMap(([article, paragraphs]) => paragraphs.map((paragraph) => `${entity} ${article} ${paragraph}`)),
    )
    .sort();
}

describe('network.json', () => {
  const files = loadAllDatasets();
  // What the build writes today: every column present.
  const data = { ...files, network: DATASET_OUTPUT_SCHEMAS.network.parse(files.network) };
  const paragraphs = DATASET_OUTPUT_SCHEMAS['network-paragraphs'].parse(files['network-paragraphs']);
  const whole = wholeNetwork(data.network, paragraphs);

  it('lists every mention the network counts, where mentions.json has it, and each node’s add up to its count', () => {
    expect(fromNetwork(data.network, paragraphs)).toEqual(fromMentions(data.mentions));
    expect(fromNetwork(data.network, paragraphs).length).toBeGreaterThan(50);
    const { mentionParagraphs } = unpackNetwork(whole);
    for (const node of unpackNetwork(whole).nodes) {
      const listed = Object.values(mentionParagraphs![node.id] ?? {}).flat();
      expect(listed.length, node.id).toBe(node.mentionCount);
    }
    expect(Object.keys(mentionParagraphs!).sort()).toEqual([...data.network.nodes.ids].sort());
  });

  it('names every node as entities.json does, with the articles’ years, so the view needs neither', () => {
    const entities = new Map([...data.entities.people, ...data.entities.organisations].map((entity) => [entity.id, entity]));
    const { names } = data.network;
    data.network.nodes.ids.forEach((id, position) => {
      const entity = entities.get(id)!;
      expect([names.en[position], names.ru[position], names.countries[position]], id).toEqual([
        entity.nameEn,
        entity.nameRu,
        entity.country,
      ]);
      expect(names.isQuoted[position], id).toBe(data.entities.people.find((person) => person.id === id)?.isQuoted ?? false);
    });
    const years = new Map(data.articles.articles.map((article) => [article.id, Number(article.published.date.slice(0, 4))]));
    expect(data.network.articles.years).toEqual(data.network.articles.ids.map((id) => years.get(id)));
    // Name orders: the collator's, as the view sorted before.
    expect(names.orderEn.map((position) => names.en[position])).toEqual([...names.en].sort(new Intl.Collator('en').compare));
    expect(names.orderRu.map((position) => names.ru[position])).toEqual([...names.ru].sort(new Intl.Collator('ru').compare));
    expect(needsEntities(data.network)).toBe(false);
  });

  it('numbers every paragraph of every article once, with the topics texts.json gives it', () => {
    const { ids, paragraphCounts } = data.network.articles;
    expect(ids).toEqual(data.texts.texts.map((text) => text.article));
    expect(paragraphCounts).toEqual(data.texts.texts.map((text) => text.paragraphs.length));
    const topics = data.texts.texts.flatMap((text) => text.paragraphs.map((paragraph) => paragraph.topics));
    expect(data.network.paragraphTopics.map((list) => data.network.topicLists[list])).toEqual(topics);
  });

  it('gives back the object form it was packed from (the round trip)', () => {
    const objects = unpackNetwork(whole);
    expect(
      packNetwork(objects, {
        articles: data.network.articles.ids.map((id, at) => ({ id, year: data.network.articles.years[at]! })),
        entities: new Map(
          data.network.nodes.ids.map((id, position) => [
            id,
            {
              nameEn: data.network.names.en[position]!,
              nameRu: data.network.names.ru[position]!,
              country: data.network.names.countries[position]!,
              isQuoted: data.network.names.isQuoted[position]!,
            },
          ]),
        ),
      }),
    ).toEqual(whole);
    // And the two files it is written as.
    expect(splitNetwork(whole as Parameters<typeof splitNetwork>[0])).toEqual({ network: data.network, 'network-paragraphs': paragraphs });
    expect(objects.edges.length).toBe(data.network.edges.sources.length);
    expect(objects.edges.every((edge) => edge.weight === edge.paragraphs.length && edge.source < edge.target)).toBe(true);
  });

  it('passes the migration step unchanged (the same object)', () => {
    const current = read('network.json');
    expect(migrateNetworkFile(current)).toBe(current);
    expect(needsMentions(data.network)).toBe(false);
  });

  it('holds its paragraph lists apart, in network-paragraphs.json, which fits it', () => {
    expect(hasParagraphsApart(data.network)).toBe(true);
    expect(paragraphsMismatch(data.network, paragraphs)).toBeNull();
    expect(paragraphs.edgeParagraphs.length).toBeGreaterThan(data.network.edges.sources.length);
  });

  it('is required whole in what the build writes', () => {
    const current = read('network.json') as Network;
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse(current).success).toBe(true);
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse({ ...current, names: null }).success).toBe(false);
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse({ ...current, nodes: { ...current.nodes, mentionParagraphs: null } }).success).toBe(
      false,
    );
    // The paragraph lists belong in network-paragraphs.json.
    const { nodes, edges } = wholeNetwork(current, read('network-paragraphs.json') as NetworkParagraphs);
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse({ ...current, edges }).success).toBe(false);
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse({ ...current, nodes }).success).toBe(false);
  });
});

describe('a frozen version from before the columns', () => {
  const versions = readdirSync(join(DATA_DIR, 'v')).filter((version) =>
    Array.isArray((read(`v/${version}/network.json`) as { nodes: unknown }).nodes),
  );

  it('exists (the versions frozen before this change)', () => {
    expect(versions).toEqual(expect.arrayContaining(['2f2f024c6cff', '53fa62d491e9', '8625b635813f', '56f78f931f9b']));
  });

  for (const version of versions) {
    it(`${version} reads through the migration, and its network counts and names from its own files`, () => {
      const network = load(`v/${version}/network.json`, 'network');
      const objects = read(`v/${version}/network.json`) as NetworkObjects;
      expect(network.names).toBeNull();
      expect(needsEntities(network)).toBe(true);
      const isBeforeMentionParagraphs = !('mentionParagraphs' in objects);
      expect(needsMentions(network)).toBe(isBeforeMentionParagraphs);
      const files = {
        network,
        mentions: load(`v/${version}/mentions.json`, 'mentions'),
        entities: load(`v/${version}/entities.json`, 'entities'),
        articles: load(`v/${version}/articles.json`, 'articles'),
      };
      const counted = new Map<string, number>();
      for (const line of fromMentions(files.mentions)) counted.set(line.split(' ')[0]!, (counted.get(line.split(' ')[0]!) ?? 0) + 1);
      const graph = buildNetworkGraph(files, NO_FILTERS);
      expect(graph.nodes.length).toBeGreaterThan(10);
      // No topic filter: every mention counts (2f2f024c6cff has no paragraph topics: each passes).
      for (const node of graph.nodes)
        expect(node.mentions, node.id).toBe(objects.nodes.find((entry) => entry.id === node.id)!.mentionCount);
      expect(graph.nodes.every((node) => counted.get(node.id) === node.mentions)).toBe(true);
      const names = new Map(files.entities.people.map((person) => [person.id, person.nameEn]));
      for (const node of graph.nodes) if (node.kind === 'person') expect(node.label).toBe(names.get(node.id));
      // Every edge, with its paragraphs in the same places.
      const unpacked = unpackNetwork(wholeNetwork(network));
      expect(unpacked.edges).toEqual(objects.edges);
      expect(unpacked.nodes).toEqual(objects.nodes);
      if (!isBeforeMentionParagraphs) expect(unpacked.mentionParagraphs).toEqual(objects.mentionParagraphs);
    });
  }
});

describe('a frozen version from before the split', () => {
  const versions = readdirSync(join(DATA_DIR, 'v')).filter((version) => {
    const file = read(`v/${version}/network.json`) as { nodes: unknown; edges: { paragraphs?: unknown } };
    return !Array.isArray(file.nodes) && file.edges.paragraphs !== undefined;
  });

  it('exists (the version frozen before this change)', () => {
    expect(versions).toEqual(expect.arrayContaining(['4b9d1070ea64']));
  });

  for (const version of versions)
    it(`${version} has no network-paragraphs.json, and its network.json draws the same network with a filter as without`, () => {
      const network = load(`v/${version}/network.json`, 'network');
      expect(hasParagraphsApart(network)).toBe(false);
      expect(readdirSync(join(DATA_DIR, 'v', version))).not.toContain('network-paragraphs.json');
      const energy = buildNetworkGraph({ network }, { ...NO_FILTERS, topics: ['energy'] });
      expect(energy.nodes.length).toBeGreaterThan(0);
      expect(energy.nodes.length).toBeLessThan(buildNetworkGraph({ network }, NO_FILTERS).nodes.length);
    });
});

describe('a broken network-paragraphs.json', () => {
  const network = read('network.json') as Network;
  const paragraphs = read('network-paragraphs.json') as NetworkParagraphs;

  it('is rejected at the boundary when it is not lists of paragraph numbers', () => {
    const schema = DATASET_SCHEMAS['network-paragraphs'];
    expect(schema.safeParse(paragraphs).success).toBe(true);
    const result = schema.safeParse({ ...paragraphs, edgeParagraphs: [0, 'one'] });
    expect(result.success ? null : result.error.issues[0]!.path.join('.')).toBe('edgeParagraphs.1');
    expect(schema.safeParse({ mentionParagraphs: paragraphs.mentionParagraphs }).success).toBe(false);
  });

  it('is told apart from its network.json when it does not fit it (one from another build)', () => {
    expect(paragraphsMismatch(network, { ...paragraphs, mentionParagraphs: paragraphs.mentionParagraphs.slice(1) })).toMatch(
      /^mentionParagraphs has \d+ entries, network.json counts \d+$/,
    );
    const count = network.paragraphTopics.length;
    expect(paragraphsMismatch(network, { ...paragraphs, edgeParagraphs: paragraphs.edgeParagraphs.map(() => count) })).toMatch(
      /^edgeParagraphs names a paragraph/,
    );
  });
});

describe('a broken network.json', () => {
  // In the layout of a version from before the split: the read schema checks the lists there too.
  const current = wholeNetwork(read('network.json') as Network, read('network-paragraphs.json') as NetworkParagraphs) as NetworkColumns &
    Pick<Network, 'names'>;
  const issueOf = (broken: unknown) => {
    const result = DATASET_SCHEMAS.network.safeParse(broken);
    return result.success ? null : { path: result.error.issues[0]!.path.join('.'), message: result.error.issues[0]!.message };
  };

  it('of a version frozen before the columns is rejected with its own path, not an error from packing it', () => {
    const old = read('v/56f78f931f9b/network.json') as NetworkObjects;
    const edges = old.edges.map((edge, i) =>
      i === 2 ? { ...edge, paragraphs: [{ article: edge.paragraphs[0]!.article, paragraph: -1 }] } : edge,
    );
    expect(issueOf({ ...old, edges })?.path).toBe('edges.2.paragraphs.0.paragraph');
    const nodes = old.nodes.map((node, i) => (i === 1 ? { ...node, id: 7 } : node));
    expect(issueOf({ ...old, nodes })?.path).toBe('nodes.1.id');
    expect(issueOf({ ...old, mentionParagraphs: { [old.nodes[0]!.id]: 'none' } })?.path).toBe(`mentionParagraphs.${old.nodes[0]!.id}`);
  });

  it('is rejected, naming the bad entry, in the columns checked in one pass', () => {
    const ids = [...current.articles.ids];
    ids[1] = 'Not An Id';
    expect(issueOf({ ...current, articles: { ...current.articles, ids } })).toEqual({
      path: 'articles.ids.1',
      message: 'must be kebab-case (a-z, 0-9, -)',
    });

    const mentionParagraphs = [...current.nodes.mentionParagraphs!];
    mentionParagraphs[3] = -1;
    expect(issueOf({ ...current, nodes: { ...current.nodes, mentionParagraphs } })).toEqual({
      path: 'nodes.mentionParagraphs.3',
      message: 'expected a non-negative integer',
    });

    const x = [...current.nodes.x];
    x[2] = 2;
    expect(issueOf({ ...current, nodes: { ...current.nodes, x } })).toEqual({
      path: 'nodes.x.2',
      message: 'expected a number from 0 to 1',
    });

    // The columns must agree: an edge's paragraph past the last paragraph, an edge end past the last node, a column short.
    const paragraphs = [...current.edges.paragraphs];
    paragraphs[4] = current.paragraphTopics.length;
    expect(issueOf({ ...current, edges: { ...current.edges, paragraphs } })?.path).toBe('edges.paragraphs.4');
    // A name order holds each node once (the view finds a node by its place in it).
    const orderRu = [...current.names.orderRu];
    orderRu[5] = orderRu[0]!;
    expect(issueOf({ ...current, names: { ...current.names, orderRu } })).toEqual({
      path: 'names.orderRu.5',
      message: `repeats position ${orderRu[0]}`,
    });
    const targets = [...current.edges.targets];
    targets[0] = current.nodes.ids.length;
    expect(issueOf({ ...current, edges: { ...current.edges, targets } })?.path).toBe('edges.targets.0');
    expect(issueOf({ ...current, paragraphTopics: current.paragraphTopics.slice(1) })?.path).toBe('paragraphTopics');
    expect(issueOf({ ...current, nodes: { ...current.nodes, y: current.nodes.y.slice(1) } })).toEqual({
      path: 'nodes.y',
      message: `expected ${current.nodes.ids.length} entries`,
    });
    expect(issueOf({ ...current, edges: { ...current.edges, weights: current.edges.weights.map((weight) => weight + 1) } })?.path).toBe(
      'edges.paragraphs',
    );
  });

  it('passes its columns through as they are (no copy)', () => {
    const parsed = DATASET_SCHEMAS.network.parse(current);
    expect(parsed).toBe(current);
    expect(parsed.edges.paragraphs).toBe(current.edges.paragraphs);
  });
});
