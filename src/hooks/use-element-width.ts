/**
 * The width of an element, kept up to date with ResizeObserver; `fallback` until measured. A
 * callback ref, so an element that appears later (after a loading state) is still observed.
 */
import { createContext, useCallback, useContext, useState } from 'react';

/**
 * The width a chart box is assumed to have before it is measured: a prerendered variant's
 * reference width (src/app/render-phase.ts), so the server and the hydrating browser agree.
 */
export const ReferenceWidthContext = createContext<number | null>(null);

export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const reference = useContext(ReferenceWidthContext);
  const [width, setWidth] = useState(reference ?? fallback);
  // The ref itself observes (and its cleanup disconnects): no state set while React commits, which
  // would render the whole chart again, synchronously, right after it hydrated.
  const ref = useCallback((node: T | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A chart's size: the measured width and a height from an aspect ratio, kept within bounds. */
export function useChartSize({
  aspect,
  minHeight,
  maxHeight,
  fallbackWidth = 900,
}: {
  aspect: number;
  minHeight: number;
  maxHeight: number;
  fallbackWidth?: number;
}) {
  const { ref, width: measured } = useElementWidth<HTMLDivElement>(fallbackWidth);
  const width = Math.max(320, measured);
  return { ref, width, height: Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect))) };
}
