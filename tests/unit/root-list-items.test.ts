/**
 * The list splitter the entry cache rests on (pipeline/sources/load.ts): for any list the YAML
 * writers we use produce, its items parsed one by one are the list parsed whole; a file that is
 * not a plain list at the root is left to the whole-file parse.
 */
import fc from 'fast-check';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { rootListItems } from '../../pipeline/sources/load';

const parse = (text: string) => load(text, { schema: CORE_SCHEMA });
/** Texts with the characters that matter to YAML: line breaks, "- " and "#" at a line start, quotes, colons. */
const awkwardText = fc.stringMatching(/^[а-яa-z0-9 \n\-#:'"«»|>.,]{0,40}$/);
const value = fc.oneof(awkwardText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(awkwardText, { maxLength: 3 }));
const entry = fc.dictionary(fc.constantFrom('id', 'quote', 'nameRu', 'nameEn', 'aliases', 'topics', 'note'), value, { minKeys: 1 });
const list = fc.array(entry, { minLength: 1, maxLength: 8 });

function itemsParsedAlone(text: string): unknown[] | null {
  const items = rootListItems(text);
  if (!items) return null;
  return items.flatMap(([start, end]) => {
    const parsed = parse(text.slice(start, end));
    expect(Array.isArray(parsed) && parsed.length === 1, `item ${JSON.stringify(text.slice(start, end))}`).toBe(true);
    return parsed as unknown[];
  });
}

describe('rootListItems', () => {
  it('splits what `yaml` and js-yaml write into items that parse to the list', () => {
    fc.assert(
      fc.property(list, fc.constantFrom('yaml', 'js-yaml'), (entries, writer) => {
        const text = writer === 'yaml' ? stringify(entries) : dump(entries);
        // Against the whole file read by the same reader (`yaml`'s writer and js-yaml disagree on
        // a few blank-line texts such as " \n", which is not the splitter's business).
        expect(itemsParsedAlone(text)).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps comments and blank lines with the items, the file header with the first', () => {
    const text = '# Facts\n\n- id: a\n  # a comment\n  quote: x\n\n# next\n- id: b\n';
    expect(rootListItems(text)).toEqual([
      [0, text.indexOf('- id: b')],
      [text.indexOf('- id: b'), text.length],
    ]);
    expect(itemsParsedAlone(text)).toEqual(parse(text));
  });

  it('leaves to the whole-file parse what is not a plain list at the root', () => {
    for (const text of ['corridors:\n  - id: a\n', '---\n- id: a\n', '- id: a\nkey: b\n', '[]\n', '# only a comment\n', '']) {
      expect(rootListItems(text), JSON.stringify(text)).toBeNull();
    }
  });
});
