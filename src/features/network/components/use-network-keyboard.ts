/**
 * Keyboard access to the network's nodes: one tab stop (roving tabindex) on the graph; the
 * arrow keys move through the nodes, most mentioned first; Home and End jump to the ends; Enter
 * or Space selects; Escape clears the selection.
 */
import { useState, type KeyboardEvent } from 'react';

export function useNetworkKeyboard<Node extends { id: string }>(
  order: Node[],
  { onSelect, onClear }: { onSelect: (node: Node) => void; onClear: () => void },
) {
  const [rovingId, setRovingId] = useState<string | null>(null);
  const moveFocusTo = (id: string) => {
    setRovingId(id);
    // Focus at once when the node is drawn (so a quick second key press acts on it), else after the next frame.
    const find = () => document.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`);
    const element = find();
    if (element) element.focus();
    else requestAnimationFrame(() => find()?.focus());
  };
  const onNodeKeyDown = (event: KeyboardEvent, node: Node) => {
    const index = order.findIndex((candidate) => candidate.id === node.id);
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      moveFocusTo(order[(index + step + order.length) % order.length]!.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveFocusTo((event.key === 'Home' ? order[0] : order.at(-1))!.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(node);
    } else if (event.key === 'Escape') {
      onClear();
    }
  };
  const present = rovingId !== null && order.some((node) => node.id === rovingId);
  return { rovingId: present ? rovingId : (order[0]?.id ?? null), moveFocusTo, onNodeKeyDown };
}
