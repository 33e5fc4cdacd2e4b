/**
 * The dashboard shell: title, view navigation, the shared filters, the current view (loaded on
 * demand) and the details of the current selection. Composes the features; owns no data.
 */
import { createElement, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LoadingMessage } from '../components/data-state';
import { ViewLink } from '../components/view-link';
import { useDismissOnOutsidePointer } from '../hooks/use-dismiss-outside';
import { combineLoadables, useDataset, useManifest } from '../data/datasets';
import { FilterBar } from '../features/filters/components/filter-bar';
import { IgnoredParamsNotice } from '../features/filters/components/ignored-params-notice';
import { LANGUAGES, pick, type Language, type MessageKey } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-i18n';
import { useDashboardActions, useFilters, useSelection, useTheme, useView } from '../state/store';
import { THEMES, VIEW_IDS, type Theme, type ViewId } from '../state/view-state';
import { LANGUAGE_KEY } from '../state/page-address';
import { RouteErrorBoundary } from './route-error-boundary';
import { routeComponent, ROUTES, SelectionPanel } from './routes';
import { ViewVariants } from './view-variants';
import { CHART_VIEW_IDS } from '../state/view-state';

export function DashboardPage() {
  const t = useT();
  const view = useView();
  const selection = useSelection();
  const route = ROUTES[view];
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
        <div className="site-header__bar">
          <div className="site-header__brand">
            <p className="site-header__title">{t('app.name')}</p>
            <p className="site-header__tagline">{t('app.tagline')}</p>
          </div>
          <SettingsTools />
        </div>
        <ViewNav view={view} />
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
                <ViewVariants isWidthDependent={isChartView(view)} loadingLabel={label}>
                  {createElement(routeComponent(view))}
                </ViewVariants>
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

const isChartView = (view: ViewId) => (CHART_VIEW_IDS as readonly ViewId[]).includes(view);

/** The view tabs: one row that scrolls sideways on a narrow screen, the current tab kept in sight. */
function ViewNav({ view }: { view: ViewId }) {
  const t = useT();
  const navRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Which ends of the row have more tabs past them (each gets a fade). Set on the element, not
  // kept in state: a state update from the layout effect below would render the page again,
  // synchronously, in the task that commits its hydration (one long task on a phone).
  const measure = () => {
    const list = listRef.current;
    const nav = navRef.current;
    if (!list || !nav) return;
    nav.toggleAttribute('data-more-before', list.scrollLeft > 1);
    nav.toggleAttribute('data-more-after', list.scrollLeft + list.clientWidth < list.scrollWidth - 1);
  };
  useLayoutEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (list && current && list.scrollWidth > list.clientWidth) {
      // Centre the current tab in the row without scrolling the page itself.
      list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
    }
    measure();
  }, [view]);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return (
    <nav ref={navRef} aria-label={t('app.views')} className="view-nav">
      <ul ref={listRef} onScroll={measure}>
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <ViewLink view={id} className="view-nav__link" current={id === view}>
              {t(ROUTES[id].label)}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Language and theme. On a wide screen both stand in the header's top row; on a phone they fold
 * behind one "Settings" disclosure button, so the header takes one row.
 */
function SettingsTools() {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const closeSettings = useCallback(() => setIsOpen(false), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // It floats over the page on a phone: a tap outside or Escape closes it, like a menu.
  useDismissOnOutsidePointer(rootRef, isOpen, closeSettings);
  return (
    <div
      ref={rootRef}
      className="site-header__settings needs-js"
      data-open={isOpen || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          setIsOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="site-header__settings-toggle"
        aria-expanded={isOpen}
        aria-controls="site-settings"
        onClick={() => setIsOpen((value) => !value)}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="2.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        {t('app.settings')}
      </button>
      <div id="site-settings" className="site-header__tools">
        <LanguagePicker />
        <ThemePicker />
      </div>
    </div>
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
  const chooseLanguage = (value: Language) => {
    // Remembered, so the site's front door (the boot script) no longer follows the browser.
    try {
      localStorage.setItem(LANGUAGE_KEY, value);
    } catch {
      // Storage off (private mode, a sandbox): the choice holds for this visit, in the URL.
    }
    actions.languageChanged(value);
  };
  return (
    <label>
      {t('app.language')}{' '}
      <select value={language} onChange={(event) => chooseLanguage(event.target.value as Language)}>
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
  // The address and the date are the browser's, known after hydration (the prerendered page and
  // the first render must agree); paper is printed long after.
  const [{ pageUrl, today }, setPrinted] = useState({ pageUrl: '', today: '' });
  useEffect(() => {
    const update = () => setPrinted({ pageUrl: window.location.href, today: new Date().toISOString().slice(0, 10) });
    window.addEventListener('beforeprint', update);
    update();
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <p className="print-only print-summary">
      {t('app.printSummary', {
        topics: topicText,
        years: yearText,
        version,
        date: today,
        url: pageUrl,
      })}
    </p>
  );
}
