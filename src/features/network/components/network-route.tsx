/**
 * The network route: state wiring only. It builds the chart model (buildNetwork), keeps the
 * interaction state (hover, keyboard focus, drag, search, zoom) and hands it to the shared
 * ChartRoute shell, which draws the frame, legend, notes and table from the model.
 */
import { quadtree, type Quadtree } from 'd3';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ChartRoute } from '../../../components/chart-route';
import { ZoomButtons } from '../../../components/zoom-buttons';
import { DataErrorMessage } from '../../../components/data-state';
import { combineLoadables, useDataset, type Loadable } from '../../../data/datasets';
import { DataFileError } from '../../../data/fetch-json';
import type { DatasetFiles } from '../../../data/schemas/dataset';
import { paragraphsMismatch } from '../../../data/schemas/network-columns';
import { useChartSize } from '../../../hooks/use-element-width';
import { useRelated } from '../../../hooks/use-related';
import { useZoomPan } from '../../../hooks/use-zoom-pan';
import { useLocale } from '../../../i18n/use-i18n';
import { useDashboardActions, useFilters, useIsTable, useNetworkDepth, useSelection } from '../../../state/store';
import {
  buildNetwork,
  hasParagraphsApart,
  needsEntities,
  needsMentions,
  needsParagraphs,
  neighbourhood,
  withMarkedRows,
  type NetworkInputs,
  type NetworkLayout,
  type NetworkModel,
  type PlacedNode,
} from '../build-network';
import { hitTest, NetworkCanvasView } from './network-canvas.view';
import { NetworkSvgView } from './network-svg.view';
import { isCanvasRenderer } from './renderer';
import { useNetworkKeyboard } from './use-network-keyboard';
import { useNetworkLabels } from './use-network-labels';
import { useSettledTransform } from './use-settled-transform';

/** Moves dragged nodes (and their links' ends) to where the reader put them. */
function withDragged(layout: NetworkLayout, dragged: Record<string, [number, number]>): NetworkLayout {
  if (Object.keys(dragged).length === 0) return layout;
  const nodes = layout.nodes.map((node) => (dragged[node.id] ? { ...node, x: dragged[node.id]![0], y: dragged[node.id]![1] } : node));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = layout.links.map((link) => ({
    ...link,
    x1: byId.get(link.source)!.x,
    y1: byId.get(link.source)!.y,
    x2: byId.get(link.target)!.x,
    y2: byId.get(link.target)!.y,
  }));
  return { nodes, links };
}

/** Names offered by the search box's suggestions (the most mentioned first). */
const DATALIST_LIMIT = 300;

