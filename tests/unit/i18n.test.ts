/** Every interface string exists in both languages, with the same placeholders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, ensureLanguage, pick } from '../../src/i18n/i18n';
import { EN } from '../../src/i18n/messages-en';
import { RU } from '../../src/i18n/messages-ru';

const leaves = (table: Record<string, Record<string, string>>) =>
  Object.entries(table).flatMap(([section, entries]) =>
    Object.entries(entries).map(([key, value]) => [`${section}.${key}`, value] as const),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const en = new Map(leaves(EN));
  const ru = new Map(leaves(RU));

  it('have the same keys in English and Russian', () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])('%s is translated, with the same placeholders', (key) => {
    const russian = ru.get(key);
    expect(russian, `${key} has no Russian translation`).toBeTruthy();
    expect(russian!.trim().length).toBeGreaterThan(0);
    expect(placeholders(russian!)).toEqual(placeholders(en.get(key)!));
  });

  it('every key the code asks for exists', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'src'));
    const used = new Set(
      files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-z]+\.[\w-]+)'/gi)].map((match) => match[1]!)),
    );
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !en.has(key as `${string}.${string}`))).toEqual([]);
  });

  it('fills placeholders and picks data labels by language', async () => {
    await ensureLanguage('ru');
    expect(createTranslator('ru')('facts.matching', { shown: 2, total: 13 })).toBe('Подходит 2 из 13');
    expect(createTranslator('en')('facts.matching', { shown: 2, total: 13 })).toBe('2 of 13 facts match');
    expect(pick('ru', 'Anton Arutyunov', 'Антон Арутюнов')).toBe('Антон Арутюнов');
    expect(pick('ru', 'Unnamed outlet', null)).toBe('Unnamed outlet');
  });
});
