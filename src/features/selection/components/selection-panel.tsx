/** The details panel for the current selection: who or what it is, and the quotes behind it. */
import { useEffect, useMemo, useRef } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { ViewLink } from '../../../components/view-link';
import { combineLoadables, useDataset } from '../../../data/datasets';
import { useDashboardActions, useSelection } from '../../../state/store';
import { buildSelectionDetails } from '../build-selection-details';
import { useLocale } from '../../../i18n/use-i18n';

export default function SelectionPanel() {
  const locale = useLocale();
  const { t } = locale;
  const selection = useSelection();
  const actions = useDashboardActions();
  const loadable = combineLoadables({
    entities: useDataset('entities'),
    quotes: useDataset('quotes'),
    facts: useDataset('facts'),
    articles: useDataset('articles'),
    events: useDataset('events'),
    topics: useDataset('topics'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  // The parts, not `data` (a new object each render), so the details are rebuilt only when one changes.
  const [entities, quotes, facts, articles, events, topics] = [
    data?.entities,
    data?.quotes,
    data?.facts,
    data?.articles,
    data?.events,
    data?.topics,
  ];
  const details = useMemo(
    () =>
      selection && entities && quotes && facts && articles && events && topics
        ? buildSelectionDetails(selection, { entities, quotes, facts, articles, events, topics }, locale)
        : undefined,
    [selection, entities, quotes, facts, articles, events, topics, locale],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (selection && details === null) {
      actions.unknownIdsIgnored({ selection: null }, [
        { key: 'sel', value: `${selection.kind}:${selection.id}`, reason: t('filters.noSuchItem') },
      ]);
    }
  }, [selection, details, actions, t]);

  if (!selection) return null;
  return (
    <aside className="selection-panel" aria-labelledby="selection-title">
      <button
        type="button"
        className="selection-panel__close"
        onClick={() => actions.selectionChanged(null)}
        aria-label={t('selection.close')}
      >
        ×
      </button>
      {loadable.status === 'pending' && <LoadingMessage what={t('state.details')} />}
      {loadable.status === 'error' && <DataErrorMessage what={t('state.details')} error={loadable.error} onRetry={loadable.retry} />}
      {details && (
        <>
          <p className="selection-panel__kind">{details.kindLabel}</p>
          <h2 id="selection-title" ref={headingRef} tabIndex={-1}>
            {details.title}
            {details.titleRu && (
              <span className="secondary" lang="ru">
                {details.titleRu}
              </span>
            )}
          </h2>
          <ul className="selection-panel__lines">
            {details.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {details.quotes.length > 0 && (
            <>
              <h3>{details.quotesHeading ?? t('selection.words')}</h3>
              <ul className="quote-list">
                {details.quotes.map((quote) => (
                  <li key={quote.id}>
                    <blockquote lang="ru">«{quote.text}»</blockquote>
                    <p className="quote-list__source">
                      — {quote.speaker}, {quote.source}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {details.facts.length > 0 && (
            <>
              <h3>{t('selection.figures')}</h3>
              <ul className="selection-panel__facts">
                {details.facts.map((fact) => (
                  <li key={fact.id}>
                    <button type="button" className="link-button" onClick={() => actions.selectionChanged({ kind: 'fact', id: fact.id })}>
                      {fact.label}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {details.links.length > 0 && (
            <>
              <h3>{t('selection.linked')}</h3>
              <ul className="selection-panel__links">
                {details.links.map((link) => (
                  <li key={`${link.selection.kind}:${link.selection.id}`}>
                    <button type="button" className="link-button" onClick={() => actions.selectionChanged(link.selection)}>
                      {link.label}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <ViewLink view="sources">{t('selection.read')}</ViewLink>
          </p>
        </>
      )}
    </aside>
  );
}
