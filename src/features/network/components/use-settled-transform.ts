/**
 * The zoom transform once the gesture has paused: what the canvas places its names for. Placing
 * names over thousands of nodes takes longer than a frame, so while the reader zooms or pans the
 * canvas moves the names it has, and places them anew when the wheel or pointer rests.
 */
import { useEffect, useState } from 'react';
import type { ZoomTransformLike } from './use-network-labels';

/**
 * How long the transform must stay put to count as settled, in ms: longer than a slow frame on a
 * busy machine, so a gesture is not taken for over (and redrawn in full) between two of its events.
 */
export const SETTLE_MS = 200;

export function useSettledTransform<T extends ZoomTransformLike>(transform: T, isDeferred: boolean): T {
  const [settled, setSettled] = useState(transform);
  useEffect(() => {
    if (!isDeferred) return;
    const timer = setTimeout(() => setSettled(transform), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [transform, isDeferred]);
  return isDeferred ? settled : transform;
}
