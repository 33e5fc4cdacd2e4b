/**
 * The same picture on a canvas, for graphs too large for one DOM element per node: links batched
 * by width and emphasis, nodes batched by shape, colour and opacity (a handful of fills and strokes
 * per frame, whatever the node count), and the names placed by network-labels.ts. Zoom and pan come
 * from the shared zoom hook (d3-zoom on this canvas, through `canvasRef`); the route redraws with
 * the transform once per animation frame. Pointer hit-testing uses a quadtree (`finder`): hover,
 * click to select, drag to move a node. The canvas is one tab stop: the arrow keys move a roving
 * focus through the nodes (drawn with a ring and named in a live region), Enter selects.
 * Presentational: no store, no fetching.
 *
 * While a zoom or pan runs, only the transform changes: the canvas then shows the picture it last
 * drew (kept in an offscreen canvas) under the new transform, a copy that costs a millisecond
 * where drawing 20,000 marks costs a hundred and more, and the names move with their nodes. When
 * the gesture rests (the route's `labelsTransform` catches up) it draws everything afresh, sharp,
 * with names placed for the new view. Any other change (filter, hover, focus) draws afresh at once.
 *
 * Why a 2D canvas still, not a worker or WebGL (sigma.js + graphology): profiled at ×1000 (Chromium
 * trace, 2026-12-01), a filter change that shows all 20,000 nodes was the model (40-110 ms), the
 * names (20-60 ms) and stamping the nodes (140-300 ms), all on the main thread. A worker moves that
 * work off the thread but the new picture still waits for it; sigma would replace the zoom, drag,
 * keyboard and name placement this view shares with the SVG. Lighter indexes, label candidates
 * picked per cell and stamps copied into the pixels took the click-to-frame from 301 to 165 ms in
 * the bench, so this renderer stays.
 */
import type { Quadtree } from 'd3';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { resolveCssColours } from '../../../charts/css-colour';
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
  /** The transform the labels were placed for (the zoom's, once it rests). */
  labelsTransform?: ZoomTransformLike;
  focus: Set<string> | null;
  highlighted: Set<string> | null;
  transform: ZoomTransformLike;
  /** The zoom hook's ref (d3-zoom listens on the canvas). */
  canvasRef?: (node: HTMLCanvasElement | null) => void;
  /** The nodes in drawing coordinates, for hit-testing (built on first use). */
  finder: () => Quadtree<PlacedNode>;
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

/** What the marks' picture depends on besides the transform: when none of these changed, a redraw may reuse it. */
function sceneOf(props: NetworkCanvasViewProps, colours: Colours) {
  const { layout, width, height, focus, highlighted, hoveredId, selectedId, rovingId, isKeyboardActive } = props;
  return [layout, width, height, focus, highlighted, hoveredId, selectedId, rovingId, isKeyboardActive, colours.key];
}

const sameTransform = (a: ZoomTransformLike, b: ZoomTransformLike) => a.x === b.x && a.y === b.y && a.k === b.k;

interface Colours {
  /** The chart's background: the kept picture is opaque, filled with it (see blit). */
  background: string;
  ink: string;
  paper: string;
  muted: string;
  stated: string;
  focus: string;
  key: string;
}

function coloursOf(within: Element | undefined): Colours {
  const [ink, paper, muted, stated, focusColour, background] = resolveCssColours(
    ['--ink', '--paper', '--series-muted', '--series-stated', '--focus', '--chart-bg'],
    within,
  ) as [string, string, string, string, string, string];
  const focus = focusColour || ink;
  return { background, ink, paper, muted, stated, focus, key: [background, ink, paper, muted, stated, focus].join('|') };
}

/** A node's mark, drawn once at a screen radius (px), as the SVG draws it: a dot with a paper (or, when quoted, ink) outline, or a hollow square. */
export interface Stamp {
  /** Its RGBA pixels (not premultiplied, as ImageData holds them), `side` × `side` device px. */
  pixels: Uint8ClampedArray;
  /** The same pixels as 32-bit words, for copying opaque ones whole. */
  stampWords: Uint32Array;
  side: number;
  /** Half the stamp's side, in device px: its centre. */
  half: number;
  /** Its opaque pixels as runs along rows: (row, column, length) triples. */
  solidRuns: Int32Array;
  /** Its part-covered (edge) pixels: (row, column) pairs. */
  edgePixels: Int32Array;
}

