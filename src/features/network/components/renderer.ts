/**
 * Which renderer draws the network: SVG while the graph is small enough to keep every node a
 * focusable element; past CANVAS_THRESHOLD nodes a canvas, with the table and search as the
 * accessible route in.
 */

/**
 * Above this many nodes the network is drawn on a canvas. Chosen from real zoom frames (Ctrl +
 * wheel, one event per animation frame for a second, requestAnimationFrame intervals; both
 * renderers now zoom and redraw), Chromium 1280 × 900, 2 shared cores under load, 2026-12-01
 * (`bench/run-bench.ts`, ZOOM_FRAMES), median / p95:
 *   ×1    (44 nodes):     SVG 16.7 / 50 ms,   canvas 16.7 / 67 ms
 *   ×10   (224 nodes):    SVG 16.7 / 33 ms,   canvas 16.7 / 33 ms
 *   ×100  (2,024 nodes):  SVG 117 / 350 ms,   canvas 50 / 117 ms
 *   ×1000 (20,024 nodes): SVG 767 / 1,433 ms, canvas 167 / 317 ms
 * SVG keeps 60 fps at 224 nodes and its frame grows about linearly with the nodes (117 ms at
 * 2,024), so it leaves the 16.7 ms budget near 290 nodes: the threshold stays at 300.
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

export function isCanvasRenderer(nodeCount: number): boolean {
  return (forcedRenderer() ?? (nodeCount > CANVAS_THRESHOLD ? 'canvas' : 'svg')) === 'canvas';
}

/** How visible a node is: the focus (a selection's neighbourhood) or another view's highlight. */
export function nodeOpacity(id: string, focus: Set<string> | null, highlighted: Set<string> | null): number {
  if (focus) return focus.has(id) ? 1 : 0.15;
  if (highlighted) return highlighted.has(id) ? 1 : 0.25;
  return 1;
}
