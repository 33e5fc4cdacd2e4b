/**
 * Sentences of an article's content, as spans of the stored text. Intl.Segmenter (ICU) finds the
 * breaks; it also breaks after abbreviations and initials ("им. М. Ломоносова", "т. д."), so a
 * break right after a word of at most three letters and a dot is undone.
 */
import { contentParts, type SegmentedArticle, type Span } from '../extract/segment-article';

const segmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });
/** A segment that ends in an initial or an abbreviation ("М.", "им.", "тыс.") does not end a sentence. */
const ENDS_IN_ABBREVIATION = /(?:^|[\s(«"])(?:\p{Lu}|им|т|п|г|гг|тыс|руб|долл|ул|др|пр|см|ст|обл|проф|акад)\.\s*$/u;

export interface Sentence extends Span {
  paragraph: number;
  text: string;
}

/** Sentences of one stretch of text (a content part), trimmed. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let pending: Span | null = null;
  for (const segment of segmenter.segment(text.slice(from, to))) {
    const start = from + segment.index;
    const span: Span = pending
      ? { start: pending.start, end: start + segment.segment.length }
      : { start, end: start + segment.segment.length };
    if (ENDS_IN_ABBREVIATION.test(text.slice(span.start, span.end))) pending = span;
    else {
      spans.push(span);
      pending = null;
    }
  }
  if (pending) spans.push(pending);
  return spans.flatMap((span) => {
    const raw = text.slice(span.start, span.end);
    const trimmed = raw.trim();
    if (trimmed.length === 0) return [];
    const start = span.start + (raw.length - raw.trimStart().length);
    return [{ start, end: start + trimmed.length }];
  });
}

/** Every sentence of the article's content (chrome cut out: a chrome part ends a sentence). */
export function contentSentences(article: SegmentedArticle): Sentence[] {
  return contentParts(article).flatMap((part) =>
    splitSentences(article.text, part.start, part.end).map((span) => ({
      ...span,
      paragraph: part.paragraph,
      text: article.text.slice(span.start, span.end),
    })),
  );
}

/** The sentence that holds `span`, if any. */
export function sentenceOf(sentences: Sentence[], span: Span): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= span.start && span.end <= sentence.end);
}
