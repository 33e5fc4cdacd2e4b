/**
 * Which renderer draws the network: SVG while the graph is small enough to keep every node a
 * focusable element; past CANVAS_THRESHOLD nodes a canvas, with the table and search as the
 * accessible route in.
 */

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

export function isCanvasRenderer(nodeCount: number): boolean {
  return (forcedRenderer() ?? (nodeCount > CANVAS_THRESHOLD ? 'canvas' : 'svg')) === 'canvas';
}

/** How visible a node is: the focus (a selection's neighbourhood) or another view's highlight. */
export function nodeOpacity(id: string, focus: Set<string> | null, highlighted: Set<string> | null): number {
  if (focus) return focus.has(id) ? 1 : 0.15;
  if (highlighted) return highlighted.has(id) ? 1 : 0.25;
  return 1;
}
