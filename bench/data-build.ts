/**
 * The data build at scale, clean and incremental, timed as `npm run data` runs it: the ×N corpus
 * and annotations are written to a pipeline folder (YAML, as a person would keep them), and
 * pipeline/data-command.ts reads them, builds, serialises and writes the output folder.
 * `npx tsx --max-semi-space-size=64 bench/data-build.ts --scales=1,100,1000` (the flag `npm run data` runs with) prints, per scale, the clean build, the build
 * that fills an empty cache, and the build after adding one article with that cache warm (its
 * corpus file and its entries appended to the annotation files), with the time of each step, and
 * checks that the incremental output is byte for byte the clean build's. run-bench.ts uses
 * measureDataBuild for its report.
 *
 * The incremental build runs in a process of its own, as `npm run data` does: in this one, the
 * heap also holds the clean build's inputs and files, which every full garbage collection walks
 * again. It is warmed up as this process is before its clean build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheStats } from '../pipeline/cache/build-cache';
import { runDataCommand, type DataCommandTimings } from '../pipeline/data-command';
import { resetWordForms } from '../pipeline/extract/mentions';
import { formatDataError } from '../pipeline/errors';
import { serialiseDataset } from '../pipeline/emit/serialise-dataset';
import { loadInputs } from '../pipeline/sources/load';
import { buildDataset, type BuildResult, type PipelineInputs } from '../pipeline/transform/build-dataset';
import { scaleInputs, writePipelineFolder } from './synthetic-dataset';

export interface DataBuildFigures {
  /** A clean build (no cache) of the corpus at this scale, in ms: reading, building, serialising and writing. */
  fullMs: number;
  full: DataCommandTimings;
  /** The same inputs, filling an empty cache folder. */
  coldCacheMs: number;
  /** One article added (bench/synthetic-dataset.ts), the cache warm from the previous build. */
  incrementalMs: number;
  incremental: DataCommandTimings;
  articlesRecomputed: number;
  articlesCached: number;
  entriesChecked: number;
  entriesCached: number;
  /** Whether the incremental build's files equal a clean build's, byte for byte (when checked). */
  isIdentical: boolean | null;
}

const total = (timings: DataCommandTimings) => timings.readMs + timings.buildMs + timings.serialiseMs + timings.writeMs;

/** Runs the data command as a new process would: the in-memory stem table starts empty. */
function command(pipelineDir: string, outputDir: string, cacheDir: string | null, what: string) {
  resetWordForms();
  const run = runDataCommand({ pipelineDir, outputDir, cacheDir });
  if (!run.ok) throw new Error(`${what}: ${run.errors.map(formatDataError).join('\n')}`);
  return run;
}

export function measureDataBuild(base: PipelineInputs, scale: number, checkIdentical = true): DataBuildFigures & { result: BuildResult } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  try {
    const [folder, addedFolder, cacheDir] = [join(dir, 'pipeline'), join(dir, 'pipeline-added'), join(dir, 'cache')];
    writePipelineFolder(scaleInputs(base, scale), folder);
    writePipelineFolder(scaleInputs(base, scale, 1), addedFolder);
    const clean = command(folder, join(dir, 'out-clean'), null, `×${scale}`);
    rmSync(join(dir, 'out-clean'), { recursive: true, force: true });
    const cold = command(folder, join(dir, 'out'), cacheDir, `×${scale} cold cache`);
    const { timings, stats, hashes } = incrementalInChild(addedFolder, join(dir, 'out'), cacheDir, checkIdentical);
    let isIdentical: boolean | null = null;
    if (hashes) {
      const loaded = loadInputs(addedFolder);
      if (!loaded.ok) throw new Error(`×${scale} + 1 clean: the inputs do not load`);
      const cleanHashes = fileHashes(buildDataset(loaded.inputs));
      isIdentical =
        Object.keys(cleanHashes).length === Object.keys(hashes).length &&
        Object.entries(cleanHashes).every(([name, hash]) => hashes[name] === hash);
    }
    return {
      result: clean.result,
      fullMs: total(clean.timings),
      full: clean.timings,
      coldCacheMs: total(cold.timings),
      incrementalMs: total(timings),
      incremental: timings,
      articlesRecomputed: stats.articleMisses,
      articlesCached: stats.articleHits,
      entriesChecked: stats.entryMisses,
      entriesCached: stats.entryHits,
      isIdentical,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ChildFigures {
  timings: DataCommandTimings;
  stats: CacheStats;
  /** sha256 of each output file, when asked for. */
  hashes: Record<string, string> | null;
}

const CHILD_FLAG = '--incremental-child';

/** sha256 of each file the build writes. */
function fileHashes(result: BuildResult): Record<string, string> {
  return result.ok ? hashesOf(serialiseDataset(result.files)) : {};
}

function hashesOf(output: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(output).map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]));
}

/** Runs this file again in a new process (same Node flags: the tsx loader) for the +1 article build. */
function incrementalInChild(pipelineDir: string, outputDir: string, cacheDir: string, withHashes: boolean): ChildFigures {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, pipelineDir, outputDir, cacheDir, String(withHashes)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`+1 article: the incremental build's process failed (${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

const argvAt = process.argv.indexOf(CHILD_FLAG);
if (argvAt !== -1) {
  const [pipelineDir, outputDir, cacheDir, withHashes] = process.argv.slice(argvAt + 1) as [string, string, string, string];
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('the annotations do not load');
  buildDataset(loaded.inputs); // warm up, as the parent process did before its clean build
  const run = command(pipelineDir, outputDir, cacheDir, '+1 article');
  const figures: ChildFigures = {
    timings: run.timings,
    stats: run.stats!,
    // Read back from disk: a warm build serialises only the files that changed.
    hashes:
      withHashes === 'true'
        ? hashesOf(Object.fromEntries(run.files.map((name) => [name, readFileSync(join(outputDir, name), 'utf8')])))
        : null,
  };
  console.log(JSON.stringify(figures));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const scales = (process.argv.find((arg) => arg.startsWith('--scales='))?.split('=')[1] ?? '1,100').split(',').map(Number);
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('the annotations do not load');
  buildDataset(loaded.inputs); // warm up: module loading and JIT, so ×1 measures the build
  const rows = scales.map((scale) => {
    const { result: _result, ...figures } = measureDataBuild(loaded.inputs, scale);
    console.log(`×${scale}: ${JSON.stringify(figures)}`);
    return { scale, ...figures };
  });
  const ms = (value: number) => `${Math.round(value)} ms`;
  const steps = (t: DataCommandTimings) => [t.readMs, t.buildMs, t.serialiseMs, t.writeMs].map(ms).join(' / ');
  console.log(
    '| scale | clean build | its read / build / serialise / write | cold cache | +1 article, warm cache | its read / build / serialise / write | share of clean | articles recomputed / cached | entries checked / cached | identical |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ×${row.scale} | ${ms(row.fullMs)} | ${steps(row.full)} | ${ms(row.coldCacheMs)} | ${ms(row.incrementalMs)} | ${steps(row.incremental)} | ${((100 * row.incrementalMs) / row.fullMs).toFixed(1)} % | ${row.articlesRecomputed} / ${row.articlesCached} | ${row.entriesChecked} / ${row.entriesCached} | ${row.isIdentical} |`,
    );
  }
  const [small, large] = [rows.find((row) => row.scale === 100), rows.find((row) => row.scale === 1000)];
  if (small && large) console.log(`full build ×1000 / ×100: ${(large.fullMs / small.fullMs).toFixed(1)}×`);
}
