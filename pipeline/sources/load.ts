/** Reads the corpus and the annotation files from disk. YAML syntax errors name file and line. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { DRAFTS_DIR, type DraftsInput } from '../add-article/drafts';
import type { DataError } from '../errors';
import type { PipelineInputs } from '../transform/build-dataset';
import { ANNOTATION_PATH, type AnnotationKey, type RawAnnotations } from '../transform/validate-annotations';

export const PIPELINE_DIR = new URL('..', import.meta.url).pathname;

export function parseYaml(file: string, text: string): { ok: true; value: unknown } | { ok: false; error: DataError } {
  try {
    return { ok: true, value: parse(text) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      return { ok: false, error: { file, entry: line ? `line ${line}` : '(file)', reason: error.message.split('\n')[0]! } };
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
