/**
 * The network's per-dataset indexes (build-network.ts) change how a filter change is computed,
 * never what it gives: the graph, the layout and the model's table, CSV and accessible names
 * (built lazily now) equal what the straightforward version (kept here as the reference, as it
 * was before the indexes: counted from mentions.json, every row and name built at once) gives, on
 * the real data and on ×10 the data (the bench's synthetic corpus), for several filters and both
 * languages; and pinned versions from before network.json's columns (read through the migration,
 * with their entities.json and articles.json) and before its mention paragraphs (counted from
 * their mentions.json) give the same again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_SCHEMAS, type DatasetFiles } from '../../src/data/schemas/dataset';
import { unpackNetwork, wholeNetwork, type NetworkObjects } from '../../src/data/schemas/network-columns';
import {
  buildNetwork,
  hasParagraphsApart,
  needsParagraphs,
  buildNetworkGraph,
  layoutNetwork,
  needsEntities,
  needsMentions,
  neighbourhood,
  plural,
  withMarkedRows,
  type CountryKey,
  type GraphLink,
  type GraphNode,
  type NetworkGraph,
  type NetworkInputs,
} from '../../src/features/network/build-network';
import { shortenLabel } from '../../src/features/network/network-labels';
import { ensureLanguage, pick, type Language } from '../../src/i18n/i18n';
import { createLocale, type Locale } from '../../src/lib/format';
import { NO_FILTERS, paragraphMatches, type DataFilters } from '../../src/lib/filters';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';
import { buildSyntheticFiles } from './synthetic-files';

/** The files as they were before network.json's columns: the network in objects, beside entities, articles and mentions. */
type ReferenceInputs = Omit<Required<NetworkInputs>, 'network'> & { network: NetworkObjects; columns: NetworkInputs['network'] };

/** The graph as computed before the indexes and the columns: a map lookup and a filter test per mention. */
function referenceGraph(data: ReferenceInputs, filters: DataFilters, language: Language): NetworkGraph {
  const articles = new Map(data.articles.articles.map((article) => [article.id, article]));
  const passingParagraph = (articleId: string, index: number) => {
    const article = articles.get(articleId);
    const topics = data.network.paragraphTopics[articleId]?.[index] ?? [];
    return Boolean(article && paragraphMatches(article, { topics }, filters));
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
    .flatMap((node): GraphNode[] => {
      const entity = people.get(node.id) ?? organisations.get(node.id);
      if (!entity) return [];
      const label = pick(language, entity.nameEn, entity.nameRu);
      return [
        {
          id: node.id,
          kind: node.kind,
          label,
          shortLabel: shortenLabel(label),
          compactLabel: node.kind === 'person' ? (label.split(' ').at(-1) ?? label) : shortenLabel(label),
          labelRu: entity.nameRu,
          country: (entity.country ?? 'unknown') as CountryKey,
          mentions: counts.get(node.id) ?? 0,
          isQuoted: people.get(node.id)?.isQuoted ?? false,
          ux: node.x,
          uy: node.y,
        },
      ];
    });
  const present = new Set(nodes.map((node) => node.id));
  const links = data.network.edges.flatMap((edge): GraphLink[] => {
    if (!present.has(edge.source) || !present.has(edge.target)) return [];
    const paragraphs = edge.paragraphs.filter((place) => passingParagraph(place.article, place.paragraph));
    return paragraphs.length > 0 ? [{ source: edge.source, target: edge.target, weight: paragraphs.length }] : [];
  });
  return { nodes, links, universe: data.columns };
}

/** Shared paragraphs per node, as the CSV computed them before (a scan of every link per node). */
function referenceShared(graph: NetworkGraph, id: string): number {
  return graph.links.filter((link) => link.source === id || link.target === id).reduce((sum, link) => sum + link.weight, 0);
}

/** The table rows, CSV rows and accessible names as they were built before, all at once, with localeCompare. */
function referenceModelParts(graph: NetworkGraph, locale: Locale, focus: Set<string> | null) {
  const { t } = locale;
  const kind = (node: GraphNode) =>
    node.kind === 'organisation' ? t('network.organisation') : node.isQuoted ? t('network.quotedSpeaker') : t('network.personMentioned');
  const degree = (id: string) => graph.links.filter((link) => link.source === id || link.target === id).length;
  const byMentions = [...graph.nodes].sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label, locale.language));
  return {
    rows: byMentions.map((node) => ({
      key: node.id,
      selection: { kind: node.kind, id: node.id },
      isHighlighted: focus?.has(node.id) ?? false,
      cells: {
        name: { text: node.label, sort: node.label },
        kind: { text: kind(node) },
        country: { text: t(`country.${node.country}`) },
        mentions: { text: String(node.mentions), sort: node.mentions },
        links: { text: String(degree(node.id)), sort: degree(node.id) },
      },
    })),
    csv: byMentions.map((node) => ({
      name: node.label,
      name_ru: node.labelRu,
      kind: kind(node),
      country: t(`country.${node.country}`),
      mentions: node.mentions,
      linked_to: degree(node.id),
      shared_paragraphs: referenceShared(graph, node.id),
    })),
    nodeLabels: graph.nodes.map((node): [string, string] => [
      node.id,
      t('network.nodeLabel', { name: node.label, kind: kind(node), mentions: plural(locale, 'network.mentions', node.mentions) }),
    ]),
  };
}

const FILTERS: DataFilters[] = [
  NO_FILTERS,
  { ...NO_FILTERS, topics: ['energy'] },
  { ...NO_FILTERS, topics: ['trade', 'investment'] },
  { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 },
  { topics: ['energy'], yearFrom: 2025, yearTo: null },
];

