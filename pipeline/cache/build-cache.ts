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
 * Only what the last build used can be read back, and the folder does not grow without bound
 * (see folderCache).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportWordForms, importWordForms } from '../extract/mentions';
import type { ChromeKind } from '../../src/data/schemas/common';
import type { Mention, MentionRole } from '../../src/data/schemas/dataset';
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
  /** The work stored under `key`, for article `article` whose file is `text`. */
  getArticle(key: string, article: string, text: string): ArticleWork | undefined;
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
  /** Pack files holding the stored work, oldest first (see folderCache). */
  packs: string[];
  /**
   * Keys of each pack that the last build did not use: their work was computed for older alias
   * patterns than `patterns`, so it must never be reused (memoryCache drops such work outright).
   */
  dead: Record<string, string[]>;
}

/**
 * An article's work as a pack stores it, in as few JSON values as can be parsed back (parsing
 * the packs is most of what a warm build reads): each paragraph as one array, the mentions as
 * one array of numbers with their entity ids listed once, each surface left out (it is the text
 * between start and end), and the lookup keys as a slice of the pack's key file.
 */
interface StoredWork {
  body: ArticleWork['body'];
  /** [index, start, end, then start, end, chrome ('' for content) of each part]. */
  paragraphs: (number | string)[][];
  /** Entity ids, then [entity, kind, paragraph, start, end, role] of each mention, flat. */
  mentions: [entities: string[], fields: number[]];
  nameCandidates: ArticleWork['nameCandidates'];
  numerals: ArticleWork['numerals'];
  keys: [offset: number, count: number];
}

const KINDS = ['person', 'organisation', 'place'] as const satisfies Mention['entityKind'][];
const ROLES = ['quoted', 'mentioned', 'credit'] as const satisfies MentionRole[];
const MENTION_FIELDS = 6;

function encodeWork(work: ArticleWork, keys: StoredWork['keys']): StoredWork {
  const entities: string[] = [];
  const entityAt = new Map<string, number>();
  const fields: number[] = [];
  for (const mention of work.mentions) {
    let at = entityAt.get(mention.entity);
    if (at === undefined) entityAt.set(mention.entity, (at = entities.push(mention.entity) - 1));
    fields.push(at, KINDS.indexOf(mention.entityKind), mention.paragraph, mention.start, mention.end, ROLES.indexOf(mention.role));
  }
  return {
    body: work.body,
    paragraphs: work.paragraphs.map((paragraph) => [
      paragraph.index,
      paragraph.start,
      paragraph.end,
      ...paragraph.parts.flatMap((part) => [part.start, part.end, part.chrome ?? '']),
    ]),
    mentions: [entities, fields],
    nameCandidates: work.nameCandidates,
    numerals: work.numerals,
    keys,
  };
}

/** The work encodeWork stored, with the same fields in the same order; `text` is the article's. */
function decodeWork(stored: StoredWork, article: string, text: string, keys: Uint32Array): ArticleWork {
  const paragraphs = stored.paragraphs.map(([index, start, end, ...flat]) => {
    const parts: ArticleWork['paragraphs'][number]['parts'] = [];
    for (let at = 0; at < flat.length; at += 3) {
      const [partStart, partEnd, chrome] = [flat[at] as number, flat[at + 1] as number, flat[at + 2] as string];
      parts.push(chrome ? { start: partStart, end: partEnd, chrome: chrome as ChromeKind } : { start: partStart, end: partEnd });
    }
    return { index: index as number, start: start as number, end: end as number, parts };
  });
  const [entities, fields] = stored.mentions;
  const mentions: Mention[] = [];
  for (let at = 0; at < fields.length; at += MENTION_FIELDS) {
    const [start, end] = [fields[at + 3]!, fields[at + 4]!];
    mentions.push({
      entity: entities[fields[at]!]!,
      entityKind: KINDS[fields[at + 1]!]!,
      article,
      paragraph: fields[at + 2]!,
      start,
      end,
      surface: text.slice(start, end),
      role: ROLES[fields[at + 5]!]!,
    });
  }
  return { body: stored.body, paragraphs, mentions, nameCandidates: stored.nameCandidates, numerals: stored.numerals, lookupKeys: keys };
}

/** Past this share of stored work that a build did not use, or this many packs, save() rewrites one pack. */
const STALE_SHARE = 0.25;
const MAX_PACKS = 8;

/**
 * A cache backed by `dir`. The work is stored in a few pack files, not a file per article: at
 * ×1000 opening 5 000 files and parsing each was most of an incremental build. A pack is
 * `<name>.json` (the work by key) and `<name>.keys` (every article's lookup keys, raw 32-bit
 * words, sliced without copying). `save()` adds one pack with the work this build computed, and
 * rewrites everything into one pack when too much stored work went unused (STALE_SHARE) or the packs
 * pile up (MAX_PACKS), so the folder stays bounded while a one-article change writes one article.
 * A folder written by another code version is ignored (and replaced on save).
 */
