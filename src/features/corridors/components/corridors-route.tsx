/** The corridor map route: map with zoom, tooltip, legend and details, or the table of corridors. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ChartFrame, ChartFrameLoading } from '../../../components/chart-frame';
import { ZoomButtons } from '../../../components/zoom-buttons';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { SortableTable } from '../../../components/sortable-table';
import { INK, KIND_COLOURS, STATUS_DASHES } from '../../../charts/palette';
import type { CorridorKind, CorridorStatus } from '../../../data/schemas/common';
import { combineLoadables, mapShapesQueryOptions, useDataset, type Loadable } from '../../../data/datasets';
import type { MapShapes } from '../../../data/schemas/dataset';
import { useChartSize } from '../../../hooks/use-element-width';
import { useRelated } from '../../../hooks/use-related';
import { useZoomPan } from '../../../hooks/use-zoom-pan';
import { buildSubjectFilter } from '../../../lib/filters';
import { useDashboardActions, useFilters, useIsTable, useSelection } from '../../../state/store';
import { buildCorridorMap } from '../build-corridor-map';
import { CorridorLegend, CorridorMapView } from './corridor-map.view';
import { useLocale, useT } from '../../../i18n/use-i18n';
import { pick } from '../../../i18n/i18n';

/** Natural Earth country outlines, shipped in public/data/map: never fetched from a third party. */
function useCountryShapes(): Loadable<MapShapes> {
  const t = useT();
  const query = useQuery(mapShapesQueryOptions());
  if (query.status === 'error') {
    return {
      status: 'error',
      error: new Error(t('corridors.shapesFailed', { message: query.error.message })),
      retry: () => void query.refetch(),
    };
  }
  return query.status === 'success' ? { status: 'success', data: query.data } : { status: 'pending' };
}

interface CorridorRow {
  id: string;
  kind: 'corridor' | 'hub';
  name: string;
  nameRu: string;
  type: string;
  status: string;
  route: string;
  speakers: string;
}

