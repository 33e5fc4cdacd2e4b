/**
 * Nothing in the text is skipped silently: every numeral in an article's content must be
 * accounted for by a fact, an event or a dismissal with its reason, and every capitalised word
 * that looks like a name must be a known entity or dismissed.
 */
import type { Mention } from '../../src/data/schemas/dataset';
import type { ErrorCollector } from '../errors';
import { candidatePatterns, indexAliases, tokenize, wordsMatch, type Token } from '../extract/mentions';
import { findNumerals, type FoundNumber } from '../extract/numbers';
import { contentParts, type SegmentedArticle, type Span } from '../extract/segment-article';
import type { Annotations } from '../sources/annotation-schemas';

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** A short excerpt around a span, for messages. */
export function excerpt(text: string, span: Span, radius = 30): string {
  const before = text.slice(Math.max(0, span.start - radius), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + radius).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

export function checkNumberCoverage(
  article: SegmentedArticle,
  covered: Span[],
  file: string,
  errors: ErrorCollector,
  numerals: (FoundNumber & { paragraph: number })[] = contentParts(article).flatMap((part) =>
    findNumerals(article.text, part.start, part.end).map((numeral) => ({ ...numeral, paragraph: part.paragraph })),
  ),
): number {
  for (const numeral of numerals) {
    if (covered.some((span) => within(numeral, span))) continue;
    errors.add(
      file,
      article.id,
      `number "${numeral.text}" in paragraph ${numeral.paragraph} is neither captured by a fact or event nor dismissed: ${excerpt(article.text, numeral)}`,
    );
  }
  return numerals.length;
}

export interface NameCandidate extends Span {
  article: string;
  paragraph: number;
  word: string;
  context: string;
}

/** Roman numerals and single letters are not names. */
const NOT_A_NAME = /^(?:[IVXLCDM]+|\p{L})$/u;

/**
 * Capitalised words that are not the first word of a sentence (or of a text part cut by chrome),
 * not inside a mention and not dismissed (in any case form). Sentence starts are skipped because
 * every sentence starts with a capital.
 */
export function findNameCandidates(
  article: SegmentedArticle,
  tokenRuns: Token[][],
  mentions: Mention[],
  dismissals: Annotations['dismissals']['names'],
): NameCandidate[] {
  const dismissedWords = dismissals.map((dismissal) => tokenize(dismissal.text)[0]).filter((word) => word !== undefined);
  const paragraphOf = (token: Token) => article.paragraphs.find((paragraph) => within(token, paragraph))!.index;
  const candidates: NameCandidate[] = [];
  for (const tokens of tokenRuns) {
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      if (!previous || !token.forms.isCapitalised || NOT_A_NAME.test(token.text)) return;
      if (/[.!?…:;\n"«»“„–—-]/u.test(article.text.slice(previous.end, token.start))) return;
      if (dismissedWords.some((word) => wordsMatch(token, word))) return;
      if (mentions.some((mention) => within(token, mention))) return;
      candidates.push({
        article: article.id,
        paragraph: paragraphOf(token),
        word: token.text,
        context: excerpt(article.text, token),
        start: token.start,
        end: token.end,
      });
    });
  }
  return candidates;
}

/**
 * The candidates no name dismissal covers (in any case form). Dismissals are filed like aliases
 * (indexAliases), so each candidate is compared with the few dismissals it could match.
 */
export function withoutDismissed(candidates: NameCandidate[], dismissals: Annotations['dismissals']['names']): NameCandidate[] {
  const index = indexAliases(
    dismissals.flatMap((dismissal) => {
      const word = tokenize(dismissal.text)[0];
      return word ? [{ entity: dismissal.text, words: [word], onlyIn: null }] : [];
    }),
  );
  // Decided once per word: a large corpus repeats its capitalised words across articles.
  const isDismissed = new Map<string, boolean>();
  return candidates.filter((candidate) => {
    let dismissed = isDismissed.get(candidate.word);
    if (dismissed === undefined) {
      const token = tokenize(candidate.word)[0]!;
      dismissed = candidatePatterns(index, token).some((pattern) => wordsMatch(token, pattern.words[0]!));
      isDismissed.set(candidate.word, dismissed);
    }
    return !dismissed;
  });
}
