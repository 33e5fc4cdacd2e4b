/**
 * What `npm run data` does, start to finish, as a function the bench can time: read the corpus
 * and annotations, build, serialise, and write public/data (or, with `check`, compare with it).
 * The CLI (build-dataset.ts) prints its result; bench/data-build.ts times the same steps.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { folderCache, type CacheStats } from './cache/build-cache';
import { pipelineCodeVersion } from './cache/code-version';
import { serialiseDataset } from './emit/serialise-dataset';
import type { DataError } from './errors';
import { SILENT_PROGRESS, type Progress } from './progress';
import { loadInputs } from './sources/load';
import { buildDataset, type BuildReport, type BuildResult } from './transform/build-dataset';

export interface DataCommandOptions {
  pipelineDir: string;
  outputDir: string;
  /** The build cache's folder; null builds from scratch. */
  cacheDir: string | null;
  /** Compare with outputDir instead of writing it. */
  check?: boolean;
  progress?: Progress;
}

export interface DataCommandTimings {
  readMs: number;
  buildMs: number;
  serialiseMs: number;
  writeMs: number;
}

export type DataCommandResult =
  | { ok: true; result: Extract<BuildResult, { ok: true }>; output: Record<string, string>; stale: string[] }
  | { ok: false; errors: DataError[]; report: BuildReport | null };

export function runDataCommand(options: DataCommandOptions): DataCommandResult & { timings: DataCommandTimings; stats: CacheStats | null } {
  const { pipelineDir, outputDir, cacheDir, check = false, progress = SILENT_PROGRESS } = options;
  const timings: DataCommandTimings = { readMs: 0, buildMs: 0, serialiseMs: 0, writeMs: 0 };
  let start = performance.now();
  const lap = (key: keyof DataCommandTimings) => {
    const now = performance.now();
    timings[key] = now - start;
    start = now;
  };
  const cache = cacheDir ? folderCache(cacheDir, pipelineCodeVersion()) : undefined;
  const reading = progress.stage('read corpus and annotations');
  const loaded = loadInputs(pipelineDir, cache?.entries);
  reading.done(cache ? `${cache.stats.entryHits} entries cached` : undefined);
  lap('readMs');
  const stats = cache?.stats ?? null;
  if (!loaded.ok) return { ok: false, errors: loaded.errors, report: null, timings, stats };
  const result = buildDataset(loaded.inputs, { cache, progress });
  if (result.ok) cache?.save();
  lap('buildMs');
  if (!result.ok) return { ...result, timings, stats };

  const output = serialiseDataset(result.files);
  lap('serialiseMs');
  const writing = progress.stage(check ? 'compare with public/data' : 'write files', Object.keys(output).length);
  const stale: string[] = [];
  if (check) {
    for (const [name, text] of Object.entries(output)) {
      writing.tick();
      if (!holds(join(outputDir, name), text)) stale.push(name);
    }
  } else writeChanged(outputDir, output, () => writing.tick());
  writing.done();
  lap('writeMs');
  return { ok: true, result, output, stale, timings, stats };
}

/**
 * Whether the file at `path` holds exactly `text`. Read and compared outright: looking at the
 * size first cost more (UTF-8 lengths of 720 MB of text, and a stat per file) than reading the
 * few files that changed.
 */
function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false; // a missing file holds nothing
  }
}

/**
 * Writes the files that changed. At ×1000 the output is ~50 000 files (720 MB), and writing them
 * all took longer than building them:
 * - a file that already holds its text is left alone;
 * - a file that changed is written beside itself and renamed over the old one, so it gets a new
 *   inode and a crash never leaves half a file;
 * - the frozen copy under v/<version>/ is a hard link to the file just checked or written (the
 *   copies are never written again, and the rename above leaves every linked copy as it was), so
 *   the copy costs no bytes.
 */
function writeChanged(outputDir: string, output: Record<string, string>, tick: () => void): void {
  const version = (JSON.parse(output['manifest.json']!) as { datasetVersion: string }).datasetVersion;
  const prefix = `v/${version}/`;
  // A version's folder that is not there yet holds nothing to compare with.
  const isNewVersion = !existsSync(join(outputDir, 'v', version));
  const folders = new Set<string>();
  for (const [name, text] of Object.entries(output)) {
    tick();
    const path = join(outputDir, name);
    const folder = dirname(path);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const isCopy = name.startsWith(prefix);
    if (!(isCopy && isNewVersion) && holds(path, text)) continue;
    if (isCopy && Object.hasOwn(output, name.slice(prefix.length))) {
      try {
        linkSync(join(outputDir, name.slice(prefix.length)), path);
        continue;
      } catch {
        /* a file in the way, or no links here: written below */
      }
    }
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
}
