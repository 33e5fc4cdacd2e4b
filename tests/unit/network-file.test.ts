/**
 * network.json carries each node's mention paragraphs, so the network view need not load
 * mentions.json: they are exactly the mentions the view counted before (credits and places left
 * out), one entry per mention. Versions frozen before that read with null there, through the
 * migration step, and their view counts from their own mentions.json, as it did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_OUTPUT_SCHEMAS, DATASET_SCHEMAS, type DatasetFiles } from '../../src/data/schemas/dataset';
import { migrateNetworkFile } from '../../src/data/schemas/migrate';
import { buildNetworkGraph, needsMentions } from '../../src/features/network/build-network';
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

function fromNetwork(network: DatasetFiles['network']): string[] {
  return Object.entries(network.mentionParagraphs ?? {})
    .flatMap(([entity, byArticle]) =>
      Object.entries(byArticle).flatMap(([article, paragraphs]) => paragraphs.map((paragraph) => `${entity} ${article} ${paragraph}`)),
    )
    .sort();
}

describe('network.json', () => {
  const data = loadAllDatasets();

  it('lists every mention the network counts, where mentions.json has it, and each node’s add up to its count', () => {
    expect(fromNetwork(data.network)).toEqual(fromMentions(data.mentions));
    expect(fromNetwork(data.network).length).toBeGreaterThan(50);
    for (const node of data.network.nodes) {
      const listed = Object.values(data.network.mentionParagraphs![node.id] ?? {}).flat();
      expect(listed.length, node.id).toBe(node.mentionCount);
    }
    expect(Object.keys(data.network.mentionParagraphs!).sort()).toEqual(data.network.nodes.map((node) => node.id).sort());
  });

  it('passes the migration step unchanged (the same object)', () => {
    const current = read('network.json');
    expect(migrateNetworkFile(current)).toBe(current);
    expect(needsMentions(data.network)).toBe(false);
  });

  it('is required in what the build writes', () => {
    const { mentionParagraphs: _left, ...older } = read('network.json') as Record<string, unknown>;
    expect(DATASET_OUTPUT_SCHEMAS.network.safeParse(older).success).toBe(false);
  });
});

describe('a frozen version without mention paragraphs', () => {
  const versions = readdirSync(join(DATA_DIR, 'v')).filter(
    (version) => !('mentionParagraphs' in (read(`v/${version}/network.json`) as object)),
  );

  it('exists (the versions frozen before this change)', () => {
    expect(versions).toEqual(expect.arrayContaining(['2f2f024c6cff', '53fa62d491e9', '8625b635813f']));
  });

  for (const version of versions) {
    it(`${version} reads with null there, and its network counts from its mentions.json`, () => {
      const network = load(`v/${version}/network.json`, 'network');
      expect(network.mentionParagraphs).toBeNull();
      expect(needsMentions(network)).toBe(true);
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
        expect(node.mentions, node.id).toBe(network.nodes.find((entry) => entry.id === node.id)!.mentionCount);
      expect(graph.nodes.every((node) => counted.get(node.id) === node.mentions)).toBe(true);
    });
  }
});

describe('a broken network.json', () => {
  const current = read('network.json') as DatasetFiles['network'];
  const issueOf = (broken: unknown) => {
    const result = DATASET_SCHEMAS.network.safeParse(broken);
    return result.success ? null : { path: result.error.issues[0]!.path.join('.'), message: result.error.issues[0]!.message };
  };

  it('is rejected, naming the bad entry, in the large parts checked in one pass', () => {
    const edges = structuredClone(current.edges);
    edges[1]!.paragraphs[0] = { article: 'Not An Id', paragraph: 0 };
    expect(issueOf({ ...current, edges })).toEqual({ path: 'edges.1.paragraphs.0.article', message: 'must be kebab-case (a-z, 0-9, -)' });

    const [node, byArticle] = Object.entries(current.mentionParagraphs!)[0]!;
    const article = Object.keys(byArticle)[0]!;
    const mentionParagraphs = { ...current.mentionParagraphs, [node]: { ...byArticle, [article]: [0, -1] } };
    expect(issueOf({ ...current, mentionParagraphs })).toEqual({
      path: `mentionParagraphs.${node}.${article}.1`,
      message: 'expected a non-negative integer',
    });

    const nodes = structuredClone(current.nodes);
    nodes[2]!.x = 2;
    expect(issueOf({ ...current, nodes })).toEqual({ path: 'nodes.2.x', message: 'expected a number from 0 to 1' });

    const paragraphTopics = { ...current.paragraphTopics, 'Bad Key': [] };
    expect(issueOf({ ...current, paragraphTopics })?.path).toBe('paragraphTopics.Bad Key');
  });

  it('passes its large parts through as they are (no copy)', () => {
    const parsed = DATASET_SCHEMAS.network.parse(current);
    expect(parsed.mentionParagraphs).toBe(current.mentionParagraphs);
    expect(parsed.edges[0]!.paragraphs).toBe(current.edges[0]!.paragraphs);
  });
});
