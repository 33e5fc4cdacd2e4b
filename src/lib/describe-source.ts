/** One-line source descriptions: "Anton Arutyunov, Unnamed Kazakhstani newspaper, Nov 2025". */
import type { DatasetFiles, Fact } from '../data/schemas/dataset';
import { pick } from '../i18n/i18n';
import { ENGLISH, formatPartialDate, type Locale } from './format';

export function describeArticle(articles: DatasetFiles['articles'], articleId: string, locale: Locale = ENGLISH): string {
  const article = articles.articles.find((candidate) => candidate.id === articleId);
  if (!article) return articleId;
  const outlet = pick(locale.language, article.outlet.nameEn, article.outlet.nameRu);
  return `${outlet}, ${formatPartialDate(article.published.date, article.published.precision, locale)}`;
}

export function personName(entities: DatasetFiles['entities'], id: string | null, locale: Locale = ENGLISH): string {
  if (!id) return locale.t('facts.articleVoice');
  const person = entities.people.find((candidate) => candidate.id === id);
  return person ? pick(locale.language, person.nameEn, person.nameRu) : id;
}

export function describeFactSource(fact: Fact, data: Pick<DatasetFiles, 'entities' | 'articles'>, locale: Locale = ENGLISH): string {
  if (fact.kind === 'derived') return locale.t('format.derivedFrom', { inputs: Object.values(fact.inputs).join(', ') });
  return [personName(data.entities, fact.speaker, locale), describeArticle(data.articles, fact.article, locale)].join(', ');
}
