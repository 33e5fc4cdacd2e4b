/**
 * Finds the people, organisations and places of the dataset in article text, whatever their case
 * form. Russian names decline (Арутюнов, Арутюнова, Арутюновым; Астана, Астане) and the Snowball
 * stemmer is not consistent on them: it cuts "Арутюнов" to "арутюн" but "Арутюнова" to
 * "арутюнов", "Астана" to "аста" but "Астане" to "астан". So two words match when the shorter
 * stem starts the other stem and neither word runs on for more than an ending past it.
 */
import snowball from 'snowball-stemmers';
import type { Span } from './segment-article';
import { wordBounds } from './words';

const russianStemmer = snowball.newStemmer('russian');

export interface Token extends Span {
  text: string;
  /** Lower case, ё folded to е. */
  norm: string;
  stem: string;
  /** The word's shared record, where what is worked out once per word is kept. @internal */
  forms: WordForms;
}

/** Russian case endings are at most this long ("-ами", "-ому", "-ыми"). */
const MAX_ENDING = 4;
/** How far past the shorter stem a word of a match may run (see wordsMatch). */
const maxEndingFor = (stemLength: number) => (stemLength < 3 ? 2 : MAX_ENDING);

const isAbbreviation = (word: string) => /^[\p{Lu}\d]{2,}$/u.test(word);

