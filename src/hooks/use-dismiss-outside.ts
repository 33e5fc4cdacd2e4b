/** Closes a floating panel (a menu, the phone's settings) when a pointer goes down outside it. */
import { useEffect, type RefObject } from 'react';

export function useDismissOnOutsidePointer(rootRef: RefObject<HTMLElement | null>, isOpen: boolean, close: () => void): void {
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [rootRef, isOpen, close]);
}
