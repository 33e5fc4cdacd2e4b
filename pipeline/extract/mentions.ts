/**
 * Finds the people, organisations and places of the dataset in article text, whatever their case
 * form. Russian names decline (Арутюнов, Арутюнова, Арутюновым; Астана, Астане) and the Snowball
 * stemmer is not consistent on them: it cuts "Арутюнов" to "арутюн" but "Арутюнова" to
 * "арутюнов", "Астана" to "аста" but "Астане" to "астан". So two words match when the shorter
 * stem starts the other stem and neither word runs on for more than an ending past it.
 */
import snowball from 'snowball-stemmers';
import type { Span } from './segment-article';

const russianStemmer = snowball.newStemmer('russian');

export interface Token extends Span {
  text: string;
  /** Lower case, ё folded to е. */
  norm: string;
  stem: string;
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** Captures glue words together ("в АстануАСТАНА, 29 ноя"): split where a capital follows a small letter. */
const GLUED_WORDS = /(?<=\p{Ll})(?=\p{Lu})/u;
/** Russian case endings are at most this long ("-ами", "-ому", "-ыми"). */
const MAX_ENDING = 4;

export function normalise(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

export function stem(word: string): string {
  const norm = normalise(word);
  return /\p{Script=Cyrillic}/u.test(norm) ? russianStemmer.stem(norm) : norm;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return [...text.slice(from, to).matchAll(TOKEN_PATTERN)].flatMap((match) => {
    let offset = from + match.index;
    return match[0].split(GLUED_WORDS).map((word) => {
      const token = { start: offset, end: offset + word.length, text: word, norm: normalise(word), stem: stem(word) };
      offset += word.length;
      return token;
    });
  });
}

const isAbbreviation = (word: string) => /^[\p{Lu}\d]{2,}$/u.test(word);

/**
 * Whether a word of the text is an inflected form of an alias word. Abbreviations (ЕАЭС, ШОС) do
 * not decline and must match exactly, or "ШОС" would find "шоссе".
 */
export function wordsMatch(word: Token, aliasWord: Token): boolean {
  if (isAbbreviation(aliasWord.text)) return word.norm === aliasWord.norm;
  if (word.norm === aliasWord.norm) return true;
  const [shorter, longer] = word.stem.length <= aliasWord.stem.length ? [word.stem, aliasWord.stem] : [aliasWord.stem, word.stem];
  if (shorter.length < 2 || !longer.startsWith(shorter)) return false;
  // A two-letter stem ("аз" of Азия/Азии) is only trusted with a short ending.
  const maxEnding = shorter.length < 3 ? 2 : MAX_ENDING;
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
 * Alias patterns by the first two letters of their first word. Two words can only match when
 * they share at least a two-letter stem (see wordsMatch), so a token need only be tried against
 * the patterns filed under its own first two letters: linear in the text, not text × names.
 */
export type AliasIndex = Map<string, AliasPattern[]>;

const indexKey = (token: Pick<Token, 'norm'>) => token.norm.slice(0, 2);

export function indexAliases(patterns: AliasPattern[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const pattern of patterns) {
    const first = pattern.words[0];
    if (!first) continue;
    index.set(indexKey(first), [...(index.get(indexKey(first)) ?? []), pattern]);
  }
  return index;
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
  const index = patterns instanceof Map ? patterns : indexAliases(patterns);
  const candidates: { entity: string; first: number; last: number }[] = [];
  for (let first = 0; first < tokens.length; first++) {
    for (const pattern of index.get(indexKey(tokens[first]!)) ?? []) {
      if (pattern.onlyIn && !pattern.onlyIn.includes(articleId)) continue;
      const size = pattern.words.length;
      if (first + size > tokens.length) continue;
      // A one-word name must keep its capital: "Путин" is a name, "пути" is "ways".
      let isMatch = size > 1 || !/^\p{Lu}/u.test(pattern.words[0]!.text) || /^\p{Lu}/u.test(tokens[first]!.text);
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
