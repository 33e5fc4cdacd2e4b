/**
 * The same picture on a canvas, for graphs too large for one DOM element per node: links batched
 * by width and emphasis, nodes batched by shape, colour and opacity (a handful of fills and strokes
 * per frame, whatever the node count), and the names placed by network-labels.ts. Zoom and pan come
 * from the shared zoom hook (d3-zoom on this canvas, through `canvasRef`); the route redraws with
 * the transform once per animation frame. Pointer hit-testing uses a quadtree (`finder`): hover,
 * click to select, drag to move a node. The canvas is one tab stop: the arrow keys move a roving
 * focus through the nodes (drawn with a ring and named in a live region), Enter selects.
 * Presentational: no store, no fetching.
 */
import type { Quadtree } from 'd3';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { resolveCssColour } from '../../../charts/css-colour';
import type { PlacedLabel } from '../../../charts/place-labels';
import { COUNTRY_COLOURS } from '../../../charts/palette';
import type { NetworkLayout, PlacedNode } from '../build-network';
import { LABEL_FONT_SIZE } from '../network-labels';
import { nodeOpacity } from './renderer';
import type { ZoomTransformLike } from './use-network-labels';

export interface NetworkCanvasViewProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  /** The canvas's accessible name. */
  label: string;
  labels: PlacedLabel[];
  focus: Set<string> | null;
  highlighted: Set<string> | null;
  transform: ZoomTransformLike;
  /** The zoom hook's ref (d3-zoom listens on the canvas). */
  canvasRef?: (node: HTMLCanvasElement | null) => void;
  /** The nodes in drawing coordinates, for hit-testing. */
  finder: Quadtree<PlacedNode>;
  hoveredId: string | null;
  selectedId: string | null;
  /** The keyboard's current node, ringed while the canvas has focus. */
  rovingId: string | null;
  isKeyboardActive: boolean;
  /** What a screen reader hears for the roving node. */
  rovingText: string;
  onHover: (id: string | null) => void;
  onSelect: (node: PlacedNode) => void;
  onDrag: (id: string, x: number, y: number) => void;
  onKeyboardActive: (isActive: boolean) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The node under a screen point (px from the canvas's top left), or undefined. */
export function hitTest(finder: Quadtree<PlacedNode>, transform: ZoomTransformLike, screenX: number, screenY: number) {
  const x = (screenX - transform.x) / transform.k;
  const y = (screenY - transform.y) / transform.k;
  // Marks grow with √k on screen; allow at least 6 px so small nodes stay easy to hit.
  const node = finder.find(x, y, (Math.max(6, 15 * Math.sqrt(transform.k)) + 2) / transform.k);
  if (!node) return undefined;
  const reach = Math.max(6, node.radius * Math.sqrt(transform.k) + 2) / transform.k;
  return Math.hypot(node.x - x, node.y - y) <= reach ? node : undefined;
}

function draw(canvas: HTMLCanvasElement, props: NetworkCanvasViewProps) {
  const { layout, width, height, labels, focus, highlighted, transform, hoveredId, selectedId, rovingId, isKeyboardActive } = props;
  const context = canvas.getContext('2d');
  if (!context) return;
  const within = canvas.parentElement ?? undefined;
  const ink = resolveCssColour('--ink', within);
  const paper = resolveCssColour('--paper', within);
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.save();
  context.translate(transform.x, transform.y);
  context.scale(transform.k, transform.k);
  context.strokeStyle = resolveCssColour('--series-muted', within);
  context.lineCap = 'round';
  // One path per width class and emphasis: a few strokes instead of one per link.
  const lit = (link: NetworkLayout['links'][number]) =>
    focus ? focus.has(link.source) && focus.has(link.target) : hoveredId ? link.source === hoveredId || link.target === hoveredId : true;
  const isEmphasising = Boolean(focus || hoveredId);
  const linkBatches = new Map<string, NetworkLayout['links']>();
  for (const link of layout.links) {
    const key = `${link.width}|${lit(link) ? 1 : 0}`;
    const batch = linkBatches.get(key);
    if (batch) batch.push(link);
    else linkBatches.set(key, [link]);
  }
  for (const [key, links] of linkBatches) {
    const [lineWidth, isLit] = key.split('|');
    context.globalAlpha = isLit === '1' ? (isEmphasising ? 0.85 : 0.45) : 0.1;
    context.lineWidth = Number(lineWidth) / transform.k;
    context.beginPath();
    for (const link of links) {
      context.moveTo(link.x1, link.y1);
      context.lineTo(link.x2, link.y2);
    }
    context.stroke();
  }
  // Nodes: one path per shape, colour, opacity and outline, as the SVG draws them.
  const shrink = 1 / Math.sqrt(transform.k);
  const nodeBatches = new Map<string, PlacedNode[]>();
  for (const node of layout.nodes) {
    const key = `${node.kind}|${node.country}|${nodeOpacity(node.id, focus, highlighted)}|${node.isQuoted ? 1 : 0}`;
    const batch = nodeBatches.get(key);
    if (batch) batch.push(node);
    else nodeBatches.set(key, [node]);
  }
  for (const [key, nodes] of nodeBatches) {
    const [kind, country, opacity, quoted] = key.split('|');
    const colour = COUNTRY_COLOURS[country as PlacedNode['country']];
    context.globalAlpha = Number(opacity);
    context.beginPath();
    for (const node of nodes) {
      const r = node.radius * shrink;
      if (kind === 'person') {
        context.moveTo(node.x + r, node.y);
        context.arc(node.x, node.y, r, 0, 2 * Math.PI);
      } else context.rect(node.x - r, node.y - r, 2 * r, 2 * r);
    }
    context.fillStyle = kind === 'person' ? colour : paper;
    context.fill();
    context.strokeStyle = kind === 'person' ? (quoted === '1' ? ink : paper) : colour;
    context.lineWidth = (kind === 'person' && quoted !== '1' ? 1.5 : 2.5) / transform.k;
    context.stroke();
  }
  // Rings: the selection (dashed), the hovered node and the keyboard's node.
  context.globalAlpha = 1;
  context.lineWidth = 2 / transform.k;
  const ring = (id: string | null, colour: string, dash: number[]) => {
    const node = id ? layout.nodes.find((candidate) => candidate.id === id) : undefined;
    if (!node) return;
    context.strokeStyle = colour;
    context.setLineDash(dash.map((step) => step / transform.k));
    context.beginPath();
    context.arc(node.x, node.y, node.radius * shrink + 5 / transform.k, 0, 2 * Math.PI);
    context.stroke();
  };
  ring(selectedId, resolveCssColour('--series-stated', within), [3, 2]);
  ring(hoveredId !== selectedId ? hoveredId : null, ink, []);
  if (isKeyboardActive) ring(rovingId, resolveCssColour('--focus', within) || ink, []);
  context.setLineDash([]);
  context.restore();
  // Names in screen space, with a paper halo like the SVG's.
  context.globalAlpha = 1;
  context.font = `${LABEL_FONT_SIZE}px system-ui, sans-serif`;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = paper;
  context.fillStyle = ink;
  for (const placed of labels) {
    context.textAlign = placed.textAnchor === 'start' ? 'left' : placed.textAnchor === 'end' ? 'right' : 'center';
    context.strokeText(placed.text, placed.x, placed.y);
    context.fillText(placed.text, placed.x, placed.y);
  }
}

export function NetworkCanvasView(props: NetworkCanvasViewProps) {
  const { width, height, label, canvasRef, finder, transform, onHover, onSelect, onDrag, onKeyboardActive, onKeyDown } = props;
  const ownRef = useRef<HTMLCanvasElement | null>(null);
  const dragging = useRef<{ node: PlacedNode; moved: boolean; x: number; y: number } | null>(null);
  const hovered = useRef<string | null>(null);

  useEffect(() => {
    if (ownRef.current) draw(ownRef.current, props);
  });

  const setRefs = useCallback(
    (node: HTMLCanvasElement | null) => {
      ownRef.current = node;
      canvasRef?.(node);
    },
    [canvasRef],
  );
  const local = (event: { clientX: number; clientY: number; currentTarget: Element }) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <>
      <canvas
        ref={setRefs}
        width={width * ratio}
        height={height * ratio}
        style={{ width, height, cursor: props.hoveredId ? 'pointer' : undefined }}
        className="network network--canvas"
        aria-label={label}
        role="application"
        tabIndex={0}
        // The roving ring is for keyboard focus only (a click focuses the canvas too).
        onFocus={(event) => onKeyboardActive(event.currentTarget.matches(':focus-visible'))}
        onBlur={() => onKeyboardActive(false)}
        onKeyDown={(event) => {
          onKeyboardActive(true);
          onKeyDown(event);
        }}
        onPointerDown={(event) => {
          const [x, y] = local(event);
          const node = hitTest(finder, transform, x, y);
          if (!node) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          dragging.current = { node, moved: false, x, y };
        }}
        onPointerMove={(event) => {
          const [x, y] = local(event);
          if (dragging.current) {
            // A few px of jitter is still a click.
            if (!dragging.current.moved && Math.hypot(x - dragging.current.x, y - dragging.current.y) < 3) return;
            dragging.current.moved = true;
            onDrag(dragging.current.node.id, (x - transform.x) / transform.k, (y - transform.y) / transform.k);
            return;
          }
          const id = hitTest(finder, transform, x, y)?.id ?? null;
          if (id !== hovered.current) {
            hovered.current = id;
            onHover(id);
          }
        }}
        onPointerLeave={() => {
          if (hovered.current === null) return;
          hovered.current = null;
          onHover(null);
        }}
        onPointerUp={() => {
          const drag = dragging.current;
          dragging.current = null;
          if (drag && !drag.moved) onSelect(drag.node);
        }}
      />
      <p className="sr-only" aria-live="polite">
        {props.isKeyboardActive ? props.rovingText : ''}
      </p>
    </>
  );
}
