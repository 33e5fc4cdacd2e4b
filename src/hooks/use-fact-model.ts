/**
 * The container logic the fact charts share: load facts, entities and articles, and build the
 * chart's model for the current filters, selection and language (memoised).
 */
import { useMemo } from 'react';
import { combineLoadables, useDataset, type Loadable } from '../data/datasets';
import type { DatasetFiles } from '../data/schemas/dataset';
import { useLocale } from '../i18n/use-i18n';
import type { DataFilters } from '../lib/filters';
import type { Locale } from '../lib/format';
import { useFilters } from '../state/store';
import { useRelated } from './use-related';

export type FactInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles'>;

export function useFactModel<Model>(
  build: (data: FactInputs, filters: DataFilters, highlightedFacts: Set<string> | null, locale: Locale) => Model,
) {
  const locale = useLocale();
  const filters = useFilters();
  const related = useRelated();
  const loadable: Loadable<FactInputs> = combineLoadables({
    facts: useDataset('facts'),
    entities: useDataset('entities'),
    articles: useDataset('articles'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [facts, entities, articles] = [data?.facts, data?.entities, data?.articles];
  const model = useMemo(
    () => (facts && entities && articles ? build({ facts, entities, articles }, filters, related?.facts ?? null, locale) : null),
    [build, facts, entities, articles, filters, related, locale],
  );
  return { loadable, model, related, locale };
}
