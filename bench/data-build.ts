/**
 * The data build at scale, full and incremental, without the browser parts of the bench:
 * `npx tsx bench/data-build.ts --scales=1,100,1000` prints, per scale, the clean build, the build
 * that fills an empty cache, and the build after adding one article to a warm cache (with the
 * cache folder read and written, as `npm run data` does), and checks that the incremental output
 * is byte for byte the clean build's. run-bench.ts uses measureDataBuild for its report.
 *
 * The incremental build runs in a process of its own, as `npm run data` does: in this one, the
 * heap also holds the clean build's inputs and files, which every full garbage collection walks
 * again. It is warmed up as this process is before its clean build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheStats } from '../pipeline/cache/build-cache';
import { folderCache } from '../pipeline/cache/build-cache';
import { resetWordForms } from '../pipeline/extract/mentions';
import { pipelineCodeVersion } from '../pipeline/cache/code-version';
import { serialiseDataset } from '../pipeline/emit/serialise-dataset';
import { loadInputs } from '../pipeline/sources/load';
import { buildDataset, type BuildResult, type PipelineInputs } from '../pipeline/transform/build-dataset';
import { scaleInputs } from './synthetic-dataset';

export interface DataBuildFigures {
  /** A clean build (no cache) of the corpus at this scale, in ms. */
  fullMs: number;
  /** The same inputs, filling an empty cache folder. */
  coldCacheMs: number;
  /** One article added (bench/synthetic-dataset.ts), the cache warm from the previous build. */
  incrementalMs: number;
  articlesRecomputed: number;
  articlesCached: number;
  /** Whether the incremental build's files equal a clean build's, byte for byte (when checked). */
  isIdentical: boolean | null;
}

/** Times a build as a new process would run it: the in-memory stem table starts empty. */
const timed = <T>(run: () => T): [T, number] => {
  resetWordForms();
  const start = performance.now();
  return [run(), performance.now() - start];
};

function ok(result: BuildResult, what: string) {
  if (!result.ok) throw new Error(`${what}: ${result.errors.map((error) => `${error.file} › ${error.entry}: ${error.reason}`).join('\n')}`);
  return result;
}

export function measureDataBuild(base: PipelineInputs, scale: number, checkIdentical = true): DataBuildFigures & { result: BuildResult } {
  const inputs = scaleInputs(base, scale);
  const added = scaleInputs(base, scale, 1);
  const [result, fullMs] = timed(() => ok(buildDataset(inputs), `×${scale}`));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  try {
    const version = pipelineCodeVersion();
    const [, coldCacheMs] = timed(() => {
      const cache = folderCache(dir, version);
      ok(buildDataset(inputs, { cache }), `×${scale} cold cache`);
      cache.save();
    });
    const { incrementalMs, stats, hashes } = incrementalInChild(scale, dir, version, checkIdentical);
    let isIdentical: boolean | null = null;
    if (hashes) {
      const clean = fileHashes(ok(buildDataset(added), `×${scale} + 1 clean`));
      isIdentical =
        Object.keys(clean).length === Object.keys(hashes).length && Object.entries(clean).every(([name, hash]) => hashes[name] === hash);
    }
    return {
      result,
      fullMs,
      coldCacheMs,
      incrementalMs,
      articlesRecomputed: stats.articleMisses,
      articlesCached: stats.articleHits,
      isIdentical,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ChildFigures {
  incrementalMs: number;
  stats: CacheStats;
  /** sha256 of each output file, when asked for. */
  hashes: Record<string, string> | null;
}

const CHILD_FLAG = '--incremental-child';

/** sha256 of each file the build writes. */
function fileHashes(result: BuildResult): Record<string, string> {
  if (!result.ok) return {};
  return Object.fromEntries(
    Object.entries(serialiseDataset(result.files)).map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]),
  );
}

/** Runs this file again in a new process (same Node flags: the tsx loader) for the +1 article build. */
function incrementalInChild(scale: number, dir: string, version: string, withHashes: boolean): ChildFigures {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, String(scale), dir, version, String(withHashes)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`×${scale} + 1: the incremental build's process failed (${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

const argvAt = process.argv.indexOf(CHILD_FLAG);
if (argvAt !== -1) {
  const [scale, dir, version, withHashes] = process.argv.slice(argvAt + 1) as [string, string, string, string];
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('the annotations do not load');
  const added = scaleInputs(loaded.inputs, Number(scale), 1);
  buildDataset(loaded.inputs); // warm up, as the parent process did before its clean build
  resetWordForms();
  const start = performance.now();
  const cache = folderCache(dir, version);
  const built = ok(buildDataset(added, { cache }), `×${scale} + 1`);
  cache.save();
  const incrementalMs = performance.now() - start;
  const figures: ChildFigures = { incrementalMs, stats: cache.stats, hashes: withHashes === 'true' ? fileHashes(built) : null };
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
  console.log('| scale | full build | cold cache | +1 article, warm cache | share of full | recomputed / cached | identical |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ×${row.scale} | ${ms(row.fullMs)} | ${ms(row.coldCacheMs)} | ${ms(row.incrementalMs)} | ${((100 * row.incrementalMs) / row.fullMs).toFixed(1)} % | ${row.articlesRecomputed} / ${row.articlesCached} | ${row.isIdentical} |`,
    );
  }
  const [small, large] = [rows.find((row) => row.scale === 100), rows.find((row) => row.scale === 1000)];
  if (small && large) console.log(`full build ×1000 / ×100: ${(large.fullMs / small.fullMs).toFixed(1)}×`);
}
