/**
 * The embed: one view alone, filling its frame, with its title, subtitle and source line and a
 * link back to the full view in the same state. No navigation, no filter bar.
 */
import { createElement, useEffect } from 'react';
import { FrameModeContext } from '../components/frame-mode';
import { useDataVersion, useView } from '../state/store';
import { RouteErrorBoundary } from './route-error-boundary';
import { routeComponent, ROUTES } from './routes';
import { ViewVariants } from './view-variants';
import { CHART_VIEW_IDS, type ViewId } from '../state/view-state';
import { useT } from '../i18n/use-i18n';

export function EmbedPage() {
  const t = useT();
  const view = useView();
  const pinned = useDataVersion();
  const route = ROUTES[view];
  const label = t(route.label);
  useEffect(() => {
    document.title = `${label} · ${t('app.name')}`;
  }, [label, t]);
  return (
    <FrameModeContext value="embed">
      <main className="embed-main" aria-label={label}>
        <h1 className="sr-only">
          {label} · {t('app.name')}
        </h1>
        <RouteErrorBoundary what={t('view.failed', { view: label })} retryLabel={t('state.retry')}>
          <ViewVariants isWidthDependent={(CHART_VIEW_IDS as readonly ViewId[]).includes(view)} loadingLabel={t('state.chart')}>
            {createElement(routeComponent(view))}
          </ViewVariants>
        </RouteErrorBoundary>
        {pinned && <p className="embed-main__version">{t('frame.pinned', { version: pinned })}</p>}
      </main>
    </FrameModeContext>
  );
}
