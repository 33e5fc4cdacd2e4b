/**
 * The shared topic and year filters, applied the same way in every view. Pure functions over
 * dataset rows; the filter values come from the store.
 */
import { publicationYear } from '../data/schemas/publication-year';
import type { Article, DatasetFiles, Fact, Paragraph, Quote } from '../data/schemas/dataset';

export interface DataFilters {
  /** Empty: every topic. */
  topics: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

export const NO_FILTERS: DataFilters = { topics: [], yearFrom: null, yearTo: null };

/** The filters as one string, for keys of results computed under them (src/lib/prerender-memo.ts). */
export function filtersKey(filters: DataFilters): string {
  return [filters.topics.join(','), filters.yearFrom, filters.yearTo].join('|');
}

export function isFiltering(filters: DataFilters): boolean {
  return filters.topics.length > 0 || filters.yearFrom !== null || filters.yearTo !== null;
}

export function matchesTopics(itemTopics: readonly string[], filters: DataFilters): boolean {
  return filters.topics.length === 0 || itemTopics.some((topic) => filters.topics.includes(topic));
}

/** Whether [from, to] overlaps the filter's year range. */
export function overlapsYears(from: number, to: number, filters: DataFilters): boolean {
  return (filters.yearFrom === null || to >= filters.yearFrom) && (filters.yearTo === null || from <= filters.yearTo);
}

export { publicationYear };

/**
 * The years a fact is about: its period, or for an open period (a plan, a capacity) the year it
 * was said in. A derived fact without a year takes its inputs' years.
 */
export function factYears(fact: Fact, facts: Map<string, Fact>, articleYears: Map<string, number>): [number, number] {
  const period = fact.period;
  if (period.type === 'year' || period.type === 'as-of') return [period.year, period.year];
  if (period.type === 'span') return [period.from, period.to];
  if (fact.kind === 'stated') {
    const year = articleYears.get(fact.article) ?? 0;
    return [year, year];
  }
  const inputYears = Object.values(fact.inputs).flatMap((id) => {
    const input = facts.get(id);
    return input ? factYears(input, facts, articleYears) : [];
  });
  return [Math.min(...inputYears), Math.max(...inputYears)];
}

/** A fact filter bound to a dataset: build once per dataset, call per fact. */
export function buildFactFilter(data: Pick<DatasetFiles, 'facts' | 'articles'>, filters: DataFilters): (fact: Fact) => boolean {
  const facts = new Map(data.facts.facts.map((fact) => [fact.id, fact]));
  const articleYears = new Map(data.articles.articles.map((article) => [article.id, publicationYear(article)]));
  return (fact) => {
    if (!matchesTopics(fact.topics, filters)) return false;
    const [from, to] = factYears(fact, facts, articleYears);
    return overlapsYears(from, to, filters);
  };
}

/** A paragraph filter: its article's year and its own topics. */
export function paragraphMatches(article: Article, paragraph: Pick<Paragraph, 'topics'>, filters: DataFilters): boolean {
  const year = publicationYear(article);
  return overlapsYears(year, year, filters) && matchesTopics(paragraph.topics, filters);
}

/** A quote filter: its topics and its article's publication year. */
export function buildQuoteFilter(articles: DatasetFiles['articles'], filters: DataFilters): (quote: Quote) => boolean {
  const years = new Map(articles.articles.map((article) => [article.id, publicationYear(article)]));
  return (quote) => {
    const year = years.get(quote.location.article) ?? 0;
    return matchesTopics(quote.topics, filters) && overlapsYears(year, year, filters);
  };
}

/**
 * Corridors and hubs have no date or topic of their own: they pass the filters when a quote that
 * names them does (or a fact about them does).
 */
export function buildSubjectFilter(
  data: Pick<DatasetFiles, 'quotes' | 'articles' | 'facts'>,
  filters: DataFilters,
): (subjectId: string) => boolean {
  const quotePasses = buildQuoteFilter(data.articles, filters);
  const factPasses = buildFactFilter(data, filters);
  const passing = new Set<string>();
  for (const quote of data.quotes.quotes) if (quotePasses(quote)) quote.about.forEach((id) => passing.add(id));
  for (const fact of data.facts.facts) if (fact.corridor && factPasses(fact)) passing.add(fact.corridor);
  return (subjectId) => passing.has(subjectId);
}
