/**
 * The annotation entry cache: `npm run data` (runDataCommand) on a copy of the pipeline folder
 * reads an unchanged list item from the cache instead of parsing and checking it again; an edited
 * item is parsed and checked like a new one (its error named, never served from the cache), and
 * the files written are byte for byte those of a build without cache.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataCommand } from '../../pipeline/data-command';
import { formatDataError } from '../../pipeline/errors';
import { loadInputs } from '../../pipeline/sources/load';
import { pipelineFolderCopy } from './pipeline-inputs';
import { memoryCache, type BuildCache } from '../../pipeline/cache/build-cache';
import { buildDataset } from '../../pipeline/transform/build-dataset';

const { root, pipelineDir, factsFile } = pipelineFolderCopy('entry-cache');
const cacheDir = join(root, 'cache');
const originalFacts = readFileSync(factsFile, 'utf8');

function run(withCache: boolean) {
  return runDataCommand({ pipelineDir, outputDir: join(root, withCache ? 'out' : 'out-clean'), cacheDir: withCache ? cacheDir : null });
}

function loaded(cache: BuildCache | undefined) {
  const result = loadInputs(pipelineDir, cache?.entries);
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.inputs;
}

/** Every file the run's output holds, as read back from its folder (a warm run serialises only what changed). */
function files(result: ReturnType<typeof run>): Record<string, string> {
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  const dir = join(root, result.stats ? 'out' : 'out-clean');
  return Object.fromEntries(result.files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('the annotation entry cache', () => {
  let entries = 0;
  it('stores every entry on a cold build and reads them all back on a warm one, with the same bytes', () => {
    const cold = run(true);
    expect(cold.stats?.entryHits).toBe(0);
    entries = cold.stats!.entryMisses;
    expect(entries).toBeGreaterThan(200);
    const warm = run(true);
    expect(warm.stats).toMatchObject({ entryHits: entries, entryMisses: 0 });
    expect(files(warm)).toEqual(files(run(false)));
  });

  it('parses and checks again only an edited item, and writes what a clean build writes', () => {
    const edited = originalFacts.replace(
      'В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.',
      'В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов',
    );
    expect(edited).not.toBe(originalFacts);
    writeFileSync(factsFile, edited);
    try {
      const warm = run(true);
      expect(warm.stats?.entryMisses).toBe(1);
      const output = files(warm);
      expect(output).toEqual(files(run(false)));
      expect(output['facts.json']).toContain('достигла 28 млрд долларов"');
    } finally {
      writeFileSync(factsFile, originalFacts);
    }
  });

  it('names a broken edit, and does not store it: the next build checks it again and fails the same way', () => {
    // A fact with a Russian note and no English one: its schema passes it (both are optional),
    // the both-languages check does not.
    const broken = originalFacts.replace(/^ {2}noteEn: .*\n/m, '');
    expect(broken).not.toBe(originalFacts);
    writeFileSync(factsFile, broken);
    try {
      const clean = buildDataset(loaded(undefined));
      expect(clean.ok).toBe(false);
      if (!clean.ok)
        expect(clean.errors.map(formatDataError).join('\n')).toMatch(/annotations\/facts\.yaml › .+noteRu has no English counterpart/);
      // In memory, what a failing build stores is kept (a folder is saved only after a build that passes).
      const cache = memoryCache();
      for (const build of [1, 2]) {
        const result = buildDataset(loaded(cache), { cache });
        expect(result).toEqual(clean);
        if (build === 2) expect(cache.stats.entryHits).toBe(entries - 1);
        Object.assign(cache.stats, { entryHits: 0, entryMisses: 0 });
      }
    } finally {
      writeFileSync(factsFile, originalFacts);
    }
  });

  it('adds a file with the entries an edit brings instead of rewriting them all, and stays bounded', () => {
    const entryFiles = () => readdirSync(cacheDir).filter((name) => /^entries-\d+\.json$/.test(name));
    const stored = () =>
      entryFiles().reduce((sum, name) => sum + Object.keys(JSON.parse(readFileSync(join(cacheDir, name), 'utf16le')) as object).length, 0);
    run(true);
    const [before, storedBefore] = [entryFiles(), stored()];
    try {
      // Trailing spaces on the first fact's id line: a new list item (a new key) with the same entry.
      for (let edit = 1; edit <= 12; edit++) {
        writeFileSync(factsFile, originalFacts.replace(/^(- id: .*)$/m, `$1${' '.repeat(edit)}`));
        const warm = run(true);
        expect(warm.ok).toBe(true);
        expect(warm.stats?.entryMisses).toBe(1);
        if (edit === 1) {
          expect(entryFiles()).toEqual([...before, expect.stringMatching(/^entries-\d+\.json$/)]);
          expect(stored()).toBe(storedBefore + 1);
        }
        expect(entryFiles().length).toBeLessThanOrEqual(8);
        expect(stored()).toBeLessThanOrEqual(Math.ceil(1.25 * entries) + 1);
      }
    } finally {
      writeFileSync(factsFile, originalFacts);
    }
  });
});
