/** The network route: search, focus depth, the graph (SVG or canvas) with zoom, or its table. */
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ChartFrame, ChartFrameLoading } from '../../../components/chart-frame';
import { ZoomButtons } from '../../../components/zoom-buttons';
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { SortableTable } from '../../../components/sortable-table';
import { COUNTRY_COLOURS } from '../../../charts/palette';
import { combineLoadables, useDataset } from '../../../data/datasets';
import { useChartSize } from '../../../hooks/use-element-width';
import { useRelated } from '../../../hooks/use-related';
import { useZoomPan } from '../../../hooks/use-zoom-pan';
import { useDashboardActions, useFilters, useIsTable, useNetworkDepth, useSelection } from '../../../state/store';
import { buildNetworkGraph, layoutNetwork, neighbourhood, type GraphNode, type PlacedNode } from '../build-network';
import { CANVAS_THRESHOLD, forcedRenderer, NetworkCanvasView, NetworkLegend, NetworkView } from './network.view';
import { useLanguage, useT } from '../../../i18n/use-i18n';

/** Always label the most-mentioned nodes; the rest get labels on hover and in focus. */
const ALWAYS_LABELLED = 8;

export default function NetworkRoute() {
  const t = useT();
  const language = useLanguage();
  const filters = useFilters();
  const isTable = useIsTable('network');
  const depth = useNetworkDepth();
  const selection = useSelection();
  const actions = useDashboardActions();
  const related = useRelated();
  const { ref, width, height } = useChartSize({ aspect: 0.65, minHeight: 380, maxHeight: 640 });
  const zoom = useZoomPan(width, height);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [rovingId, setRovingId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<Record<string, [number, number]>>({});
  const [query, setQuery] = useState('');
  const [searchMessage, setSearchMessage] = useState('');

  const loadable = combineLoadables({
    network: useDataset('network'),
    mentions: useDataset('mentions'),
    entities: useDataset('entities'),
    articles: useDataset('articles'),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [network, mentions, entities, articles] = [data?.network, data?.mentions, data?.entities, data?.articles];
  const graph = useMemo(
    () =>
      network && mentions && entities && articles ? buildNetworkGraph({ network, mentions, entities, articles }, filters, language) : null,
    [network, mentions, entities, articles, filters, language],
  );
  const baseLayout = useMemo(() => (graph ? layoutNetwork(graph, width, height) : null), [graph, width, height]);
  const layout = useMemo(() => {
    if (!baseLayout) return null;
    const nodes = baseLayout.nodes.map((node) => (dragged[node.id] ? { ...node, x: dragged[node.id]![0], y: dragged[node.id]![1] } : node));
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const links = baseLayout.links.map((link) => ({
      ...link,
      x1: byId.get(link.source)!.x,
      y1: byId.get(link.source)!.y,
      x2: byId.get(link.target)!.x,
      y2: byId.get(link.target)!.y,
    }));
    return { nodes, links };
  }, [baseLayout, dragged]);

  const order = useMemo(
    () => (layout ? [...layout.nodes].sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label)) : []),
    [layout],
  );
  const selectedId =
    selection &&
    (selection.kind === 'person' || selection.kind === 'organisation') &&
    layout?.nodes.some((node) => node.id === selection.id)
      ? selection.id
      : null;
  const focus = useMemo(() => (graph && selectedId ? neighbourhood(graph, selectedId, depth) : null), [graph, selectedId, depth]);
  const highlighted = useMemo(
    () => (related && !selectedId ? new Set([...related.people, ...related.organisations]) : null),
    [related, selectedId],
  );
  const labelledIds = useMemo(() => {
    const ids = new Set(order.slice(0, ALWAYS_LABELLED).map((node) => node.id));
    if (hoveredId && graph) neighbourhood(graph, hoveredId, 1).forEach((id) => ids.add(id));
    focus?.forEach((id) => ids.add(id));
    return ids;
  }, [order, hoveredId, graph, focus]);

  const select = (node: Pick<PlacedNode, 'id' | 'kind'>) => actions.selectionChanged({ kind: node.kind, id: node.id });
  const moveFocusTo = (id: string) => {
    setRovingId(id);
    requestAnimationFrame(() => (document.querySelector(`[data-node-id="${id}"]`) as SVGGElement | null)?.focus());
  };
  const onNodeKeyDown = (event: KeyboardEvent, node: PlacedNode) => {
    const index = order.findIndex((candidate) => candidate.id === node.id);
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      moveFocusTo(order[(index + step + order.length) % order.length]!.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveFocusTo((event.key === 'Home' ? order[0] : order.at(-1))!.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(node);
    } else if (event.key === 'Escape') {
      actions.selectionChanged(null);
    }
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const needle = query.trim().toLowerCase();
    const found = needle
      ? order.find((node) => node.label.toLowerCase().includes(needle) || node.labelRu.toLowerCase().includes(needle))
      : undefined;
    if (!found) {
      setSearchMessage(needle ? t('network.notFound', { query }) : '');
      return;
    }
    setSearchMessage(t('network.found', { name: found.label }));
    select(found);
    zoom.controls.centreOn(found.x, found.y, 2);
    moveFocusTo(found.id);
  };

  if (loadable.status === 'pending') {
    return (
      <ChartFrameLoading id="network" title={t('network.title')} subtitle={t('network.subtitle')}>
        <LoadingMessage what={t('network.loading')} />
      </ChartFrameLoading>
    );
  }
  if (loadable.status === 'error') return <DataErrorMessage what={t('network.failed')} error={loadable.error} onRetry={loadable.retry} />;
  if (!layout || !graph) return null;
  const isCanvas = (forcedRenderer() ?? (layout.nodes.length > CANVAS_THRESHOLD ? 'canvas' : 'svg')) === 'canvas';
  const degree = new Map<string, number>();
  graph.links.forEach((link) => [link.source, link.target].forEach((id) => degree.set(id, (degree.get(id) ?? 0) + 1)));

  return (
    <ChartFrame
      id="network"
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled('network')}
      anatomy={{
        title: t('network.title'),
        subtitle: t('network.subtitle'),
        notes: [],
        source: t('network.source'),
        legend: (['KZ', 'RU', 'international', 'unknown'] as const).map((country) => ({
          label: t(`country.${country}`),
          colour: COUNTRY_COLOURS[country],
          shape: 'dot' as const,
        })),
        csv: {
          filename: 'partnership-atlas-network',
          rows: graph.nodes.map((node) => ({
            id: node.id,
            name_en: node.label,
            name_ru: node.labelRu,
            kind: node.kind,
            quoted_speaker: node.kind === 'person' ? String(node.isQuoted) : '',
            country: t(`country.${node.country}`),
            mentions: node.mentions,
            linked_to: degree.get(node.id) ?? 0,
          })),
        },
      }}
      controls={
        <>
          <form className="network-search" onSubmit={onSearch} role="search">
            <label htmlFor="network-search-input">{t('network.find')}</label>
            <input
              id="network-search-input"
              list="network-names"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('network.findPlaceholder')}
              autoComplete="off"
            />
            <datalist id="network-names">
              {order.map((node) => (
                <option key={node.id} value={node.label} />
              ))}
            </datalist>
            <button type="submit">{t('network.go')}</button>
          </form>
          <div role="group" aria-label={t('network.depth')} className="segmented">
            {([1, 2] as const).map((value) => (
              <button key={value} type="button" aria-pressed={depth === value} onClick={() => actions.networkDepthChanged(value)}>
                {value === 1 ? t('network.step') : t('network.steps')}
              </button>
            ))}
          </div>
          {!isTable && <ZoomButtons controls={zoom.controls} isZoomed={zoom.isZoomed} />}
        </>
      }
      chart={
        <div ref={ref} className="chart-area">
          <p className="chart-count">{t('network.count', { count: graph.nodes.length })}</p>
          <p className="sr-only" role="status">
            {searchMessage}
          </p>
          {searchMessage && <p className="chart-hint">{searchMessage}</p>}
          {graph.nodes.length === 0 ? (
            <p className="chart-empty">{t('network.empty')}</p>
          ) : isCanvas ? (
            <NetworkCanvasView
              layout={layout}
              width={width}
              height={height}
              focus={focus}
              highlighted={highlighted}
              transform={zoom.transform}
              onSelect={select}
            />
          ) : (
            <NetworkView
              layout={layout}
              width={width}
              height={height}
              svgRef={zoom.svgRef}
              transform={zoom.transformAttribute}
              scale={zoom.transform.k}
              focus={focus}
              highlighted={highlighted}
              hoveredId={hoveredId}
              selectedId={selectedId}
              rovingId={rovingId ?? order[0]?.id ?? null}
              labelledIds={labelledIds}
              onHover={setHoveredId}
              onSelect={select}
              onNodeKeyDown={onNodeKeyDown}
              onDrag={(id, x, y) => setDragged((current) => ({ ...current, [id]: [Math.round(x), Math.round(y)] }))}
            />
          )}
          <NetworkLegend />
          <p className="chart-hint">{t('network.hint')}</p>
        </div>
      }
      table={
        <SortableTable<GraphNode>
          caption={t('network.tableCaption')}
          rows={graph.nodes}
          rowKey={(node) => node.id}
          initialSort={{ key: 'mentions', direction: 'descending' }}
          emptyMessage={t('network.tableEmpty')}
          isHighlighted={(node) => focus?.has(node.id) ?? highlighted?.has(node.id) ?? false}
          columns={[
            {
              key: 'name',
              label: t('network.name'),
              sortValue: (n) => n.label,
              render: (n) => (
                <button type="button" className="link-button" onClick={() => select(n)}>
                  {n.label}
                </button>
              ),
            },
            {
              key: 'kind',
              label: t('network.kind'),
              sortValue: (n) => n.kind,
              render: (n) =>
                n.kind === 'person' ? (n.isQuoted ? t('selection.quoted') : t('selection.mentioned')) : t('selection.organisation'),
            },
            { key: 'country', label: t('network.country'), sortValue: (n) => n.country, render: (n) => t(`country.${n.country}`) },
            { key: 'mentions', label: t('network.mentions'), sortValue: (n) => n.mentions, render: (n) => n.mentions, isNumeric: true },
            {
              key: 'links',
              label: t('network.links'),
              sortValue: (n) => degree.get(n.id) ?? 0,
              render: (n) => degree.get(n.id) ?? 0,
              isNumeric: true,
            },
          ]}
        />
      }
    />
  );
}
