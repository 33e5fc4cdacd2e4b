/**
 * The shared filters: topics (toggle buttons) and a year range. They apply to every view at
 * once. Topic ids from a link that the data does not know are dropped and reported.
 */
import { useEffect } from 'react';
import { useDataset, useManifest } from '../../../data/datasets';
import { useDashboardActions, useTopics, useYearRange } from '../../../state/store';

export function FilterBar() {
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
        unknown.map((topic) => ({ key: 'topics', value: topic, reason: 'no such topic in the dataset' })),
      );
    }
  }, [knownTopics, selectedTopics, actions]);

  const years = manifest.status === 'success' ? range(manifest.data.years.from, manifest.data.years.to) : [];
  const isFiltering = selectedTopics.length > 0 || from !== null || to !== null;

  return (
    <div className="filter-bar" role="group" aria-labelledby="filter-bar-label">
      <p id="filter-bar-label" className="filter-bar__label">
        Filters <span className="filter-bar__hint">(apply to every view)</span>
      </p>
      <div className="filter-bar__topics" role="group" aria-label="Topics">
        {topics.status === 'pending' && <span className="filter-bar__hint">Loading topics…</span>}
        {topics.status === 'error' && (
          <span className="filter-bar__error" role="alert">
            Topics unavailable: {topics.error.message}{' '}
            <button type="button" onClick={topics.retry}>
              Retry
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
            lang="en"
          >
            {topic.labelEn}
          </button>
        ))}
      </div>
      <div className="filter-bar__years">
        <label>
          From{' '}
          <select value={from ?? ''} onChange={(event) => actions.yearRangeChanged(toYear(event.target.value), to)}>
            <option value="">any year</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          to{' '}
          <select value={to ?? ''} onChange={(event) => actions.yearRangeChanged(from, toYear(event.target.value))}>
            <option value="">any year</option>
            {years.map((year) => (
              <option key={year} value={year} disabled={from !== null && year < from}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link-button" onClick={actions.filtersCleared} disabled={!isFiltering}>
          Clear filters
        </button>
      </div>
    </div>
  );
}

const toYear = (value: string) => (value === '' ? null : Number(value));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