/** The opacities nodeOpacity gives, in a fixed order (a batch key holds the index). */
const OPACITY_STEP = [1, 0.25, 0.15] as const;
const STYLE_OF_KIND: Record<PlacedNode['kind'], number> = { person: 0, organisation: 1 };
const STYLE_OF_COUNTRY: Record<PlacedNode['country'], number> = { KZ: 0, RU: 1, CN: 2, international: 3, unknown: 4 };

/** Stamps by style and quarter-pixel radius, for one device ratio and palette (a theme change starts again). */
let STAMPS: { ratio: number; colours: string; stamps: Map<number, Stamp> } | null = null;
/** Distinct stamps kept at most (sizes × colours × zoom levels); beyond it the cache starts again. */
const MAX_STAMPS = 600;

function stampsFor(ratio: number, colours: Colours): Map<number, Stamp> {
  if (!STAMPS || STAMPS.ratio !== ratio || STAMPS.colours !== colours.key || STAMPS.stamps.size >= MAX_STAMPS) {
    STAMPS = { ratio, colours: colours.key, stamps: new Map() };
  }
  return STAMPS.stamps;
}

function drawStamp(kind: PlacedNode['kind'], colour: string, isQuoted: boolean, r: number, ratio: number, colours: Colours): Stamp {
  const lineWidth = kind === 'person' && !isQuoted ? 1.5 : 2.5;
  const half = Math.ceil((r + lineWidth) * ratio) + 1;
  const canvas = typeof OffscreenCanvas === 'undefined' ? document.createElement('canvas') : new OffscreenCanvas(2 * half, 2 * half);
  canvas.width = canvas.height = 2 * half;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  context.setTransform(ratio, 0, 0, ratio, half, half);
  context.beginPath();
  if (kind === 'person') context.arc(0, 0, r, 0, 2 * Math.PI);
  else context.rect(-r, -r, 2 * r, 2 * r);
  context.fillStyle = kind === 'person' ? colour : colours.paper;
  context.fill();
  context.strokeStyle = kind === 'person' ? (isQuoted ? colours.ink : colours.paper) : colour;
  context.lineWidth = lineWidth;
  context.stroke();
  return stampFromPixels(context.getImageData(0, 0, 2 * half, 2 * half).data, 2 * half);
}

/** A stamp from its square of RGBA pixels: the opaque runs and edge pixels found once, for blit. */
export function stampFromPixels(pixels: Uint8ClampedArray, side: number): Stamp {
  const runs: number[] = [];
  const edges: number[] = [];
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      const alpha = pixels[(row * side + column) * 4 + 3]!;
      if (alpha === 255) {
        let end = column + 1;
        while (end < side && pixels[(row * side + end) * 4 + 3] === 255) end++;
        runs.push(row, column, end - column);
        column = end - 1;
      } else if (alpha > 0) edges.push(row, column);
    }
  }
  return {
    pixels,
    stampWords: new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4),
    side,
    half: side / 2,
    solidRuns: Int32Array.from(runs),
    edgePixels: Int32Array.from(edges),
  };
}

/** Blends one stamp pixel onto the picture's pixel `to` at opacity `a` (0–1), as "source-over" does with straight colours. */
function blend(data: Uint8ClampedArray, to: number, pixels: Uint8ClampedArray, from: number, opacity: number) {
  const a = (pixels[from * 4 + 3]! * opacity) / 255;
  const at = to * 4;
  const source = from * 4;
  const below = (data[at + 3]! / 255) * (1 - a);
  const out = a + below;
  data[at] = (pixels[source]! * a + data[at]! * below) / out;
  data[at + 1] = (pixels[source + 1]! * a + data[at + 1]! * below) / out;
  data[at + 2] = (pixels[source + 2]! * a + data[at + 2]! * below) / out;
  data[at + 3] = out * 255;
}

