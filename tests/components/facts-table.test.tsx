// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../src/app/providers';
import { FactsTable } from '../../src/features/sources/components/facts-table';
import { DatasetSummary } from '../../src/features/overview/components/dataset-summary';
import { loadManifest, seedQueryClient } from '../../src/testing/dataset-fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWith(ui: React.ReactNode, skip: Parameters<typeof seedQueryClient>[1] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seedQueryClient(client, skip);
  render(<Providers client={client}>{ui}</Providers>);
  return client;
}

describe('FactsTable', () => {
  it('lists every fact with its value, speaker and verbatim quote', () => {
    renderWith(<FactsTable />);
    const table = screen.getByRole('table', { name: /Facts stated in the articles/ });
    expect(within(table).getAllByRole('row')).toHaveLength(14); // header + 13 facts
    const row = within(table).getByText('$28 billion').closest('tr')!;
    expect(within(row).getByText('Anton Arutyunov')).toBeInTheDocument();
    expect(within(row).getByText(/достигла 28 млрд долларов/)).toHaveAttribute('lang', 'ru');
  });

  it('filters with the search box and says how many match', async () => {
    renderWith(<FactsTable />);
    await userEvent.type(screen.getByLabelText('Search facts'), 'investment');
    expect(await screen.findByText('2 of 13 facts match')).toBeInTheDocument();
  });

  it('sorts by a column and marks it with aria-sort', async () => {
    renderWith(<FactsTable />);
    const header = screen.getByRole('columnheader', { name: /Who says it/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(within(firstRow).getByText('Akimzhan Arupov')).toBeInTheDocument();
  });

  it('shows an error naming the file when a dataset fails, with a retry button', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url);
      return new Response('not found', { status: 404 });
    });
    renderWith(<FactsTable />, ['facts']);
    const alert = await screen.findByRole('alert');
    expect(requested).toEqual([expect.stringMatching(/data\/facts\.json\?v=[0-9a-f]{12}$/)]);
    expect(alert).toHaveTextContent('The facts table could not be shown. The data file facts.json is missing (HTTP 404).');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('DatasetSummary', () => {
  it('shows the counts from the manifest', () => {
    renderWith(<DatasetSummary />);
    const counts = loadManifest().counts;
    expect(screen.getByText('stated facts').nextSibling).toHaveTextContent(String(counts.facts));
    expect(screen.getByText('derived facts').nextSibling).toHaveTextContent(String(counts.derivedFacts));
  });
});
