// @vitest-environment jsdom
/**
 * What the data hooks cost a render: the manifest is observed once for the whole tree, and a file
 * a view names but does not need gets no query (so no observer) until it is first asked for.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { datasetQueryOptions, manifestQueryOptions, useDataset, useManifest } from '../../src/data/datasets';
import { loadManifest, seedQueryClient } from '../../src/testing/dataset-fixture';

afterEach(cleanup);

function seededClient(skip: Parameters<typeof seedQueryClient>[1] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seedQueryClient(client, skip);
  return client;
}

function Files({ isQuotesNeeded }: { isQuotesNeeded: boolean }) {
  const manifest = useManifest();
  const facts = useDataset('facts');
  const entities = useDataset('entities');
  const quotes = useDataset('quotes', isQuotesNeeded);
  return (
    <p>
      {`manifest ${manifest.status}, facts ${facts.status}, entities ${entities.status}, quotes ${quotes.status}`}
      {facts.status === 'success' && `, ${facts.data.facts.length} facts`}
    </p>
  );
}

const observersOf = (client: QueryClient, queryKey: readonly unknown[]) => client.getQueryCache().find({ queryKey })?.getObserversCount();

describe('the data hooks', () => {
  it('observe the manifest once, however many files the tree asks for', () => {
    const client = seededClient(['quotes']);
    render(
      <Providers client={client}>
        <Files isQuotesNeeded={false} />
        <Files isQuotesNeeded={false} />
      </Providers>,
    );
    expect(screen.getAllByText(/manifest success, facts success, entities success, quotes pending, 13 facts/)).toHaveLength(2);
    expect(observersOf(client, manifestQueryOptions(null).queryKey)).toBe(1);
    const version = loadManifest().datasetVersion;
    expect(observersOf(client, datasetQueryOptions('facts', version).queryKey)).toBe(2);
  });

  it('make no query for a file not needed and never asked for, and observe it once asked', async () => {
    const client = seededClient(['quotes']);
    const version = loadManifest().datasetVersion;
    const quotesKey = datasetQueryOptions('quotes', version).queryKey;
    let ask: () => void = () => {};
    function Toggle() {
      const [isNeeded, setNeeded] = useState(false);
      ask = () => setNeeded(true);
      return <Files isQuotesNeeded={isNeeded} />;
    }
    render(
      <Providers client={client}>
        <Toggle />
      </Providers>,
    );
    expect(screen.getByText(/quotes pending/)).toBeInTheDocument();
    expect(client.getQueryCache().find({ queryKey: quotesKey })).toBeUndefined();
    // Asked for: the file is fetched (here it fails, no server) and observed from then on.
    await act(async () => ask());
    expect(observersOf(client, quotesKey)).toBe(1);
  });
});
