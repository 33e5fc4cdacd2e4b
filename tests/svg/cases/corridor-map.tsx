import { buildCorridorMap } from '../../../src/features/corridors/build-corridor-map';
import { CorridorMapView } from '../../../src/features/corridors/components/corridor-map.view';
import { countriesTopology, data } from './fixtures';

const model = buildCorridorMap(countriesTopology, data.entities, { width: 640, height: 420, passes: () => true, highlighted: null });
// Country outlines are third-party shapes: keep the snapshot to what this project draws.
export const element = (
  <CorridorMapView
    model={{ ...model, countries: [] }}
    selectedId={null}
    activeId={null}
    onActivate={() => undefined}
    onSelect={() => undefined}
  />
);
