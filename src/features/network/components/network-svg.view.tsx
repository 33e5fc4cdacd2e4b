/**
 * The network as SVG: links, nodes (circles for people, squares for organisations, a dark ring
 * for quoted speakers), and the placed names above them. Every node is a focusable button with
 * a roving tab stop (the keyboard hook drives it) and can be dragged; zoom and pan come from the
 * zoom hook through `svgRef` and `transform`. Presentational: no store, no fetching.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import type { PlacedLabel } from '../../../charts/place-labels';
import { COUNTRY_COLOURS, INK, MUTED, PAPER, STATED_COLOUR } from '../../../charts/palette';
import type { NetworkLayout, NodeLabels, PlacedNode } from '../build-network';
import { NetworkLabelLayer } from './network-labels.view';
import { nodeOpacity } from './renderer';
import type { ZoomTransformLike } from './use-network-labels';

export interface NetworkSvgViewProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  /** The SVG's accessible name ("Network of 44 people and organisations"). */
  graphLabel: string;
  /** Each node's accessible name, by id. */
  nodeLabels: NodeLabels;
  labels: PlacedLabel[];
  svgRef?: Ref<SVGSVGElement>;
  transform?: ZoomTransformLike;
  /** Nodes in focus (the selection's neighbourhood), or null when nothing is selected. */
  focus: Set<string> | null;
  /** Nodes related to the selection from other views (a corridor's speakers), or null. */
  highlighted: Set<string> | null;
  hoveredId: string | null;
  selectedId: string | null;
  /** The node that holds the single tab stop. */
  rovingId: string | null;
  onHover: (id: string | null) => void;
  onKeyboardFocus: (id: string | null) => void;
  onSelect: (node: PlacedNode) => void;
  onNodeKeyDown: (event: KeyboardEvent, node: PlacedNode) => void;
  onDrag: (id: string, x: number, y: number) => void;
}

const IDENTITY: ZoomTransformLike = { x: 0, y: 0, k: 1 };

export function NetworkSvgView(props: NetworkSvgViewProps) {
  const { layout, width, height, graphLabel, nodeLabels, labels, svgRef, transform = IDENTITY } = props;
  const { focus, highlighted, hoveredId, selectedId, rovingId, onHover, onKeyboardFocus, onSelect, onNodeKeyDown, onDrag } = props;
  const dragging = useRef<{ id: string; moved: boolean } | null>(null);
  // Marks grow with √k when zoomed (so a zoomed-in graph spreads out rather than only swelling).
  const shrink = 1 / Math.sqrt(transform.k);

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
  const links = [...layout.links].sort((a, b) => a.weight - b.weight);
  const emphasised = new Set([selectedId, hoveredId].filter((id): id is string => id !== null));

  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="network"
      role="group"
      aria-label={graphLabel}
    >
      <g className="network__zoom" transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>
        <g className="network__links" aria-hidden="true">
          {links.map((link) => {
            const isLit = focus
              ? focus.has(link.source) && focus.has(link.target)
              : hoveredId
                ? link.source === hoveredId || link.target === hoveredId
                : true;
            const isDimmed = (focus || hoveredId) && !isLit;
            return (
              <line
                key={`${link.source}|${link.target}`}
                data-weight={link.weight}
                x1={link.x1}
                y1={link.y1}
                x2={link.x2}
                y2={link.y2}
                stroke={MUTED}
                strokeWidth={link.width}
                strokeOpacity={isDimmed ? 0.1 : focus || hoveredId ? 0.85 : 0.55}
                strokeLinecap="round"
                vectorEffect="non-scaling-stroke"
              />
            );
          })}
        </g>
        <g className="network__nodes">
          {layout.nodes.map((node) => {
            const colour = COUNTRY_COLOURS[node.country];
            const isSelected = node.id === selectedId;
            const r = node.radius * shrink;
            return (
              <g
                key={node.id}
                data-node-id={node.id}
                data-no-zoom=""
                className={`network-node${isSelected ? ' is-selected' : ''}`}
                transform={`translate(${node.x},${node.y})`}
                opacity={nodeOpacity(node.id, focus, highlighted)}
                role="button"
                tabIndex={node.id === rovingId ? 0 : -1}
                aria-label={nodeLabels.get(node.id) ?? node.label}
                aria-pressed={isSelected}
                onMouseEnter={() => onHover(node.id)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onKeyboardFocus(node.id)}
                onBlur={() => onKeyboardFocus(null)}
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
                    r={r}
                    fill={colour}
                    stroke={node.isQuoted ? INK : PAPER}
                    strokeWidth={node.isQuoted ? 2.5 : 1.5}
                    vectorEffect="non-scaling-stroke"
                  />
                ) : (
                  <rect
                    x={-r}
                    y={-r}
                    width={2 * r}
                    height={2 * r}
                    rx={2 * shrink}
                    fill={PAPER}
                    stroke={colour}
                    strokeWidth={2.5}
                    vectorEffect="non-scaling-stroke"
                  />
                )}
                {isSelected && (
                  <circle
                    r={r + 5 / transform.k}
                    fill="none"
                    stroke={STATED_COLOUR}
                    strokeWidth={2}
                    strokeDasharray="3 2"
                    vectorEffect="non-scaling-stroke"
                  />
                )}
              </g>
            );
          })}
        </g>
      </g>
      <NetworkLabelLayer labels={labels} emphasised={emphasised} />
    </svg>
  );
}
