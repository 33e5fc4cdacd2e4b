/**
 * `npm run data`: builds public/data from pipeline/corpus and pipeline/annotations.
 * `npm run data -- --check`: builds in memory and fails if public/data differs (CI uses the test
 * that does the same).
 * Exits 1 with every problem (file › entry: reason) when the annotations do not hold.
 * Per-article work is cached in node_modules/.cache/partnership-atlas (see pipeline/cache): a
 * rebuild redoes only what changed, with the same output; `--no-cache` builds from scratch.
 */
import { join } from 'node:path';
import { describeDrafts } from './add-article/drafts';
import { runDataCommand } from './data-command';
import { formatDataError } from './errors';
import { streamProgress } from './progress';
import { PIPELINE_DIR } from './sources/load';

const OUTPUT_DIR = join(PIPELINE_DIR, '..', 'public', 'data');
const CACHE_DIR = join(PIPELINE_DIR, '..', 'node_modules', '.cache', 'partnership-atlas', 'data-build');
const isCheck = process.argv.includes('--check');
const useCache = !process.argv.includes('--no-cache');

const run = runDataCommand({
  pipelineDir: PIPELINE_DIR,
  outputDir: OUTPUT_DIR,
  cacheDir: useCache ? CACHE_DIR : null,
  check: isCheck,
  progress: streamProgress(),
});
// Drafts are never published: say how many wait for review, and where.
const report = run.ok ? run.result.report : run.report;
for (const line of describeDrafts(report?.drafts ?? [])) console.warn(`  ! ${line}`);
if (!run.ok) fail(run.errors.map(formatDataError));
if (run.stale.length > 0) fail([`public/data is out of date (${run.stale.join(', ')}): run npm run data and commit the result`]);

const manifest = JSON.parse(run.output['manifest.json']!) as { datasetVersion: string; counts: Record<string, number> };
console.log(`${isCheck ? 'checked' : 'wrote'} public/data, dataset version ${manifest.datasetVersion}`);
console.log(
  Object.entries(manifest.counts)
    .map(([key, value]) => `  ${key}: ${value}`)
    .join('\n'),
);
console.log(`  numerals checked for coverage: ${run.result.report.numeralsChecked}`);

function fail(lines: string[]): never {
  console.error(`Data build failed with ${lines.length} problem(s):`);
  for (const line of lines) console.error(`  ✗ ${line}`);
  process.exit(1);
}
