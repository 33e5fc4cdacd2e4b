/** The overview route: headline figures with their sources, and previews that lead to each view. */
import { useMemo } from 'react';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { ViewLink } from '../../../components/view-link';
import { DERIVED_COLOUR, PAPER, STATED_COLOUR, STATUS_DASHES, STATUS_LABELS } from '../../../charts/palette';
import { combineLoadables, useDataset } from '../../../data/datasets';
import type { Fact } from '../../../data/schemas/dataset';
import { describeFactSource } from '../../../lib/describe-source';
import { formatPeriod, formatValue } from '../../../lib/format';
import { useFilters } from '../../../state/store';
import { buildOverview, type OverviewInputs, type OverviewModel } from '../build-overview';
import { DatasetSummary } from './dataset-summary';

export default function OverviewRoute() {
  const filters = useFilters();
  const loadable = combineLoadables({
    facts: useDataset('facts'),
    entities: useDataset('entities'),
    articles: useDataset('articles'),
    quotes: useDataset('quotes'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [facts, entities, articles, quotes] = [data?.facts, data?.entities, data?.articles, data?.quotes];
  const inputs = useMemo(
    () => (facts && entities && articles && quotes ? { facts, entities, articles, quotes } : null),
    [facts, entities, articles, quotes],
  );
  const model = useMemo(() => (inputs ? buildOverview(inputs, filters) : null), [inputs, filters]);

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Overview</h2>
      {loadable.status === 'pending' && <LoadingMessage what="the overview" />}
      {loadable.status === 'error' && <DataErrorMessage what="The overview" error={loadable.error} onRetry={loadable.retry} />}
      {model && inputs && <OverviewView model={model} inputs={inputs} />}
      {/* After the figures have loaded, so the summary does not jump down when they arrive. */}
      {loadable.status !== 'pending' && (
        <>
          <h3 className="subheading">What the dataset holds</h3>
          <DatasetSummary />
        </>
      )}
    </section>
  );
}

function Figure({ label, fact, inputs, extra }: { label: string; fact: Fact | null; inputs: OverviewInputs; extra?: string }) {
  return (
    <div className="figure-card">
      <p className="figure-card__label">{label}</p>
      {fact ? (
        <>
          <p className="figure-card__value">
            {formatValue(fact.value, fact.scale, fact.unit, fact.qualifier)}
            <span className="figure-card__period"> · {formatPeriod(fact.period)}</span>
          </p>
          {extra && <p className="figure-card__extra">{extra}</p>}
          <p className="figure-card__source">
            Source:{' '}
            <ViewLink view="sources" selection={{ kind: 'fact', id: fact.id }}>
              {describeFactSource(fact, inputs)}
            </ViewLink>
          </p>
        </>
      ) : (
        <p className="figure-card__empty">No figure matches the current filters.</p>
      )}
    </div>
  );
}

export function OverviewView({ model, inputs }: { model: OverviewModel; inputs: OverviewInputs }) {
  const change = model.tradeChange;
  return (
    <div className="overview">
      <div className="overview__figures">
        <Figure
          label="Trade turnover, latest year"
          fact={model.tradeLatest}
          inputs={inputs}
          extra={
            change
              ? `${formatValue(change.value, change.scale, change.unit, change.qualifier)} since ${change.period.type === 'span' ? change.period.from : ''} (derived)`
              : undefined
          }
        />
        <Figure label="Russian investment, cumulative" fact={model.investmentStock} inputs={inputs} />
        <Figure label="Russian investment, latest year" fact={model.investmentFlow} inputs={inputs} />
        <div className="figure-card">
          <p className="figure-card__label">Corridors, pipelines and hubs</p>
          {model.corridorsByStatus.length === 0 ? (
            <p className="figure-card__empty">None matches the current filters.</p>
          ) : (
            <ul className="status-list">
              {model.corridorsByStatus.map(({ status, count }) => (
                <li key={status}>
                  <svg width="28" height="8" aria-hidden="true">
                    <line x1="0" y1="4" x2="28" y2="4" stroke="currentColor" strokeWidth="3" strokeDasharray={STATUS_DASHES[status]} />
                  </svg>
                  <strong>{count}</strong> {STATUS_LABELS[status].toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="figure-card">
          <p className="figure-card__label">Voices</p>
          <p className="figure-card__value">{model.peopleQuoted} people quoted</p>
          <p className="figure-card__extra">in {model.articles} articles</p>
        </div>
      </div>

      <div className="overview__previews">
        <ViewLink view="trade" className="preview-card">
          <span className="preview-card__title">Trade turnover over time →</span>
          <TradeSparkline series={model.tradeSeries} />
        </ViewLink>
        <ViewLink view="investment" className="preview-card">
          <span className="preview-card__title">Investment: stock and flow →</span>
          <span className="preview-card__text">Cumulative totals and annual inflows, kept apart.</span>
        </ViewLink>
        <ViewLink view="corridors" className="preview-card">
          <span className="preview-card__title">Corridor map →</span>
          <span className="preview-card__text">Rail, road, pipelines and hubs through Kazakhstan.</span>
        </ViewLink>
        <ViewLink view="network" className="preview-card">
          <span className="preview-card__title">Who speaks →</span>
          <span className="preview-card__text">
            {model.topPeople.map((person) => person.name).join(', ') || 'No one under these filters.'}
          </span>
        </ViewLink>
      </div>
    </div>
  );
}

/** A tiny own-SVG line, so the overview does not load the charting library. */
function TradeSparkline({ series }: { series: OverviewModel['tradeSeries'] }) {
  if (series.length < 2) return <span className="preview-card__text">Not enough years under these filters.</span>;
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
      aria-label={`Trade turnover: ${series.map((point) => `${point.year} $${point.value} billion`).join(', ')}`}
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
