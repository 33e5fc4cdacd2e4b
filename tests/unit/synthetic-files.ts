/**
 * The dataset built from the bench's synthetic corpus at ×N (bench/synthetic-dataset.ts), for
 * tests that check a view's behaviour on a larger graph. Lives in tests/ because src/ may not
 * import the pipeline.
 */
import { scaleInputs } from '../../bench/synthetic-dataset';
import { loadInputs } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import type { DatasetFiles } from '../../src/data/schemas/dataset';

export function buildSyntheticFiles(scale: number): DatasetFiles {
  const loaded = loadInputs();
  if (!loaded.ok) throw new Error('the annotations do not load');
  const result = buildDataset(scaleInputs(loaded.inputs, scale));
  if (!result.ok) throw new Error(`×${scale} does not build: ${result.errors[0]?.reason}`);
  return result.files;
}
