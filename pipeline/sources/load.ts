/**
 * Reads the corpus and the annotation files from disk. YAML syntax errors name file and line.
 *
 * Reading uses js-yaml (CORE schema: YAML 1.2's null, booleans and numbers, dates stay strings,
 * as the `yaml` package reads them), which parses these files 10–15× faster than `yaml` does
 * (~1 MB/s, so ~60 s for the ×1000 corpus's annotations; README "The data build"). `yaml` stays
 * for add-article, which edits files through its Document API and keeps their comments.
 */
import { createHash, hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { DRAFTS_DIR, type DraftsInput } from '../add-article/drafts';
import type { DataError } from '../errors';
import type { PipelineInputs } from '../transform/build-dataset';
import { ANNOTATION_FILES } from './annotation-schemas';
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

/**
 * Checked annotation entries that earlier builds stored, by the key of the list item they were
 * read from (see readList): an unchanged item is neither parsed nor checked again.
 */
export interface EntryMemo {
  get(key: string): object | undefined;
}

/**
 * Where each list entry was read from, for the build's entry cache (build-dataset.ts). Valid only
 * for the objects as read: code that edits loaded entries (tests do) must drop it. A Map and a
 * Set, not weak ones, so that structuredClone copies the inputs with it.
 */
export interface EntrySources {
  /** An entry object → the key of its list item's text. */
  keys: Map<object, string>;
  /** Entries taken from the memo: already checked by the build that stored them. */
  checked: Set<object>;
}

export function loadInputs(
  pipelineDir = PIPELINE_DIR,
  memo?: EntryMemo,
): { ok: true; inputs: PipelineInputs } | { ok: false; errors: DataError[] } {
  const corpusDir = join(pipelineDir, 'corpus');
  const corpus: Record<string, string> = {};
  for (const file of readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    corpus[file] = readFileSync(join(corpusDir, file), 'utf8');
  }
  const errors: DataError[] = [];
  const annotations = {} as RawAnnotations;
  const entrySources: EntrySources = { keys: new Map(), checked: new Set() };
  for (const [key, path] of Object.entries(ANNOTATION_PATH) as [AnnotationKey, string][]) {
    let text: string;
    try {
      text = readFileSync(join(pipelineDir, path), 'utf8');
    } catch {
      errors.push({ file: path, entry: '(file)', reason: 'cannot be read' });
      continue;
    }
    const parsed = key in ANNOTATION_FILES ? readList(path, text, memo, entrySources) : parseYaml(path, text);
    if (parsed.ok) annotations[key] = parsed.value;
    else errors.push(parsed.error);
  }
  const drafts = loadDrafts(pipelineDir, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs: { corpus, annotations, drafts, entrySources } };
}

/**
 * A file that is one list (facts.yaml, people.yaml, …) read item by item, each item's text keyed
 * by a hash of the file's path and that text: an item the memo holds is taken from it, the others
 * are parsed. At ×1000 the lists hold ~50 MB; a warm build then parses only what changed. Any
 * doubt reads the file whole, which also names the line of a syntax error: a file that is not a
 * plain list at the root, an item that does not parse on its own (a quoted text running on at
 * the margin, an alias to another item) or parses to other than one entry.
 */
function readList(path: string, text: string, memo: EntryMemo | undefined, sources: EntrySources): ReturnType<typeof parseYaml> {
  const items = rootListItems(text);
  if (!items) return parseYaml(path, text);
  const values: unknown[] = [];
  for (const [start, end] of items) {
    const item = text.slice(start, end);
    // One-shot hash: 2.5× faster than createHash for 157 000 small items (×1000).
    const key = hash('sha1', `${path}\0${item}`, 'base64');
    const known = memo?.get(key);
    if (known !== undefined) {
      values.push(known);
      sources.keys.set(known, key);
      sources.checked.add(known);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = load(item, { schema: CORE_SCHEMA });
    } catch {
      return parseYaml(path, text);
    }
    if (!Array.isArray(parsed) || parsed.length !== 1) return parseYaml(path, text);
    const [value] = parsed as [unknown];
    values.push(value);
    if (typeof value === 'object' && value !== null) sources.keys.set(value, key);
  }
  return { ok: true, value: values };
}

/**
 * [start, end) of each item of a list at the root of a YAML file: an item starts with "-" at the
 * margin, and nothing else but comments, blank lines and indented lines may stand there (a key,
 * a document marker or a directive at the margin: null, read the file whole). Comments and blank
 * lines before the first item belong to it. Hand-written because no YAML library splits a file
 * without parsing it whole, and parsing it whole is the cost this saves.
 */
export function rootListItems(text: string): [number, number][] | null {
  const starts: number[] = [];
  for (let line = 0; line < text.length;) {
    const first = text[line];
    if (first === '-') {
      const next = text[line + 1];
      if (next !== ' ' && next !== '\n' && next !== '\r' && next !== undefined) return null; // "---", "-1", "-key"
      starts.push(line);
    } else if (first !== ' ' && first !== '#' && first !== '\n' && first !== '\r') return null;
    const end = text.indexOf('\n', line);
    if (end === -1) break;
    line = end + 1;
  }
  if (starts.length === 0) return null;
  return starts.map((start, index) => [index === 0 ? 0 : start, starts[index + 1] ?? text.length]);
}

/** annotations/drafts/*.yaml, and the sha256 of each corpus file a draft names as its source (the page is pinned). */
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
  // Only the pages drafts name: hashing every corpus file again was ~0.3 s of each build at ×1000.
  const corpusFiles = new Set(readdirSync(join(pipelineDir, 'corpus')));
  for (const value of Object.values(drafts.files)) {
    const name = (value as { article?: { source?: { file?: unknown } } } | null)?.article?.source?.file;
    if (typeof name !== 'string' || !corpusFiles.has(name) || name in drafts.sourceSha256) continue;
    drafts.sourceSha256[name] = createHash('sha256')
      .update(readFileSync(join(pipelineDir, 'corpus', name)))
      .digest('hex');
  }
  return drafts;
}
