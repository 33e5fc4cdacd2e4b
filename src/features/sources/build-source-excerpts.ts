/**
 * The paragraphs behind a selection, with the exact characters marked: a fact's quote, a
 * corridor's quotes, a person's quotes and every mention of them. Offsets come from the dataset,
 * which the pipeline checked against the article files.
 */
import type { ArticleText, DatasetFiles } from '../../data/schemas/dataset';
import { describeArticle } from '../../lib/describe-source';
import { ENGLISH, type Locale } from '../../lib/format';
import { buildRelated } from '../../lib/relations';
import type { Selection } from '../../state/view-state';

/**
 * What the excerpts are built from. `texts` need hold only the articles `buildSourceMarks` points
 * into, and `mentions` only the selected entity's: the view fetches just those parts.
 */
export type SourceInputs = Pick<DatasetFiles, 'articles' | 'texts' | 'entities' | 'quotes' | 'facts' | 'mentions'>;
/** What the marks are found from: everything but the texts. */
export type MarkInputs = Omit<SourceInputs, 'texts' | 'articles'>;

export interface Segment {
  text: string;
  mark: 'quote' | 'mention' | null;
}

export interface Excerpt {
  articleId: string;
  source: string;
  paragraph: number;
  segments: Segment[];
}

/** One marked stretch of an article: a quote, or a mention of the selected entity. */
export interface Mark {
  article: string;
  paragraph: number;
  start: number;
  end: number;
  mark: 'quote' | 'mention';
}

/** The stretches of text behind a selection, in no particular order. */
export function buildSourceMarks(selection: Selection, data: MarkInputs): Mark[] {
  const related = buildRelated(selection, data);
  const marks: Mark[] = [];
  for (const quote of data.quotes.quotes) {
    if (related.quotes.has(quote.id)) marks.push({ ...quote.location, mark: 'quote' });
  }
  for (const fact of data.facts.facts) {
    if (fact.kind === 'stated' && related.facts.has(fact.id)) marks.push({ ...fact.quote, mark: 'quote' });
  }
  if (selection.kind === 'person' || selection.kind === 'organisation' || selection.kind === 'place') {
    for (const mention of data.mentions.mentions) {
      if (mention.entity === selection.id) marks.push({ ...mention, mark: 'mention' });
    }
  }
  return marks;
}

/** The articles the marks fall in, each once, in the order first met: the texts the excerpts need. */
export function markedArticles(marks: readonly Mark[]): string[] {
  return [...new Set(marks.map((mark) => mark.article))];
}

export function buildSourceExcerpts(selection: Selection, data: SourceInputs, locale: Locale = ENGLISH): Excerpt[] {
  const marks = buildSourceMarks(selection, data);
  const byParagraph = new Map<string, Mark[]>();
  for (const mark of marks) {
    const key = `${mark.article}#${mark.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), mark]);
  }
  const texts = new Map(data.texts.texts.map((text) => [text.article, text]));
  const articleOrder = data.articles.articles.map((article) => article.id);
  return [...byParagraph.values()]
    .map((paragraphMarks): Excerpt => {
      const { article: articleId, paragraph } = paragraphMarks[0]!;
      return {
        articleId,
        source: describeArticle(data.articles, articleId, locale),
        paragraph,
        segments: segmentParagraph(texts.get(articleId)!, paragraph, paragraphMarks),
      };
    })
    .sort((a, b) => articleOrder.indexOf(a.articleId) - articleOrder.indexOf(b.articleId) || a.paragraph - b.paragraph);
}

/** Splits a paragraph's content (chrome left out) at the marks; quotes win over mentions inside them. */
export function segmentParagraph(article: ArticleText, index: number, marks: Pick<Mark, 'start' | 'end' | 'mark'>[]): Segment[] {
  const paragraph = article.paragraphs[index];
  if (!paragraph) return [];
  const segments: Segment[] = [];
  for (const part of paragraph.parts) {
    if (part.chrome) continue;
    const partEnd = part.start + part.text.length;
    const cuts = new Set([part.start, partEnd]);
    for (const mark of marks) {
      if (mark.end <= part.start || mark.start >= partEnd) continue;
      cuts.add(Math.max(mark.start, part.start));
      cuts.add(Math.min(mark.end, partEnd));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const covering = marks.filter((mark) => mark.start <= from && to <= mark.end);
      const mark = covering.some((m) => m.mark === 'quote') ? 'quote' : covering.length > 0 ? 'mention' : null;
      const text = part.text.slice(from - part.start, to - part.start);
      const previous = segments.at(-1);
      if (previous && previous.mark === mark) previous.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}
