/** Keys and validity of cached per-article work (see build-cache.ts for the scheme). */
import { fileKeys, tokenize } from '../extract/mentions';
import type { Annotations, ArticleAnnotation } from '../sources/annotation-schemas';
import { namedEntities } from '../transform/validate-annotations';
import { aliasSignature, hasKey, hashKey, sha256, type ArticleWork } from './article-work';

export { sha256 };

const KIND = { people: 'person', organisations: 'organisation', places: 'place' } as const;

/** The key of an article's work: code version, file hash and its articles.yaml entry. */
export function articleWorkKey(version: string, fileHash: string, annotation: ArticleAnnotation): string {
  return sha256(JSON.stringify([version, fileHash, annotation]));
}

/** Every alias of every named entity, as a signature (what it names and how). */
export function currentAliasSignatures(annotations: Annotations): Set<string> {
  const signatures = new Set<string>();
  for (const [key, entries] of namedEntities(annotations)) {
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        const [text, onlyIn] = typeof alias === 'string' ? [alias, null] : [alias.text, alias.onlyIn];
        signatures.add(aliasSignature(KIND[key], entry.id, text, onlyIn));
      }
    }
  }
  return signatures;
}

/**
 * Hashed index keys of the aliases added or removed since `previous`: an article whose tokens
 * look up none of them finds exactly the mentions it found then.
 */
export function changedAliasKeys(previous: ReadonlySet<string> | null, current: Set<string>): number[] {
  if (!previous) return [];
  const changed = [...current].filter((signature) => !previous.has(signature));
  for (const signature of previous) if (!current.has(signature)) changed.push(signature);
  const keys = new Set<number>();
  for (const signature of changed) {
    const first = tokenize((JSON.parse(signature) as [string, string, string])[2])[0];
    if (first) for (const key of fileKeys(first)) keys.add(hashKey(key));
  }
  return [...keys];
}

export function isStillValid(work: ArticleWork, changedKeys: number[]): boolean {
  return !changedKeys.some((key) => hasKey(work.lookupKeys, key));
}
