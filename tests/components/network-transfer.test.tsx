// @vitest-environment jsdom
/**
 * What the network view fetches (the files the data build writes, served by a stubbed fetch):
 * network.json alone, since its columns carry the names, years and mention paragraphs; a version
 * pinned from before the columns (network.json in objects) reads its entities.json and
 * articles.json, one from before `mentionParagraphs` its mentions.json too, and each shows the
 * same network. Also: the search box's suggestions are written only once it is focused (a filter
 * change at ×1000 need not rewrite 300 of them).
 */
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { join } from 'node:path';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { loadInputs } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { Providers } from '../../src/app/providers';
import { unpackNetwork, type NetworkColumns } from '../../src/data/schemas/network-columns';
import NetworkRoute from '../../src/features/network/components/network-route';
import { dashboardStore } from '../../src/state/store';

let output: Record<string, string>;

beforeAll(() => {
  // jsdom has no import.meta.dirname for the loader's default folder: name it.
  const loaded = loadInputs(join(process.cwd(), 'pipeline'));
  if (!loaded.ok) throw new Error('the corpus does not load');
  const result = buildDataset(loaded.inputs);
  if (!result.ok) throw new Error(result.errors.map((error) => error.reason).join('\n'));
  output = serialiseDataset(result.files);
}, 120_000);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  dashboardStore.reset();
});

/** Renders the network over `files` and returns the names it fetched, once its count is shown. */
async function fetchedBy(files: Record<string, string>) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const name = decodeURIComponent(new URL(url, 'http://localhost/').pathname.replace(/^.*?\/data\//, ''));
    fetched.push(name);
    const text = files[name];
    return text === undefined ? new Response('not found', { status: 404 }) : new Response(text, { status: 200 });
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers client={client}>
      <Suspense fallback={null}>
        <NetworkRoute />
      </Suspense>
    </Providers>,
  );
  await screen.findByText(/people and organisations/, {}, { timeout: 10_000 });
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return { fetched: [...new Set(fetched)].sort(), count: document.querySelector('.chart-count')!.textContent };
}

describe('the network view fetches what it shows', () => {
  it('network.json alone', async () => {
    const { fetched, count } = await fetchedBy(output);
    expect(fetched).toEqual(['manifest.json', 'network.json']);
    expect(count).toMatch(/^\d+ people and organisations/);
  });

  it('versions from before the columns, and before the mention paragraphs, read their other files, and show the same network', async () => {
    const { count: current } = await fetchedBy(output);
    const objects = unpackNetwork(JSON.parse(output['network.json']!) as NetworkColumns);
    for (const [older, expected] of [
      [objects, ['articles.json', 'entities.json', 'manifest.json', 'network.json']],
      [{ ...objects, mentionParagraphs: undefined }, ['articles.json', 'entities.json', 'manifest.json', 'mentions.json', 'network.json']],
    ] as const) {
      cleanup();
      dashboardStore.reset();
      const { fetched, count } = await fetchedBy({ ...output, 'network.json': JSON.stringify(older) });
      expect(fetched).toEqual(expected);
      expect(count).toBe(current);
      expect(document.querySelectorAll('[data-node-id]').length).toBeGreaterThan(10);
    }
  });
});

describe('the search box', () => {
  it('writes its suggestions (the most mentioned names) once it is focused, not before', async () => {
    await fetchedBy(output);
    const options = () => [...document.querySelectorAll('#network-names option')].map((option) => option.getAttribute('value'));
    expect(options()).toEqual([]);
    await act(async () => fireEvent.focus(screen.getByRole('combobox')));
    const nodes = document.querySelectorAll('[data-node-id]').length;
    expect(options().length).toBe(Math.min(300, nodes));
    expect(options().every((name) => name && name.length > 0)).toBe(true);
  });
});
