/**
 * Splits an article file into its body and page chrome, then into paragraphs (one per non-empty
 * line) made of parts that are either content or chrome. Offsets are UTF-16 code-unit indices
 * into the file as stored, so `text.slice(start, end)` gives back the exact characters.
 */
import type { ChromeKind } from '../../src/data/schemas/common';
import { publicationYear } from '../../src/data/schemas/publication-year';
import type { ArticleAnnotation } from '../sources/annotation-schemas';

export interface Span {
  start: number;
  end: number;
}

export interface ArticlePart extends Span {
  /** Set when the part is page chrome. */
  chrome?: ChromeKind;
}

export interface ArticleParagraph extends Span {
  index: number;
  parts: ArticlePart[];
}

export interface SegmentedArticle {
  id: string;
  /** The article file, byte for byte. */
  text: string;
  /** Publication year, for resolving "в прошлом году". */
  year: number;
  body: Span;
  paragraphs: ArticleParagraph[];
}

export type SegmentResult = { ok: true; article: SegmentedArticle } | { ok: false; reasons: string[] };

/** Every start offset of `needle` in `haystack` between `from` and `to`. */
export function findAll(haystack: string, needle: string, from = 0, to = haystack.length): number[] {
  const starts: number[] = [];
  let at = haystack.indexOf(needle, from);
  while (at !== -1 && at + needle.length <= to) {
    starts.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return starts;
}

export function segmentArticle(annotation: ArticleAnnotation, text: string): SegmentResult {
  const reasons: string[] = [];
  const bodyStart = text.indexOf(annotation.body.startsAt);
  if (bodyStart === -1) reasons.push(`body.startsAt "${annotation.body.startsAt}" is not in ${annotation.file}`);
  let bodyEnd = text.length;
  if (annotation.body.endsBefore !== undefined && bodyStart !== -1) {
    bodyEnd = text.indexOf(annotation.body.endsBefore, bodyStart);
    if (bodyEnd === -1) reasons.push(`body.endsBefore "${annotation.body.endsBefore}" is not in ${annotation.file} after the body's start`);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const chromeSpans: (Span & { kind: ChromeKind })[] = [];
  for (const chrome of annotation.chrome) {
    const starts = findAll(text, chrome.text, bodyStart, bodyEnd);
    if (starts.length === 0) reasons.push(`chrome text "${chrome.text}" is not in the body`);
    for (const start of starts) chromeSpans.push({ start, end: start + chrome.text.length, kind: chrome.kind });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  chromeSpans.sort((a, b) => a.start - b.start || b.end - a.end);

  const paragraphs: ArticleParagraph[] = [];
  const linePattern = /[^\n]+/g;
  const bodyText = text.slice(bodyStart, bodyEnd);
  for (const line of bodyText.matchAll(linePattern)) {
    const rawStart = bodyStart + line.index;
    const leading = line[0].length - line[0].trimStart().length;
    const trimmed = line[0].trim();
    if (trimmed.length === 0) continue;
    const start = rawStart + leading;
    const end = start + trimmed.length;
    paragraphs.push({ index: paragraphs.length, start, end, parts: splitByChrome({ start, end }, chromeSpans) });
  }
  const year = publicationYear(annotation);
  return { ok: true, article: { id: annotation.id, text, year, body: { start: bodyStart, end: bodyEnd }, paragraphs } };
}

/** Cuts a paragraph into content and chrome parts; overlapping chrome spans merge. */
function splitByChrome(paragraph: Span, chromeSpans: (Span & { kind: ChromeKind })[]): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let cursor = paragraph.start;
  for (const chrome of chromeSpans) {
    const start = Math.max(chrome.start, paragraph.start);
    const end = Math.min(chrome.end, paragraph.end);
    if (end <= start || end <= cursor) continue;
    if (start > cursor) parts.push({ start: cursor, end: start });
    parts.push({ start: Math.max(start, cursor), end, chrome: chrome.kind });
    cursor = end;
  }
  if (cursor < paragraph.end) parts.push({ start: cursor, end: paragraph.end });
  return parts;
}

const CONTENT_PARTS = new WeakMap<SegmentedArticle, (ArticlePart & { paragraph: number })[]>();

/** Content parts of an article (no chrome), in order. Computed once per article: every quote lookup reads them. */
export function contentParts(article: SegmentedArticle): (ArticlePart & { paragraph: number })[] {
  let parts = CONTENT_PARTS.get(article);
  if (!parts) {
    parts = article.paragraphs.flatMap((paragraph) =>
      paragraph.parts.filter((part) => part.chrome === undefined).map((part) => ({ ...part, paragraph: paragraph.index })),
    );
    CONTENT_PARTS.set(article, parts);
  }
  return parts;
}

/**
 * The last part starting at or before `offset` (binary search: parts are sorted and disjoint, so
 * it is the only one that can hold a text starting there; a scan per quote was a third of
 * locating at ×1000).
 */
function partHolding<T extends Span>(parts: T[], offset: number): T | undefined {
  let [low, high] = [0, parts.length - 1];
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (parts[middle]!.start <= offset) {
      found = parts[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export type Located =
  | { status: 'found'; occurrences: (Span & { paragraph: number })[] }
  | { status: 'only-in-chrome' }
  | { status: 'outside-body' }
  | { status: 'not-found' };

/**
 * Finds a verbatim text in the article's content. A text that exists in the file but only where
 * it touches chrome, or only outside the body, is reported as such: chrome never yields data.
 */
export function locateInContent(article: SegmentedArticle, needle: string): Located {
  const starts = findAll(article.text, needle);
  if (starts.length === 0) return { status: 'not-found' };
  const parts = contentParts(article);
  const occurrences = starts.flatMap((start) => {
    const end = start + needle.length;
    const part = partHolding(parts, start);
    return part && end <= part.end ? [{ start, end, paragraph: part.paragraph }] : [];
  });
  if (occurrences.length > 0) return { status: 'found', occurrences };
  const inBody = starts.some((start) => start >= article.body.start && start + needle.length <= article.body.end);
  return inBody ? { status: 'only-in-chrome' } : { status: 'outside-body' };
}

/** The reason to give when a text was not found in the content. */
export function describeMissing(located: Exclude<Located, { status: 'found' }>, what: string, articleId: string): string {
  switch (located.status) {
    case 'not-found':
      return `${what} is not found verbatim in article ${articleId}`;
    case 'only-in-chrome':
      return `${what} is found only in page chrome of article ${articleId}, which never yields data`;
    case 'outside-body':
      return `${what} is found only outside the body of article ${articleId} (page chrome)`;
  }
}
