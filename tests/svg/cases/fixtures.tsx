/** The real dataset and map shapes, for rendering the charts at a fixed size. */
import countries from 'world-atlas/countries-110m.json';
import type { CountriesTopology } from '../../../src/features/corridors/build-corridor-map';
import { loadAllDatasets } from '../../../src/testing/dataset-fixture';

export const data = loadAllDatasets();

export const countriesTopology = countries as unknown as CountriesTopology;
