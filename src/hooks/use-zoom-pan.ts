/**
 * Zoom and pan for an SVG or a canvas, with d3-zoom doing the gesture maths. The only place that lets d3 touch
 * the DOM (house rule): React renders, d3 listens. Returns the current transform and keyboard-
 * friendly controls for the buttons next to the chart.
 */
import { select, zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface ZoomControls {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Pans (and zooms to at least `scale`) so the point (x, y) of the drawing is centred. */
  centreOn(x: number, y: number, scale?: number): void;
}

export interface ZoomPanOptions {
  maxScale?: number;
  /**
   * Pointer gestures this returns true for are left to the element (a canvas uses it for dragging
   * a node: d3-zoom must not pan then). Read at gesture time, so it may change every render.
   */
  isOwnGesture?: (event: Event) => boolean;
}

type ZoomTarget = SVGSVGElement | HTMLCanvasElement;

export function useZoomPan(width: number, height: number, options: ZoomPanOptions | number = {}) {
  const { maxScale = 8, isOwnGesture } = typeof options === 'number' ? { maxScale: options } : options;
  const target = useRef<ZoomTarget | null>(null);
  const behaviour = useRef<ZoomBehavior<ZoomTarget, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const ownGesture = useRef(isOwnGesture);
  useEffect(() => {
    ownGesture.current = isOwnGesture;
  });

  // A callback ref, so an SVG (or canvas) that appears after a loading state still gets its zoom.
  // The ref itself attaches d3-zoom (and its cleanup detaches it): no state set while React
  // commits, which would render the whole chart again, synchronously, in the task that hydrated it.
  const svgRef = useCallback(
    (svg: ZoomTarget | null) => {
      if (!svg) return;
      // Wheel and pointer events can come faster than frames: keep the latest transform and hand it
      // to React once per animation frame, so each frame renders (and a canvas redraws) once.
      let pending: ZoomTransform | null = null;
      let frame = 0;
      const flush = () => {
        frame = 0;
        if (pending) setTransform(pending);
        pending = null;
      };
      const zoom = d3Zoom<ZoomTarget, unknown>()
        .scaleExtent([1, maxScale])
        .translateExtent([
          [0, 0],
          [width, height],
        ])
        .extent([
          [0, 0],
          [width, height],
        ])
        // The wheel zooms only with Ctrl/⌘ so the page still scrolls; elements marked data-no-zoom
        // (draggable network nodes) keep their own pointer gestures.
        .filter((event: Event) => {
          if ((event.target as Element | null)?.closest?.('[data-no-zoom]')) return false;
          if (event.type !== 'wheel' && ownGesture.current?.(event)) return false;
          return event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button;
        })
        .on('zoom', (event: { transform: ZoomTransform }) => {
          pending = event.transform;
          if (!frame) frame = requestAnimationFrame(flush);
        });
      target.current = svg;
      behaviour.current = zoom;
      select(svg).call(zoom);
      return () => {
        cancelAnimationFrame(frame);
        select(svg).on('.zoom', null);
        if (target.current === svg) target.current = behaviour.current = null;
      };
    },
    [width, height, maxScale],
  );

  const controls: ZoomControls = useMemo(() => {
    const apply = (change: (zoom: ZoomBehavior<ZoomTarget, unknown>, svg: ZoomTarget) => void) => {
      if (target.current && behaviour.current) change(behaviour.current, target.current);
    };
    return {
      zoomIn: () => apply((zoom, svg) => select(svg).transition().duration(200).call(zoom.scaleBy, 1.5)),
      zoomOut: () =>
        apply((zoom, svg) =>
          select(svg)
            .transition()
            .duration(200)
            .call(zoom.scaleBy, 1 / 1.5),
        ),
      reset: () => apply((zoom, svg) => select(svg).transition().duration(200).call(zoom.transform, zoomIdentity)),
      centreOn: (x, y, scale = 2) =>
        apply((zoom, svg) => {
          const k = Math.max(scale, transform.k);
          select(svg)
            .transition()
            .duration(300)
            .call(zoom.transform, zoomIdentity.translate(width / 2 - x * k, height / 2 - y * k).scale(k));
        }),
    };
  }, [transform.k, width, height]);

  const isZoomed = transform.k !== 1 || transform.x !== 0 || transform.y !== 0;
  return { svgRef, transform, transformAttribute: transform.toString(), controls, isZoomed };
}
