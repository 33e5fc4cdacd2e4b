/**
 * The mention network at a given size. SVG while the graph is small enough to keep every node a
 * focusable element; past CANVAS_THRESHOLD nodes a canvas draws it (see the bench for where SVG
 * stops keeping up), with the node table and search as the accessible route in.
 */
import { quadtree } from 'd3';
import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { resolveCssColour } from '../../../charts/css-colour';
import { COUNTRY_COLOURS, INK, MUTED, PAPER, STATED_COLOUR } from '../../../charts/palette';
import type { NetworkLayout, PlacedNode } from '../build-network';
import { useT } from '../../../i18n/use-i18n';

/**
 * Above this many nodes the network is drawn on a canvas. Measured with `npm run bench` (zoom
 * animation, frame p95): SVG keeps 60 fps at 151 nodes (16.8 ms) but not at 1,501 (83 ms),
 * where the canvas does (16.7 ms); SVG's cost grows about linearly, so it runs out of frame
 * budget near 300 nodes.
 */
export const CANVAS_THRESHOLD = 300;

/**
 * For the benchmark and for debugging only: localStorage "atlas:network-renderer" set to "svg"
 * or "canvas" forces a renderer, so both can be timed on the same graph. Not part of the URL.
 */
export function forcedRenderer(): 'svg' | 'canvas' | null {
  try {
    const value = globalThis.localStorage?.getItem('atlas:network-renderer');
    return value === 'svg' || value === 'canvas' ? value : null;
  } catch {
    return null; // storage can be blocked in sandboxed iframes
  }
}

export interface NetworkViewProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  svgRef?: Ref<SVGSVGElement>;
  transform?: string;
  scale?: number;
  /** Nodes in focus (the selection's neighbourhood), or null when nothing is selected. */
  focus: Set<string> | null;
  /** Nodes related to the selection from other views (a corridor's speakers), or null. */
  highlighted: Set<string> | null;
  hoveredId: string | null;
  selectedId: string | null;
  /** The node that holds the single tab stop. */
  rovingId: string | null;
  labelledIds: Set<string>;
  onHover: (id: string | null) => void;
  onSelect: (node: PlacedNode) => void;
  onNodeKeyDown: (event: KeyboardEvent, node: PlacedNode) => void;
  onDrag: (id: string, x: number, y: number) => void;
}

function nodeOpacity(node: PlacedNode, focus: Set<string> | null, highlighted: Set<string> | null): number {
  if (focus) return focus.has(node.id) ? 1 : 0.15;
  if (highlighted) return highlighted.has(node.id) ? 1 : 0.25;
  return 1;
}

