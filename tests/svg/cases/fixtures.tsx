/** The real dataset and map shapes, for rendering the charts at a fixed size. */
import { loadAllDatasets, loadMapShapes } from '../../../src/testing/dataset-fixture';

export const data = loadAllDatasets();

export const countriesTopology = loadMapShapes();