/**
 * Blends one part-covered stamp pixel (alpha 1–254) onto an opaque picture pixel, in integers:
 * each channel is round((s·α + d·(255 − α)) / 255), which is what source-over gives when the
 * pixel below is opaque (the picture is filled with the chart's background first).
 */
function blendOpaque(data: Uint8ClampedArray, to: number, pixels: Uint8ClampedArray, from: number) {
  const source = from * 4;
  const at = to * 4;
  const alpha = pixels[source + 3]!;
  const rest = 255 - alpha;
  // t / 255 rounded, without a division: exact for every t up to 255 × 255.
  let t = pixels[source]! * alpha + data[at]! * rest + 128;
  data[at] = (t + (t >> 8)) >> 8;
  t = pixels[source + 1]! * alpha + data[at + 1]! * rest + 128;
  data[at + 1] = (t + (t >> 8)) >> 8;
  t = pixels[source + 2]! * alpha + data[at + 2]! * rest + 128;
  data[at + 2] = (t + (t >> 8)) >> 8;
}

/**
 * Copies a stamp onto the picture's pixels at (left, top), at an opacity, as "source-over" draws
 * (colours not premultiplied): opaque pixels are copied, edge pixels blended, outside ones skipped.
 * The picture must be opaque (drawMarks fills it with the chart's background): the common case
 * then blends in integers.
 */
export function blit(
  target: Pick<ImageData, 'data' | 'width' | 'height'>,
  words: Uint32Array,
  stamp: Stamp,
  left: number,
  top: number,
  opacity: number,
) {
  const { data, width, height } = target;
  const { pixels, stampWords, side, solidRuns, edgePixels } = stamp;
  // Most nodes: wholly on the canvas at full opacity. Their opaque runs are copied word by word
  // and only the edge pixels blended, with no per-pixel test of the transparent corners (about
  // half the time of the pixel-by-pixel loop below at 20,000 nodes).
  if (opacity === 1 && left >= 0 && top >= 0 && left + side <= width && top + side <= height) {
    for (let i = 0; i < solidRuns.length; i += 3) {
      const row = solidRuns[i]!;
      const from = row * side + solidRuns[i + 1]!;
      const to = (top + row) * width + left + solidRuns[i + 1]!;
      for (let k = 0, length = solidRuns[i + 2]!; k < length; k++) words[to + k] = stampWords[from + k]!;
    }
    for (let i = 0; i < edgePixels.length; i += 2) {
      const row = edgePixels[i]!;
      const column = edgePixels[i + 1]!;
      blendOpaque(data, (top + row) * width + left + column, pixels, row * side + column);
    }
    return;
  }
  const fromX = Math.max(0, -left);
  const toX = Math.min(side, width - left);
  for (let row = Math.max(0, -top), rows = Math.min(side, height - top); row < rows; row++) {
    let from = row * side + fromX;
    let to = (top + row) * width + left + fromX;
    for (let column = fromX; column < toX; column++, from++, to++) {
      const alpha = pixels[from * 4 + 3]! * opacity;
      if (alpha === 0) continue;
      // An opaque pixel is one 32-bit copy.
      if (alpha >= 255) words[to] = stampWords[from]!;
      else blend(data, to, pixels, from, opacity);
    }
  }
}

/** The picture the canvas keeps: its marks drawn at `transform`, without the names. */
interface Snapshot {
  bitmap: HTMLCanvasElement;
  scene: unknown[];
  transform: ZoomTransformLike;
}

