import { buildNetwork } from '../../../src/features/network/build-network';
import { NetworkSvgView } from '../../../src/features/network/components/network-svg.view';
import { toScreenNodes } from '../../../src/features/network/components/use-network-labels';
import { placeNetworkLabels } from '../../../src/features/network/network-labels';
import { ENGLISH } from '../../../src/lib/format';
import { NO_FILTERS } from '../../../src/lib/filters';
import { data } from './fixtures';

// The network at 640 × 480 with nothing in focus: the fitted layout, line widths by shared
// paragraphs, and the names the label grid keeps.
const model = buildNetwork(data, NO_FILTERS, ENGLISH, { width: 640, height: 480 });
const labels = placeNetworkLabels(toScreenNodes(model.layout, { x: 0, y: 0, k: 1 }), {
  width: 640,
  height: 480,
  activeIds: [],
  selectedId: null,
  searchHitId: null,
  focusIds: null,
  isFocusExclusive: false,
});
export const element = (
  <NetworkSvgView
    layout={model.layout}
    width={640}
    height={480}
    graphLabel={model.graphLabel}
    nodeLabels={model.nodeLabels}
    labels={labels.placed}
    focus={null}
    highlighted={null}
    hoveredId={null}
    selectedId={null}
    rovingId={model.layout.nodes[0]?.id ?? null}
    onHover={() => undefined}
    onKeyboardFocus={() => undefined}
    onSelect={() => undefined}
    onNodeKeyDown={() => undefined}
    onDrag={() => undefined}
  />
);
