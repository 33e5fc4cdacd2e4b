import { buildNetworkGraph, layoutNetwork } from '../../../src/features/network/build-network';
import { NetworkView } from '../../../src/features/network/components/network.view';
import { NO_FILTERS } from '../../../src/lib/filters';
import { data } from './fixtures';

const layout = layoutNetwork(buildNetworkGraph(data, NO_FILTERS), 640, 480);
export const element = (
  <NetworkView
    layout={layout}
    width={640}
    height={480}
    focus={null}
    highlighted={null}
    hoveredId={null}
    selectedId={null}
    rovingId={layout.nodes[0]?.id ?? null}
    labelledIds={new Set(layout.nodes.slice(0, 5).map((node) => node.id))}
    onHover={() => undefined}
    onSelect={() => undefined}
    onNodeKeyDown={() => undefined}
    onDrag={() => undefined}
  />
);