export default function CorridorsRoute() {
  const locale = useLocale();
  const { t } = locale;
  const filters = useFilters();
  const isTable = useIsTable('corridors');
  const selection = useSelection();
  const actions = useDashboardActions();
  const related = useRelated();
  const { ref, width, height } = useChartSize({ aspect: 0.62, minHeight: 360, maxHeight: 620 });
  const zoom = useZoomPan(width, height);
  const [activeId, setActiveId] = useState<string | null>(null);

  // The frame, counts and table do not wait for the country shapes (the largest file of this
  // view): the map area shows a placeholder until they arrive.
  const shapesLoadable = useCountryShapes();
  const shapes = shapesLoadable.status === 'success' ? shapesLoadable.data : null;
  const loadable = combineLoadables({
    entities: useDataset('entities'),
    quotes: useDataset('quotes'),
    facts: useDataset('facts'),
    articles: useDataset('articles'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [entities, quotes, facts, articles] = [data?.entities, data?.quotes, data?.facts, data?.articles];

  const passes = useMemo(
    () => (quotes && facts && articles ? buildSubjectFilter({ quotes, facts, articles }, filters) : null),
    [quotes, facts, articles, filters],
  );
  const highlighted = useMemo(() => (related ? new Set([...related.corridors, ...related.hubs]) : null), [related]);
  const model = useMemo(
    () =>
      shapes && entities && passes
        ? buildCorridorMap(shapes, entities, { width, height, passes, highlighted, language: locale.language })
        : null,
    [shapes, entities, passes, width, height, highlighted, locale.language],
  );
  const rows = useMemo((): CorridorRow[] => {
    if (!entities || !quotes || !passes) return [];
    const people = new Map(entities.people.map((person) => [person.id, pick(locale.language, person.nameEn, person.nameRu)]));
    const speakersOf = (id: string) =>
      [
        ...new Set(
          quotes.quotes
            .filter((quote) => quote.about.includes(id))
            .map((quote) => (quote.speaker ? (people.get(quote.speaker) ?? quote.speaker) : t('corridors.articleText'))),
        ),
      ].join(', ');
    return [
      ...entities.corridors.map((c) => ({
        id: c.id,
        kind: 'corridor' as const,
        name: pick(locale.language, c.nameEn, c.nameRu),
        nameRu: c.nameRu,
        type: t(`kind.${c.kind}`),
        status: t(`status.${c.status}`),
        route: c.waypoints.map((w) => pick(locale.language, w.nameEn, w.nameRu)).join(' – '),
        speakers: speakersOf(c.id),
      })),
      ...entities.hubs.map((h) => ({
        id: h.id,
        kind: 'hub' as const,
        name: pick(locale.language, h.nameEn, h.nameRu),
        nameRu: h.nameRu,
        type: t('corridors.hubOf', { kind: t(`kind.${h.kind}`) }),
        status: t(`status.${h.status}`),
        route: '—',
        speakers: speakersOf(h.id),
      })),
    ].filter((row) => passes(row.id));
  }, [entities, quotes, passes, locale, t]);

  if (loadable.status === 'pending') {
    return (
      <ChartFrameLoading id="corridors" title={t('corridors.title')} subtitle={t('corridors.subtitle')}>
        <LoadingMessage what={t('corridors.loading')} />
      </ChartFrameLoading>
    );
  }
  if (loadable.status === 'error') return <DataErrorMessage what={t('corridors.failed')} error={loadable.error} onRetry={loadable.retry} />;
  if (!entities || !passes) return null;
  const counts = {
    shown: [...entities.corridors, ...entities.hubs].filter((item) => passes(item.id)).length,
    total: entities.corridors.length + entities.hubs.length,
  };

  const active =
    activeId && model ? (model.corridors.find((c) => c.id === activeId) ?? model.hubs.find((h) => h.id === activeId)) : undefined;
  const anchor: [number, number] | null = active ? ('anchor' in active ? active.anchor : [active.x, active.y]) : null;
  const selectedId = selection && (selection.kind === 'corridor' || selection.kind === 'hub') ? selection.id : null;

  return (
    <ChartFrame
      id="corridors"
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled('corridors')}
      anatomy={{
        title: t('corridors.title'),
        subtitle: t('corridors.subtitle'),
        notes: [],
        source: t('corridors.source'),
        legend: [
          ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
            label: t(`kind.${kind as CorridorKind}`),
            colour,
            shape: 'line' as const,
          })),
          ...Object.entries(STATUS_DASHES).map(([status, dash]) => ({
            label: t(`status.${status as CorridorStatus}`),
            colour: INK,
            shape: 'line' as const,
            dash,
          })),
        ],
        csv: {
          filename: 'partnership-atlas-corridors',
          rows: rows.map((row) => ({
            id: row.id,
            name_en: row.name,
            name_ru: row.nameRu,
            kind: row.type,
            status: row.status,
            schematic_route: row.route,
            named_by: row.speakers,
          })),
        },
      }}
      controls={!isTable && <ZoomButtons controls={zoom.controls} isZoomed={zoom.isZoomed} />}
      chart={
        <div ref={ref} className="chart-area map-area">
          <p className="chart-count">{t('corridors.count', { shown: counts.shown, total: counts.total })}</p>
          {model ? (
            <CorridorMapView
              model={model}
              svgRef={zoom.svgRef}
              transform={zoom.transformAttribute}
              scale={zoom.transform.k}
              selectedId={selectedId}
              activeId={activeId}
              onActivate={setActiveId}
              onSelect={(kind, id) => actions.selectionChanged({ kind, id })}
            />
          ) : shapesLoadable.status === 'error' ? (
            <DataErrorMessage what={t('corridors.mapFailed')} error={shapesLoadable.error} onRetry={shapesLoadable.retry} />
          ) : (
            <div className="chart-placeholder" style={{ height }} role="status" aria-label={t('corridors.loadingShapes')} />
          )}
          {active && anchor && (
            <div
              className="chart-tooltip map-tooltip"
              role="tooltip"
              style={{ left: zoom.transform.applyX(anchor[0]), top: zoom.transform.applyY(anchor[1]) }}
            >
              <p className="chart-tooltip__title">{active.name}</p>
              <p lang="ru">{active.nameRu}</p>
              <p>
                {t(`kind.${active.kind}`)} · {t(`status.${active.status}`)}
              </p>
              <p className="chart-tooltip__hint">{t('corridors.tooltipHint')}</p>
            </div>
          )}
          <CorridorLegend />
          <p className="chart-hint">{t('corridors.hint')}</p>
        </div>
      }
      table={
        <SortableTable<CorridorRow>
          caption={t('corridors.tableCaption')}
          rows={rows}
          rowKey={(row) => row.id}
          initialSort={{ key: 'status', direction: 'ascending' }}
          emptyMessage={t('corridors.tableEmpty')}
          isHighlighted={(row) => highlighted?.has(row.id) ?? false}
          columns={[
            {
              key: 'name',
              label: t('corridors.name'),
              sortValue: (r) => r.name,
              render: (r) => (
                <button type="button" className="link-button" onClick={() => actions.selectionChanged({ kind: r.kind, id: r.id })}>
                  {r.name}
                </button>
              ),
            },
            { key: 'type', label: t('corridors.kind'), sortValue: (r) => r.type, render: (r) => r.type },
            { key: 'status', label: t('corridors.status'), sortValue: (r) => r.status, render: (r) => r.status },
            { key: 'route', label: t('corridors.route'), render: (r) => r.route },
            { key: 'speakers', label: t('corridors.namedBy'), sortValue: (r) => r.speakers, render: (r) => r.speakers },
          ]}
        />
      }
    />
  );
}
