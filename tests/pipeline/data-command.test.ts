/**
 * `npm run data` writes only what changed: a file that already holds its bytes is left alone, a
 * changed one is replaced (a new inode), and the frozen copy under v/<version>/ is a hard link to
 * the file it copies, so a later change never reaches an older version's copy. What is on disk is,
 * file for file, what the build produced.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataCommand } from '../../pipeline/data-command';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { formatDataError } from '../../pipeline/errors';
import { loadInputs } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { pipelineFolderCopy } from './pipeline-inputs';

const { root, pipelineDir, factsFile } = pipelineFolderCopy('data-command');
const outputDir = join(root, 'out');
const cacheDir = join(root, 'cache');
const annotationFile = (name: string) => join(pipelineDir, 'annotations', name);

function build(): { output: Record<string, string>; files: string[]; version: string } {
  const run = runDataCommand({ pipelineDir, outputDir, cacheDir });
  if (!run.ok) throw new Error(run.errors.map(formatDataError).join('\n'));
  for (const [name, text] of Object.entries(run.output)) expect(readFileSync(join(outputDir, name), 'utf8'), name).toBe(text);
  const version = (JSON.parse(run.output['manifest.json']!) as { datasetVersion: string }).datasetVersion;
  return { output: run.output, files: run.files, version };
}

/** What a clean build of the folder as it is now writes, file by file. */
function cleanOutput(): Record<string, string> {
  const loaded = loadInputs(pipelineDir);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatDataError).join('\n'));
  const result = buildDataset(loaded.inputs);
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return serialiseDataset(result.files);
}

/** Asserts the files of the run are, byte for byte, what a clean build writes. */
function expectCleanOnDisk(files: string[]): void {
  const expected = cleanOutput();
  expect([...files].sort()).toEqual(Object.keys(expected).sort());
  for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(outputDir, name), 'utf8'), name).toBe(text);
}

const serialisedParts = (output: Record<string, string>) =>
  Object.keys(output).filter((name) => name.startsWith('texts/') || name.startsWith('mentions/'));

/** Edits an annotation file for the length of `body`. */
function editing(name: string, from: string | RegExp, to: string, body: () => void): void {
  const original = readFileSync(annotationFile(name), 'utf8');
  const edited = original.replace(from, to);
  expect(edited, `${name} holds ${String(from)}`).not.toBe(original);
  writeFileSync(annotationFile(name), edited);
  try {
    body();
  } finally {
    writeFileSync(annotationFile(name), original);
  }
}

const stat = (name: string) => statSync(join(outputDir, name));

describe('the data command writes what changed', () => {
  it('leaves unchanged files alone, replaces changed ones, and links each version’s copies', () => {
    const first = build();
    const text = Object.keys(first.output).find((name) => name.startsWith('texts/'))!;
    const before = { mtime: stat(text).mtimeMs, facts: first.output['facts.json']!, factsInode: stat('facts.json').ino };
    expect(stat(`v/${first.version}/facts.json`).ino).toBe(before.factsInode);

    const again = build();
    expect(again.version).toBe(first.version);
    expect(stat(text).mtimeMs).toBe(before.mtime);

    writeFileSync(
      factsFile,
      readFileSync(factsFile, 'utf8').replace(
        'В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.',
        'В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов',
      ),
    );
    const edited = build();
    expect(edited.version).not.toBe(first.version);
    expect(edited.output['facts.json']).not.toBe(before.facts);
    // facts.json was replaced, not written over: the old version's copy keeps the old bytes.
    expect(stat('facts.json').ino).not.toBe(before.factsInode);
    expect(readFileSync(join(outputDir, 'v', first.version, 'facts.json'), 'utf8')).toBe(before.facts);
    expect(stat(`v/${edited.version}/facts.json`).ino).toBe(stat('facts.json').ino);
    // An unchanged part: one file on disk for the latest data and both versions' copies.
    expect(stat(text).mtimeMs).toBe(before.mtime);
    expect(stat(`v/${edited.version}/${text}`).ino).toBe(stat(text).ino);
    expect(stat(`v/${first.version}/${text}`).ino).toBe(stat(text).ino);
  });
});

describe('a warm data command serialises only the parts that changed', () => {
  it('leaves every part out when nothing changed, and what is on disk is a clean build', () => {
    build();
    build(); // reads the work the first one stored, and records each part's key
    const warm = build();
    expect(serialisedParts(warm.output)).toEqual([]);
    expect(warm.output['texts.json']).toBeDefined(); // whole files are always serialised
    expectCleanOnDisk(warm.files);
  });

  it("serialises an article's text part again when its reviewed topics change, and only that one", () => {
    build();
    editing(
      'paragraph-topics.yaml',
      "paragraph: 0, starts: 'Отношения между главами Казахстана и', topics: [diplomacy]",
      "paragraph: 0, starts: 'Отношения между главами Казахстана и', topics: [trade]",
      () => {
        const edited = build();
        expect(serialisedParts(edited.output)).toEqual(['texts/arutyunov-interview-2025.json']);
        expect(edited.output['texts/arutyunov-interview-2025.json']).toContain('"trade"');
        expectCleanOnDisk(edited.files);
      },
    );
    build();
  });

  it("serialises a person's mentions part again when a quote of theirs no longer makes them quoted in an article", () => {
    build();
    // Her one quote in the article: without a speaker, her mentions there are "mentioned", not "quoted".
    editing(
      'quotes.yaml',
      /(id: q-marmontova-language\n {2}article: sputnik-roundtable-2023\n {2})speaker: taisiya-marmontova/,
      '$1speaker: null',
      () => {
        const edited = build();
        expect(serialisedParts(edited.output)).toContain('mentions/taisiya-marmontova.json');
        expect(serialisedParts(edited.output).every((name) => name.startsWith('mentions/'))).toBe(true);
        expectCleanOnDisk(edited.files);
      },
    );
    build();
  });

  it('writes again a part that was changed on disk by hand', () => {
    const before = build();
    const part = before.files.find((name) => name.startsWith('texts/'))!;
    writeFileSync(join(outputDir, part), '{}\n');
    const after = build();
    expect(after.output[part]).toBeDefined();
    expectCleanOnDisk(after.files);
  });

  it('trusts no record after a command that failed: the next one serialises every part', () => {
    build();
    expect(existsSync(join(cacheDir, 'written.json'))).toBe(true);
    editing('facts.yaml', /^ {2}noteEn: .*\n/m, '', () => {
      expect(runDataCommand({ pipelineDir, outputDir, cacheDir }).ok).toBe(false);
    });
    expect(existsSync(join(cacheDir, 'written.json'))).toBe(false);
    const next = build();
    expect(serialisedParts(next.output).length).toBe(next.files.filter((name) => /^(texts|mentions)\//.test(name)).length);
    expectCleanOnDisk(next.files);
  });
});
