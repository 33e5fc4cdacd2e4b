/**
 * What `npm run data` does, start to finish, as a function the bench can time: read the corpus
 * and annotations, build, serialise, and write public/data (or, with `check`, compare with it).
 * The CLI (build-dataset.ts) prints its result; bench/data-build.ts times the same steps.
 */
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from './cache/article-work';
import { folderCache, type CacheStats } from './cache/build-cache';
import { pipelineCodeVersion } from './cache/code-version';
import { WrittenFiles } from './cache/written-files';
import { serialiseDataset, serialiseOutput, type SerialisedOutput } from './emit/serialise-dataset';
import { withUtf8 } from './emit/utf8';
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
  | {
      ok: true;
      result: Extract<BuildResult, { ok: true }>;
      /**
       * The files serialised, by name. A warm build leaves out the parts whose files already hold
       * them (see serialiseOutput): `files` lists every file of the output.
       */
      output: Record<string, string>;
      files: string[];
      stale: string[];
    }
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
  const written = cacheDir && !check ? new WrittenFiles(cacheDir, outputDir) : null;
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

  if (check) {
    const output = serialiseDataset(result.files);
    lap('serialiseMs');
    const comparing = progress.stage('compare with public/data', Object.keys(output).length);
    const stale: string[] = [];
    for (const [name, text] of Object.entries(output)) {
      comparing.tick();
      if (!holds(join(outputDir, name), text)) stale.push(name);
    }
    comparing.done();
    lap('writeMs');
    return { ok: true, result, output, files: Object.keys(output), stale, timings, stats };
  }
  const reuse = written && result.partKeys ? { keys: result.partKeys, isCurrent: written.isCurrentPart.bind(written) } : undefined;
  const serialised = serialiseOutput(result.files, reuse);
  lap('serialiseMs');
  const count = Object.keys(serialised.output).length + serialised.unchanged.length + serialised.versioned.length;
  const writing = progress.stage('write files', count);
  const files = writeChanged(outputDir, serialised, result.partKeys, written, (ticks) => writing.tick(ticks));
  written?.save();
  writing.done(`${serialised.unchanged.length} parts unchanged`);
  lap('writeMs');
  return { ok: true, result, output: serialised.output, files, stale: [], timings, stats };
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
 * Writes the files that changed, and returns the name of every file of the output. At ×1000 the
 * output is ~50 000 files (720 MB), and writing them all took longer than building them:
 * - a file that already holds its text is left alone. With the record of the last command
 *   (cache/written-files.ts) that is known from hashes, and a part whose key is unchanged is not
 *   even serialised; without it, the file is read and compared;
 * - a file that changed is written beside itself and renamed over the old one, so it gets a new
 *   inode and a crash never leaves half a file;
 * - the frozen copy under v/<version>/ is a hard link to the file just checked or written (the
 *   copies are never written again, and the rename above leaves every linked copy as it was), so
 *   the copy costs no bytes.
 */
function writeChanged(
  outputDir: string,
  serialised: SerialisedOutput,
  partKeys: ReadonlyMap<string, string> | undefined,
  written: WrittenFiles | null,
  tick: (count: number) => void,
): string[] {
  const { output, unchanged, versioned, datasetVersion } = serialised;
  const folders = new Set<string>();
  const folderOf = (path: string) => {
    const folder = dirname(path);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
  };
  for (const name of unchanged) {
    const file = written!.current(name)!; // isCurrentPart said so while serialising
    written!.keep(name, file);
  }
  tick(unchanged.length);
  for (const [name, text] of Object.entries(output)) {
    tick(1);
    const path = join(outputDir, name);
    folderOf(path);
    const key = partKeys?.get(name) ?? null;
    const before = written?.current(name);
    // Encoded at most once, for the hash and the write (the CSV exports are ~54 MB of text at ×1000);
    // a dataset file's hash is known from serialising, so an unchanged one is not encoded at all.
    const known = serialised.sha256.get(name);
    if (known !== undefined && before?.sha256 === known) {
      written!.keep(name, before, key);
      continue;
    }
    withUtf8(text, (bytes) => {
      const digest = known ?? sha256(bytes);
      if (before ? before.sha256 === digest : holds(path, text)) {
        if (before) written!.keep(name, before, key);
        else written?.record(name, digest, key);
        return;
      }
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, path);
      written?.record(name, digest, key);
    });
  }
  // The frozen copies: links to the files above. A version's folder that is not there yet holds
  // nothing to compare with; in one that is, a copy that is the file itself (same inode) is current.
  const prefix = `v/${datasetVersion}/`;
  const isNewVersion = !existsSync(join(outputDir, 'v', datasetVersion));
  for (const name of versioned) {
    tick(1);
    const [source, path] = [join(outputDir, name), join(outputDir, prefix, name)];
    folderOf(path);
    if (!isNewVersion) {
      const copy = lstatSync(path, { throwIfNoEntry: false });
      if (copy && copy.ino === lstatSync(source).ino) continue;
      if (copy && Object.hasOwn(output, name) && holds(path, output[name]!)) continue;
    }
    try {
      linkSync(source, path);
    } catch {
      // A file in the way, or no links here: copied beside it and renamed in.
      const temporary = `${path}.${process.pid}.tmp`;
      copyFileSync(source, temporary);
      renameSync(temporary, path);
    }
  }
  return [...Object.keys(output), ...unchanged, ...versioned.map((name) => `${prefix}${name}`)];
}
