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
