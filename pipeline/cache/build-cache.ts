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
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportWordForms, importWordForms } from '../extract/mentions';
import { ChromeKindSchema } from '../../src/data/schemas/common';
import type { Mention, MentionRole } from '../../src/data/schemas/dataset';
import type { EntryMemo } from '../sources/load';
import type { LayoutMemo } from '../transform/network-layout';
import type { ArticleWork } from './article-work';

export interface CacheStats {
  /** Annotation list entries taken from the cache, and checked and stored by this build. */
  entryHits: number;
  entryMisses: number;
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
  /**
   * Annotation entries as their schema returned them, by the key of the list item they were read
   * from (sources/load.ts readList); only entries that passed their own checks are stored.
   */
  entries: EntryMemo & { set(key: string, entry: object): void };
  stats: CacheStats;
}

const emptyStats = (): CacheStats => ({
  entryHits: 0,
  entryMisses: 0,
  articleHits: 0,
  articleMisses: 0,
  articleInvalidated: 0,
  layoutHits: 0,
  layoutMisses: 0,
});

/** A cache that lives as long as the object: for tests, and the base of the folder cache. */
export function memoryCache(version = 'memory'): BuildCache {
  // Work not used by a build is dropped when it records its patterns: it was computed for older
  // patterns, which the next build's comparison would not know about.
  let articles = new Map<string, ArticleWork>();
  let used = new Map<string, ArticleWork>();
  const layouts = new Map<string, number[]>();
  const entries = new Map<string, object>();
  let patterns: Set<string> | null = null;
  const stats = emptyStats();
  return {
    version,
    entries: entryMemo(entries, entries, stats),
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
  /** Files holding the stored annotation entries, oldest first (see saveEntries). */
  entryPacks: string[];
}

/**
 * An article's work as a pack stores it, with as little JSON to parse back as it can (parsing the
 * packs is most of what a warm build reads): the paragraphs and mentions are small integers,
 * kept as raw 32-bit words in the pack's `.ints` file, with the mentions' entity ids listed once
 * and each surface left out (it is the text between start and end); the lookup keys are a slice
 * of the pack's `.keys` file.
 */
interface StoredWork {
  body: ArticleWork['body'];
  /** Entity ids of the mentions, each once; a mention's words name it by position. */
  entities: string[];
  nameCandidates: ArticleWork['nameCandidates'];
  numerals: ArticleWork['numerals'];
  /** [offset, count] of its lookup keys in `<pack>.keys`. */
  keys: [offset: number, count: number];
  fingerprint: string;
  /**
   * [offset, count] of its words in `<pack>.ints`: the paragraph count, then each paragraph's
   * index, start, end and part count, then each part's start, end and chrome kind (-1 for
   * content); then the mention count and each mention's entity, kind, paragraph, start, end and role.
   */
  ints: [offset: number, count: number];
}

const KINDS = ['person', 'organisation', 'place'] as const satisfies Mention['entityKind'][];
const ROLES = ['quoted', 'mentioned', 'credit'] as const satisfies MentionRole[];
const CHROME_KINDS = ChromeKindSchema.options;
/** Words per mention in `ints`: entity, kind, paragraph, start, end, role. */
const MENTION_FIELDS = 6;

/** The work's integers, appended to `ints`, and its other fields. */
function encodeWork(work: ArticleWork, keys: StoredWork['keys'], ints: number[]): StoredWork {
  const offset = ints.length;
  ints.push(work.paragraphs.length);
  for (const paragraph of work.paragraphs) {
    ints.push(paragraph.index, paragraph.start, paragraph.end, paragraph.parts.length);
    for (const part of paragraph.parts) ints.push(part.start, part.end, part.chrome === undefined ? -1 : CHROME_KINDS.indexOf(part.chrome));
  }
  const entities: string[] = [];
  const entityAt = new Map<string, number>();
  ints.push(work.mentions.length);
  for (const mention of work.mentions) {
    let at = entityAt.get(mention.entity);
    if (at === undefined) entityAt.set(mention.entity, (at = entities.push(mention.entity) - 1));
    ints.push(at, KINDS.indexOf(mention.entityKind), mention.paragraph, mention.start, mention.end, ROLES.indexOf(mention.role));
  }
  return {
    body: work.body,
    entities,
    nameCandidates: work.nameCandidates,
    numerals: work.numerals,
    keys,
    fingerprint: work.fingerprint,
    ints: [offset, ints.length - offset],
  };
}

/**
 * The work encodeWork stored, with the same fields in the same order; `text` is the article's,
 * `ints` its slice of the pack's integers. Its lookup keys are read from the pack's key file only
 * if asked for (a build with the same aliases never does).
 */
function decodeWork(stored: StoredWork, article: string, text: string, ints: Int32Array, keys: () => Uint32Array): ArticleWork {
  let at = 0;
  const paragraphs: ArticleWork['paragraphs'] = [];
  for (let count = ints[at++]!; count > 0; count--) {
    const [index, start, end, partCount] = [ints[at]!, ints[at + 1]!, ints[at + 2]!, ints[at + 3]!];
    at += 4;
    const parts: ArticleWork['paragraphs'][number]['parts'] = [];
    for (let part = 0; part < partCount; part++, at += 3) {
      const chrome = ints[at + 2]!;
      parts.push(
        chrome === -1 ? { start: ints[at]!, end: ints[at + 1]! } : { start: ints[at]!, end: ints[at + 1]!, chrome: CHROME_KINDS[chrome]! },
      );
    }
    paragraphs.push({ index, start, end, parts });
  }
  const mentions: Mention[] = [];
  for (let count = ints[at++]!; count > 0; count--, at += MENTION_FIELDS) {
    const [start, end] = [ints[at + 3]!, ints[at + 4]!];
    mentions.push({
      entity: stored.entities[ints[at]!]!,
      entityKind: KINDS[ints[at + 1]!]!,
      article,
      paragraph: ints[at + 2]!,
      start,
      end,
      surface: text.slice(start, end),
      role: ROLES[ints[at + 5]!]!,
    });
  }
  let lookupKeys: Uint32Array | undefined;
  return {
    body: stored.body,
    paragraphs,
    mentions,
    nameCandidates: stored.nameCandidates,
    numerals: stored.numerals,
    get lookupKeys() {
      return (lookupKeys ??= keys());
    },
    fingerprint: stored.fingerprint,
  };
}

/** Past this share of stored work that a build did not use, or this many packs, save() rewrites one pack. */
const STALE_SHARE = 0.25;
const MAX_PACKS = 8;

/**
 * A cache backed by `dir`. The work is stored in a few pack files, not a file per article: at
 * ×1000 opening 5 000 files and parsing each was most of an incremental build. A pack is
 * `<name>.json` (the work by key), `<name>.ints` (every article's paragraphs and mentions) and
 * `<name>.keys` (every article's lookup keys, read only when the aliases changed), both raw
 * 32-bit words, sliced without copying. `save()` adds one pack with the work this build computed, and
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
  const isCurrent =
    meta?.version === version && Array.isArray(meta.packs) && typeof meta.dead === 'object' && Array.isArray(meta.entryPacks);
  let storedLayouts: Record<string, number[]> = {};
  if (isCurrent) {
    try {
      storedLayouts = JSON.parse(readFileSync(join(dir, 'layouts.json'), 'utf8')) as Record<string, number[]>;
      // Stems of the words seen (aliases, articles): a new name costs one Snowball run, once.
      importWordForms(readJson(join(dir, 'words.json')) as Parameters<typeof importWordForms>[0]);
    } catch {
      storedLayouts = {};
    }
  }
  /** Stored work by key, read from the packs on the first look-up, decoded when asked for. */
  let stored: Map<string, { work: StoredWork; ints: Int32Array; keys: () => Uint32Array }> | null = null;
  /** Which pack each stored key is read from (a later pack wins), and every key of each pack. */
  const source = new Map<string, string>();
  const packKeys = new Map<string, string[]>();
  const readPacks = () => {
    stored = new Map();
    for (const pack of isCurrent ? meta!.packs : []) {
      let works: Record<string, StoredWork>;
      let ints: Int32Array;
      let keyBytes: number;
      const keyFile = join(dir, `${pack}.keys`);
      try {
        works = readJson(join(dir, `${pack}.json`)) as Record<string, StoredWork>;
        ints = wordsOf(readFileSync(join(dir, `${pack}.ints`)), Int32Array);
        keyBytes = statSync(keyFile).size;
      } catch {
        continue; // a pack that cannot be read is work to redo
      }
      let keys: Uint32Array | undefined;
      const packKeyWords = () => (keys ??= wordsOf(readFileSync(keyFile), Uint32Array));
      const dead = new Set(meta!.dead[pack]);
      packKeys.set(pack, Object.keys(works));
      for (const [key, work] of Object.entries(works)) {
        const [[offset, count], [intsOffset, intsCount]] = [work.keys, work.ints];
        if (dead.has(key) || 4 * (offset + count) > keyBytes || intsOffset + intsCount > ints.length) continue;
        stored.set(key, {
          work,
          ints: ints.subarray(intsOffset, intsOffset + intsCount),
          keys: () => packKeyWords().subarray(offset, offset + count),
        });
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
  const storedEntries = isCurrent ? readEntries(dir, meta!.entryPacks) : new Map<string, object>();
  const usedEntries = new Map<string, object>();
  return {
    version,
    entries: entryMemo(storedEntries, usedEntries, stats),
    get patterns() {
      return patterns;
    },
    getArticle(key, article, text) {
      if (!isCurrent) return undefined;
      let work = used.get(key);
      if (!work) {
        const found = (stored ?? readPacks()).get(key);
        if (!found) return undefined;
        used.set(key, (work = decodeWork(found.work, article, text, found.ints, found.keys)));
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
        for (const extension of ['json', 'keys', 'ints']) rmSync(join(dir, `${pack}.${extension}`), { force: true });
      }
      writeFileSync(join(dir, 'layouts.json'), JSON.stringify(Object.fromEntries(usedLayouts)));
      const entryPacks = saveEntries(dir, isCurrent ? meta!.entryPacks : [], storedEntries, usedEntries);
      writeJson(join(dir, 'words.json'), exportWordForms());
      const dead: StoredMeta['dead'] = {};
      for (const pack of kept) {
        const keys = (packKeys.get(pack) ?? []).filter((key) => !isLive(pack, key));
        if (keys.length > 0) dead[pack] = keys;
      }
      writeFileSync(
        join(dir, 'meta.json'),
        JSON.stringify({ version, patterns: [...(patterns ?? [])], packs: kept, dead, entryPacks } satisfies StoredMeta),
      );
    },
  };
}

/** A file's bytes as 32-bit words (copied only when the buffer is not 4-byte aligned). */
function wordsOf<T extends Uint32Array | Int32Array>(
  bytes: Buffer,
  type: new (buffer: ArrayBufferLike, offset: number, length: number) => T,
): T {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new type(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

function writePack(dir: string, name: string, entries: (readonly [string, ArticleWork])[]): void {
  const works: Record<string, StoredWork> = {};
  const keys = new Uint32Array(entries.reduce((sum, [, work]) => sum + work.lookupKeys.length, 0));
  const ints: number[] = [];
  let offset = 0;
  for (const [key, work] of entries) {
    keys.set(work.lookupKeys, offset);
    works[key] = encodeWork(work, [offset, work.lookupKeys.length], ints);
    offset += work.lookupKeys.length;
  }
  writeFileSync(join(dir, `${name}.keys`), keys);
  writeFileSync(join(dir, `${name}.ints`), Int32Array.from(ints));
  writeJson(join(dir, `${name}.json`), works);
}

/**
 * The entry memo over `stored`, recording in `used` what this build read or stored (the folder
 * keeps only those). The memory cache passes one map as both.
 */
/** Stored entries by key: a Map, or the object a pack file parses to (see readEntries). */
interface StoredEntries {
  get(key: string): object | undefined;
  has(key: string): boolean;
  readonly size: number;
}

function entryMemo(stored: StoredEntries, used: Map<string, object>, stats: CacheStats): BuildCache['entries'] {
  return {
    get(key) {
      const entry = stored.get(key);
      if (entry !== undefined) {
        stats.entryHits++;
        used.set(key, entry);
      }
      return entry;
    },
    set(key, entry) {
      stats.entryMisses++;
      used.set(key, entry);
    },
  };
}

/**
 * The stored entries: JSON objects of key → entry in a few files (at ×1000, ~45 MB that parse in
 * ~2 s, where parsing the YAML they came from takes ~6 s). A later file wins; a file that cannot
 * be read is entries to check again.
 */
function readEntries(dir: string, packs: string[]): StoredEntries {
  // The parsed object is looked up as it is: copying 157 000 entries into a Map cost 0.4 s.
  let entries: Record<string, object> = {};
  for (const pack of packs) {
    try {
      const stored = readJson(join(dir, `${pack}.json`)) as Record<string, object>;
      entries = Object.keys(entries).length === 0 ? stored : Object.assign(entries, stored);
    } catch {
      /* checked again, and stored by this build */
    }
  }
  const size = Object.keys(entries).length;
  return {
    get: (key) => (Object.hasOwn(entries, key) ? entries[key] : undefined),
    has: (key) => Object.hasOwn(entries, key),
    size,
  };
}

/**
 * Adds a file with the entries this build checked, as the work packs do: rewriting all 45 MB for
 * the few entries a new article brings was 1.3 s of each build at ×1000. Everything in use is
 * written into one new file when too much stored is no longer used (STALE_SHARE) or the files
 * pile up (MAX_PACKS). Returns the files now holding the entries.
 */
function saveEntries(dir: string, packs: string[], stored: StoredEntries, used: Map<string, object>): string[] {
  let fresh = 0;
  for (const key of used.keys()) if (!stored.has(key)) fresh++;
  const unused = stored.size - (used.size - fresh);
  const isRewrite = packs.length === 0 || packs.length >= MAX_PACKS || unused > STALE_SHARE * Math.max(used.size, 1);
  if (!isRewrite && fresh === 0) return packs;
  const name = `entries-${1 + Math.max(0, ...packs.map((pack) => Number(pack.slice('entries-'.length)) || 0))}`;
  const toWrite: Record<string, object> = {};
  for (const [key, entry] of used) if (isRewrite || !stored.has(key)) toWrite[key] = entry;
  writeJson(join(dir, `${name}.json`), toWrite);
  if (!isRewrite) return [...packs, name];
  for (const pack of packs) rmSync(join(dir, `${pack}.json`), { force: true });
  return [name];
}

/**
 * The cache's large JSON files (entries, work packs, word forms) are stored as UTF-16LE: Node
 * decodes that with a copy, where decoding UTF-8 costs ~0.85 s for the 68 MB of mostly Cyrillic
 * entries at ×1000 (the files are ~1.5× larger). JSON.stringify escapes lone surrogates, so every
 * text survives the trip.
 */
function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf16le'));
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value), 'utf16le');
}
