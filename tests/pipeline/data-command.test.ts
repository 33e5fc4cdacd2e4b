/**
 * `npm run data` writes only what changed: a file that already holds its bytes is left alone,
 * and the frozen copy of an unchanged file under a new v/<version>/ is a hard link to the
 * previous version's copy, which no later build changes. What is on disk is, file for file,
 * what the build produced.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDataCommand } from '../../pipeline/data-command';
import { formatDataError } from '../../pipeline/errors';
import { PIPELINE_DIR } from '../../pipeline/sources/load';

const root = mkdtempSync(join(tmpdir(), 'atlas-data-command-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pipelineDir = join(root, 'pipeline');
for (const folder of ['corpus', 'annotations']) cpSync(join(PIPELINE_DIR, folder), join(pipelineDir, folder), { recursive: true });
const outputDir = join(root, 'out');
const factsFile = join(pipelineDir, 'annotations', 'facts.yaml');

function build(): { output: Record<string, string>; version: string } {
  const run = runDataCommand({ pipelineDir, outputDir, cacheDir: join(root, 'cache') });
  if (!run.ok) throw new Error(run.errors.map(formatDataError).join('\n'));
  for (const [name, text] of Object.entries(run.output)) expect(readFileSync(join(outputDir, name), 'utf8'), name).toBe(text);
  return { output: run.output, version: (JSON.parse(run.output['manifest.json']!) as { datasetVersion: string }).datasetVersion };
}

const stat = (name: string) => statSync(join(outputDir, name));

describe('the data command writes what changed', () => {
  it('leaves unchanged files alone, and links the new version’s copies of them to the previous version’s', () => {
    const first = build();
    const text = Object.keys(first.output).find((name) => name.startsWith('texts/'))!;
    const before = { mtime: stat(text).mtimeMs, facts: first.output['facts.json']! };

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
    // The pinned copy of the old version keeps the old bytes; the new copy of an unchanged part shares them.
    expect(readFileSync(join(outputDir, 'v', first.version, 'facts.json'), 'utf8')).toBe(before.facts);
    expect(stat(`v/${edited.version}/${text}`).ino).toBe(stat(`v/${first.version}/${text}`).ino);
    expect(stat(`v/${edited.version}/facts.json`).ino).not.toBe(stat(`v/${first.version}/facts.json`).ino);
    expect(stat(text).mtimeMs).toBe(before.mtime);
  });
});
