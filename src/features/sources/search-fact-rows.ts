/**
 * Full-text search over fact rows with MiniSearch: English labels, speaker names in both
 * scripts, the Russian quote. Prefix and light fuzzy matching, so "turnov" and "Арутюн" find.
 */
import MiniSearch from 'minisearch';
import type { FactRow } from './build-fact-rows';

const FIELDS = [
  'metricLabel',
  'valueLabel',
  'periodLabel',
  'speakerName',
  'speakerNameRu',
  'sourceLabel',
  'sourceTitle',
  'quote',
  'derivation',
  'topics',
] as const;

export interface FactSearch {
  /** Ids of the rows matching `query`, or null when the query is blank (no filtering). */
  search(query: string): Set<string> | null;
}

/**
 * The index is built on the first search, not with the rows: most readers never search, and on a
 * phone indexing every row is a long task while the page hydrates.
 */
export function buildFactSearch(rows: FactRow[]): FactSearch {
  let index: MiniSearch<FactRow> | null = null;
  const buildIndex = () => {
    const built = new MiniSearch<FactRow>({
      fields: [...FIELDS],
      storeFields: [],
      extractField: (row, field) => {
        const value = row[field as keyof FactRow];
        return Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
      },
      searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND' },
    });
    built.addAll(rows);
    return built;
  };
  return {
    search(query) {
      const trimmed = query.trim();
      if (trimmed === '') return null;
      index ??= buildIndex();
      return new Set(index.search(trimmed).map((result) => String(result.id)));
    },
  };
}
