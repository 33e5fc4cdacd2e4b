/** The facts table: presentational, given rows already searched and sorted. */
import { SortHeaderButton } from '../../../components/sort-header-button';
import type { FactRow, FactSortKey, SortDirection } from '../build-fact-rows';
import { useT } from '../../../i18n/use-i18n';
import type { MessageKey } from '../../../i18n/i18n';

const COLUMNS: { key: FactSortKey | null; label: MessageKey }[] = [
  { key: 'value', label: 'facts.value' },
  { key: 'metric', label: 'facts.measure' },
  { key: 'period', label: 'facts.period' },
  { key: 'speaker', label: 'facts.who' },
  { key: 'source', label: 'facts.source' },
  { key: null, label: 'facts.sentence' },
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
  const t = useT();
  return (
    <div className="facts">
      <div className="facts__controls">
        <label htmlFor="fact-search">{t('facts.search')}</label>
        <input
          id="fact-search"
          type="search"
          value={query}
          placeholder={t('facts.searchPlaceholder')}
          onChange={(event) => onQueryChange(event.target.value)}
          autoComplete="off"
        />
        <p className="facts__count" role="status" aria-live="polite">
          {rows.length === totalCount
            ? t('facts.count', { count: totalCount })
            : t('facts.matching', { shown: rows.length, total: totalCount })}
        </p>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="facts-caption" tabIndex={0}>
        <table className="facts__table">
          <caption id="facts-caption">{t('facts.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.label} scope="col" aria-sort={column.key === sortKey ? sortDirection : undefined}>
                  {column.key ? (
                    <SortHeaderButton
                      label={t(column.label)}
                      direction={column.key === sortKey ? sortDirection : null}
                      onSort={() => onSort(column.key!)}
                    />
                  ) : (
                    t(column.label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="facts__empty">
                  {query ? t('facts.noMatch', { query }) : t('facts.noFilterMatch')}
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
  const t = useT();
  return (
    <tr data-fact-id={row.id} className={isHighlighted ? 'is-highlighted' : undefined}>
      <td className="facts__value">
        <button type="button" className="link-button" onClick={onSelect} aria-label={t('facts.showDetails', { value: row.valueLabel })}>
          {row.valueLabel}
        </button>
        {row.kind === 'derived' && <span className="badge badge--derived">{t('facts.derivedBadge')}</span>}
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
            {t('facts.notStated')} {row.derivation}.
          </p>
        )}
        {row.note && <p className="facts__note">{row.note}</p>}
      </td>
    </tr>
  );
}