/** Links, nodes and rings at the props' transform, onto `canvas` (device pixels). */
function drawMarks(canvas: HTMLCanvasElement, props: NetworkCanvasViewProps, colours: Colours) {
  const { layout, width, height, focus, highlighted, transform, hoveredId, selectedId, rovingId, isKeyboardActive } = props;
  // Read back once per full redraw (the node stamps are copied into its pixels). Opaque: filled
  // with the chart's background (the colour the element shows behind it), so a stamp's edge
  // pixels blend in integers and the read-back has no alpha to undo.
  const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  if (!context) return;
  const { ink } = colours;
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);
  context.save();
  context.translate(transform.x, transform.y);
  context.scale(transform.k, transform.k);
  context.strokeStyle = colours.muted;
  context.lineCap = 'round';
  // One path per width class and emphasis: a few strokes instead of one per link.
  const lit = (link: NetworkLayout['links'][number]) =>
    focus ? focus.has(link.source) && focus.has(link.target) : hoveredId ? link.source === hoveredId || link.target === hoveredId : true;
  const isEmphasising = Boolean(focus || hoveredId);
  // Keyed by width in tenths of a px and emphasis (a number: no string per link).
  const linkBatches = new Map<number, NetworkLayout['links']>();
  for (const link of layout.links) {
    const key = Math.round(link.width * 10) * 2 + (lit(link) ? 1 : 0);
    const batch = linkBatches.get(key);
    if (batch) batch.push(link);
    else linkBatches.set(key, [link]);
  }
  for (const [key, links] of linkBatches) {
    context.globalAlpha = key & 1 ? (isEmphasising ? 0.85 : 0.45) : 0.1;
    context.lineWidth = (key >> 1) / 10 / transform.k;
    context.beginPath();
    for (const link of links) {
      context.moveTo(link.x1, link.y1);
      context.lineTo(link.x2, link.y2);
    }
    context.stroke();
  }
  // Nodes: each a stamp of its mark (shape, colour, outline, size), drawn once and copied, in
  // batches by shape, colour, opacity and outline as the SVG draws them. Stamping is far cheaper
  // than filling and outlining thousands of small paths (measured: ~0.9 s of rasterising at
  // 20,000 nodes without a GPU, against tens of ms), and nodes off the canvas are skipped. Batch
  // and stamp keys are numbers, not strings (two strings per node, 20,000 nodes, each redraw).
  const rootK = Math.sqrt(transform.k);
  const shrink = 1 / rootK;
  const batchOrder: number[] = [];
  const batches = new Map<number, PlacedNode[]>();
  for (const node of layout.nodes) {
    const opacity = nodeOpacity(node.id, focus, highlighted);
    const key =
      ((STYLE_OF_KIND[node.kind] * 8 + STYLE_OF_COUNTRY[node.country]) * 2 + (node.isQuoted ? 1 : 0)) * 4 +
      (OPACITY_STEP as readonly number[]).indexOf(opacity);
    const batch = batches.get(key);
    if (batch) batch.push(node);
    else {
      batches.set(key, [node]);
      batchOrder.push(key);
    }
  }
  context.restore();
  // The stamps are copied into the picture's pixels by hand, not with drawImage: without a GPU
  // (the bench's Chromium, software canvas) 20,000 drawImage calls cost 89 ms alone against 23 ms
  // for the copy, and in the app, on ×1000 data at 1216 × 730 px on the loaded 2-core machine,
  // the node pass fell from 140-300 ms to 36-49 ms (measured 2026-12-01). With a GPU the one
  // read-back per full redraw is a few ms; zoom and pan frames reuse the kept picture anyway.
  const picture = context.getImageData(0, 0, canvas.width, canvas.height);
  // Its fields read once: each read of an ImageData's is a call into the browser, 20,000 nodes × 3.
  const target = { data: picture.data, width: picture.width, height: picture.height };
  const words = new Uint32Array(target.data.buffer, target.data.byteOffset, target.data.length / 4);
  const stamps = stampsFor(ratio, colours);
  for (const key of batchOrder) {
    const nodes = batches.get(key)!;
    const first = nodes[0]!;
    const style = key >> 2;
    const colour = COUNTRY_COLOURS[first.country];
    const opacity = OPACITY_STEP[key & 3]!;
    for (const node of nodes) {
      // Radii to a quarter pixel: the eye cannot tell them apart, and few stamps serve every node.
      const quarter = Math.max(2, Math.round(node.radius * rootK * 4));
      const stampKey = style * 4096 + quarter;
      let stamp = stamps.get(stampKey);
      if (!stamp) stamps.set(stampKey, (stamp = drawStamp(first.kind, colour, first.isQuoted, quarter / 4, ratio, colours)));
      const x = (transform.x + transform.k * node.x) * ratio;
      const y = (transform.y + transform.k * node.y) * ratio;
      if (x < -stamp.half || y < -stamp.half || x > target.width + stamp.half || y > target.height + stamp.half) continue;
      blit(target, words, stamp, Math.round(x - stamp.half), Math.round(y - stamp.half), opacity);
    }
  }
  context.putImageData(picture, 0, 0);
  context.save();
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.translate(transform.x, transform.y);
  context.scale(transform.k, transform.k);
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
  ring(selectedId, colours.stated, [3, 2]);
  ring(hoveredId !== selectedId ? hoveredId : null, ink, []);
  if (isKeyboardActive) ring(rovingId, colours.focus, []);
  context.setLineDash([]);
  context.restore();
}