function expectSame(data: Required<NetworkInputs>) {
  const objects = unpackNetwork(wholeNetwork(data.network, data['network-paragraphs']));
  const before: ReferenceInputs = { ...data, network: objects, columns: data.network };
  // Versions pinned before the columns, read through the migration: in objects (names from
  // entities.json, years from articles.json), and older still without mention paragraphs (counted
  // from mentions.json).
  const inObjects = DATASET_SCHEMAS.network.parse(JSON.parse(JSON.stringify(objects)));
  const beforeSplit = DATASET_SCHEMAS.network.parse(JSON.parse(JSON.stringify(wholeNetwork(data.network, data['network-paragraphs']))));
  expect(hasParagraphsApart(data.network)).toBe(true);
  expect(hasParagraphsApart(beforeSplit)).toBe(false);
  const beforeMentionParagraphs = DATASET_SCHEMAS.network.parse(JSON.parse(JSON.stringify({ ...objects, mentionParagraphs: undefined })));
  expect(needsEntities(data.network) || needsMentions(data.network)).toBe(false);
  expect([needsEntities(inObjects), needsMentions(inObjects)]).toEqual([true, false]);
  expect([needsEntities(beforeMentionParagraphs), needsMentions(beforeMentionParagraphs)]).toEqual([true, true]);
  const old = { entities: data.entities, articles: data.articles };
  for (const filters of FILTERS)
    for (const language of ['en', 'ru'] as const) {
      const expected = referenceGraph(before, filters, language);
      const graph = buildNetworkGraph(data, filters, language);
      expect(graph).toEqual(expected);
      // Asked twice (the memoised index and fit answer the second time), the same again.
      expect(buildNetworkGraph(data, filters, language)).toEqual(expected);
      // network.json alone (what the first paint loads): enough unfiltered; a filter that leaves a
      // paragraph out needs network-paragraphs.json, which gives the same graph as one file did
      // (a version pinned before the split, its lists in network.json).
      const isEveryParagraph = filters === NO_FILTERS;
      expect(needsParagraphs(data.network, filters)).toBe(!isEveryParagraph);
      if (isEveryParagraph) expect(buildNetworkGraph({ network: data.network }, filters, language)).toEqual(expected);
      else expect(() => buildNetworkGraph({ network: data.network }, filters, language)).toThrow(/network-paragraphs\.json/);
      const fromBeforeSplit = buildNetworkGraph({ network: beforeSplit }, filters, language);
      expect([fromBeforeSplit.nodes, fromBeforeSplit.links]).toEqual([expected.nodes, expected.links]);
      // And the pinned versions with their other files.
      const fromObjects = buildNetworkGraph({ network: inObjects, ...old }, filters, language);
      expect([fromObjects.nodes, fromObjects.links]).toEqual([expected.nodes, expected.links]);
      const fromMentions = buildNetworkGraph({ network: beforeMentionParagraphs, ...old, mentions: data.mentions }, filters, language);
      expect([fromMentions.nodes, fromMentions.links]).toEqual([expected.nodes, expected.links]);
      expect(buildNetwork({ network: inObjects, ...old }, filters, createLocale(language)).byMentions).toEqual(
        buildNetwork(data, filters, createLocale(language)).byMentions,
      );
      expect(layoutNetwork(graph, 900, 585)).toEqual(layoutNetwork(expected, 900, 585));
      const locale = createLocale(language);
      const focus = expected.nodes[0] ? neighbourhood(expected, expected.nodes[0].id, 1) : null;
      const model = buildNetwork(data, filters, locale, undefined, focus);
      const reference = referenceModelParts(expected, locale, focus);
      // Read in another order than built: the names first, then the CSV, then the table.
      expect(reference.nodeLabels.map(([id]) => [id, model.nodeLabels.get(id)])).toEqual(reference.nodeLabels);
      expect(model.nodeLabels.get('no-such-node')).toBeUndefined();
      expect(model.anatomy.csv.rows).toEqual(reference.csv);
      expect(model.table.rows).toEqual(reference.rows);
      expect(model.byMentions.map((node) => node.id)).toEqual(reference.rows.map((row) => row.key));
      // Other rows marked later (the route's highlight): the same rows, only the marks differ.
      const marked = new Set(expected.nodes.slice(-2).map((node) => node.id));
      expect(withMarkedRows(model, marked).table.rows).toEqual(
        reference.rows.map((row) => ({ ...row, isHighlighted: marked.has(row.key) })),
      );
      expect(model.table.rows).toEqual(reference.rows);
      const first = expected.nodes[0];
      if (first) expect([...neighbourhood(graph, first.id, 2)].sort()).toEqual([...neighbourhood(expected, first.id, 2)].sort());
    }
}

describe('the network indexes give the same graph as before', () => {
  beforeAll(() => ensureLanguage('ru'));

  it('on the real data', () => {
    const data = loadAllDatasets();
    expect(buildNetworkGraph(data, NO_FILTERS).nodes.length).toBeGreaterThan(10);
    expectSame(data);
  });

  describe('at ×10 the data', () => {
    let files: DatasetFiles;
    beforeAll(() => {
      files = buildSyntheticFiles(10);
    }, 120_000);

    it('for every filter and language', () => {
      expect(buildNetworkGraph(files, NO_FILTERS).nodes.length).toBeGreaterThan(50);
      expectSame(files);
    }, 120_000);
  });
});
