/**
 * The labels to draw for the current zoom, hover, keyboard focus, selection and search hit:
 * nodes are moved to screen space (the zoom transform; marks grow with √k, as the views draw
 * them) and handed to placeNetworkLabels. Recomputed on each zoom frame (a few milliseconds at
 * ×10 the data).
 */
import { useMemo } from 'react';
import type { NetworkLayout } from '../build-network';
import { placeNetworkLabels, type LabelNode, type NetworkLabelPlacement } from '../network-labels';

export interface ZoomTransformLike {
  x: number;
  y: number;
  k: number;
}

/** Nodes in screen px under a zoom transform. */
export function toScreenNodes(layout: NetworkLayout, transform: ZoomTransformLike): LabelNode[] {
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
}): NetworkLabelPlacement {
  const activeKey = activeIds.join('|');
  return useMemo(
    () =>
      placeNetworkLabels(toScreenNodes(layout, transform), {
        width,
        height,
        activeIds: activeKey ? activeKey.split('|') : [],
        selectedId,
        searchHitId,
        focusIds: focus ?? hoverFocus,
        isFocusExclusive: focus !== null,
      }),
    [layout, transform, width, height, activeKey, selectedId, searchHitId, focus, hoverFocus],
  );
}
