/**
 * The embed: one view alone, filling its frame, with its title, subtitle and source line and a
 * link back to the full view in the same state. No navigation, no filter bar.
 */
import { Suspense, useEffect } from 'react';
import { LoadingMessage } from '../components/data-state';
import { FrameModeContext } from '../components/frame-mode';
import { useDataVersion, useView } from '../state/store';
import { RouteErrorBoundary } from './route-error-boundary';
import { ROUTES } from './routes';
import { useT } from '../i18n/use-i18n';

export function EmbedPage() {
  const t = useT();
  const view = useView();
  const pinned = useDataVersion();
  const route = ROUTES[view];
  const View = route.component;
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
          <Suspense fallback={<LoadingMessage what={t('state.chart')} />}>
            <View />
          </Suspense>
        </RouteErrorBoundary>
        {pinned && <p className="embed-main__version">{t('frame.pinned', { version: pinned })}</p>}
      </main>
    </FrameModeContext>
  );
}
