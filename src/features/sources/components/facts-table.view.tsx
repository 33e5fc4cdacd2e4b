/** The facts table: presentational, given rows already searched and sorted. */
import { SortHeaderButton } from '../../../components/sort-header-button';
import type { FactRow, FactSortKey, SortDirection } from '../build-fact-rows';

const COLUMNS: { key: FactSortKey | null; label: string }[] = [
  { key: 'value', label: 'Value' },
  { key: 'metric', label: 'Measure' },
  { key: 'period', label: 'Period' },
  { key: 'speaker', label: 'Who says it' },
  { key: 'source', label: 'Source' },
  { key: null, label: 'The sentence it comes from' },
];

export interface FactsTableViewProps {
  rows: FactRow[];
  totalCount: number;
  query: string;
  onQueryChange: (query: string) => void;
  sortKey: FactSortKey;
  sortDirection: SortDirection;
  onSort: (key: FactSortKey) => void;
  /** Facts linked to the current selection, or null. */
  highlighted: Set<string> | null;
  onSelectFact: (id: string) => void;
}

export function FactsTableView({
  rows,
  totalCount,
  query,
  onQueryChange,
  sortKey,
  sortDirection,
  onSort,
  highlighted,
  onSelectFact,
}: FactsTableViewProps) {
  return (
    <div className="facts">
      <div className="facts__controls">
        <label htmlFor="fact-search">Search facts</label>
        <input
          id="fact-search"
          type="search"
          value={query}
          placeholder="e.g. turnover, 2024, Арутюнов"
          onChange={(event) => onQueryChange(event.target.value)}
          autoComplete="off"
        />
        <p className="facts__count" role="status" aria-live="polite">
          {rows.length === totalCount ? `${totalCount} facts` : `${rows.length} of ${totalCount} facts match`}
        </p>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="facts-caption" tabIndex={0}>
        <table className="facts__table">
          <caption id="facts-caption">Facts stated in the articles, and the few derived from them</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.label} scope="col" aria-sort={column.key === sortKey ? sortDirection : undefined}>
                  {column.key ? (
                    <SortHeaderButton
                      label={column.label}
                      direction={column.key === sortKey ? sortDirection : null}
                      onSort={() => onSort(column.key!)}
                    />
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="facts__empty">
                  {query ? `No facts match “${query}”. Try fewer or shorter words.` : 'No facts match the current filters.'}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <FactTableRow
                  key={row.id}
                  row={row}
                  isHighlighted={highlighted?.has(row.id) ?? false}
                  onSelect={() => onSelectFact(row.id)}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function FactTableRow({ row, isHighlighted, onSelect }: { row: FactRow; isHighlighted: boolean; onSelect: () => void }) {
  return (
    <tr data-fact-id={row.id} className={isHighlighted ? 'is-highlighted' : undefined}>
      <td className="facts__value">
        <button type="button" className="link-button" onClick={onSelect} aria-label={`${row.valueLabel}: show details`}>
          {row.valueLabel}
        </button>
        {row.kind === 'derived' && <span className="badge badge--derived">derived</span>}
      </td>
      <td>{row.metricLabel}</td>
      <td>{row.periodLabel}</td>
      <td>
        {row.speakerName}
        {row.speakerNameRu && (
          <span className="secondary" lang="ru">
            {row.speakerNameRu}
          </span>
        )}
      </td>
      <td>
        {row.sourceLabel}
        {row.sourceTitle && (
          <span className="secondary" lang="ru">
            {row.sourceTitle}
          </span>
        )}
      </td>
      <td className="facts__quote">
        {row.quote ? (
          <blockquote lang="ru">«{row.quote}»</blockquote>
        ) : (
          <p className="facts__derivation">
            Not stated in the articles: computed as <code>{row.derivation}</code>.
          </p>
        )}
        {row.note && <p className="facts__note">{row.note}</p>}
      </td>
    </tr>
  );
}
