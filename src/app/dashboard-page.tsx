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
import { LANGUAGES, pick, type Language, type MessageKey } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-i18n';
import { useDashboardActions, useFilters, useSelection, useTheme, useView } from '../state/store';
import { THEMES, VIEW_IDS, type Theme } from '../state/view-state';
import { RouteErrorBoundary } from './route-error-boundary';
import { ROUTES, SelectionPanel } from './routes';

export function DashboardPage() {
  const t = useT();
  const view = useView();
  const selection = useSelection();
  const route = ROUTES[view];
  const View = route.component;
  const label = t(route.label);
  const mainRef = useRef<HTMLElement>(null);
  const isFirstView = useRef(true);
  // The views wait for the manifest and the topics (two small files) so that the filter bar is
  // in place before they draw and nothing jumps (layout shift). A failure does not block them.
  const shell = combineLoadables({ manifest: useManifest(), topics: useDataset('topics') });

  useEffect(() => {
    document.title = `${label} · ${t('app.name')}`;
    // Move focus to the new view for keyboard and screen-reader users, but not on first load.
    if (isFirstView.current) isFirstView.current = false;
    else mainRef.current?.focus({ preventScroll: true });
  }, [label, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__tools">
          <LanguagePicker />
          <ThemePicker />
        </div>
        <p className="site-header__title">{t('app.name')}</p>
        <p className="site-header__tagline">{t('app.tagline')}</p>
        <nav aria-label={t('app.views')} className="view-nav">
          <ul>
            {VIEW_IDS.map((id) => (
              <li key={id}>
                <ViewLink view={id} className="view-nav__link" current={id === view}>
                  {t(ROUTES[id].label)}
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
          <LoadingMessage what={t('state.dashboard')} />
        </div>
      ) : (
        <>
          <div className={selection ? 'layout layout--with-panel' : 'layout'}>
            <main id="main" ref={mainRef} tabIndex={-1} aria-label={label}>
              <h1 className="sr-only">
                {label} · {t('app.name')}
              </h1>
              <RouteErrorBoundary key={view} what={t('view.failed', { view: label })} retryLabel={t('state.retry')}>
                <Suspense fallback={<LoadingMessage what={label} />}>
                  <View />
                </Suspense>
              </RouteErrorBoundary>
            </main>
            {selection && (
              <RouteErrorBoundary what={t('state.details')} retryLabel={t('state.retry')}>
                <Suspense fallback={<LoadingMessage what={t('state.details')} />}>
                  <SelectionPanel />
                </Suspense>
              </RouteErrorBoundary>
            )}
          </div>
          <footer className="site-footer">
            <p>{t('app.footer')}</p>
          </footer>
        </>
      )}
    </>
  );
}

const THEME_LABELS: Record<Theme, MessageKey> = { auto: 'app.themeAuto', light: 'app.themeLight', dark: 'app.themeDark' };

function ThemePicker() {
  const t = useT();
  const theme = useTheme();
  const actions = useDashboardActions();
  return (
    <label>
      {t('app.theme')}{' '}
      <select value={theme} onChange={(event) => actions.themeChanged(event.target.value as Theme)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(THEME_LABELS[value])}
          </option>
        ))}
      </select>
    </label>
  );
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  const actions = useDashboardActions();
  return (
    <label>
      {t('app.language')}{' '}
      <select value={language} onChange={(event) => actions.languageChanged(event.target.value as Language)}>
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LANGUAGE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Shown on paper only: the filters in force and the dataset version, under the title. */
function PrintSummary() {
  const t = useT();
  const language = useLanguage();
  const filters = useFilters();
  const topics = useDataset('topics');
  const manifest = useManifest();
  const labels =
    topics.status === 'success'
      ? new Map(topics.data.topics.map((topic) => [topic.id, pick(language, topic.labelEn, topic.labelRu)]))
      : new Map<string, string>();
  const topicText = filters.topics.length > 0 ? filters.topics.map((id) => labels.get(id) ?? id).join(', ') : t('app.allTopics');
  const yearText =
    filters.yearFrom === null && filters.yearTo === null ? t('app.allYears') : `${filters.yearFrom ?? '…'}–${filters.yearTo ?? '…'}`;
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : '…';
  return (
    <p className="print-only print-summary">
      {t('app.printSummary', {
        topics: topicText,
        years: yearText,
        version,
        date: new Date().toISOString().slice(0, 10),
        url: window.location.href,
      })}
    </p>
  );
}
