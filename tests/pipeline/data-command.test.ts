/**
 * `npm run data` writes only what changed: a file that already holds its bytes is left alone, a
 * changed one is replaced (a new inode), and the frozen copy under v/<version>/ is a hard link to
 * the file it copies, so a later change never reaches an older version's copy. What is on disk is,
 * file for file, what the build produced.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataCommand } from '../../pipeline/data-command';
import { formatDataError } from '../../pipeline/errors';
import { pipelineFolderCopy } from './pipeline-inputs';

const { root, pipelineDir, factsFile } = pipelineFolderCopy('data-command');
const outputDir = join(root, 'out');

function build(): { output: Record<string, string>; version: string } {
  const run = runDataCommand({ pipelineDir, outputDir, cacheDir: join(root, 'cache') });
  if (!run.ok) throw new Error(run.errors.map(formatDataError).join('\n'));
  for (const [name, text] of Object.entries(run.output)) expect(readFileSync(join(outputDir, name), 'utf8'), name).toBe(text);
  return { output: run.output, version: (JSON.parse(run.output['manifest.json']!) as { datasetVersion: string }).datasetVersion };
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
