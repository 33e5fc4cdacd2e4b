/** The current selection's related items, once the datasets it needs are loaded (else null). */
import { useMemo } from 'react';
import { useDataset } from '../data/datasets';
import { buildRelated, type Related } from '../lib/relations';
import { useSelection } from '../state/store';

export function useRelated(): Related | null {
  const selection = useSelection();
  // Without a selection there is nothing to relate: the views need not load quotes.json for it.
  const isNeeded = selection !== null;
  const entities = useDataset('entities', isNeeded);
  const quotes = useDataset('quotes', isNeeded);
  const facts = useDataset('facts', isNeeded);
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
