/**
 * The same picture on a canvas, for graphs too large for one DOM element per node: links by
 * width class, nodes, and the names placed by network-labels.ts. A click selects the nearest
 * node (a quadtree finds it); the table and search are the accessible route in.
 */
import { quadtree } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
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
  onSelect: (node: PlacedNode) => void;
}

export function NetworkCanvasView({
  layout,
  width,
  height,
  label,
  labels,
  focus,
  highlighted,
  transform,
  onSelect,
}: NetworkCanvasViewProps) {
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
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const within = canvas.parentElement ?? undefined;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.save();
    context.translate(transform.x, transform.y);
    context.scale(transform.k, transform.k);
    context.strokeStyle = resolveCssColour('--series-muted', within);
    context.globalAlpha = 0.45;
    // One path per width class: a few strokes instead of one per link.
    const byWidth = new Map<number, typeof layout.links>();
    layout.links.forEach((link) => byWidth.set(link.width, [...(byWidth.get(link.width) ?? []), link]));
    for (const [lineWidth, links] of byWidth) {
      context.lineWidth = lineWidth / transform.k;
      context.beginPath();
      for (const link of links) {
        context.moveTo(link.x1, link.y1);
        context.lineTo(link.x2, link.y2);
      }
      context.stroke();
    }
    const shrink = 1 / Math.sqrt(transform.k);
    for (const node of layout.nodes) {
      context.globalAlpha = nodeOpacity(node.id, focus, highlighted);
      context.fillStyle = COUNTRY_COLOURS[node.country];
      context.beginPath();
      context.arc(node.x, node.y, node.radius * shrink, 0, 2 * Math.PI);
      context.fill();
    }
    context.restore();
    // Names in screen space, with a paper halo like the SVG's.
    context.globalAlpha = 1;
    context.font = `${LABEL_FONT_SIZE}px system-ui, sans-serif`;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = resolveCssColour('--paper', within);
    context.fillStyle = resolveCssColour('--ink', within);
    for (const placed of labels) {
      context.textAlign = placed.textAnchor === 'start' ? 'left' : placed.textAnchor === 'end' ? 'right' : 'center';
      context.strokeText(placed.text, placed.x, placed.y);
      context.fillText(placed.text, placed.x, placed.y);
    }
  }, [layout, width, height, labels, focus, highlighted, transform]);

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvasRef}
      width={width * ratio}
      height={height * ratio}
      style={{ width, height }}
      className="network network--canvas"
      aria-label={label}
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
