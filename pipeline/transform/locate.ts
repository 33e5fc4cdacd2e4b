/** Turning verbatim annotation texts into checked locations in the articles. */
import type { TextLocation } from '../../src/data/schemas/dataset';
import type { ErrorCollector } from '../errors';
import { describeMissing, locateInContent, type SegmentedArticle, type Span } from '../extract/segment-article';

export type ArticleIndex = Map<string, SegmentedArticle>;

export interface Occurrence extends Span {
  paragraph: number;
}

/**
 * Every content occurrence of `text` in the article, or [] after recording why there is none.
 * `what` names the text in the message ("quote", "attribution").
 */
export function requireText(
  articles: ArticleIndex,
  articleId: string,
  text: string,
  what: string,
  errors: ErrorCollector,
  file: string,
  entry: string,
): Occurrence[] {
  const article = articles.get(articleId);
  if (!article) return []; // an unknown article is reported by the reference check
  const located = locateInContent(article, text);
  if (located.status === 'found') return located.occurrences;
  errors.add(file, entry, `${what} "${text}": ${describeMissing(located, what, articleId)}`);
  return [];
}

export function toLocation(articleId: string, occurrence: Occurrence, text: string): TextLocation {
  return { article: articleId, paragraph: occurrence.paragraph, start: occurrence.start, end: occurrence.end, text };
}

/** Where `part` sits inside each occurrence of its containing text, or [] after recording why. */
export function requireWithin(
  occurrences: Occurrence[],
  container: string,
  part: string,
  what: string,
  errors: ErrorCollector,
  file: string,
  entry: string,
): Occurrence[] {
  const offset = container.indexOf(part);
  if (offset === -1) {
    errors.add(file, entry, `${what} "${part}" is not part of "${container}"`);
    return [];
  }
  return occurrences.map((occurrence) => ({
    paragraph: occurrence.paragraph,
    start: occurrence.start + offset,
    end: occurrence.start + offset + part.length,
  }));
}
