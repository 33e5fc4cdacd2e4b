// @vitest-environment jsdom
/** The generic table of a chart model: sorting by the cell's sort value, and rows that open what they name. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TableModel } from '../../src/charts/chart-model';
import { ModelTable } from '../../src/components/model-table';
import { replay, startRecording, stopRecording } from '../../src/lib/prerender-memo';

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

  it("replays a prerendered table's text order while hydrating, and sorts afresh once live", () => {
    const byName: TableModel = { ...table, initialSort: { key: 'name', direction: 'ascending' } };
    const names = (container: HTMLElement) =>
      within(container)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    startRecording();
    const prerendered = render(<ModelTable table={byName} hasSelection={false} />);
    expect(names(prerendered.container)).toEqual(['Anton Arutyunov', 'CIS']);
    const recorded = JSON.parse(JSON.stringify(stopRecording())) as Record<string, unknown>;
    prerendered.unmount();
    // The order comes from the build: the browser does not compare the texts again.
    const [id] = Object.keys(recorded);
    expect(id).toMatch(/^table-order\|People name ascending a b$/);
    replay({ [id!]: [1, 0] });
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    const hydrating = render(<ModelTable table={byName} hasSelection={false} />);
    expect(names(hydrating.container)).toEqual(['CIS', 'Anton Arutyunov']);
    expect(compare).not.toHaveBeenCalled();
    hydrating.unmount();
    replay(null);
    const live = render(<ModelTable table={byName} hasSelection={false} />);
    expect(names(live.container)).toEqual(['Anton Arutyunov', 'CIS']);
    expect(compare).toHaveBeenCalled();
    compare.mockRestore();
  });
});
