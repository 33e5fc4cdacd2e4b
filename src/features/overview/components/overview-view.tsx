/** The overview route: headline figures with their sources, and previews that lead to each view. */
import { useMemo } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { ViewLink } from '../../../components/view-link';
import { DERIVED_COLOUR, PAPER, STATED_COLOUR, STATUS_DASHES } from '../../../charts/palette';
import { combineLoadables, useDataset } from '../../../data/datasets';
import type { Fact } from '../../../data/schemas/dataset';
import { describeFactSource } from '../../../lib/describe-source';
import { formatPeriod, formatValue } from '../../../lib/format';
import { filtersKey } from '../../../lib/filters';
import { memoAcrossPrerender } from '../../../lib/prerender-memo';
import { useDashboardActions, useFilters, useSelection } from '../../../state/store';
import { buildOverview, type OverviewInputs, type OverviewModel } from '../build-overview';
import { DatasetSummary } from './dataset-summary';
import { useLocale } from '../../../i18n/use-i18n';

export default function OverviewRoute() {
  const locale = useLocale();
  const { t } = locale;
  const filters = useFilters();
  const loadable = combineLoadables({
    facts: useDataset('facts'),
    entities: useDataset('entities'),
    articles: useDataset('articles'),
    quotes: useDataset('quotes'),
    events: useDataset('events'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [facts, entities, articles, quotes, events] = [data?.facts, data?.entities, data?.articles, data?.quotes, data?.events];
  const inputs = useMemo(
    () => (facts && entities && articles && quotes && events ? { facts, entities, articles, quotes, events } : null),
    [facts, entities, articles, quotes, events],
  );
  // Its first dates formatted are most of this page's hydration on a phone: the prerendered model
  // is replayed.
  const model = useMemo(() => {
    if (!inputs) return null;
    const key = [locale.language, filtersKey(filters), inputs.facts.facts.length].join('|');
    return memoAcrossPrerender('overview', key, () => buildOverview(inputs, filters, locale));
  }, [inputs, filters, locale]);

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      {loadable.status === 'pending' && <LoadingMessage what={t('overview.loading')} />}
      {loadable.status === 'error' && <DataErrorMessage what={t('overview.failed')} error={loadable.error} onRetry={loadable.retry} />}
      {model && inputs && <OverviewView model={model} inputs={inputs} />}
      {/* After the figures have loaded, so the summary does not jump down when they arrive. */}
      {loadable.status !== 'pending' && (
        <>
          <h3 className="subheading">{t('overview.holds')}</h3>
          <DatasetSummary />
        </>
      )}
    </section>
  );
}

function Figure({ label, fact, inputs, extra }: { label: string; fact: Fact | null; inputs: OverviewInputs; extra?: string }) {
  const locale = useLocale();
  const { t } = locale;
  return (
    <div className="figure-card">
      <p className="figure-card__label">{label}</p>
      {fact ? (
        <>
          <p className="figure-card__value">
            {formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale)}
            <span className="figure-card__period"> · {formatPeriod(fact.period, locale)}</span>
          </p>
          {extra && <p className="figure-card__extra">{extra}</p>}
          <p className="figure-card__source">
            {t('overview.source')}{' '}
            <ViewLink view="sources" selection={{ kind: 'fact', id: fact.id }}>
              {describeFactSource(fact, inputs, locale)}
            </ViewLink>
          </p>
        </>
      ) : (
        <p className="figure-card__empty">{t('overview.noFigure')}</p>
      )}
    </div>
  );
}

export function OverviewView({ model, inputs }: { model: OverviewModel; inputs: OverviewInputs }) {
  const locale = useLocale();
  const { t } = locale;
  const change = model.tradeChange;
  return (
    <div className="overview">
      <div className="overview__figures">
        <Figure
          label={t('overview.tradeLatest')}
          fact={model.tradeLatest}
          inputs={inputs}
          extra={
            change
              ? t('overview.since', {
                  change: formatValue(change.value, change.scale, change.unit, change.qualifier, true, locale),
                  year: change.period.type === 'span' ? change.period.from : '',
                })
              : undefined
          }
        />
        <Figure label={t('overview.stock')} fact={model.investmentStock} inputs={inputs} />
        <Figure label={t('overview.flow')} fact={model.investmentFlow} inputs={inputs} />
        <div className="figure-card">
          <p className="figure-card__label">{t('overview.corridors')}</p>
          {model.corridorsByStatus.length === 0 ? (
            <p className="figure-card__empty">{t('overview.noneMatch')}</p>
          ) : (
            <ul className="status-list">
              {model.corridorsByStatus.map(({ status, count }) => (
                <li key={status}>
                  <svg width="28" height="8" aria-hidden="true">
                    <line x1="0" y1="4" x2="28" y2="4" stroke="currentColor" strokeWidth="3" strokeDasharray={STATUS_DASHES[status]} />
                  </svg>
                  <strong>{count}</strong> {t(`status.${status}`).toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="figure-card">
          <p className="figure-card__label">{t('overview.voices')}</p>
          <p className="figure-card__value">{t('overview.peopleQuoted', { count: model.peopleQuoted })}</p>
          <p className="figure-card__extra">{t('overview.inArticles', { count: model.articles })}</p>
        </div>
      </div>

      <div className="overview__previews">
        <ViewLink view="trade" className="preview-card">
          <span className="preview-card__title">{t('overview.tradePreview')}</span>
          <TradeSparkline series={model.tradeSeries} />
        </ViewLink>
        <ViewLink view="investment" className="preview-card">
          <span className="preview-card__title">{t('overview.investmentPreview')}</span>
          <span className="preview-card__text">{t('overview.investmentText')}</span>
        </ViewLink>
        <ViewLink view="corridors" className="preview-card">
          <span className="preview-card__title">{t('overview.mapPreview')}</span>
          <span className="preview-card__text">{t('overview.mapText')}</span>
        </ViewLink>
        <ViewLink view="network" className="preview-card">
          <span className="preview-card__title">{t('overview.networkPreview')}</span>
          <span className="preview-card__text">{model.topPeople.map((person) => person.name).join(', ') || t('overview.noOne')}</span>
        </ViewLink>
      </div>

      <Chronology entries={model.chronology} />
    </div>
  );
}

/** A tiny own-SVG line, so the overview does not load the charting library. */
function TradeSparkline({ series }: { series: OverviewModel['tradeSeries'] }) {
  const locale = useLocale();
  const { t } = locale;
  if (series.length < 2) return <span className="preview-card__text">{t('overview.notEnough')}</span>;
  const width = 220;
  const height = 60;
  const years = series.map((point) => point.year);
  const values = series.map((point) => point.value);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxValue = Math.max(...values) * 1.1;
  const x = (year: number) => 8 + ((year - minYear) / Math.max(1, maxYear - minYear)) * (width - 16);
  const y = (value: number) => height - 6 - (value / maxValue) * (height - 12);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={t('overview.sparkline', {
        points: series.map((point) => `${point.year}: ${formatValue(point.value, 'billion', 'USD', 'exact', false, locale)}`).join(', '),
      })}
    >
      <polyline
        points={series.map((point) => `${x(point.year)},${y(point.value)}`).join(' ')}
        fill="none"
        stroke={STATED_COLOUR}
        strokeWidth="2"
      />
      {series.map((point) => (
        <circle
          key={point.year}
          cx={x(point.year)}
          cy={y(point.value)}
          r="3.5"
          fill={point.isDerived ? PAPER : STATED_COLOUR}
          stroke={point.isDerived ? DERIVED_COLOUR : STATED_COLOUR}
          strokeWidth="2"
        />
      ))}
    </svg>
  );
}

/** The dated events as a compact list: date (no more precise than its evidence), short name, place; each opens the event. */
function Chronology({ entries }: { entries: OverviewModel['chronology'] }) {
  const { t } = useLocale();
  const actions = useDashboardActions();
  const selection = useSelection();
  return (
    <section className="chronology" aria-labelledby="chronology-title">
      <h3 id="chronology-title" className="subheading">
        {t('overview.chronology')}
      </h3>
      {entries.length === 0 ? (
        <p className="figure-card__empty">{t('overview.noEvents')}</p>
      ) : (
        <ol className="chronology__list">
          {entries.map((entry) => (
            <li key={entry.eventId}>
              <button
                type="button"
                className="chronology__item"
                data-event-id={entry.eventId}
                aria-pressed={selection?.kind === 'event' && selection.id === entry.eventId}
                aria-label={t('overview.eventLabel', {
                  date: entry.dateLabel,
                  name: entry.name,
                  place: entry.place ?? t('overview.noPlace'),
                })}
                onClick={() => actions.selectionChanged({ kind: 'event', id: entry.eventId })}
              >
                <span className={entry.isSpan ? 'chronology__date chronology__date--span' : 'chronology__date'}>{entry.dateLabel}</span>
                <span className="chronology__name">{entry.label}</span>
                {entry.place && <span className="chronology__place">{entry.place}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
