/**
 * Where a verbatim text stands in an article's content: locateInContent finds the part holding
 * each occurrence by binary search over the sorted content parts. This checks it, for any text
 * cut into paragraphs with chrome in them and any needle, against the plain definition: the
 * first content part (in order) that holds the whole occurrence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, locateInContent, segmentArticle, type Located, type SegmentedArticle } from '../../pipeline/extract/segment-article';
import type { ArticleAnnotation } from '../../pipeline/sources/annotation-schemas';

function expectedLocated(article: SegmentedArticle, needle: string): Located {
  const starts = findAll(article.text, needle);
  if (starts.length === 0) return { status: 'not-found' };
  const parts = article.paragraphs.flatMap((paragraph) =>
    paragraph.parts.filter((part) => part.chrome === undefined).map((part) => ({ ...part, paragraph: paragraph.index })),
  );
  const occurrences = starts.flatMap((start) => {
    const end = start + needle.length;
    const part = parts.find((candidate) => candidate.start <= start && end <= candidate.end);
    return part ? [{ start, end, paragraph: part.paragraph }] : [];
  });
  if (occurrences.length > 0) return { status: 'found', occurrences };
  const inBody = starts.some((start) => start >= article.body.start && start + needle.length <= article.body.end);
  return inBody ? { status: 'only-in-chrome' } : { status: 'outside-body' };
}

/** A small alphabet, so needles recur across paragraphs, parts and chrome. */
const word = fc.stringMatching(/^[абв]{1,4}$/);
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const articles = fc
  .record({
    before: line,
    lines: fc.array(line, { minLength: 1, maxLength: 8 }),
    after: line,
    chrome: fc.array(word, { maxLength: 3 }),
  })
  .map(({ before, lines, after, chrome }) => {
    const text = `${before}\nНАЧАЛО ${lines.join('\n')}\nКОНЕЦ ${after}`;
    const body = `НАЧАЛО ${lines.join('\n')}`;
    const annotation = {
      id: 'a',
      file: 'a.txt',
      published: { date: '2024-01-01' },
      body: { startsAt: 'НАЧАЛО', endsBefore: 'КОНЕЦ' },
      chrome: chrome.filter((piece) => body.includes(piece)).map((piece) => ({ text: piece, kind: 'widget' })),
    } as unknown as ArticleAnnotation;
    const segmented = segmentArticle(annotation, text);
    if (!segmented.ok) throw new Error(segmented.reasons.join('; '));
    return segmented.article;
  });

describe('locateInContent', () => {
  it('finds the part holding each occurrence as a scan of the parts in order does', () => {
    fc.assert(
      fc.property(articles, fc.oneof(word, line), (article, needle) => {
        expect(locateInContent(article, needle)).toEqual(expectedLocated(article, needle));
      }),
      { numRuns: 400, seed: 9 },
    );
  });
});
