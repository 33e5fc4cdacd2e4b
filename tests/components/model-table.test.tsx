// @vitest-environment jsdom
/** The generic table of a chart model: sorting by the cell's sort value, and rows that open what they name. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TableModel } from '../../src/charts/chart-model';
import { ModelTable } from '../../src/components/model-table';

const table: TableModel = {
  caption: 'People',
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'mentions', label: 'Mentions', isNumeric: true },
  ],
  rows: [
    {
      key: 'a',
      cells: { name: { text: 'Anton Arutyunov' }, mentions: { text: '9', sort: 9 } },
      selection: { kind: 'person', id: 'anton-arutyunov' },
    },
    { key: 'b', cells: { name: { text: 'CIS' }, mentions: { text: '12', sort: 12 } } },
  ],
  initialSort: { key: 'mentions', direction: 'descending' },
  emptyMessage: 'Nobody',
};

describe('ModelTable', () => {
  it('sorts by the sort value and opens a selectable row from its first cell', () => {
    const onSelect = vi.fn();
    render(<ModelTable table={table} hasSelection={false} onSelect={onSelect} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['CIS', 'Anton Arutyunov']);
    expect(within(rows[0]!).queryByRole('button')).toBeNull();
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Anton Arutyunov' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'person', id: 'anton-arutyunov' });
  });
});
