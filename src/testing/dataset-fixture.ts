/**
 * The real shipped dataset as test fixtures, read from public/data at test time, so component
 * tests render what users see. Node-only (tests), never bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, manifestQueryOptions } from '../data/datasets';
import {
  DATASET_IDS,
  DATASET_SCHEMAS,
  ManifestSchema,
  MapShapesSchema,
  type DatasetFiles,
  type Manifest,
  type MapShapes,
} from '../data/schemas/dataset';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));

export function loadManifest(): Manifest {
  return ManifestSchema.parse(read('manifest.json'));
}

export function loadDataset<K extends keyof DatasetFiles>(id: K): DatasetFiles[K] {
  return DATASET_SCHEMAS[id].parse(read(`${id}.json`)) as DatasetFiles[K];
}

/** Seeds a QueryClient with the manifest and every dataset, except those in `skip`. */
export function seedQueryClient(client: QueryClient, skip: (keyof DatasetFiles)[] = []): void {
  const manifest = loadManifest();
  client.setQueryData(manifestQueryOptions(null).queryKey, manifest);
  for (const id of DATASET_IDS) {
    if (!skip.includes(id)) client.setQueryData(datasetQueryOptions(id, manifest.datasetVersion).queryKey, loadDataset(id) as never);
  }
}

/** Every dataset file at once. */
export function loadAllDatasets(): DatasetFiles {
  return Object.fromEntries(DATASET_IDS.map((id) => [id, loadDataset(id)])) as DatasetFiles;
}

/** The corridor map's country outlines, as the data build wrote them. */
export function loadMapShapes(): MapShapes {
  return MapShapesSchema.parse(read('map/countries.json'));
}
