import { buildCorridorMap } from '../../../src/features/corridors/build-corridor-map';
import { CorridorMapView } from '../../../src/features/corridors/components/corridor-map.view';
import { ENGLISH } from '../../../src/lib/format';
import { NO_FILTERS } from '../../../src/lib/filters';
import { countriesTopology, data } from './fixtures';

const model = buildCorridorMap({ ...data, shapes: countriesTopology }, NO_FILTERS, { width: 640, height: 420 }, ENGLISH);
// Country outlines are third-party shapes: keep the snapshot to what this project draws (the
// names placed on them stay).
export const element = (
  <CorridorMapView
    model={{ ...model, countries: [] }}
    selectedId={null}
    activeId={null}
    onActivate={() => undefined}
    onSelect={() => undefined}
  />
);
