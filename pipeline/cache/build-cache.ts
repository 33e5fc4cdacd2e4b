/**
 * The data build's cache: per-article work (see article-work.ts) and network component layouts,
 * in memory, or backed by a folder (node_modules/.cache/partnership-atlas by default, git-ignored).
 *
 * Keys: an article's work is filed under the sha256 of the pipeline code version, the article
 * file's sha256, its articles.yaml entry and the topics. Its one other input, the alias patterns,
 * is checked by difference: the folder records the patterns the stored work was computed with;
 * a build that finds patterns added or removed recomputes the articles with a word one of them
 * could match (their lookup keys are stored with the work) and keeps the others. So every stored
 * entry is always what a clean build would compute, and the output of a cached build is the output
 * of a clean one. A layout is filed under its component's shape (network-layout.ts).
 *
 * Only what the last build used is written back, so the folder does not grow without bound.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportWordForms, importWordForms } from '../extract/mentions';
import type { LayoutMemo } from '../transform/network-layout';
import type { ArticleWork } from './article-work';

export interface CacheStats {
  articleHits: number;
  articleMisses: number;
  /** Articles whose stored work was dropped because an alias pattern that could match them changed. */
  articleInvalidated: number;
  layoutHits: number;
  layoutMisses: number;
}

export interface BuildCache {
  /** Pipeline code version: part of every key. */
  readonly version: string;
  /** Alias pattern signatures the stored work was computed with (null: nothing stored). */
  readonly patterns: ReadonlySet<string> | null;
  getArticle(key: string): ArticleWork | undefined;
  setArticle(key: string, work: ArticleWork): void;
  /** Records the patterns of this build (all work kept or set is valid for them). */
  setPatterns(patterns: Set<string>): void;
  layouts: LayoutMemo;
  stats: CacheStats;
}

const emptyStats = (): CacheStats => ({ articleHits: 0, articleMisses: 0, articleInvalidated: 0, layoutHits: 0, layoutMisses: 0 });

/** A cache that lives as long as the object: for tests, and the base of the folder cache. */
export function memoryCache(version = 'memory'): BuildCache {
  // Work not used by a build is dropped when it records its patterns: it was computed for older
  // patterns, which the next build's comparison would not know about.
  let articles = new Map<string, ArticleWork>();
  let used = new Map<string, ArticleWork>();
  const layouts = new Map<string, number[]>();
  let patterns: Set<string> | null = null;
  const stats = emptyStats();
  return {
    version,
    get patterns() {
      return patterns;
    },
    getArticle(key) {
      const work = articles.get(key);
      if (work) used.set(key, work);
      return work;
    },
    setArticle: (key, work) => void used.set(key, work),
    setPatterns(next) {
      patterns = next;
      [articles, used] = [used, new Map()];
    },
    layouts: {
      get: (key) => {
        const found = layouts.get(key);
        if (found) stats.layoutHits++;
        else stats.layoutMisses++;
        return found;
      },
      set: (key, positions) => void layouts.set(key, positions),
    },
    stats,
  };
}

interface StoredMeta {
  version: string;
  patterns: string[];
}

type StoredWork = Omit<ArticleWork, 'lookupKeys'> & { lookupKeys: string };

/**
 * A cache backed by `dir`. Reads lazily (an article's work when its key is asked for); `save()`
 * writes what this build used and deletes the rest. A folder written by another code version is
 * ignored (and replaced on save).
 */
export function folderCache(dir: string, version: string): BuildCache & { save(): void } {
  const articleDir = join(dir, 'articles');
  let meta: StoredMeta | null;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as StoredMeta;
  } catch {
    meta = null;
  }
  const isCurrent = meta?.version === version;
  let storedLayouts: Record<string, number[]> = {};
  if (isCurrent) {
    try {
      storedLayouts = JSON.parse(readFileSync(join(dir, 'layouts.json'), 'utf8')) as Record<string, number[]>;
      // Stems of the words seen (aliases, articles): a new name costs one Snowball run, once.
      importWordForms(JSON.parse(readFileSync(join(dir, 'words.json'), 'utf8')) as Parameters<typeof importWordForms>[0]);
    } catch {
      storedLayouts = {};
    }
  }
  const used = new Map<string, ArticleWork>();
  const written = new Set<string>();
  const usedLayouts = new Map<string, number[]>();
  let patterns: Set<string> | null = isCurrent ? new Set(meta!.patterns) : null;
  const stats = emptyStats();
  return {
    version,
    get patterns() {
      return patterns;
    },
    getArticle(key) {
      if (!isCurrent) return undefined;
      const cached = used.get(key);
      if (cached) return cached;
      let stored: StoredWork;
      try {
        stored = JSON.parse(readFileSync(join(articleDir, `${key}.json`), 'utf8')) as StoredWork;
      } catch {
        return undefined;
      }
      const buffer = Buffer.from(stored.lookupKeys, 'base64');
      const work: ArticleWork = {
        ...stored,
        lookupKeys: new Uint32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4),
      };
      used.set(key, work);
      written.add(key);
      return work;
    },
    setArticle(key, work) {
      used.set(key, work);
      written.delete(key);
    },
    setPatterns: (next) => void (patterns = next),
    layouts: {
      get(key) {
        const found = usedLayouts.get(key) ?? (Object.hasOwn(storedLayouts, key) ? storedLayouts[key] : undefined);
        if (found) {
          stats.layoutHits++;
          usedLayouts.set(key, found);
        } else stats.layoutMisses++;
        return found;
      },
      set: (key, positions) => void usedLayouts.set(key, positions),
    },
    stats,
    save() {
      if (!isCurrent) rmSync(dir, { recursive: true, force: true });
      mkdirSync(articleDir, { recursive: true });
      for (const [key, work] of used) {
        if (written.has(key)) continue;
        const { lookupKeys, ...rest } = work;
        const stored: StoredWork = {
          ...rest,
          lookupKeys: Buffer.from(lookupKeys.buffer, lookupKeys.byteOffset, lookupKeys.byteLength).toString('base64'),
        };
        writeFileSync(join(articleDir, `${key}.json`), JSON.stringify(stored));
      }
      if (existsSync(articleDir)) {
        for (const name of readdirSync(articleDir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(articleDir, name));
      }
      writeFileSync(join(dir, 'layouts.json'), JSON.stringify(Object.fromEntries(usedLayouts)));
      writeFileSync(join(dir, 'words.json'), JSON.stringify(exportWordForms()));
      writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version, patterns: [...(patterns ?? [])] } satisfies StoredMeta));
    },
  };
}