export default function NetworkRoute() {
  const locale = useLocale();
  const { t } = locale;
  const filters = useFilters();
  const isTable = useIsTable('network');
  const depth = useNetworkDepth();
  const selection = useSelection();
  const actions = useDashboardActions();
  const related = useRelated();
  const { ref, width, height } = useChartSize({ aspect: 0.6, minHeight: 380, maxHeight: 620 });
  // On the canvas, a press on a node drags it: d3-zoom must not pan then (on the SVG, nodes carry data-no-zoom).
  const finderRef = useRef<(() => Quadtree<PlacedNode>) | null>(null);
  const zoom = useZoomPan(width, height, {
    isOwnGesture: (event) => {
      const canvas = event.target as HTMLCanvasElement | null;
      if (!finderRef.current || !canvas?.matches?.('canvas.network')) return false;
      const point = 'touches' in event ? (event as TouchEvent).touches[0] : (event as MouseEvent);
      if (!point) return false;
      const box = canvas.getBoundingClientRect();
      return hitTest(finderRef.current(), transformRef.current, point.clientX - box.left, point.clientY - box.top) !== undefined;
    },
  });
  const transformRef = useRef(zoom.transform);
  const [isCanvasFocused, setCanvasFocused] = useState(false);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [keyboardId, setKeyboardId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<Record<string, [number, number]>>({});
  const [query, setQuery] = useState('');
  const [searchMessage, setSearchMessage] = useState('');
  const [searchHitId, setSearchHitId] = useState<string | null>(null);
  // The suggestions are written once the reader turns to the search box, not on every filter change before.
  const [isSearching, setSearching] = useState(false);

  const networkFile = useDataset('network');
  // network.json carries the names, years and mention paragraphs the chart needs; only a pinned
  // version from before its columns needs entities.json and articles.json (and, older still, mentions.json).
  const isEntitiesNeeded = networkFile.status === 'success' && needsEntities(networkFile.data);
  const isMentionsNeeded = networkFile.status === 'success' && needsMentions(networkFile.data);
  const entitiesFile = useDataset('entities', isEntitiesNeeded);
  const articlesFile = useDataset('articles', isEntitiesNeeded);
  const mentionsFile = useDataset('mentions', isMentionsNeeded);
  // Since the split, the paragraph lists a topic or year filter reads are in network-paragraphs.json,
  // fetched when a filter needs them (the chart waits, saying so). Not fetched ahead after the first
  // paint: on a prerendered page that brought in the schema chunk and its checks within the load,
  // and Lighthouse's blocking time on the network pages rose from ~10–25 ms to 220–350 ms.
  const isSplit = networkFile.status === 'success' && hasParagraphsApart(networkFile.data);
  const isParagraphsNeeded = isSplit && needsParagraphs(networkFile.data, filters);
  const fetchedParagraphs = useDataset('network-paragraphs', isParagraphsNeeded);
  // Checked once per pair of files (the loadables are new objects on every render; a filter change
  // must not walk the 200,000 paragraph numbers of ×1000 again).
  const networkData = networkFile.status === 'success' ? networkFile.data : null;
  const paragraphsData = fetchedParagraphs.status === 'success' ? fetchedParagraphs.data : null;
  const mismatch = useMemo(
    () => (networkData && paragraphsData ? paragraphsMismatch(networkData, paragraphsData) : null),
    [networkData, paragraphsData],
  );
  const paragraphsFile = useMemo((): Loadable<DatasetFiles['network-paragraphs']> => {
    if (!mismatch) return fetchedParagraphs;
    const error = new DataFileError('network-paragraphs.json', { code: 'format', issues: mismatch });
    // Not a file a second fetch mends (it is cached as it is): the two files are from different builds.
    return { status: 'error', error, retry: () => window.location.reload() };
  }, [fetchedParagraphs, mismatch]);
  const loadable: Loadable<NetworkInputs> = combineLoadables<NetworkInputs>({
    network: networkFile,
    ...(isEntitiesNeeded && { entities: entitiesFile, articles: articlesFile }),
    ...(isMentionsNeeded && { mentions: mentionsFile }),
    ...(isParagraphsNeeded && { 'network-paragraphs': paragraphsFile }),
  });
  const loaded = loadable.status === 'success' ? loadable.data : null;
  // The files, not `loaded` (a new object each render), so the model is rebuilt only when one changes.
  const [network, entities, articles, mentions, paragraphs] = [
    loaded?.network,
    loaded?.entities,
    loaded?.articles,
    loaded?.mentions,
    loaded?.['network-paragraphs'],
  ];
  const data = useMemo(
    (): NetworkInputs | null => (network ? { network, entities, articles, mentions, 'network-paragraphs': paragraphs } : null),
    [network, entities, articles, mentions, paragraphs],
  );
  const selectedCandidate = selection && (selection.kind === 'person' || selection.kind === 'organisation') ? selection.id : null;
  const baseModel = useMemo(
    () => (data ? buildNetwork(data, filters, locale, { width, height }) : null),
    [data, filters, locale, width, height],
  );
  const selectedId = baseModel?.graph.nodes.some((node) => node.id === selectedCandidate) ? selectedCandidate : null;
  const focus = useMemo(
    () => (baseModel && selectedId ? neighbourhood(baseModel.graph, selectedId, depth) : null),
    [baseModel, selectedId, depth],
  );
  const highlighted = useMemo(
    () => (related && !selectedId ? new Set([...related.people, ...related.organisations]) : null),
    [related, selectedId],
  );
  // The table marks the focus, or what another view relates to the selection.
  const model = useMemo((): NetworkModel | null => {
    if (!baseModel) return null;
    const marked = focus ?? highlighted;
    return marked ? withMarkedRows(baseModel, marked) : baseModel;
  }, [baseModel, focus, highlighted]);
  const layout = useMemo(() => (baseModel ? withDragged(baseModel.layout, dragged) : null), [baseModel, dragged]);
  // The placed nodes in the model's order (most mentioned first), for the keyboard and the search.
  const order = useMemo(() => (layout && baseModel ? baseModel.mentionOrder.map((at) => layout.nodes[at]!) : []), [layout, baseModel]);
  const isCanvas = layout ? isCanvasRenderer(layout.nodes.length) : false;
  // Built when the pointer first asks (hover, press), not on every filter change.
  const finder = useMemo(() => {
    if (!layout || !isCanvas) return null;
    let tree: Quadtree<PlacedNode> | null = null;
    return () =>
      (tree ??= quadtree<PlacedNode>()
        .x((node) => node.x)
        .y((node) => node.y)
        .addAll(layout.nodes));
  }, [layout, isCanvas]);
  useEffect(() => {
    finderRef.current = finder;
    transformRef.current = zoom.transform;
  });
  const hoverFocus = useMemo(() => (baseModel && hoveredId ? neighbourhood(baseModel.graph, hoveredId, 1) : null), [baseModel, hoveredId]);
  const select = (node: Pick<PlacedNode, 'id' | 'kind'>) => actions.selectionChanged({ kind: node.kind, id: node.id });
  const keyboard = useNetworkKeyboard(order, { onSelect: select, onClear: () => actions.selectionChanged(null) });
  const keyboardNodeId = isCanvas ? (isCanvasFocused ? keyboard.rovingId : null) : keyboardId;
  const activeIds = [hoveredId, keyboardNodeId].filter((id, index, all): id is string => id !== null && all.indexOf(id) === index);
  // The canvas places names when a zoom or pan rests (it moves the placed ones meanwhile); the SVG, each frame.
  const labelsTransform = useSettledTransform(zoom.transform, isCanvas);
  const labels = useNetworkLabels({
    layout: layout ?? { nodes: [], links: [] },
    width,
    height,
    transform: labelsTransform,
    activeIds,
    selectedId,
    searchHitId,
    focus,
    hoverFocus,
    language: locale.language,
  });

  const onDrag = (id: string, x: number, y: number) => setDragged((current) => ({ ...current, [id]: [Math.round(x), Math.round(y)] }));

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const needle = query.trim().toLowerCase();
    const found = needle
      ? order.find((node) => node.label.toLowerCase().includes(needle) || node.labelRu.toLowerCase().includes(needle))
      : undefined;
    setSearchHitId(found?.id ?? null);
    if (!found) {
      setSearchMessage(needle ? t('network.notFound', { query }) : '');
      return;
    }
    setSearchMessage(t('network.found', { name: found.label }));
    select(found);
    zoom.controls.centreOn(found.x, found.y, 2);
    keyboard.moveFocusTo(found.id);
  };

  return (
    <ChartRoute<NetworkModel>
      id="network"
      loadable={loadable}
      model={model}
      heading={{ title: t('network.title'), subtitle: t('network.subtitle') }}
      what={
        isParagraphsNeeded
          ? { loading: t('network.loadingParagraphs'), failed: t('network.paragraphsFailed') }
          : { loading: t('network.loading'), failed: t('network.failed') }
      }
      hasSelection={Boolean(focus ?? highlighted)}
      placeholderHeight={height}
      renderControls={() => (
        <>
          <form className="network-search" onSubmit={onSearch} role="search">
            <label htmlFor="network-search-input">{t('network.find')}</label>
            <input
              id="network-search-input"
              list="network-names"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onFocus={() => setSearching(true)}
              placeholder={t('network.findPlaceholder')}
              autoComplete="off"
            />
            <datalist id="network-names">
              {/* The most mentioned names: a list of thousands would cost more than it helps. */}
              {isSearching && order.slice(0, DATALIST_LIMIT).map((node) => <option key={node.id} value={node.label} />)}
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
      )}
      renderChart={(current) => (
        <div ref={ref} className="chart-area">
          <p className="chart-count">{current.countText}</p>
          <p className="sr-only" role="status">
            {searchMessage}
          </p>
          {searchMessage && <p className="chart-hint">{searchMessage}</p>}
          {/* Unfiltered, the chart needs no paragraphs: it stays, and says what a filter would lack. */}
          {paragraphsFile.status === 'error' && (
            <DataErrorMessage what={t('network.paragraphsFailed')} error={paragraphsFile.error} onRetry={paragraphsFile.retry} />
          )}
          {!layout || current.graph.nodes.length === 0 ? (
            <p className="chart-empty">{current.emptyMessage}</p>
          ) : isCanvas && finder ? (
            <NetworkCanvasView
              layout={layout}
              width={width}
              height={height}
              label={t('network.canvasLabel', { graph: current.graphLabel })}
              labels={labels.placed}
              labelsTransform={labelsTransform}
              focus={focus}
              highlighted={highlighted}
              transform={zoom.transform}
              canvasRef={zoom.svgRef}
              finder={finder}
              hoveredId={hoveredId}
              selectedId={selectedId}
              rovingId={keyboard.rovingId}
              isKeyboardActive={isCanvasFocused}
              // Worded only while the keyboard is on the canvas: the first name asked for indexes 20,000 nodes at ×1000.
              rovingText={isCanvasFocused && keyboard.rovingId ? (current.nodeLabels.get(keyboard.rovingId) ?? '') : ''}
              onHover={setHoveredId}
              onSelect={select}
              onDrag={onDrag}
              onKeyboardActive={setCanvasFocused}
              onKeyDown={(event) => {
                const node = order.find((candidate) => candidate.id === keyboard.rovingId);
                if (node) keyboard.onNodeKeyDown(event, node);
              }}
            />
          ) : (
            <NetworkSvgView
              layout={layout}
              width={width}
              height={height}
              graphLabel={current.graphLabel}
              nodeLabels={current.nodeLabels}
              labels={labels.placed}
              svgRef={zoom.svgRef}
              transform={zoom.transform}
              focus={focus}
              highlighted={highlighted}
              hoveredId={hoveredId ?? keyboardId}
              selectedId={selectedId}
              rovingId={keyboard.rovingId}
              onHover={setHoveredId}
              onKeyboardFocus={setKeyboardId}
              onSelect={select}
              onNodeKeyDown={keyboard.onNodeKeyDown}
              onDrag={onDrag}
            />
          )}
          <p className="chart-hint">{t('network.hint')}</p>
        </div>
      )}
    />
  );
}
