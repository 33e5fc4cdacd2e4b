/**
 * Zoom and pan for an SVG, with d3-zoom doing the gesture maths. The only place that lets d3 touch
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

export function useZoomPan(width: number, height: number, maxScale = 8) {
  // A callback ref: the SVG may appear after a loading state, and must still get its zoom.
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const svgRef = useCallback((node: SVGSVGElement | null) => setSvg(node), []);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);

  useEffect(() => {
    if (!svg) return;
    const zoom = d3Zoom<SVGSVGElement, unknown>()
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
        return event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = zoom;
    select(svg).call(zoom);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [svg, width, height, maxScale]);

  const controls: ZoomControls = useMemo(() => {
    const apply = (change: (zoom: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      if (svg && behaviour.current) change(behaviour.current, svg);
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
  }, [svg, transform.k, width, height]);

  const isZoomed = transform.k !== 1 || transform.x !== 0 || transform.y !== 0;
  return { svgRef, transform, transformAttribute: transform.toString(), controls, isZoomed };
}
