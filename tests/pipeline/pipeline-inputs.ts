/** The real corpus and annotations, loaded once, and a way to break a copy of them. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { loadInputs, PIPELINE_DIR } from '../../pipeline/sources/load';
import { buildDataset, type BuildResult, type PipelineInputs } from '../../pipeline/transform/build-dataset';
import type { DataError } from '../../pipeline/errors';

let cached: PipelineInputs | null = null;

export function realInputs(): PipelineInputs {
  if (!cached) {
    const loaded = loadInputs();
    if (!loaded.ok) throw new Error(`annotations do not load: ${JSON.stringify(loaded.errors)}`);
    // Tests edit the entries they get, so these carry no record of the list items they came from.
    const { entrySources: _entrySources, ...inputs } = loaded.inputs;
    cached = inputs;
  }
  return structuredClone(cached);
}

type Entries = Record<string, unknown>[];

/** Runs the build on a copy of the real inputs after `mutate` has broken something. */
export function buildWith(mutate: (annotations: Record<string, unknown>, corpus: Record<string, string>) => void): BuildResult {
  const inputs = realInputs();
  mutate(inputs.annotations as Record<string, unknown>, inputs.corpus);
  return buildDataset(inputs);
}

/** The entry with this id in an annotation list. */
export function entry(annotations: Record<string, unknown>, file: string, id: string): Record<string, unknown> {
  const found = (annotations[file] as Entries).find((item) => item.id === id);
  if (!found) throw new Error(`no ${id} in ${file}`);
  return found;
}

/** Asserts the build failed with an error for this file and entry whose reason matches. */
export function expectError(result: BuildResult, file: string, entryName: string, reason: RegExp): DataError {
  expect(result.ok, 'the build should fail').toBe(false);
  const errors = result.ok ? [] : result.errors;
  const match = errors.find((error) => error.file === file && error.entry === entryName && reason.test(error.reason));
  expect(
    match,
    `expected ${file} › ${entryName}: ${reason} among:\n${errors.map((e) => `${e.file} › ${e.entry}: ${e.reason}`).join('\n')}`,
  ).toBeDefined();
  return match!;
}

/**
 * A copy of the pipeline's corpus and annotations in a temporary folder (removed after the test
 * file), for tests that run `npm run data`'s steps on files they edit: `root` holds `pipeline/`
 * (`pipelineDir`) and whatever the test writes beside it (outputs, caches).
 */
export function pipelineFolderCopy(name: string): { root: string; pipelineDir: string; factsFile: string } {
  const root = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const pipelineDir = join(root, 'pipeline');
  for (const folder of ['corpus', 'annotations']) cpSync(join(PIPELINE_DIR, folder), join(pipelineDir, folder), { recursive: true });
  return { root, pipelineDir, factsFile: join(pipelineDir, 'annotations', 'facts.yaml') };
}
