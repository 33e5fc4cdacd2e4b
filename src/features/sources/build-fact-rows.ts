/**
 * Facts joined with the people, articles and metrics they refer to: one row per fact, the shape
 * the facts table and its search use. Pure: same datasets in, same rows out.
 */
import type { DatasetFiles, Fact } from '../../data/schemas/dataset';
import { pick } from '../../i18n/i18n';
import { describeArticle, describeDerivation } from '../../lib/describe-source';
import { ENGLISH, formatPeriod, formatValue, periodSortKey, type Locale } from '../../lib/format';

export interface FactRow {
  id: string;
  kind: Fact['kind'];
  metricLabel: string;
  valueLabel: string;
  /** value × scale: sorts across scales within a unit. */
  sortValue: number;
  periodLabel: string;
  periodSort: number;
  speakerId: string | null;
  /** English name, or the article's own voice. */
  speakerName: string;
  speakerNameRu: string | null;
  articleId: string | null;
  sourceLabel: string;
  sourceTitle: string | null;
  /** ISO date (partial) for sorting by publication. */
  sourceDate: string;
  /** The verbatim Russian sentence; null for derived facts. */
  quote: string | null;
  /**
   * The formula in numbers and words, in the reader's language ("(28 ÷ 26 − 1) × 100 = at most
   * 7.7%, where 28 is …"); null for stated facts. Never an id.
   */
  derivation: string | null;
  /** The fact's note in the reader's language. */
  note: string | null;
  topics: string[];
}

export type FactRowInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles' | 'topics'>;

export function buildFactRows({ facts, entities, articles, topics }: FactRowInputs, locale: Locale = ENGLISH): FactRow[] {
  const { t, language } = locale;
  const people = new Map(entities.people.map((person) => [person.id, person]));
  const articleById = new Map(articles.articles.map((article) => [article.id, article]));
  const metricById = new Map(topics.metrics.map((metric) => [metric.id, metric]));

  return facts.facts.map((fact): FactRow => {
    const base = {
      id: fact.id,
      kind: fact.kind,
      metricLabel: pick(language, metricById.get(fact.metric)?.labelEn ?? '—', metricById.get(fact.metric)?.labelRu),
      valueLabel: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
      sortValue: fact.absoluteValue,
      periodLabel: formatPeriod(fact.period, locale),
      // Finite (an open period's Infinity becomes the largest number), so the rows survive JSON:
      // the page carries them from the prerenderer (prerender-memo).
      periodSort: Math.min(periodSortKey(fact.period), Number.MAX_VALUE),
      note: fact.noteEn ? pick(language, fact.noteEn, fact.noteRu) : null,
      topics: fact.topics,
    };
    if (fact.kind === 'derived') {
      return {
        ...base,
        speakerId: null,
        speakerName: t('facts.derivedBy'),
        speakerNameRu: null,
        articleId: null,
        sourceLabel: t('facts.computed'),
        sourceTitle: null,
        sourceDate: '',
        quote: null,
        derivation: describeDerivation(fact, { facts, entities, articles, topics }, locale),
      };
    }
    const speaker = fact.speaker ? people.get(fact.speaker) : undefined;
    const article = articleById.get(fact.article);
    return {
      ...base,
      speakerId: fact.speaker,
      speakerName: speaker ? pick(language, speaker.nameEn, speaker.nameRu) : t('facts.articleVoice'),
      speakerNameRu: speaker && language === 'en' ? speaker.nameRu : null,
      articleId: fact.article,
      sourceLabel: describeArticle(articles, fact.article, locale),
      sourceTitle: article ? (article.title ?? pick(language, article.titleEn, article.titleRu)) : null,
      sourceDate: article?.published.date ?? '',
      quote: fact.quote.text,
      derivation: null,
    };
  });
}

export type FactSortKey = 'value' | 'metric' | 'period' | 'speaker' | 'source';
export type SortDirection = 'ascending' | 'descending';

const COMPARE: Record<FactSortKey, (a: FactRow, b: FactRow) => number> = {
  value: (a, b) => a.sortValue - b.sortValue,
  metric: (a, b) => a.metricLabel.localeCompare(b.metricLabel, 'en'),
  period: (a, b) => a.periodSort - b.periodSort,
  speaker: (a, b) => a.speakerName.localeCompare(b.speakerName, 'en'),
  source: (a, b) => a.sourceDate.localeCompare(b.sourceDate),
};

/** A sorted copy; ties keep the dataset's order, so the result is stable. */
export function sortFactRows(rows: FactRow[], key: FactSortKey, direction: SortDirection): FactRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * COMPARE[key](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
