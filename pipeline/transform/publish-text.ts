/** The published text of an article: its paragraphs, their parts, and the topics each paragraph touches. */
import type { ArticleText, Paragraph } from '../../src/data/schemas/dataset';
import type { Token } from '../extract/mentions';
import type { SegmentedArticle } from '../extract/segment-article';
import type { Annotations } from '../sources/annotation-schemas';

/** For each paragraph, the topics one of whose keywords starts a word there. */
export function paragraphTopics(article: SegmentedArticle, tokens: Token[], topics: Annotations['topics']): string[][] {
  let cursor = 0; // tokens and paragraphs are both in text order: one pass over the tokens
  return article.paragraphs.map((paragraph) => {
    while (cursor < tokens.length && tokens[cursor]!.start < paragraph.start) cursor++;
    const words: string[] = [];
    for (; cursor < tokens.length && tokens[cursor]!.end <= paragraph.end; cursor++) words.push(tokens[cursor]!.norm);
    return topics
      .filter((topic) => topic.keywords.some((keyword) => words.some((word) => word.startsWith(keyword))))
      .map((topic) => topic.id);
  });
}

/** Paragraphs with their text parts and their topics (from paragraphTopics). */
export function publishText(article: SegmentedArticle, topicsByParagraph: string[][]): ArticleText {
  const paragraphs: Paragraph[] = article.paragraphs.map((paragraph, at) => ({
    index: paragraph.index,
    start: paragraph.start,
    end: paragraph.end,
    topics: topicsByParagraph[at]!,
    parts: paragraph.parts.map((part) => ({
      start: part.start,
      text: article.text.slice(part.start, part.end),
      ...(part.chrome ? { chrome: part.chrome } : {}),
    })),
  }));
  return { article: article.id, paragraphs };
}
