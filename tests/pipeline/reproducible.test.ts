/** The committed dataset is exactly what the pipeline makes from the committed inputs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { DATASET_SCHEMAS, ManifestSchema } from '../../src/data/schemas/dataset';
import { realInputs } from './pipeline-inputs';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');

describe('public/data', () => {
  const result = buildDataset(realInputs());
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file} › ${e.entry}: ${e.reason}`).join('\n'));
  const expected = serialiseDataset(result.files);

  it('holds exactly the files the pipeline writes', () => {
    const committed = readdirSync(DATA_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(committed).toEqual(
      Object.keys(expected)
        .filter((name) => !name.includes('/'))
        .sort(),
    );
  });

  it.each(Object.keys(expected))('%s is byte for byte what `npm run data` produces', (name) => {
    expect(readFileSync(join(DATA_DIR, name), 'utf8')).toBe(expected[name]);
  });

  it('validates with the schemas the app uses', () => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')));
    for (const file of manifest.files) {
      const text = readFileSync(join(DATA_DIR, file.path), 'utf8');
      expect(() => DATASET_SCHEMAS[file.id].parse(JSON.parse(text))).not.toThrow();
      expect(Buffer.byteLength(text)).toBe(file.bytes);
    }
  });
});

describe('the corpus', () => {
  it('is kept byte for byte (001 has no final newline, and none is added)', () => {
    const corpus = realInputs().corpus;
    expect(Object.keys(corpus)).toHaveLength(5);
    expect(corpus['001_b2c03b6eac09b28e.txt']!.endsWith('Кнопка «Наверх»')).toBe(true);
  });
});

describe('the parts (texts/<article>.json, mentions/<entity>.json)', () => {
  const result = buildDataset(realInputs());
  if (!result.ok) throw new Error('the dataset does not build');
  const output = serialiseDataset(result.files);
  const read = (name: string): unknown => JSON.parse(output[name]!);

  it('are the whole files cut by article and by entity, nothing lost or added', () => {
    const texts = (read('texts.json') as { texts: { article: string }[] }).texts;
    expect(texts.map((text) => read(`texts/${text.article}.json`))).toEqual(texts);
    expect(Object.keys(output).filter((name) => name.startsWith('texts/'))).toHaveLength(texts.length);
    const mentions = (read('mentions.json') as { mentions: { entity: string }[] }).mentions;
    const parts = Object.keys(output).filter((name) => name.startsWith('mentions/'));
    const rejoined = parts.flatMap((name) => (read(name) as { mentions: unknown[] }).mentions);
    expect(rejoined).toHaveLength(mentions.length);
    for (const name of parts) {
      const part = read(name) as { entity: string; mentions: { entity: string }[] };
      expect(name).toBe(`mentions/${part.entity}.json`);
      expect(part.mentions).toEqual(mentions.filter((mention) => mention.entity === part.entity));
    }
  });

  it('have a file for every person, organisation and place, mentioned or not', () => {
    const { people, organisations, places } = result.files.entities;
    for (const { id } of [...people, ...organisations, ...places]) expect(output[`mentions/${id}.json`], id).toBeDefined();
  });

  it('are listed in the manifest and frozen with the version', () => {
    const manifest = ManifestSchema.parse(read('manifest.json'));
    expect(manifest.parts).toEqual(['texts', 'mentions']);
    const first = result.files.texts.texts[0]!.article;
    expect(output[`v/${manifest.datasetVersion}/texts/${first}.json`]).toBe(output[`texts/${first}.json`]);
  });
});
