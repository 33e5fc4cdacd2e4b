/**
 * What every prerendered page loads before it hydrates, read from the built dist/ and its source
 * maps: the app's entry and the chunks boot.js preloads with it, the view's route chunk
 * (start-page.tsx loads it before hydrating), and everything those import statically. The schema
 * library (zod's full build, and the schema modules built with it) is loaded only when a data file
 * is checked, never while a page hydrates: there it was ~50 kB more to evaluate in the hydrating
 * tasks, and Lighthouse's TBT rose on five pages (publicationYear placed in schemas/common.ts
 * pulled it in through filters.ts). The URL parser's small build (zod/mini, on zod's core) is the
 * one part of zod allowed there. And the data files a page drawn afresh asks for at once
 * (routes.ts ROUTE_DATA) are those its prerendered twin was drawn from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROUTE_DATA } from '../../src/app/routes';

const DIST = 'dist';
/** The only zod modules a first chunk may hold: zod/mini and the core it is built on. */
const ALLOWED_ZOD = /\/node_modules\/zod\/(v4\/core|v4\/mini|mini)\//;

function htmlPages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' || entry.name === 'assets' ? [] : htmlPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The chunks a page's boot script loads first (its app entry and preloads), as files in dist/. */
function bootChunks(html: string, page: string): string[] {
  const boot = /<script src="[^"]*boot\.js"[^>]*>/.exec(html)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(boot)?.[1] ?? '';
  const urls = [attribute('data-app'), ...attribute('data-preload').split(' ')].filter(Boolean);
  return urls.map((url) => resolve(dirname(page), url));
}

/** A chunk's static imports: Rollup writes them first, `import{…}from"./x.js";` or `import"./x.js";`. */
function staticImports(chunk: string): string[] {
  const code = readFileSync(chunk, 'utf8');
  const imports: string[] = [];
  const statement = /import\s*(?:[^"'();]*?from\s*)?["']([^"']+)["'];?\s*/y;
  for (let match = statement.exec(code); match; match = statement.exec(code)) imports.push(resolve(dirname(chunk), match[1]!));
  return imports;
}

/**
 * The source modules a chunk was built from (its source map's sources, from the repository's
 * root). A facade chunk that only re-exports another has no map and no modules of its own.
 */
function sourcesOf(chunk: string): string[] {
  if (!existsSync(`${chunk}.map`)) return [];
  const map = JSON.parse(readFileSync(`${chunk}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => `/${relative(process.cwd(), resolve(dirname(chunk), source))}`);
}

test('no page loads the schema library before it hydrates', () => {
  test.skip(!existsSync(DIST), 'needs a build (npm run build:site)');
  const assets = join(DIST, 'assets');
  const chunkSources = new Map(
    readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [resolve(assets, file), sourcesOf(join(assets, file))]),
  );
  /** The chunk that holds a view's route module (routes.ts ROUTE_LOADERS). */
  const routeChunk = (view: string) => {
    const module = `/src/features/${view}/components/${view === 'overview' ? 'overview-view' : `${view}-route`}.tsx`;
    const found = [...chunkSources].filter(([, sources]) => sources.includes(module)).map(([chunk]) => chunk);
    expect(found, module).toHaveLength(1);
    return found[0]!;
  };
  const pages = htmlPages(DIST).filter((page) => readFileSync(page, 'utf8').includes('data-app="'));
  // Every view and embed in both languages, and the pinned versions' pages.
  expect(pages.length).toBeGreaterThanOrEqual(24);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const { address } = JSON.parse(/<script type="application\/json" id="atlas-page">([^<]*)<\/script>/.exec(html)![1]!) as {
      address: { view: string };
    };
    const loaded = new Set<string>();
    const visit = (chunk: string) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      staticImports(chunk).forEach(visit);
    };
    [...bootChunks(html, page), routeChunk(address.view)].forEach(visit);
    const sources = [...loaded].flatMap((chunk) => chunkSources.get(chunk) ?? []);
    // The view's code and the shared filters are there: the graph is the page's, not an empty one.
    expect(sources, page).toContain('/src/lib/filters.ts');
    // A schema module built with zod's full build brings that build along (src/data/schemas/common.ts …).
    const schemaLibrary = sources.filter((source) => source.includes('/node_modules/zod/') && !ALLOWED_ZOD.test(source));
    expect(schemaLibrary, `${page} loads before it hydrates`).toEqual([]);
  }
});

test("the data a page drawn afresh fetches at once is what its view draws from (the prerendered page's data)", () => {
  test.skip(!existsSync(DIST), 'needs a build (npm run build:site)');
  const pages = htmlPages(DIST).filter((page) => page.endsWith('index.html') && existsSync(join(dirname(page), 'page-data.json')));
  const latest = pages.filter((page) => !relative(DIST, page).startsWith('v/'));
  expect(latest.length).toBeGreaterThanOrEqual(24);
  for (const page of latest) {
    const html = readFileSync(page, 'utf8');
    const { address } = JSON.parse(/<script type="application\/json" id="atlas-page">([^<]*)<\/script>/.exec(html)![1]!) as {
      address: { view: keyof typeof ROUTE_DATA; isEmbed: boolean };
    };
    const { data } = JSON.parse(readFileSync(join(dirname(page), 'page-data.json'), 'utf8')) as {
      data: { queries: { queryKey: unknown[] }[] };
    };
    // Whole files only (['dataset', id, version]); parts and the map's shapes are asked for by what they show.
    const files = new Set(
      data.queries
        .map(({ queryKey }) => queryKey)
        .filter((key) => key[0] === 'dataset' && key.length === 3)
        .map((key) => key[1]),
    );
    const opening = new Set(address.isEmbed ? ROUTE_DATA[address.view] : [...ROUTE_DATA[address.view], 'topics']);
    expect([...files].sort(), page).toEqual([...opening].sort());
  }
});
