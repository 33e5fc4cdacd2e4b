/** Container: loads the datasets the facts table needs and keeps its search and sort. */
import { useDeferredValue, useMemo, useState } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { combineLoadables, useDataset } from '../../../data/datasets';
import { buildFactRows, sortFactRows, type FactSortKey, type SortDirection } from '../build-fact-rows';
import { buildFactSearch } from '../search-fact-rows';
import { FactsTableView } from './facts-table.view';

export function FactsTable() {
  const facts = useDataset('facts');
  const entities = useDataset('entities');
  const articles = useDataset('articles');
  const topics = useDataset('topics');
  const loadable = combineLoadables({ facts, entities, articles, topics });
  const inputs = loadable.status === 'success' ? loadable.data : null;
  const [factsData, entitiesData, articlesData, topicsData] = [inputs?.facts, inputs?.entities, inputs?.articles, inputs?.topics];

  const rows = useMemo(
    () =>
      factsData && entitiesData && articlesData && topicsData
        ? buildFactRows({ facts: factsData, entities: entitiesData, articles: articlesData, topics: topicsData })
        : [],
    [factsData, entitiesData, articlesData, topicsData],
  );
  const search = useMemo(() => buildFactSearch(rows), [rows]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<{ key: FactSortKey; direction: SortDirection }>({ key: 'period', direction: 'descending' });
  const visibleRows = useMemo(() => {
    const matching = search.search(deferredQuery);
    const filtered = matching ? rows.filter((row) => matching.has(row.id)) : rows;
    return sortFactRows(filtered, sort.key, sort.direction);
  }, [rows, search, deferredQuery, sort]);

  if (loadable.status === 'pending') return <LoadingMessage what="the facts" />;
  if (loadable.status === 'error') return <DataErrorMessage what="The facts table" error={loadable.error} onRetry={loadable.retry} />;
  return (
    <FactsTableView
      rows={visibleRows}
      totalCount={rows.length}
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
