/** Container: loads the datasets the facts table needs, applies the shared filters, keeps its search and sort. */
import { useDeferredValue, useMemo, useState } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { combineLoadables, useDataset } from '../../../data/datasets';
import { useRelated } from '../../../hooks/use-related';
import { memoAcrossPrerender } from '../../../lib/prerender-memo';
import { buildFactFilter } from '../../../lib/filters';
import { useDashboardActions, useFilters } from '../../../state/store';
import { buildFactRows, sortFactRows, type FactSortKey, type SortDirection } from '../build-fact-rows';
import { buildFactSearch } from '../search-fact-rows';
import { FactsTableView } from './facts-table.view';
import { useLocale } from '../../../i18n/use-i18n';

export function FactsTable() {
  const locale = useLocale();
  const { t } = locale;
  const facts = useDataset('facts');
  const entities = useDataset('entities');
  const articles = useDataset('articles');
  const topics = useDataset('topics');
  const loadable = combineLoadables({ facts, entities, articles, topics });
  const inputs = loadable.status === 'success' ? loadable.data : null;
  const [factsData, entitiesData, articlesData, topicsData] = [inputs?.facts, inputs?.entities, inputs?.articles, inputs?.topics];

  // Formatting every row is most of the table's hydration: the prerendered rows are replayed.
  const rows = useMemo(
    () =>
      factsData && entitiesData && articlesData && topicsData
        ? memoAcrossPrerender('fact-rows', `${locale.language} ${factsData.facts.length}`, () =>
            buildFactRows({ facts: factsData, entities: entitiesData, articles: articlesData, topics: topicsData }, locale),
          )
        : [],
    [factsData, entitiesData, articlesData, topicsData, locale],
  );
  const search = useMemo(() => buildFactSearch(rows), [rows]);
  const filters = useFilters();
  const actions = useDashboardActions();
  const related = useRelated();
  const passing = useMemo(() => {
    if (!factsData || !articlesData) return null;
    const passes = buildFactFilter({ facts: factsData, articles: articlesData }, filters);
    return new Set(factsData.facts.filter(passes).map((fact) => fact.id));
  }, [factsData, articlesData, filters]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<{ key: FactSortKey; direction: SortDirection }>({ key: 'period', direction: 'descending' });
  const visibleRows = useMemo(() => {
    const matching = search.search(deferredQuery);
    const filtered = rows.filter((row) => (!matching || matching.has(row.id)) && (!passing || passing.has(row.id)));
    return sortFactRows(filtered, sort.key, sort.direction);
  }, [rows, search, deferredQuery, sort, passing]);

  if (loadable.status === 'pending') return <LoadingMessage what={t('facts.loading')} />;
  if (loadable.status === 'error') return <DataErrorMessage what={t('facts.failed')} error={loadable.error} onRetry={loadable.retry} />;
  return (
    <FactsTableView
      rows={visibleRows}
      totalCount={passing?.size ?? rows.length}
      highlighted={related?.facts ?? null}
      onSelectFact={(id) => actions.selectionChanged({ kind: 'fact', id })}
      query={query}
      onQueryChange={setQuery}
      sortKey={sort.key}
      sortDirection={sort.direction}
      onSort={(key) =>
        setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }))
      }
    />
  );
}