export function NetworkView(props: NetworkViewProps) {
  const t = useT();
  const {
    layout,
    width,
    height,
    svgRef,
    transform,
    scale = 1,
    focus,
    highlighted,
    hoveredId,
    selectedId,
    rovingId,
    labelledIds,
    onHover,
    onSelect,
    onNodeKeyDown,
    onDrag,
  } = props;
  const dragging = useRef<{ id: string; moved: boolean } | null>(null);

  const toDrawing = (event: PointerEvent) => {
    const svg = (event.currentTarget as SVGElement).ownerSVGElement;
    const point = svg?.createSVGPoint();
    if (!svg || !point) return null;
    point.x = event.clientX;
    point.y = event.clientY;
    const inner = svg.querySelector('g.network__zoom') as SVGGraphicsElement | null;
    const matrix = inner?.getScreenCTM()?.inverse();
    return matrix ? point.matrixTransform(matrix) : null;
  };

  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="network"
      role="group"
      aria-label={t('network.graphLabel', { count: layout.nodes.length })}
    >
      <g className="network__zoom" transform={transform}>
        <g className="network__links" aria-hidden="true">
          {layout.links.map((link) => {
            const isLit = focus
              ? focus.has(link.source) && focus.has(link.target)
              : hoveredId
                ? link.source === hoveredId || link.target === hoveredId
                : true;
            return (
              <line
                key={`${link.source}|${link.target}`}
                x1={link.x1}
                y1={link.y1}
                x2={link.x2}
                y2={link.y2}
                stroke={MUTED}
                strokeWidth={Math.min(6, 0.8 + link.weight * 0.8)}
                strokeOpacity={isLit ? 0.7 : 0.12}
                vectorEffect="non-scaling-stroke"
              />
            );
          })}
        </g>
        <g className="network__nodes">
          {layout.nodes.map((node) => {
            const colour = COUNTRY_COLOURS[node.country];
            const isSelected = node.id === selectedId;
            return (
              <g
                key={node.id}
                data-node-id={node.id}
                data-no-zoom=""
                className={`network-node${isSelected ? ' is-selected' : ''}`}
                transform={`translate(${node.x},${node.y})`}
                opacity={nodeOpacity(node, focus, highlighted)}
                role="button"
                tabIndex={node.id === rovingId ? 0 : -1}
                aria-label={t('network.nodeLabel', {
                  name: node.label,
                  kind:
                    node.kind === 'person'
                      ? node.isQuoted
                        ? t('network.quotedSpeaker')
                        : t('network.personMentioned')
                      : t('network.organisation'),
                  count: node.mentions,
                })}
                aria-pressed={isSelected}
                onMouseEnter={() => onHover(node.id)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onHover(node.id)}
                onBlur={() => onHover(null)}
                onKeyDown={(event) => onNodeKeyDown(event, node)}
                onPointerDown={(event) => {
                  (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
                  dragging.current = { id: node.id, moved: false };
                }}
                onPointerMove={(event) => {
                  if (dragging.current?.id !== node.id) return;
                  const point = toDrawing(event);
                  if (point) {
                    dragging.current.moved = true;
                    onDrag(node.id, point.x, point.y);
                  }
                }}
                onPointerUp={() => {
                  const wasClick = dragging.current?.id === node.id && !dragging.current.moved;
                  dragging.current = null;
                  if (wasClick) onSelect(node);
                }}
              >
                {node.kind === 'person' ? (
                  <circle
                    r={node.radius / scale ** 0.5}
                    fill={colour}
                    stroke={node.isQuoted ? INK : PAPER}
                    strokeWidth={node.isQuoted ? 2.5 : 1.5}
                    vectorEffect="non-scaling-stroke"
                  />
                ) : (
                  <rect
                    x={-node.radius / scale ** 0.5}
                    y={-node.radius / scale ** 0.5}
                    width={(2 * node.radius) / scale ** 0.5}
                    height={(2 * node.radius) / scale ** 0.5}
                    rx={2}
                    fill={PAPER}
                    stroke={colour}
                    strokeWidth={2.5}
                    vectorEffect="non-scaling-stroke"
                  />
                )}
                {isSelected && (
                  <circle
                    r={node.radius + 5}
                    fill="none"
                    stroke={STATED_COLOUR}
                    strokeWidth={2}
                    strokeDasharray="3 2"
                    vectorEffect="non-scaling-stroke"
                  />
                )}
                {labelledIds.has(node.id) && (
                  <text className="network-node__label" x={node.radius + 4} y={4} transform={`scale(${1 / scale})`}>
                    {node.label}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
}

export interface NetworkCanvasViewProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  focus: Set<string> | null;
  highlighted: Set<string> | null;
  transform: { x: number; y: number; k: number };
  onSelect: (node: PlacedNode) => void;
}

/** The same picture on a canvas, for graphs too large for one DOM element per node. */
export function NetworkCanvasView({ layout, width, height, focus, highlighted, transform, onSelect }: NetworkCanvasViewProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const finder = useMemo(
    () =>
      quadtree<PlacedNode>()
        .x((node) => node.x)
        .y((node) => node.y)
        .addAll(layout.nodes),
    [layout],
  );

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.translate(transform.x, transform.y);
    context.scale(transform.k, transform.k);
    context.lineWidth = 0.6 / transform.k;
    context.strokeStyle = resolveCssColour('--series-muted', canvasRef.current!.parentElement ?? undefined);
    context.globalAlpha = 0.35;
    context.beginPath();
    for (const link of layout.links) {
      context.moveTo(link.x1, link.y1);
      context.lineTo(link.x2, link.y2);
    }
    context.stroke();
    context.globalAlpha = 1;
    for (const node of layout.nodes) {
      context.globalAlpha = nodeOpacity(node, focus, highlighted);
      context.fillStyle = COUNTRY_COLOURS[node.country];
      context.beginPath();
      context.arc(node.x, node.y, node.radius, 0, 2 * Math.PI);
      context.fill();
    }
    context.globalAlpha = 1;
  }, [layout, width, height, focus, highlighted, transform]);

  return (
    <canvas
      ref={canvasRef}
      width={width * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1)}
      height={height * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1)}
      style={{ width, height }}
      className="network network--canvas"
      aria-label={t('network.canvasLabel', { count: layout.nodes.length })}
      role="img"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const x = (event.clientX - box.left - transform.x) / transform.k;
        const y = (event.clientY - box.top - transform.y) / transform.k;
        const node = finder.find(x, y, 20);
        if (node) onSelect(node);
      }}
    />
  );
}

/** A key for the network's marks: fill by country, shape by kind, ring for quoted speakers. */
export function NetworkLegend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('frame.legend')}>
      {(['KZ', 'RU', 'international', 'unknown'] as const).map((country) => (
        <li key={country}>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill={COUNTRY_COLOURS[country]} />
          </svg>
          {t(`country.${country}`)}
        </li>
      ))}
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill={MUTED} stroke={INK} strokeWidth="2" />
        </svg>{' '}
        {t('network.legendQuoted')}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect x="2" y="2" width="10" height="10" fill={PAPER} stroke={COUNTRY_COLOURS.international} strokeWidth="2" />
        </svg>{' '}
        {t('network.legendOrganisation')}
      </li>
      <li>{t('network.legendSize')}</li>
    </ul>
  );
}
