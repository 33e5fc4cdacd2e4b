/**
 * Where the app is drawing: in the prerenderer (build time), hydrating a prerendered page, or
 * live. A prerendered chart view holds one drawing per reference width (a phone's, a desktop's)
 * and CSS shows the one that fits; the browser hydrates only that one ("live variant") and drops
 * the other once it has hydrated. Module state, not React state: it is fixed before the first
 * render and changes once.
 */
import { useSyncExternalStore } from 'react';

export type RenderPhase = 'prerender' | 'hydrate' | 'live';
export type WidthVariant = 'narrow' | 'wide';

/**
 * The width each variant is laid out at (px of the chart box, measured): the box on a 412 px
 * phone (the Lighthouse mobile profile) and on a 1280 px screen — the same in the dashboard and
 * the embed — so that on those screens the hydrated chart is the prerendered one to the pixel.
 */
export const REFERENCE_WIDTHS: Record<WidthVariant, number> = { narrow: 380, wide: 1216 };

/** Boxes narrower than this show the narrow variant (the same number is in styles.css). */
export const VARIANT_BREAKPOINT = 640;

let phase: RenderPhase = 'live';
let liveVariant: WidthVariant = 'wide';
const listeners = new Set<() => void>();
const hydratedCallbacks: (() => void)[] = [];

export function setRenderPhase(next: RenderPhase, variant: WidthVariant = 'wide'): void {
  phase = next;
  liveVariant = variant;
  listeners.forEach((listener) => listener());
}

export const renderPhase = () => phase;
export const hydratingVariant = () => liveVariant;

/** Called once by what hydrated last (the live view): the page is now the app's. */
export function markHydrated(): void {
  if (phase !== 'hydrate') return;
  setRenderPhase('live', liveVariant);
  hydratedCallbacks.splice(0).forEach((callback) => callback());
}

export function onHydrated(callback: () => void): void {
  if (phase === 'hydrate') hydratedCallbacks.push(callback);
  else callback();
}

export function useRenderPhase(): RenderPhase {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    renderPhase,
    renderPhase,
  );
}
