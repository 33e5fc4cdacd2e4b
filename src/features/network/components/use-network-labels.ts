/**
 * The labels to draw for the current zoom, hover, keyboard focus, selection and search hit:
 * nodes are moved to screen space (the zoom transform; marks grow with √k, as the views draw
 * them) and handed to placeNetworkLabels. Recomputed on each zoom frame (a few milliseconds at
 * ×10 the data).
 */
import { useMemo } from 'react';
import { memoAcrossPrerender } from '../../../lib/prerender-memo';
import type { NetworkLayout } from '../build-network';
import { placeNetworkLabels, type LabelNode, type NetworkLabelPlacement } from '../network-labels';

export interface ZoomTransformLike {
  x: number;
  y: number;
  k: number;
}

/** Nodes in screen px under a zoom transform (at rest, unzoomed, the placed nodes themselves: no copy of 20,000). */
export function toScreenNodes(layout: NetworkLayout, transform: ZoomTransformLike): LabelNode[] {
  if (transform.k === 1 && transform.x === 0 && transform.y === 0) return layout.nodes;
  return layout.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    shortLabel: node.shortLabel,
    compactLabel: node.compactLabel,
    x: transform.x + transform.k * node.x,
    y: transform.y + transform.k * node.y,
    radius: node.radius * Math.sqrt(transform.k),
    mentions: node.mentions,
  }));
}

export function useNetworkLabels({
  layout,
  width,
  height,
  transform,
  activeIds,
  selectedId,
  searchHitId,
  focus,
  hoverFocus,
  language,
}: {
  layout: NetworkLayout;
  width: number;
  height: number;
  transform: ZoomTransformLike;
  activeIds: string[];
  selectedId: string | null;
  searchHitId: string | null;
  /** The selection's neighbourhood (others are dimmed). */
  focus: Set<string> | null;
  /** The hovered node's neighbours (nothing is dimmed). */
  hoverFocus: Set<string> | null;
  /** The names' language (part of the key under which the prerendered placement is replayed). */
  language: string;
}): NetworkLabelPlacement {
  const activeKey = activeIds.join('|');
  return useMemo(() => {
    const place = () =>
      placeNetworkLabels(toScreenNodes(layout, transform), {
        width,
        height,
        activeIds: activeKey ? activeKey.split('|') : [],
        selectedId,
        searchHitId,
        focusIds: focus ?? hoverFocus,
        isFocusExclusive: focus !== null,
      });
    const isAtRest =
      transform.k === 1 && transform.x === 0 && transform.y === 0 && !activeKey && !selectedId && !searchHitId && !focus && !hoverFocus;
    if (!isAtRest) return place();
    // The prerendered page's names at rest are replayed on hydration (the placement was most of the
    // network embed's hydration work); a Map is not JSON: its entries travel.
    const key = `${language} ${width}x${height} ${layout.nodes.length} ${layout.links.length}`;
    const placed = memoAcrossPrerender('network-labels', key, () => {
      const placement = place();
      return { placed: placement.placed, dropped: placement.dropped, tiers: [...placement.tiers] };
    });
    return { placed: placed.placed, dropped: placed.dropped, tiers: new Map(placed.tiers) };
  }, [layout, transform, width, height, activeKey, selectedId, searchHitId, focus, hoverFocus, language]);
}
