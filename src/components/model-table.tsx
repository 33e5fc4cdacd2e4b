/** The table equivalent of a chart, drawn from its model's TableModel. */
import type { TableCell, TableModel, TableRow } from '../charts/chart-model';
import type { Selection } from '../state/view-state';
import { SortableTable } from './sortable-table';

function Cell({ cell }: { cell: TableCell | undefined }) {
  if (!cell) return <>—</>;
  if (cell.style === 'code') return <code>{cell.text}</code>;
  if (cell.style === 'quote') return <span lang={cell.lang}>«{cell.text}»</span>;
  return cell.lang ? <span lang={cell.lang}>{cell.text}</span> : <>{cell.text}</>;
}

/**
 * `hasSelection`: rows are marked as highlighted only while something is selected. A row that
 * names something selectable (its `selection`) gets its first cell as a button that opens it, so
 * the table does what clicking the chart does.
 */
export function ModelTable({
  table,
  hasSelection,
  onSelect,
}: {
  table: TableModel;
  hasSelection: boolean;
  onSelect?: (selection: Selection) => void;
}) {
  const firstColumn = table.columns[0]?.key;
  return (
    <SortableTable<TableRow>
      caption={table.caption}
      rows={table.rows}
      rowKey={(row) => row.key}
      initialSort={table.initialSort}
      emptyMessage={table.emptyMessage}
      isHighlighted={(row) => hasSelection && row.isHighlighted === true}
      columns={table.columns.map((column) => ({
        key: column.key,
        label: column.label,
        isNumeric: column.isNumeric,
        sortValue: (row) => row.cells[column.key]?.sort ?? row.cells[column.key]?.text ?? '',
        render: (row) =>
          column.key === firstColumn && row.selection && onSelect ? (
            <button type="button" className="link-button" onClick={() => onSelect(row.selection!)}>
              <Cell cell={row.cells[column.key]} />
            </button>
          ) : (
            <Cell cell={row.cells[column.key]} />
          ),
      }))}
    />
  );
}
