/**
 * The network's per-dataset indexes (build-network.ts) change how a filter change is computed,
 * never what it gives: the graph, the layout and the model's table and CSV equal what the
 * straightforward version (kept here as the reference, as it was before the indexes) gives, on the
 * real data and on ×10 the data (the bench's synthetic corpus), for several filters and both
 * languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetFiles } from '../../src/data/schemas/dataset';
import {
  buildNetwork,
  buildNetworkGraph,
  layoutNetwork,
  neighbourhood,
  type CountryKey,
  type GraphLink,
  type GraphNode,
  type NetworkGraph,
  type NetworkInputs,
} from '../../src/features/network/build-network';
import { shortenLabel } from '../../src/features/network/network-labels';
import { pick, type Language } from '../../src/i18n/i18n';
import { createLocale } from '../../src/lib/format';
import { NO_FILTERS, paragraphMatches, type DataFilters } from '../../src/lib/filters';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';
import { buildSyntheticFiles } from './synthetic-files';

/** The graph as computed before the indexes: a map lookup and a filter test per mention. */
function referenceGraph(data: NetworkInputs, filters: DataFilters, language: Language): NetworkGraph {
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
    return paragraphs.length > 0 ? [{ source: edge.source, target: edge.target, paragraphs, weight: paragraphs.length }] : [];
  });
  return { nodes, links, universe: data.network };
}

/** Shared paragraphs per node, as the CSV computed them before (a scan of every link per node). */
function referenceShared(graph: NetworkGraph, id: string): number {
  return graph.links.filter((link) => link.source === id || link.target === id).reduce((sum, link) => sum + link.weight, 0);
}

const FILTERS: DataFilters[] = [
  NO_FILTERS,
  { ...NO_FILTERS, topics: ['energy'] },
  { ...NO_FILTERS, topics: ['trade', 'investment'] },
  { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 },
  { topics: ['energy'], yearFrom: 2025, yearTo: null },
];

function expectSame(data: NetworkInputs) {
  for (const filters of FILTERS)
    for (const language of ['en', 'ru'] as const) {
      const expected = referenceGraph(data, filters, language);
      const graph = buildNetworkGraph(data, filters, language);
      expect(graph).toEqual(expected);
      // Asked twice (the memoised index and fit answer the second time), the same again.
      expect(buildNetworkGraph(data, filters, language)).toEqual(expected);
      expect(layoutNetwork(graph, 900, 585)).toEqual(layoutNetwork(expected, 900, 585));
      const model = buildNetwork(data, filters, createLocale(language));
      expect(model.anatomy.csv.rows.map((row) => row.shared_paragraphs)).toEqual(
        model.anatomy.csv.rows.map((row) => referenceShared(expected, model.table.rows.find((r) => r.cells.name!.text === row.name)!.key)),
      );
      const first = expected.nodes[0];
      if (first) expect([...neighbourhood(graph, first.id, 2)].sort()).toEqual([...neighbourhood(expected, first.id, 2)].sort());
    }
}

describe('the network indexes give the same graph as before', () => {
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
