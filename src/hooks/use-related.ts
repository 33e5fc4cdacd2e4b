/** The current selection's related items, once the datasets it needs are loaded (else null). */
import { useMemo } from 'react';
import { useDataset } from '../data/datasets';
import { buildRelated, type Related } from '../lib/relations';
import { useSelection } from '../state/store';

export function useRelated(): Related | null {
  const selection = useSelection();
  const entities = useDataset('entities');
  const quotes = useDataset('quotes');
  const facts = useDataset('facts');
  const entitiesData = entities.status === 'success' ? entities.data : null;
  const quotesData = quotes.status === 'success' ? quotes.data : null;
  const factsData = facts.status === 'success' ? facts.data : null;
  return useMemo(
    () =>
      selection && entitiesData && quotesData && factsData
        ? buildRelated(selection, { entities: entitiesData, quotes: quotesData, facts: factsData })
        : null,
    [selection, entitiesData, quotesData, factsData],
  );
}
