/**
 * `npm run data`: builds public/data from pipeline/corpus and pipeline/annotations.
 * `npm run data -- --check`: builds in memory and fails if public/data differs (CI uses the test
 * that does the same).
 * Exits 1 with every problem (file › entry: reason) when the annotations do not hold.
 * Per-article work is cached in node_modules/.cache/partnership-atlas (see pipeline/cache): a
 * rebuild redoes only what changed, with the same output; `--no-cache` builds from scratch.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeDrafts } from './add-article/drafts';
import { folderCache } from './cache/build-cache';
import { pipelineCodeVersion } from './cache/code-version';
import { formatDataError } from './errors';
import { serialiseDataset } from './emit/serialise-dataset';
import { streamProgress } from './progress';
import { loadInputs, PIPELINE_DIR } from './sources/load';
import { buildDataset } from './transform/build-dataset';

const OUTPUT_DIR = join(PIPELINE_DIR, '..', 'public', 'data');
const CACHE_DIR = join(PIPELINE_DIR, '..', 'node_modules', '.cache', 'partnership-atlas', 'data-build');
const isCheck = process.argv.includes('--check');
const useCache = !process.argv.includes('--no-cache');

const loaded = loadInputs();
if (!loaded.ok) fail(loaded.errors.map(formatDataError));
const cache = useCache ? folderCache(CACHE_DIR, pipelineCodeVersion()) : undefined;
const result = buildDataset(loaded.inputs, { cache, progress: streamProgress() });
// Drafts are never published: say how many wait for review, and where.
for (const line of describeDrafts(result.report?.drafts ?? [])) console.warn(`  ! ${line}`);
if (!result.ok) fail(result.errors.map(formatDataError));
cache?.save();

const output = serialiseDataset(result.files);
const stale: string[] = [];
mkdirSync(OUTPUT_DIR, { recursive: true });
for (const [name, text] of Object.entries(output)) {
  const path = join(OUTPUT_DIR, name);
  if (isCheck) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* a missing file is stale */
    }
    if (current !== text) stale.push(name);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
if (stale.length > 0) fail([`public/data is out of date (${stale.join(', ')}): run npm run data and commit the result`]);

const manifest = JSON.parse(output['manifest.json']!) as { datasetVersion: string; counts: Record<string, number> };
console.log(`${isCheck ? 'checked' : 'wrote'} public/data, dataset version ${manifest.datasetVersion}`);
console.log(
  Object.entries(manifest.counts)
    .map(([key, value]) => `  ${key}: ${value}`)
    .join('\n'),
);
console.log(`  numerals checked for coverage: ${result.report.numeralsChecked}`);

function fail(lines: string[]): never {
  console.error(`Data build failed with ${lines.length} problem(s):`);
  for (const line of lines) console.error(`  ✗ ${line}`);
  process.exit(1);
}