export function normalise(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/**
 * Norm and stem of each distinct word seen. The Snowball stemmer is most of the cost of reading a
 * text, and a corpus repeats its words: a lookup per token instead of a stemming per token. The
 * vocabulary is bounded by the corpus, so the table is too.
 */
const WORD_FORMS = new Map<string, WordForms>();

/**
 * A word of the table. Each token points to its record, so what depends only on the word (its
 * alias candidates, its hashed lookup keys) is worked out once and then read without another
 * lookup in a table that grows with the corpus (at ×1000, such lookups grew slower per token).
 * @internal
 */
export interface WordForms {
  readonly norm: string;
  readonly stem: string;
  /** It starts with a capital letter. */
  readonly isCapitalised: boolean;
  /** Capitals and digits only, two or more: it does not decline (see wordsMatch). */
  readonly isAbbreviation: boolean;
  /** hashKey of each of its lookupKeys, once asked for (see lookupKeyHashes). */
  keyHashes: number[] | undefined;
  /** The patterns of `candidatesIn` its first word might match, once asked for (see candidatePatterns). */
  candidates: AliasPattern[] | undefined;
  candidatesIn: AliasIndex | undefined;
  /** The last call of distinctWords that counted it. */
  keyPass: number;
}

const newForms = (word: string, norm: string, stem: string): WordForms => ({
  norm,
  stem,
  isCapitalised: /^\p{Lu}/u.test(word),
  isAbbreviation: isAbbreviation(word),
  keyHashes: undefined,
  candidates: undefined,
  candidatesIn: undefined,
  keyPass: 0,
});

function wordForms(word: string): WordForms {
  let forms = WORD_FORMS.get(word);
  if (!forms) {
    const norm = normalise(word);
    forms = newForms(word, norm, /\p{Script=Cyrillic}/u.test(norm) ? russianStemmer.stem(norm) : norm);
    WORD_FORMS.set(word, forms);
  }
  return forms;
}

/** The memoised word forms, for a build cache to keep between processes. @internal */
export function exportWordForms(): [word: string, norm: string, stem: string][] {
  return [...WORD_FORMS].map(([word, forms]) => [word, forms.norm, forms.stem]);
}

/** @internal see exportWordForms */
export function importWordForms(entries: [word: string, norm: string, stem: string][]): void {
  for (const [word, norm, stem] of entries) if (!WORD_FORMS.has(word)) WORD_FORMS.set(word, newForms(word, norm, stem));
}

/** Forgets every memoised form, as a new process would: for measuring. @internal */
export function resetWordForms(): void {
  WORD_FORMS.clear();
}

export function stem(word: string): string {
  return wordForms(word).stem;
}

/** The words of `text` between `from` and `to` (see wordBounds), with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const bounds = wordBounds(text, from, to);
  const tokens: Token[] = [];
  for (let at = 0; at < bounds.length; at += 2) {
    const [start, end] = [bounds[at]!, bounds[at + 1]!];
    const word = text.slice(start, end);
    const forms = wordForms(word);
    tokens.push({ start, end, text: word, norm: forms.norm, stem: forms.stem, forms });
  }
  return tokens;
}

/**
 * Whether a word of the text is an inflected form of an alias word. Abbreviations (ЕАЭС, ШОС) do
 * not decline and must match exactly, or "ШОС" would find "шоссе".
 */
export function wordsMatch(word: Token, aliasWord: Token): boolean {
  if (aliasWord.forms.isAbbreviation) return word.norm === aliasWord.norm;
  if (word.norm === aliasWord.norm) return true;
  const [shorter, longer] = word.stem.length <= aliasWord.stem.length ? [word.stem, aliasWord.stem] : [aliasWord.stem, word.stem];
  if (shorter.length < 2 || !longer.startsWith(shorter)) return false;
  // A two-letter stem ("аз" of Азия/Азии) is only trusted with a short ending.
  const maxEnding = maxEndingFor(shorter.length);
  return word.norm.length - shorter.length <= maxEnding && aliasWord.norm.length - shorter.length <= maxEnding;
}

/**
 * Two tokens belong to one name when only spaces, quotation marks or dashes stand between them,
 * or the dot of an initial or of "им." ("МГУ им. М. Ломоносова").
 */
export function joinsName(text: string, previous: Token, next: Token): boolean {
  const gap = text.slice(previous.end, next.start);
  if (/^[\s«»"„“”'–—-]*$/u.test(gap)) return !gap.includes('\n');
  return previous.text.length <= 2 && /^\.\s*$/u.test(gap);
}

export interface AliasPattern {
  entity: string;
  words: Token[];
  /** Article ids the alias is limited to, or null for all. */
  onlyIn: string[] | null;
}

/**
 * Alias patterns filed so that a token finds the patterns whose first word it could match (see
 * wordsMatch) in a few map lookups: matching is linear in the text, whatever the number of names
 * (filing by the first two letters, as before, put ever more names behind each key as the corpus
 * grew). Two words match when their norms are equal, or when the shorter stem (two letters or more)
 * starts the longer one and neither norm runs past it by more than maxEndingFor(its length). So a
 * pattern is filed under its norm, its stem, and each proper prefix of its stem that could still be
 * the shorter stem; a token looks up its norm, each prefix of its stem among the patterns' stems, and its stem
 * among the patterns' prefixes. Every pair wordsMatch accepts meets at a key. Abbreviations match
 * by norm only.
 */
export interface AliasIndex {
  /** Patterns by the norm of their first word. */
  byNorm: Map<string, AliasPattern[]>;
  /** Patterns by the stem of their first word (found by tokens whose stem it starts). */
  byStem: Map<string, AliasPattern[]>;
  /** Patterns by each proper prefix of their first word's stem (found by tokens whose stem is that prefix). */
  byStemPrefix: Map<string, AliasPattern[]>;
}

/**
 * Lengths a stem prefix can have and still be "the shorter stem" of a match for this word: its norm
 * runs at most maxEndingFor(length) past it. A two-letter prefix thus needs a norm of four letters
 * or fewer, so a short word ("на", "по") is not offered every name that starts with it.
 */
function prefixRange(word: Pick<Token, 'norm' | 'stem'>): [number, number] {
  const length = word.norm.length;
  return [length - 2 <= maxEndingFor(2) ? 2 : Math.max(3, length - MAX_ENDING), word.stem.length];
}

/**
 * The keys a word is filed under in an AliasIndex, and the keys a token looks up, tagged by map
 * ("n:", "s:", "p:"): a pattern can match a token only if the two sets meet.
 * @internal exported for the build cache, which keeps each article's lookup keys.
 */
export function fileKeys(word: Pick<Token, 'text' | 'norm' | 'stem'>): string[] {
  const keys = [`n:${word.norm}`];
  if (isAbbreviation(word.text)) return keys;
  const [shortest, longest] = prefixRange(word);
  if (shortest <= longest) keys.push(`s:${word.stem}`);
  for (let length = shortest; length < longest; length++) keys.push(`p:${word.stem.slice(0, length)}`);
  return keys;
}

/** @internal see fileKeys */
export function lookupKeys(token: Pick<Token, 'norm' | 'stem'>): string[] {
  const keys = [`n:${token.norm}`];
  const [shortest, longest] = prefixRange(token);
  for (let length = shortest; length <= longest; length++) keys.push(`s:${token.stem.slice(0, length)}`);
  if (shortest <= longest) keys.push(`p:${token.stem}`);
  return keys;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: a compact, deterministic key hash. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

let keyPass = 0;

/** The distinct words of the tokens, each once, in the order first seen. */
export function distinctWords(runs: Token[][]): WordForms[] {
  const pass = ++keyPass;
  const words: WordForms[] = [];
  for (const tokens of runs) {
    for (const token of tokens) {
      if (token.forms.keyPass === pass) continue;
      token.forms.keyPass = pass;
      words.push(token.forms);
    }
  }
  return words;
}

/**
 * The sorted, distinct hashKeys of the words' lookupKeys. Each word's hashes are built once: a
 * corpus repeats its vocabulary, and building the keys per token was much of the cost of reading
 * a text. @internal for the build cache.
 */
export function lookupKeyHashes(words: readonly WordForms[]): Uint32Array {
  let count = 0;
  for (const forms of words) count += (forms.keyHashes ??= lookupKeys(forms).map(hashKey)).length;
  const hashes = new Uint32Array(count);
  count = 0;
  for (const forms of words) for (const key of forms.keyHashes!) hashes[count++] = key;
  // A typed array sorts numerically without a comparator; equal hashes end up side by side.
  hashes.sort();
  let distinct = 0;
  for (let at = 0; at < count; at++) if (at === 0 || hashes[at] !== hashes[at - 1]) hashes[distinct++] = hashes[at]!;
  return hashes.slice(0, distinct);
}

export function indexAliases(patterns: AliasPattern[]): AliasIndex {
  const index: AliasIndex = { byNorm: new Map(), byStem: new Map(), byStemPrefix: new Map() };
  const maps = { n: index.byNorm, s: index.byStem, p: index.byStemPrefix } as const;
  for (const pattern of patterns) {
    const first = pattern.words[0];
    if (!first) continue;
    for (const key of fileKeys(first)) {
      const map = maps[key[0] as keyof typeof maps];
      const name = key.slice(2);
      const filed = map.get(name);
      if (filed) filed.push(pattern);
      else map.set(name, [pattern]);
    }
  }
  return index;
}

/**
 * The patterns whose first word might match `token`, each once. Kept on the word's record for the
 * last index asked about: a corpus repeats its words, and a build asks about one index.
 */
export function candidatePatterns(index: AliasIndex, token: Token): AliasPattern[] {
  const forms = token.forms;
  if (forms.candidatesIn !== index) {
    forms.candidates = findCandidates(index, token);
    forms.candidatesIn = index;
  }
  return forms.candidates!;
}

function findCandidates(index: AliasIndex, token: Token): AliasPattern[] {
  const found: AliasPattern[] = [];
  const add = (patterns: AliasPattern[] | undefined) => {
    if (patterns) for (const pattern of patterns) if (!found.includes(pattern)) found.push(pattern);
  };
  add(index.byNorm.get(token.norm));
  const [shortest, longest] = prefixRange(token);
  for (let length = shortest; length <= longest; length++) add(index.byStem.get(token.stem.slice(0, length)));
  if (shortest <= longest) add(index.byStemPrefix.get(token.stem));
  return found;
}

export interface NameMatch extends Span {
  entity: string;
  surface: string;
}

/**
 * All non-overlapping alias matches in `tokens`: the longest match wins ("Международный
 * университет Астана" over the city "Астана"), then the earliest.
 */
export function matchAliases(text: string, tokens: Token[], patterns: AliasPattern[] | AliasIndex, articleId: string): NameMatch[] {
  const index = Array.isArray(patterns) ? indexAliases(patterns) : patterns;
  const candidates: { entity: string; first: number; last: number }[] = [];
  for (let first = 0; first < tokens.length; first++) {
    for (const pattern of candidatePatterns(index, tokens[first]!)) {
      if (pattern.onlyIn && !pattern.onlyIn.includes(articleId)) continue;
      const size = pattern.words.length;
      if (first + size > tokens.length) continue;
      // A one-word name must keep its capital: "Путин" is a name, "пути" is "ways".
      let isMatch = size > 1 || !pattern.words[0]!.forms.isCapitalised || tokens[first]!.forms.isCapitalised;
      for (let offset = 0; offset < size && isMatch; offset++) {
        const token = tokens[first + offset]!;
        isMatch = wordsMatch(token, pattern.words[offset]!) && (offset === 0 || joinsName(text, tokens[first + offset - 1]!, token));
      }
      if (isMatch) candidates.push({ entity: pattern.entity, first, last: first + size - 1 });
    }
  }
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.entity.localeCompare(b.entity));
  const taken = new Set<number>();
  const matches: NameMatch[] = [];
  for (const candidate of candidates) {
    let isFree = true;
    for (let index = candidate.first; index <= candidate.last; index++) if (taken.has(index)) isFree = false;
    if (!isFree) continue;
    for (let index = candidate.first; index <= candidate.last; index++) taken.add(index);
    const start = tokens[candidate.first]!.start;
    const end = tokens[candidate.last]!.end;
    matches.push({ entity: candidate.entity, start, end, surface: text.slice(start, end) });
  }
  return matches.sort((a, b) => a.start - b.start);
}
