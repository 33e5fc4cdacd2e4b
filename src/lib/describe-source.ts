/** One-line source descriptions: "Anton Arutyunov, Kazakhstani newspaper, Nov 2025". */
import type { DatasetFiles, Fact } from '../data/schemas/dataset';
import { formatPartialDate } from './format';

export function describeArticle(articles: DatasetFiles['articles'], articleId: string): string {
  const article = articles.articles.find((candidate) => candidate.id === articleId);
  if (!article) return articleId;
  return `${article.outlet.nameEn}, ${formatPartialDate(article.published.date, article.published.precision)}`;
}

export function describeFactSource(fact: Fact, data: Pick<DatasetFiles, 'entities' | 'articles'>): string {
  if (fact.kind === 'derived') return `derived by Partnership Atlas from ${Object.values(fact.inputs).join(', ')}`;
  const speaker = fact.speaker ? data.entities.people.find((person) => person.id === fact.speaker)?.nameEn : null;
  return [speaker ?? "the article's own text", describeArticle(data.articles, fact.article)].join(', ');
}
