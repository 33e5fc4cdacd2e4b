/**
 * Reads the corpus and the annotation files from disk. YAML syntax errors name file and line.
 *
 * Reading uses js-yaml (CORE schema: YAML 1.2's null, booleans and numbers, dates stay strings,
 * as the `yaml` package reads them), which parses these files 10–15× faster than `yaml` does
 * (~1 MB/s, so ~60 s for the ×1000 corpus's annotations; README "The data build"). `yaml` stays
 * for add-article, which edits files through its Document API and keeps their comments.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { DRAFTS_DIR, type DraftsInput } from '../add-article/drafts';
import type { DataError } from '../errors';
import type { PipelineInputs } from '../transform/build-dataset';
import { ANNOTATION_PATH, type AnnotationKey, type RawAnnotations } from '../transform/validate-annotations';

export const PIPELINE_DIR = new URL('..', import.meta.url).pathname;

export function parseYaml(file: string, text: string): { ok: true; value: unknown } | { ok: false; error: DataError } {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA, filename: file }) ?? null }; // an empty file is null, as `yaml` reads it
  } catch (error) {
    if (error instanceof YAMLException) {
      // mark.line counts from 0; the reason is the message without its position and snippet.
      const line = error.mark?.line;
      return { ok: false, error: { file, entry: line === undefined ? '(file)' : `line ${line + 1}`, reason: error.reason } };
    }
    throw error;
  }
}

export function loadInputs(pipelineDir = PIPELINE_DIR): { ok: true; inputs: PipelineInputs } | { ok: false; errors: DataError[] } {
  const corpusDir = join(pipelineDir, 'corpus');
  const corpus: Record<string, string> = {};
  for (const file of readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    corpus[file] = readFileSync(join(corpusDir, file), 'utf8');
  }
  const errors: DataError[] = [];
  const annotations = {} as RawAnnotations;
  for (const [key, path] of Object.entries(ANNOTATION_PATH) as [AnnotationKey, string][]) {
    let text: string;
    try {
      text = readFileSync(join(pipelineDir, path), 'utf8');
    } catch {
      errors.push({ file: path, entry: '(file)', reason: 'cannot be read' });
      continue;
    }
    const parsed = parseYaml(path, text);
    if (parsed.ok) annotations[key] = parsed.value;
    else errors.push(parsed.error);
  }
  const drafts = loadDrafts(pipelineDir, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs: { corpus, annotations, drafts } };
}

/** annotations/drafts/*.yaml, and the sha256 of every corpus file (a draft's source page is pinned). */
function loadDrafts(pipelineDir: string, errors: DataError[]): DraftsInput {
  const drafts: DraftsInput = { files: {}, sourceSha256: {} };
  const draftsDir = join(pipelineDir, DRAFTS_DIR);
  if (!existsSync(draftsDir)) return drafts;
  for (const name of readdirSync(draftsDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const path = `${DRAFTS_DIR}/${name}`;
    const parsed = parseYaml(path, readFileSync(join(draftsDir, name), 'utf8'));
    if (parsed.ok) drafts.files[path] = parsed.value;
    else errors.push(parsed.error);
  }
  for (const name of readdirSync(join(pipelineDir, 'corpus'))) {
    drafts.sourceSha256[name] = createHash('sha256')
      .update(readFileSync(join(pipelineDir, 'corpus', name)))
      .digest('hex');
  }
  return drafts;
}