export function folderCache(dir: string, version: string): BuildCache & { save(): void } {
  let meta: StoredMeta | null;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as StoredMeta;
  } catch {
    meta = null;
  }
  const isCurrent = meta?.version === version && Array.isArray(meta.packs) && typeof meta.dead === 'object';
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
  /** Stored work by key, read from the packs on the first look-up, decoded when asked for. */
  let stored: Map<string, { work: StoredWork; keys: Uint32Array }> | null = null;
  /** Which pack each stored key is read from (a later pack wins), and every key of each pack. */
  const source = new Map<string, string>();
  const packKeys = new Map<string, string[]>();
  const readPacks = () => {
    stored = new Map();
    for (const pack of isCurrent ? meta!.packs : []) {
      let works: Record<string, StoredWork>;
      let keys: Uint32Array;
      try {
        works = JSON.parse(readFileSync(join(dir, `${pack}.json`), 'utf8')) as Record<string, StoredWork>;
        keys = wordsOf(readFileSync(join(dir, `${pack}.keys`)));
      } catch {
        continue; // a pack that cannot be read is work to redo
      }
      const dead = new Set(meta!.dead[pack]);
      packKeys.set(pack, Object.keys(works));
      for (const [key, work] of Object.entries(works)) {
        if (dead.has(key)) continue;
        const [offset, count] = work.keys;
        stored.set(key, { work, keys: keys.subarray(offset, offset + count) });
        source.set(key, pack);
      }
    }
    return stored;
  };
  const used = new Map<string, ArticleWork>();
  /** Work computed by this build (not in any pack yet). */
  const fresh = new Set<string>();
  const usedLayouts = new Map<string, number[]>();
  let patterns: Set<string> | null = isCurrent ? new Set(meta!.patterns) : null;
  const stats = emptyStats();
  return {
    version,
    get patterns() {
      return patterns;
    },
    getArticle(key, article, text) {
      if (!isCurrent) return undefined;
      let work = used.get(key);
      if (!work) {
        const found = (stored ?? readPacks()).get(key);
        if (!found) return undefined;
        used.set(key, (work = decodeWork(found.work, article, text, found.keys)));
      }
      return work;
    },
    setArticle(key, work) {
      used.set(key, work);
      fresh.add(key);
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
      mkdirSync(dir, { recursive: true });
      const packs = isCurrent ? [...meta!.packs] : [];
      if (isCurrent && !stored) readPacks();
      /** Whether this build used the entry of `pack` under `key` (not one recomputed or from another pack). */
      const isLive = (pack: string, key: string) => used.has(key) && !fresh.has(key) && source.get(key) === pack;
      let garbage = 0;
      for (const [pack, keys] of packKeys) garbage += keys.filter((key) => !isLive(pack, key)).length;
      const isRewrite = packs.length >= MAX_PACKS || garbage > STALE_SHARE * Math.max(used.size, 1);
      const toWrite = isRewrite ? [...used.keys()] : [...fresh];
      const written: string[] = [];
      if (toWrite.length > 0 || packs.length === 0) {
        const name = `pack-${1 + Math.max(0, ...packs.map((pack) => Number(pack.slice('pack-'.length)) || 0))}`;
        writePack(
          dir,
          name,
          toWrite.map((key) => [key, used.get(key)!] as const),
        );
        written.push(name);
      }
      const kept = isRewrite ? written : [...packs, ...written];
      for (const pack of packs) {
        if (kept.includes(pack)) continue;
        rmSync(join(dir, `${pack}.json`), { force: true });
        rmSync(join(dir, `${pack}.keys`), { force: true });
      }
      writeFileSync(join(dir, 'layouts.json'), JSON.stringify(Object.fromEntries(usedLayouts)));
      writeFileSync(join(dir, 'words.json'), JSON.stringify(exportWordForms()));
      const dead: StoredMeta['dead'] = {};
      for (const pack of kept) {
        const keys = (packKeys.get(pack) ?? []).filter((key) => !isLive(pack, key));
        if (keys.length > 0) dead[pack] = keys;
      }
      writeFileSync(
        join(dir, 'meta.json'),
        JSON.stringify({ version, patterns: [...(patterns ?? [])], packs: kept, dead } satisfies StoredMeta),
      );
    },
  };
}

/** A key file's bytes as 32-bit words (copied only when the buffer is not 4-byte aligned). */
function wordsOf(bytes: Buffer): Uint32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

function writePack(dir: string, name: string, entries: (readonly [string, ArticleWork])[]): void {
  const works: Record<string, StoredWork> = {};
  const keys = new Uint32Array(entries.reduce((sum, [, work]) => sum + work.lookupKeys.length, 0));
  let offset = 0;
  for (const [key, work] of entries) {
    keys.set(work.lookupKeys, offset);
    works[key] = encodeWork(work, [offset, work.lookupKeys.length]);
    offset += work.lookupKeys.length;
  }
  writeFileSync(join(dir, `${name}.keys`), keys);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(works));
}
