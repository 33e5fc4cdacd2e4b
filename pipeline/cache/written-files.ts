/**
 * What the last data command wrote to its output folder, kept in the cache folder: for each
 * file, the sha256 of its text, the key of the part it was built from (build-dataset.ts
 * partKeys), and the size, mtime and inode the file had once written. A file whose stat still
 * matches holds that text, so the next build compares hashes instead of reading ~25 000 files
 * back (5 s at ×1000), and skips serialising a part whose key is unchanged.
 *
 * The record is taken out of the folder when a command starts and put back when it has written
 * everything: a command that stops half-way (an error, a crash) leaves no record, and the next
 * one compares file by file as a build without a cache does.
 */
import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';

export interface WrittenFile {
  sha256: string;
  /** The part key it was built from, if any. */
  key: string | null;
  size: number;
  mtimeMs: number;
  ino: number;
}

interface StoredRecord {
  /** The output folder, absolute: a record says nothing about another folder. */
  dir: string;
  files: Record<string, [sha256: string, key: string | null, size: number, mtimeMs: number, ino: number]>;
}

const FILE = 'written.json';

export class WrittenFiles {
  private readonly stored: StoredRecord['files'];
  private readonly next: StoredRecord['files'] = {};
  /** current()'s answers: serialising asks about a part, and writing asks again. */
  private readonly checked = new Map<string, WrittenFile | null>();
  private readonly outputDir: string;

  /** Takes the record of `outputDir` out of `cacheDir` (none: every file is compared by reading it). */
  constructor(
    private readonly cacheDir: string,
    outputDir: string,
  ) {
    this.outputDir = resolve(outputDir);
    let stored: StoredRecord | null;
    try {
      stored = JSON.parse(readFileSync(join(cacheDir, FILE), 'utf8')) as StoredRecord;
    } catch {
      stored = null;
    }
    this.stored = stored?.dir === this.outputDir && typeof stored.files === 'object' ? stored.files : {};
    rmSync(join(cacheDir, FILE), { force: true });
  }

  /** The file `name` as recorded, if it is still on disk as written (same size, mtime and inode). */
  current(name: string): WrittenFile | null {
    let file = this.checked.get(name);
    if (file === undefined) this.checked.set(name, (file = this.lookUp(name)));
    return file;
  }

  private lookUp(name: string): WrittenFile | null {
    const entry = Object.hasOwn(this.stored, name) ? this.stored[name]! : undefined;
    if (!entry) return null;
    const [sha256, key, size, mtimeMs, ino] = entry;
    const stats = statOf(join(this.outputDir, name));
    return stats && stats.size === size && stats.mtimeMs === mtimeMs && stats.ino === ino ? { sha256, key, size, mtimeMs, ino } : null;
  }

  /** Whether `name` is on disk as written from part key `key`. */
  isCurrentPart(name: string, key: string): boolean {
    return this.current(name)?.key === key;
  }

  /** Records `name` as it is now on disk, holding text of this hash. */
  record(name: string, sha256: string, key: string | null, stats: Stats | null = statOf(join(this.outputDir, name))): void {
    if (stats) this.next[name] = [sha256, key, stats.size, stats.mtimeMs, stats.ino];
  }

  /** Keeps the stored record of `name` (checked current by the caller). */
  keep(name: string, file: WrittenFile, key = file.key): void {
    this.next[name] = [file.sha256, key, file.size, file.mtimeMs, file.ino];
  }

  save(): void {
    mkdirSync(this.cacheDir, { recursive: true });
    writeFileSync(join(this.cacheDir, FILE), JSON.stringify({ dir: this.outputDir, files: this.next } satisfies StoredRecord));
  }
}

function statOf(path: string): Stats | null {
  return lstatSync(path, { throwIfNoEntry: false }) ?? null;
}
