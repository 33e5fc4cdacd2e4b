/**
 * The sources route: the five articles with outlet, date and the evidence for the date; the
 * paragraphs behind the current selection with the quote marked; and every fact with its quote.
 */
import { useMemo } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { combineLoadables, dataUrl, useArticleTexts, useDataset, useEntityMentions, useManifest } from '../../../data/datasets';
import { overlapsYears, publicationYear } from '../../../lib/filters';
import { formatPartialDate } from '../../../lib/format';
import { useFilters, useSelection } from '../../../state/store';
import { buildSourceExcerpts, buildSourceMarks, markedArticles } from '../build-source-excerpts';
import { FactsTable } from './facts-table';
import { useLocale, useT } from '../../../i18n/use-i18n';
import { pick, type MessageKey } from '../../../i18n/i18n';
import { memoAcrossPrerender } from '../../../lib/prerender-memo';

export default function SourcesRoute() {
  const locale = useLocale();
  const { t } = locale;
  const filters = useFilters();
  const selection = useSelection();
  // The article list needs only the metadata. The excerpts need the quotes and facts (to find the
  // marks), the selected entity's mentions, and then only the texts of the articles they fall in.
  const articleList = useDataset('articles');
  const entityList = useDataset('entities', selection !== null);
  const quoteList = useDataset('quotes', selection !== null);
  const factList = useDataset('facts', selection !== null);
  const entityId =
    selection && (selection.kind === 'person' || selection.kind === 'organisation' || selection.kind === 'place') ? selection.id : null;
  const mentionList = useEntityMentions(entityId);
  const marked = combineLoadables({
    articles: articleList,
    entities: entityList,
    quotes: quoteList,
    facts: factList,
    mentions: mentionList,
  });
  const articles = articleList.status === 'success' ? articleList.data : null;
  const entities = entityList.status === 'success' ? entityList.data : null;
  const quotes = quoteList.status === 'success' ? quoteList.data : null;
  const facts = factList.status === 'success' ? factList.data : null;
  const mentions = mentionList.status === 'success' ? mentionList.data : null;
  const marks = useMemo(
    () =>
      selection && entities && quotes && facts && mentions
        ? buildSourceMarks(selection, { entities, quotes, facts, mentions: { mentions } })
        : null,
    [selection, entities, quotes, facts, mentions],
  );
  const textList = useArticleTexts(marks ? markedArticles(marks) : NO_ARTICLES, marks !== null);
  const texts = textList.status === 'success' ? textList.data : null;
  const loadable = selection ? combineLoadables({ marked, textList }) : articleList;
  const excerpts = useMemo(
    () =>
      selection && articles && entities && quotes && facts && mentions && texts
        ? buildSourceExcerpts(selection, { articles, entities, quotes, facts, texts: { texts }, mentions: { mentions } }, locale)
        : null,
    [selection, articles, entities, quotes, facts, mentions, texts, locale],
  );

  // The publication dates, formatted: the first date formatted in a page is slow on a phone (the
  // formatter's locale data loads), so the prerendered strings are replayed on hydration.
  const publishedLabels = useMemo(
    () =>
      articles &&
      memoAcrossPrerender('article-dates', `${locale.language} ${articles.articles.map((article) => article.id).join(' ')}`, () =>
        Object.fromEntries(
          articles.articles.map(({ id, published }) => [
            id,
            formatPartialDate(published.date, published.precision, locale, published.latest),
          ]),
        ),
      ),
    [articles, locale],
  );

  // One loading state for the page, so sections do not push each other down as they arrive.
  if (loadable.status === 'pending' && articleList.status !== 'error') return <LoadingMessage what={t('sources.loading')} />;
  return (
    <div className="sources">
      <section aria-labelledby="articles-title" className="panel">
        <h2 id="articles-title">{t('sources.articles')}</h2>
        {articleList.status === 'pending' && <LoadingMessage what={t('sources.loadingArticles')} />}
        {articleList.status === 'error' && (
          <DataErrorMessage what={t('sources.articlesFailed')} error={articleList.error} onRetry={articleList.retry} />
        )}
        {articleList.status === 'success' && (
          <ol className="article-list">
            {articleList.data.articles.map((article) => {
              const year = publicationYear(article);
              const isOut = !overlapsYears(year, year, filters);
              return (
                <li key={article.id} className={isOut ? 'is-filtered-out' : undefined} data-article-id={article.id}>
                  <p className="article-list__title" lang={article.title || locale.language === 'ru' ? 'ru' : 'en'}>
                    {article.title ?? pick(locale.language, article.titleEn, article.titleRu)}
                  </p>
                  {article.title && locale.language === 'en' && <p className="secondary">{article.titleEn}</p>}
                  <p>
                    <strong>{pick(locale.language, article.outlet.nameEn, article.outlet.nameRu)}</strong> · {publishedLabels?.[article.id]}
                    {/* A range already says it is uncertain; a single date says how precise it is. */}
                    {!article.published.latest &&
                      ` (${t('sources.knownTo', { precision: t(PRECISION_KEYS[article.published.precision]) })})`}
                    {isOut && t('sources.outside')}
                  </p>
                  <details>
                    <summary>{t('sources.how')}</summary>
                    <p>{pick(locale.language, article.outlet.evidenceEn, article.outlet.evidenceRu)}</p>
                    <p>{pick(locale.language, article.published.evidenceEn, article.published.evidenceRu)}</p>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {selection && (
        <section aria-labelledby="excerpts-title" className="panel">
          <h2 id="excerpts-title">{t('sources.where')}</h2>
          {loadable.status === 'pending' && <LoadingMessage what={t('sources.loadingParagraphs')} />}
          {loadable.status === 'error' && (
            <DataErrorMessage what={t('sources.paragraphsFailed')} error={loadable.error} onRetry={loadable.retry} />
          )}
          {excerpts && excerpts.length === 0 && <p>{t('sources.noParagraph')}</p>}
          {excerpts?.map((excerpt) => (
            <figure key={`${excerpt.articleId}-${excerpt.paragraph}`} className="excerpt" data-article-id={excerpt.articleId}>
              <blockquote lang="ru">
                {excerpt.segments.map((segment, index) =>
                  segment.mark ? (
                    <mark key={index} className={`mark--${segment.mark}`}>
                      {segment.text}
                    </mark>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
              </blockquote>
              <figcaption>{t('sources.paragraph', { source: excerpt.source, number: excerpt.paragraph + 1 })}</figcaption>
            </figure>
          ))}
        </section>
      )}

      <DatasetDownloads />

      <section aria-labelledby="facts-heading" className="panel">
        <h2 id="facts-heading">{t('sources.facts')}</h2>
        <p className="panel__intro">{t('sources.factsIntro')}</p>
        <FactsTable />
      </section>
    </div>
  );
}

const NO_ARTICLES: readonly string[] = [];

const PRECISION_KEYS: Record<'day' | 'month' | 'year', MessageKey> = {
  day: 'sources.precisionDay',
  month: 'sources.precisionMonth',
  year: 'sources.precisionYear',
};

const TABLES = ['facts', 'quotes', 'people', 'organisations', 'corridors', 'events', 'mentions'] as const;

/** The whole dataset: CSV tables with source columns, the JSON files the app reads, and how to cite. */
function DatasetDownloads() {
  const t = useT();
  const manifest = useManifest();
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : null;
  // The files the manifest lists (not the schemas' list of ids: that module is the heaviest of the
  // data layer, and this page draws no chart that needs it).
  const files = manifest.status === 'success' ? manifest.data.files : [];
  return (
    <section aria-labelledby="downloads-title" className="panel">
      <h2 id="downloads-title">{t('sources.downloads')}</h2>
      <p className="panel__intro">
        {t('sources.downloadsIntro', { version: version ?? '…' })}{' '}
        <a href={dataUrl('export/CITATION.cff')} download>
          {t('sources.citationFile')}
        </a>
      </p>
      <ul className="download-list">
        {TABLES.map((table) => (
          <li key={table}>
            <a href={dataUrl(`export/${table}.csv`)} download>
              {table}.csv
            </a>
          </li>
        ))}
        <li>
          JSON:{' '}
          {files.map(({ id, path }, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <a href={dataUrl(path)} download>
                {path}
              </a>
            </span>
          ))}
          ,{' '}
          <a href={dataUrl('manifest.json')} download>
            manifest.json
          </a>
        </li>
      </ul>
    </section>
  );
}
