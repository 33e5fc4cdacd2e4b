/** The real dataset and map shapes, for rendering the charts at a fixed size. */
import countries from 'world-atlas/countries-110m.json';
import type { CountriesTopology } from '../../../src/features/corridors/build-corridor-map';
import { loadDataset } from '../../../src/testing/dataset-fixture';

export const data = {
  facts: loadDataset('facts'),
  entities: loadDataset('entities'),
  articles: loadDataset('articles'),
  texts: loadDataset('texts'),
  quotes: loadDataset('quotes'),
  mentions: loadDataset('mentions'),
  network: loadDataset('network'),
};

export const countriesTopology = countries as unknown as CountriesTopology;
