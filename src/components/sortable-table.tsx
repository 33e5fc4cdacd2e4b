/**
 * A real, sortable HTML table: the table equivalent of every chart. Columns say how to show a
 * cell and what to sort it by; headers are buttons with aria-sort.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { memoAcrossPrerender } from '../lib/prerender-memo';
import { SortHeaderButton } from './sort-header-button';

export interface Column<Row> {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** What the column sorts by; omit for columns that do not sort. */
  sortValue?: (row: Row) => number | string;
  isNumeric?: boolean;
}

export interface SortableTableProps<Row> {
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
  emptyMessage: string;
  /** Marks rows that belong to the current selection. */
  isHighlighted?: (row: Row) => boolean;
}

export function SortableTable<Row>({ caption, rows, columns, rowKey, initialSort, emptyMessage, isHighlighted }: SortableTableProps<Row>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const values = rows.map(column.sortValue);
    const order = () =>
      values
        .map((value, index) => ({ value, index }))
        .sort((a, b) => {
          const x = a.value;
          const y = b.value;
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return sign * order || a.index - b.index;
        })
        .map(({ index }) => index);
    // The first text comparison sets up the browser's collator: ~10 ms, 40 on a phone, in the task
    // that hydrates the table. A prerendered table replays the order the build found instead.
    const isText = values.some((value) => typeof value !== 'number');
    const indexes = isText
      ? memoAcrossPrerender('table-order', `${caption} ${sort.key} ${sort.direction} ${rows.map(rowKey).join(' ')}`, order)
      : order();
    return indexes.map((index) => rows[index]!);
  }, [rows, columns, sort, caption, rowKey]);

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort?.key === column.key ? sort.direction : undefined}
                className={column.isNumeric ? 'numeric' : undefined}
              >
                {column.sortValue ? (
                  <SortHeaderButton
                    label={column.label}
                    direction={sort?.key === column.key ? sort.direction : null}
                    onSort={() =>
                      setSort((current) => ({
                        key: column.key,
                        direction: current?.key === column.key && current.direction === 'ascending' ? 'descending' : 'ascending',
                      }))
                    }
                  />
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)} data-row-id={rowKey(row)} className={isHighlighted?.(row) ? 'is-highlighted' : undefined}>
                {columns.map((column) => (
                  <td key={column.key} className={column.isNumeric ? 'numeric' : undefined}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
