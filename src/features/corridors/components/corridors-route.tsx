/**
 * The corridor map route: state wiring only (size, zoom, hover, selection). The model
 * (buildCorridorMap) holds the map, its names, key, tooltips, table, CSV and source line;
 * ChartRoute draws the frame, loading and error states and the chart/table switch.
 */
import { useCallback, useMemo, useState } from 'react';
import { ChartRoute } from '../../../components/chart-route';
import { DataErrorMessage } from '../../../components/data-state';
import { ZoomButtons } from '../../../components/zoom-buttons';
import { combineLoadables, useDataset, useMapShapes } from '../../../data/datasets';
import { useChartSize } from '../../../hooks/use-element-width';
import { useRelated } from '../../../hooks/use-related';
import { useZoomPan } from '../../../hooks/use-zoom-pan';
import { filtersKey } from '../../../lib/filters';
import { memoAcrossPrerender } from '../../../lib/prerender-memo';
import { useLocale } from '../../../i18n/use-i18n';
import { useDashboardActions, useFilters, useIsTable, useSelection } from '../../../state/store';
import { buildCorridorMap, highlightCorridorMap, type CorridorMapModel } from '../build-corridor-map';
import { CorridorMapView } from './corridor-map.view';

export default function CorridorsRoute() {
  const locale = useLocale();
  const { t } = locale;
  const filters = useFilters();
  const selection = useSelection();
  const actions = useDashboardActions();
  const related = useRelated();
  const isTable = useIsTable('corridors');
  const { ref, width, height } = useChartSize({ aspect: 0.62, minHeight: 400, maxHeight: 620 });
  const [activeId, setActiveId] = useState<string | null>(null);

  // Natural Earth outlines, shipped in public/data/map (never fetched from a third party). The
  // frame, counts and table do not wait for them, the largest file of this view.
  const shapes = useMapShapes();
  const loadable = combineLoadables({
    entities: useDataset('entities'),
    quotes: useDataset('quotes'),
    facts: useDataset('facts'),
    articles: useDataset('articles'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const shapeData = shapes.status === 'success' ? shapes.data : null;
  const highlighted = useMemo(() => (related ? new Set([...related.corridors, ...related.hubs]) : null), [related]);
  // Projecting the outlines and placing the names are the costly part: a new selection only
  // re-highlights. Memoised on the files themselves (combineLoadables makes a new object every
  // render), and carried from the prerenderer to the hydrating page (a phone does not redo it).
  const { entities, quotes, facts, articles } = data ?? {};
  const layout = useMemo(() => {
    if (!entities || !quotes || !facts || !articles) return null;
    const compute = () => buildCorridorMap({ entities, quotes, facts, articles, shapes: shapeData }, filters, { width, height }, locale);
    const key = [width, height, locale.language, filtersKey(filters), shapeData ? 'shapes' : ''];
    return memoAcrossPrerender('corridor-map', key.join('|'), compute);
  }, [entities, quotes, facts, articles, shapeData, filters, width, height, locale]);
  const model = useMemo(() => layout && highlightCorridorMap(layout, highlighted), [layout, highlighted]);
  // The map may be shorter than the box offered (a phone): zoom within the map itself.
  const zoom = useZoomPan(width, layout?.mapHeight ?? height);
  const selectedId = selection && (selection.kind === 'corridor' || selection.kind === 'hub') ? selection.id : null;
  // Stable, so the memoised map view is not drawn again when nothing it shows has changed.
  const select = useCallback((kind: 'corridor' | 'hub', id: string) => actions.selectionChanged({ kind, id }), [actions]);

  const renderChart = (map: CorridorMapModel) => {
    const active = map.corridors.find((c) => c.id === activeId) ?? map.hubs.find((h) => h.id === activeId);
    const anchor: [number, number] | null = active ? ('anchor' in active ? active.anchor : [active.x, active.y]) : null;
    return (
      <div ref={ref} className="chart-area map-area">
        <p className="chart-count">{map.countLine}</p>
        {map.hasShapes ? (
          <CorridorMapView
            model={map}
            svgRef={zoom.svgRef}
            transform={zoom.transformAttribute}
            scale={zoom.transform.k}
            selectedId={selectedId}
            activeId={activeId}
            onActivate={setActiveId}
            onSelect={select}
          />
        ) : shapes.status === 'error' ? (
          <DataErrorMessage
            what={t('corridors.mapFailed')}
            error={new Error(t('corridors.shapesFailed', { message: shapes.error.message }))}
            onRetry={() => void shapes.refetch()}
          />
        ) : (
          <div className="chart-placeholder" style={{ height: map.height }} role="status" aria-label={t('corridors.loadingShapes')} />
        )}
        {active && anchor && (
          <div
            className="chart-tooltip map-tooltip"
            role="tooltip"
            style={{ left: zoom.transform.applyX(anchor[0]), top: zoom.transform.applyY(anchor[1]) }}
          >
            <p className="chart-tooltip__title">{active.tooltip.title}</p>
            {active.tooltip.originalName && <p lang="ru">{active.tooltip.originalName}</p>}
            {active.tooltip.lines.map((line, index) => (
              <p key={line} className={index === active.tooltip.lines.length - 1 ? 'chart-tooltip__hint' : undefined}>
                {line}
              </p>
            ))}
          </div>
        )}
        <p className="chart-hint">{t('corridors.hint')}</p>
      </div>
    );
  };

  return (
    <ChartRoute<CorridorMapModel>
      id="corridors"
      loadable={loadable}
      model={model}
      heading={{ title: t('corridors.title'), subtitle: t('corridors.subtitle') }}
      what={{ loading: t('corridors.loading'), failed: t('corridors.failed') }}
      hasSelection={selection !== null}
      renderChart={renderChart}
      renderControls={() => !isTable && <ZoomButtons controls={zoom.controls} isZoomed={zoom.isZoomed} />}
      placeholderHeight={height}
    />
  );
}
