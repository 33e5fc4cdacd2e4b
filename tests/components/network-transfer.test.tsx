// @vitest-environment jsdom
/**
 * What the network view fetches (the files the data build writes, served by a stubbed fetch):
 * network.json for the first paint, since its columns carry the names, years and counts, then
 * network-paragraphs.json (what a topic or year filter reads), which draws the same graph; a
 * broken one leaves the unfiltered network drawn and says so; a version pinned before that split
 * reads the paragraphs from its network.json; a version
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
import { unpackNetwork, wholeNetwork, type NetworkFirstPaint, type NetworkParagraphs } from '../../src/data/schemas/network-columns';
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

/**
 * Renders the network over `files` and returns the names it fetched, once its count is shown
 * (`atFirstPaint`: those asked for by then). A file in `held` is answered when its promise resolves.
 */
async function fetchedBy(files: Record<string, string>, held: Record<string, Promise<void>> = {}) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const name = decodeURIComponent(new URL(url, 'http://localhost/').pathname.replace(/^.*?\/data\//, ''));
    fetched.push(name);
    await held[name];
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
  const atFirstPaint = [...new Set(fetched)].sort();
  await settle();
  return {
    fetched: [...new Set(fetched)].sort(),
    atFirstPaint,
    count: document.querySelector('.chart-count')!.textContent,
    /** Everything fetched so far, read when called. */
    fetchedNow: () => [...new Set(fetched)].sort(),
  };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

/** What the chart draws: the count and each node's id and label. */
const drawn = () => ({
  count: document.querySelector('.chart-count')?.textContent,
  nodes: [...document.querySelectorAll('[data-node-id]')].map((node) => `${node.getAttribute('data-node-id')} ${node.textContent}`),
});

/** The network's count under the energy topic (set after the first paint, as a reader would). */
async function energyCount() {
  await act(async () => dashboardStore.getState().actions.topicToggled('energy'));
  await screen.findByText(/people and organisations/, {}, { timeout: 10_000 });
  await settle();
  return document.querySelector('.chart-count')!.textContent;
}

describe('the network view fetches what it shows', () => {
  it('network.json for the first paint, network-paragraphs.json only once a filter needs it', async () => {
    const { fetched, atFirstPaint, count, fetchedNow } = await fetchedBy(output);
    expect(atFirstPaint).toEqual(['manifest.json', 'network.json']);
    expect(fetched).toEqual(['manifest.json', 'network.json']);
    expect(count).toMatch(/^\d+ people and organisations/);
    await energyCount();
    expect(fetchedNow()).toEqual(['manifest.json', 'network-paragraphs.json', 'network.json']);
  });

  it('draws the same graph before and after network-paragraphs.json arrives, and filters with it as one whole file did', async () => {
    const before = (await fetchedBy(output), drawn());
    expect(before.nodes.length).toBeGreaterThan(10);
    const split = await energyCount();
    await act(async () => dashboardStore.getState().actions.topicToggled('energy'));
    await settle();
    expect(drawn()).toEqual(before);
    // A version pinned before the split: its network.json holds the paragraph lists.
    cleanup();
    dashboardStore.reset();
    const whole = wholeNetwork(
      JSON.parse(output['network.json']!) as NetworkFirstPaint,
      JSON.parse(output['network-paragraphs.json']!) as NetworkParagraphs,
    );
    const { fetched, count } = await fetchedBy({ ...output, 'network.json': JSON.stringify(whole), 'network-paragraphs.json': 'unused' });
    expect(fetched).toEqual(['manifest.json', 'network.json']);
    expect(count).toBe(before.count);
    expect(await energyCount()).toBe(split);
    expect(split).not.toBe(before.count);
  });

  it('a filter set before network-paragraphs.json arrives waits for it, saying so', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await fetchedBy(output, { 'network-paragraphs.json': held });
    await act(async () => dashboardStore.getState().actions.topicToggled('energy'));
    expect(screen.getByText(/Loading the paragraphs these filters count/)).toBeTruthy();
    expect(document.querySelector('[data-node-id]')).toBeNull();
    await act(async () => release());
    await screen.findByText(/people and organisations/, {}, { timeout: 10_000 });
    expect(document.querySelectorAll('[data-node-id]').length).toBeGreaterThan(0);
  });

  it('a missing or mismatched network-paragraphs.json: a filter shows the error; unfiltered, the network stays, with a message', async () => {
    const paragraphs = JSON.parse(output['network-paragraphs.json']!) as NetworkParagraphs;
    const mismatched = JSON.stringify({ ...paragraphs, edgeParagraphs: paragraphs.edgeParagraphs.slice(1) });
    for (const [broken, problem] of [
      [undefined, /network-paragraphs\.json is missing/],
      [mismatched, /network-paragraphs\.json does not match the expected format: edgeParagraphs has/],
    ] as const) {
      cleanup();
      dashboardStore.reset();
      const files: Record<string, string> = { ...output };
      if (broken === undefined) delete files['network-paragraphs.json'];
      else files['network-paragraphs.json'] = broken;
      const { count } = await fetchedBy(files);
      expect(count).toMatch(/^\d+ people and organisations/);
      expect(document.querySelectorAll('[data-node-id]').length).toBeGreaterThan(10);
      expect(screen.queryByRole('alert')).toBeNull(); // not asked for yet
      await act(async () => dashboardStore.getState().actions.topicToggled('energy'));
      await settle();
      expect(document.querySelector('[data-node-id]')).toBeNull();
      expect((await screen.findByRole('alert')).textContent).toMatch(problem);
      // Unfiltered again: the network is back, and says what a filter lacks.
      await act(async () => dashboardStore.getState().actions.topicToggled('energy'));
      await settle();
      expect(document.querySelectorAll('[data-node-id]').length).toBeGreaterThan(10);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toMatch(/^The network under topic and year filters could not be shown\./);
      expect(alert.textContent).toMatch(problem);
    }
  });

  it('versions from before the columns, and before the mention paragraphs, read their other files, and show the same network', async () => {
    const { count: current } = await fetchedBy(output);
    const objects = unpackNetwork(
      wholeNetwork(
        JSON.parse(output['network.json']!) as NetworkFirstPaint,
        JSON.parse(output['network-paragraphs.json']!) as NetworkParagraphs,
      ),
    );
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
