/**
 * The per-article work of the data build — reading the text (tokens, stems), finding the names,
 * the capitalised words no name explains, the numerals and each paragraph's topics — as one value
 * that a build cache can keep. It depends only on the article file, its entry in articles.yaml,
 * and the alias patterns that could match one of its words; everything that depends on
 * other annotations (who speaks where, which names are dismissed, which numbers are covered) is
 * applied afterwards, on every build, by the caller.
 */
import { hash } from 'node:crypto';
import type { Mention } from '../../src/data/schemas/dataset';
import { distinctWords, lookupKeyHashes, type AliasIndex } from '../extract/mentions';
import { findNumerals, type FoundNumber } from '../extract/numbers';
import { contentParts, type ArticleParagraph, type SegmentedArticle, type Span } from '../extract/segment-article';
import { findNameCandidates, type NameCandidate } from '../transform/coverage';
import { findMentions } from '../transform/mentions';

/** Bump when the meaning of a cached value changes without the code hash noticing (it always does). */
export const ARTICLE_WORK_FORMAT = 2;

export interface ArticleWork {
  /** The segmentation (segmentArticle), so a cached article is not split again. */
  body: Span;
  paragraphs: ArticleParagraph[];
  /** Mentions with role "mentioned" or "credit"; "quoted" is decided per build from the speakers. */
  mentions: Mention[];
  /** Capitalised words outside mentions and sentence starts, before dismissals are applied. */
  nameCandidates: NameCandidate[];
  numerals: (FoundNumber & { paragraph: number })[];
  /**
   * Hashes of every key the article's tokens look up in an alias index (see lookupKeys), sorted:
   * a pattern added or removed since the cache was written can only change this article's
   * mentions if one of the keys it is filed under is here.
   */
  lookupKeys: Uint32Array;
  /**
   * A hash of the paragraphs and mentions: with the work's key (article file and entry), what the
   * article's text part and its share of each entity's mentions part are built from.
   */
  readonly fingerprint: string;
}

export const workFingerprint = (work: Pick<ArticleWork, 'paragraphs' | 'mentions'>) =>
  sha256(JSON.stringify([work.paragraphs, work.mentions]));

// The key hash lives beside the keys it hashes; the cache's other modules take it from here.
export { hashKey } from '../extract/mentions';

export function computeArticleWork(
  article: SegmentedArticle,
  patterns: AliasIndex,
  kindOf: Map<string, Mention['entityKind']>,
): ArticleWork {
  const found = findMentions(article, patterns, kindOf, new Set());
  // The keys cover every word findMentions read (content, credits, captions). Only a build cache
  // reads them, so they are sorted when it asks: a build without one skips that.
  const words = distinctWords([...found.tokenRuns, ...found.creditRuns]);
  let keys: Uint32Array | undefined;
  let fingerprint: string | undefined;
  return {
    body: article.body,
    paragraphs: article.paragraphs,
    mentions: found.mentions,
    nameCandidates: findNameCandidates(article, found.tokenRuns, found.mentions, []),
    numerals: contentParts(article).flatMap((part) =>
      findNumerals(article.text, part.start, part.end).map((numeral) => ({ ...numeral, paragraph: part.paragraph })),
    ),
    get lookupKeys() {
      return (keys ??= lookupKeyHashes(words));
    },
    get fingerprint() {
      return (fingerprint ??= workFingerprint(this));
    },
  };
}

/** Whether a sorted key list holds `key` (binary search). */
export function hasKey(keys: Uint32Array, key: number): boolean {
  let [low, high] = [0, keys.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = keys[middle]!;
    if (value === key) return true;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** An alias as the cache compares them between builds: what it names, and how. */
export function aliasSignature(kind: string, entity: string, text: string, onlyIn: string[] | null): string {
  return JSON.stringify([kind, entity, text, onlyIn]);
}

/** The pipeline's one sha256 (hex): of a text's UTF-8 bytes, or of bytes. */
export const sha256 = (data: string | Buffer) => hash('sha256', data, 'hex');
