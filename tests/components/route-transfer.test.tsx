// @vitest-environment jsdom
/**
 * What the Sources view and the selection panel fetch, on synthetic data at ×1 and ×10 (the
 * files the data build writes, served by a stubbed fetch): every byte fetched belongs to a file
 * the view needs for what it shows, and the parts (texts/<article>.json, mentions/<entity>.json)
 * stay the size of what is shown, not of the corpus.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scaleInputs } from '../../bench/synthetic-dataset';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { loadInputs } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { Providers } from '../../src/app/providers';
import type { DatasetFiles } from '../../src/data/schemas/dataset';
import SelectionPanel from '../../src/features/selection/components/selection-panel';
import SourcesRoute from '../../src/features/sources/components/sources-route';
import { dashboardStore } from '../../src/state/store';
import type { Selection } from '../../src/state/view-state';

interface Scaled {
  output: Record<string, string>;
  files: DatasetFiles;
}
const scaled = new Map<number, Scaled>();

beforeAll(() => {
  // jsdom has no import.meta.dirname for the loader's default folder: name it.
  const loaded = loadInputs(join(process.cwd(), 'pipeline'));
  if (!loaded.ok) throw new Error('the corpus does not load');
  for (const scale of [1, 10]) {
    const result = buildDataset(scaleInputs(loaded.inputs, scale));
    if (!result.ok) throw new Error(result.errors.map((error) => error.reason).join('\n'));
    scaled.set(scale, { output: serialiseDataset(result.files), files: result.files });
  }
}, 120_000);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  dashboardStore.reset();
});

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** Renders `ui` over the ×scale files and returns the files it fetched once the page is settled. */
async function fetchedBy(scale: number, ui: React.ReactNode, selection: Selection | null, ready: () => Promise<unknown>) {
  const { output } = scaled.get(scale)!;
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const name = decodeURIComponent(new URL(url, 'http://localhost/').pathname.replace(/^.*?\/data\//, ''));
    fetched.push(name);
    const text = output[name];
    return text === undefined ? new Response('not found', { status: 404 }) : new Response(text, { status: 200 });
  });
  if (selection) dashboardStore.getState().actions.selectionChanged(selection);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers client={client}>
      <Suspense fallback={null}>{ui}</Suspense>
    </Providers>,
  );
  await ready();
  // Let any request a late render starts arrive too.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return [...new Set(fetched)].sort();
}

const shownArticles = () =>
  [...new Set([...document.querySelectorAll('figure.excerpt')].map((figure) => figure.getAttribute('data-article-id')!))].sort();

const sumOf = (scale: number, names: string[], size: (text: string) => number) =>
  names.reduce((sum, name) => sum + size(scaled.get(scale)!.output[name]!), 0);

/** The first person named in exactly one article (at ×10 the real ones are named in ten copies). */
const personInOneArticle = (scale: number) => {
  const { files } = scaled.get(scale)!;
  const articlesOf = new Map<string, Set<string>>();
  for (const mention of files.mentions.mentions)
    articlesOf.set(mention.entity, (articlesOf.get(mention.entity) ?? new Set()).add(mention.article));
  return files.entities.people.find((person) => articlesOf.get(person.id)?.size === 1)!.id;
};

describe('the Sources view fetches what it shows', () => {
  for (const scale of [1, 10]) {
    it(`×${scale}, nothing selected: the article list and the facts table, no texts, quotes or mentions`, async () => {
      const fetched = await fetchedBy(scale, <SourcesRoute />, null, () => screen.findAllByRole('row'));
      expect(fetched).toEqual(['articles.json', 'entities.json', 'facts.json', 'manifest.json', 'topics.json']);
    });

    it(`×${scale}, a person selected: their mentions and the texts of the articles whose paragraphs it shows`, async () => {
      const person = personInOneArticle(scale);
      const fetched = await fetchedBy(scale, <SourcesRoute />, { kind: 'person', id: person }, async () => {
        await screen.findAllByRole('row');
        await vi.waitFor(() => expect(document.querySelector('figure.excerpt')).not.toBeNull(), { timeout: 10_000 });
      });
      const texts = shownArticles().map((article) => `texts/${article}.json`);
      expect(texts.length).toBeGreaterThan(0);
      const needed = ['articles.json', 'entities.json', 'facts.json', 'manifest.json', 'quotes.json', 'topics.json'];
      expect(fetched).toEqual([...needed, `mentions/${person}.json`, ...texts].sort());
    });
  }

  it('from ×1 to ×10, the first fetch with a person selected grows far less than 10× (gzip), and its parts not at all', async () => {
    const measure = async (scale: number) => {
      const person = personInOneArticle(scale);
      const fetched = await fetchedBy(scale, <SourcesRoute />, { kind: 'person', id: person }, () =>
        vi.waitFor(() => expect(document.querySelector('figure.excerpt')).not.toBeNull(), { timeout: 10_000 }),
      );
      cleanup();
      dashboardStore.reset();
      const parts = fetched.filter((name) => name.includes('/'));
      return {
        total: sumOf(scale, fetched, gzip),
        parts: sumOf(scale, parts, bytes),
        corpus: bytes(scaled.get(scale)!.output['texts.json']!),
      };
    };
    const [one, ten] = [await measure(1), await measure(10)];
    // The corpus did grow ten times; what this view fetched for one selection did not.
    expect(ten.corpus / one.corpus).toBeGreaterThan(9);
    expect(ten.parts / one.parts).toBeLessThan(1.5);
    expect(ten.total / one.total).toBeLessThan(3);
  });

  it('a pinned version written before the split reads the whole texts.json and mentions.json', async () => {
    const { output } = scaled.get(1)!;
    const manifest = JSON.parse(output['manifest.json']!) as { parts?: string[] };
    delete manifest.parts;
    scaled.set(-1, { ...scaled.get(1)!, output: { ...output, 'manifest.json': JSON.stringify(manifest) } });
    const fetched = await fetchedBy(-1, <SourcesRoute />, { kind: 'person', id: 'anton-arutyunov' }, () =>
      vi.waitFor(() => expect(document.querySelector('figure.excerpt')).not.toBeNull(), { timeout: 10_000 }),
    );
    expect(fetched.filter((name) => name.includes('/'))).toEqual([]);
    expect(fetched).toEqual(expect.arrayContaining(['texts.json', 'mentions.json']));
    expect(screen.getAllByText(/Арутюнов/).length).toBeGreaterThan(0);
  });
});

describe('the selection panel fetches what it shows', () => {
  for (const scale of [1, 10]) {
    it(`×${scale}: the files it builds the details from, and nothing of texts or mentions`, async () => {
      const person = personInOneArticle(scale);
      const fetched = await fetchedBy(scale, <SelectionPanel />, { kind: 'person', id: person }, () => screen.findByRole('complementary'));
      expect(fetched).toEqual([
        'articles.json',
        'entities.json',
        'events.json',
        'facts.json',
        'manifest.json',
        'quotes.json',
        'topics.json',
      ]);
    });
  }
});