/**
 * The kept picture under the current transform (itself when the transform is the one it was drawn
 * at), then the names, moved from where they were placed to where their nodes now are.
 */
function present(canvas: HTMLCanvasElement, snapshot: Snapshot, props: NetworkCanvasViewProps, colours: Colours) {
  const { width, height, labels, transform } = props;
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  const from = snapshot.transform;
  const scale = transform.k / from.k;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.globalAlpha = 1;
  context.drawImage(
    snapshot.bitmap,
    (transform.x - from.x * scale) * ratio,
    (transform.y - from.y * scale) * ratio,
    snapshot.bitmap.width * scale,
    snapshot.bitmap.height * scale,
  );
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const placedAt = props.labelsTransform ?? transform;
  const labelScale = transform.k / placedAt.k;
  const move = (x: number, y: number) =>
    [(x - placedAt.x) * labelScale + transform.x, (y - placedAt.y) * labelScale + transform.y] as const;
  const { ink, paper } = colours;
  context.font = `${LABEL_FONT_SIZE}px system-ui, sans-serif`;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = paper;
  context.fillStyle = ink;
  for (const placed of labels) {
    const [x, y] = move(placed.x, placed.y);
    if (x < -200 || x > width + 200 || y < -20 || y > height + 20) continue;
    context.textAlign = placed.textAnchor === 'start' ? 'left' : placed.textAnchor === 'end' ? 'right' : 'center';
    context.strokeText(placed.text, x, y);
    context.fillText(placed.text, x, y);
  }
}

/**
 * Draws the marks afresh when anything but the transform changed, or when the gesture has rested
 * (the labels are placed for this transform); otherwise reuses the kept picture.
 */
function draw(canvas: HTMLCanvasElement, props: NetworkCanvasViewProps, kept: { current: Snapshot | null }) {
  const colours = coloursOf(canvas.parentElement ?? undefined);
  const scene = sceneOf(props, colours);
  const snapshot = kept.current;
  const isSceneSame = snapshot !== null && snapshot.scene.length === scene.length && snapshot.scene.every((part, i) => part === scene[i]);
  const isAtRest = sameTransform(props.transform, props.labelsTransform ?? props.transform);
  const isFresh = snapshot !== null && isSceneSame && (!isAtRest || sameTransform(snapshot.transform, props.transform));
  if (!isFresh || snapshot.bitmap.width !== canvas.width || snapshot.bitmap.height !== canvas.height) {
    const bitmap = snapshot?.bitmap ?? document.createElement('canvas');
    // Resizing a canvas, even to its own size, drops and reallocates its pixels: only when it changed
    // (drawMarks fills every pixel anyway).
    if (bitmap.width !== canvas.width) bitmap.width = canvas.width;
    if (bitmap.height !== canvas.height) bitmap.height = canvas.height;
    drawMarks(bitmap, props, colours);
    kept.current = { bitmap, scene, transform: props.transform };
  }
  present(canvas, kept.current!, props, colours);
}

export function NetworkCanvasView(props: NetworkCanvasViewProps) {
  const { width, height, label, canvasRef, finder, transform, onHover, onSelect, onDrag, onKeyboardActive, onKeyDown } = props;
  const ownRef = useRef<HTMLCanvasElement | null>(null);
  const dragging = useRef<{ node: PlacedNode; moved: boolean; x: number; y: number } | null>(null);
  const hovered = useRef<string | null>(null);
  const kept = useRef<Snapshot | null>(null);

  useEffect(() => {
    if (ownRef.current) draw(ownRef.current, props, kept);
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
          const node = hitTest(finder(), transform, x, y);
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
          const id = hitTest(finder(), transform, x, y)?.id ?? null;
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
