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

export function EmbedPage() {
  const view = useView();
  const pinned = useDataVersion();
  const route = ROUTES[view];
  const View = route.component;
  useEffect(() => {
    document.title = `${route.label} · Partnership Atlas`;
  }, [route.label]);
  return (
    <FrameModeContext value="embed">
      <main className="embed-main" aria-label={route.label}>
        <h1 className="sr-only">{route.label} · Partnership Atlas</h1>
        <RouteErrorBoundary what={`The ${route.label.toLowerCase()} chart`}>
          <Suspense fallback={<LoadingMessage what="the chart" />}>
            <View />
          </Suspense>
        </RouteErrorBoundary>
        {pinned && (
          <p className="embed-main__version">
            Data version <code>{pinned}</code> (pinned)
          </p>
        )}
      </main>
    </FrameModeContext>
  );
}
