/**
 * A link to another view that keeps the current filters: a real href (open in a new tab works)
 * whose plain click switches the view in place. It reads the store, unlike the rest of
 * components/, because every feature links to the others and features may not import each other.
 */
import type { MouseEvent, ReactNode } from 'react';
import { useDashboardActions, useViewHref } from '../state/store';
import type { Selection, ViewId } from '../state/view-state';

export interface ViewLinkProps {
  view: ViewId;
  selection?: Selection;
  children: ReactNode;
  className?: string;
  /** Marks the link to the view on screen (aria-current="page"). */
  current?: boolean;
}

export function ViewLink({ view, selection, children, className, current }: ViewLinkProps) {
  const actions = useDashboardActions();
  const href = useViewHref(view, selection);
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (selection) actions.selectionChanged(selection);
    actions.viewChanged(view);
  };
  return (
    <a href={href} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
