/**
 * The dashboard shell: title, view navigation, the shared filters, the current view (loaded on
 * demand) and the details of the current selection. Composes the features; owns no data.
 */
import { Suspense, useEffect, useRef } from 'react';
import { LoadingMessage } from '../components/data-state';
import { ViewLink } from '../components/view-link';
import { combineLoadables, useDataset, useManifest } from '../data/datasets';
import { FilterBar } from '../features/filters/components/filter-bar';
import { IgnoredParamsNotice } from '../features/filters/components/ignored-params-notice';
import { useDashboardActions, useFilters, useSelection, useTheme, useView } from '../state/store';
import { THEMES, VIEW_IDS, type Theme } from '../state/view-state';
import { RouteErrorBoundary } from './route-error-boundary';
import { ROUTES, SelectionPanel } from './routes';

export function DashboardPage() {
  const view = useView();
  const selection = useSelection();
  const route = ROUTES[view];
  const View = route.component;
  const mainRef = useRef<HTMLElement>(null);
  const isFirstView = useRef(true);
  // The views wait for the manifest and the topics (two small files) so that the filter bar is
  // in place before they draw and nothing jumps (layout shift). A failure does not block them.
  const shell = combineLoadables({ manifest: useManifest(), topics: useDataset('topics') });

  useEffect(() => {
    document.title = `${route.label} · Partnership Atlas`;
    // Move focus to the new view for keyboard and screen-reader users, but not on first load.
    if (isFirstView.current) isFirstView.current = false;
    else mainRef.current?.focus({ preventScroll: true });
  }, [route.label]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__tools">
          <ThemePicker />
        </div>
        <p className="site-header__title">Partnership Atlas</p>
        <p className="site-header__tagline">
          Kazakhstan–Russia relations in five news articles: every number linked to the sentence it came from.
        </p>
        <nav aria-label="Views" className="view-nav">
          <ul>
            {VIEW_IDS.map((id) => (
              <li key={id}>
                <ViewLink view={id} className="view-nav__link" current={id === view}>
                  {ROUTES[id].label}
                </ViewLink>
              </li>
            ))}
          </ul>
        </nav>
        <FilterBar />
        <PrintSummary />
        <IgnoredParamsNotice />
      </header>
      {shell.status === 'pending' ? (
        <div className="layout">
          <LoadingMessage what="the dashboard" />
        </div>
      ) : (
        <>
          <div className={selection ? 'layout layout--with-panel' : 'layout'}>
            <main id="main" ref={mainRef} tabIndex={-1} aria-label={route.label}>
              <h1 className="sr-only">{route.label} · Partnership Atlas</h1>
              <RouteErrorBoundary key={view} what={`The ${route.label.toLowerCase()} view`}>
                <Suspense fallback={<LoadingMessage what={`the ${route.label.toLowerCase()} view`} />}>
                  <View />
                </Suspense>
              </RouteErrorBoundary>
            </main>
            {selection && (
              <RouteErrorBoundary what="The details panel">
                <Suspense fallback={<LoadingMessage what="the details" />}>
                  <SelectionPanel />
                </Suspense>
              </RouteErrorBoundary>
            )}
          </div>
          <footer className="site-footer">
            <p>
              Sources: five Russian-language articles (2023–2025) from Sputnik Kazakhstan, Kazpravda.kz and two unnamed Kazakhstani outlets.
            </p>
          </footer>
        </>
      )}
    </>
  );
}

const THEME_LABELS: Record<Theme, string> = { auto: 'Auto (system)', light: 'Light', dark: 'Dark' };

function ThemePicker() {
  const theme = useTheme();
  const actions = useDashboardActions();
  return (
    <label>
      Theme{' '}
      <select value={theme} onChange={(event) => actions.themeChanged(event.target.value as Theme)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {THEME_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Shown on paper only: the filters in force and the dataset version, under the title. */
function PrintSummary() {
  const filters = useFilters();
  const topics = useDataset('topics');
  const manifest = useManifest();
  const labels =
    topics.status === 'success' ? new Map(topics.data.topics.map((topic) => [topic.id, topic.labelEn])) : new Map<string, string>();
  const topicText = filters.topics.length > 0 ? filters.topics.map((id) => labels.get(id) ?? id).join(', ') : 'all topics';
  const yearText =
    filters.yearFrom === null && filters.yearTo === null ? 'all years' : `${filters.yearFrom ?? '…'}–${filters.yearTo ?? '…'}`;
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : '…';
  return (
    <p className="print-only print-summary">
      Filters: {topicText}; {yearText}. Dataset version {version} (articles of Feb 2023 – Nov 2025), printed{' '}
      {new Date().toISOString().slice(0, 10)} from {window.location.href}
    </p>
  );
}
