/**
 * The shared filters: topics (toggle buttons) and a year range. They apply to every view at
 * once. Topic ids from a link that the data does not know are dropped and reported.
 * On a wide screen they stand open in one band; on a phone they fold behind one "Filters (n)"
 * disclosure button (n = filters in force), so the chart starts on the first screen.
 */
import { useEffect, useState } from 'react';
import { useDataset, useManifest } from '../../../data/datasets';
import { useDashboardActions, useTopics, useYearRange } from '../../../state/store';
import { useLanguage, useT } from '../../../i18n/use-i18n';
import { pick } from '../../../i18n/i18n';
import { isFiltering } from '../../../lib/filters';

export function FilterBar() {
  const t = useT();
  const language = useLanguage();
  const topics = useDataset('topics');
  const manifest = useManifest();
  const selectedTopics = useTopics();
  const { from, to } = useYearRange();
  const actions = useDashboardActions();
  const knownTopics = topics.status === 'success' ? topics.data.topics : null;

  useEffect(() => {
    if (!knownTopics) return;
    const known = new Set(knownTopics.map((topic) => topic.id));
    const unknown = selectedTopics.filter((topic) => !known.has(topic));
    if (unknown.length > 0) {
      actions.unknownIdsIgnored(
        { topics: selectedTopics.filter((topic) => known.has(topic)) },
        unknown.map((topic) => ({ key: 'topics', value: topic, reason: t('filters.noSuchTopic') })),
      );
    }
  }, [knownTopics, selectedTopics, actions, t]);

  const years = manifest.status === 'success' ? range(manifest.data.years.from, manifest.data.years.to) : [];
  const isActive = isFiltering({ topics: selectedTopics, yearFrom: from, yearTo: to });
  const activeCount = selectedTopics.length + (from !== null || to !== null ? 1 : 0);
  const [isOpen, setIsOpen] = useState(false);

  return (
    <div className="filter-bar needs-js" data-open={isOpen || undefined}>
      <button
        type="button"
        className="filter-bar__toggle"
        aria-expanded={isOpen}
        aria-controls="filter-bar-panel"
        onClick={() => setIsOpen((value) => !value)}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M4 8h8M6 12h4" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        {activeCount > 0 ? t('filters.toggleCount', { count: activeCount }) : t('filters.toggle')}
      </button>
      <div id="filter-bar-panel" className="filter-bar__panel" role="group" aria-labelledby="filter-bar-label">
        <p id="filter-bar-label" className="filter-bar__label">
          {t('filters.label')} <span className="filter-bar__hint">{t('filters.hint')}</span>
        </p>
        <div className="filter-bar__years">
          <label>
            {t('filters.from')}{' '}
            <select value={from ?? ''} onChange={(event) => actions.yearRangeChanged(toYear(event.target.value), to)}>
              <option value="">{t('filters.anyYear')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.to')}{' '}
            <select value={to ?? ''} onChange={(event) => actions.yearRangeChanged(from, toYear(event.target.value))}>
              <option value="">{t('filters.anyYear')}</option>
              {years.map((year) => (
                <option key={year} value={year} disabled={from !== null && year < from}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="link-button" onClick={actions.filtersCleared} disabled={!isActive}>
            {t('filters.clear')}
          </button>
        </div>
        <div className="filter-bar__topics" role="group" aria-label={t('filters.topics')}>
          {topics.status === 'pending' && <span className="filter-bar__hint">{t('filters.loadingTopics')}</span>}
          {topics.status === 'error' && (
            <span className="filter-bar__error" role="alert">
              {t('filters.topicsUnavailable')} {topics.error.message}{' '}
              <button type="button" onClick={topics.retry}>
                {t('state.retry')}
              </button>
            </span>
          )}
          {knownTopics?.map((topic) => (
            <button
              key={topic.id}
              type="button"
              className="chip"
              aria-pressed={selectedTopics.includes(topic.id)}
              onClick={() => actions.topicToggled(topic.id)}
              lang={language}
            >
              {pick(language, topic.labelEn, topic.labelRu)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

const toYear = (value: string) => (value === '' ? null : Number(value));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
