/**
 * The node names, drawn in screen space above the zoomed drawing (so they keep their size when
 * zoomed) where network-labels.ts placed them. Hidden from assistive technology: each node's own
 * accessible name already says it.
 */
import type { PlacedLabel } from '../../../charts/place-labels';

export function NetworkLabelLayer({ labels, emphasised }: { labels: PlacedLabel[]; emphasised: Set<string> }) {
  return (
    <g className="network__labels" aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.id}
          data-label-id={label.id}
          className={`network-node__label${emphasised.has(label.id) ? ' is-emphasised' : ''}`}
          x={label.x}
          y={label.y}
          textAnchor={label.textAnchor}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
