/**
 * The hand scanner of pipeline/extract/words.ts against the regular expressions it replaces, on
 * the corpus and on random text made of the characters that decide a word's bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBounds } from '../../pipeline/extract/words';
import { realInputs } from '../pipeline/pipeline-inputs';
import { textWithRange } from './text-pieces';

/** The words as the pipeline found them before the scanner: one pattern, and a split of glued words. */
function expectedBounds(text: string, from = 0, to = text.length): number[] {
  const bounds: number[] = [];
  for (const match of text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    let offset = from + match.index;
    for (const word of match[0].split(/(?<=\p{Ll})(?=\p{Lu})/u)) {
      bounds.push(offset, offset + word.length);
      offset += word.length;
    }
  }
  return bounds;
}

// Small and capital letters (Cyrillic, Latin, a titlecase and a modifier letter, astral ones), digits
// of two scripts, a combining mark, hyphens and dashes, spaces, and lone halves of a surrogate pair.
const CHARACTERS = [
  'а',
  'Б',
  'ё',
  'Ё',
  'z',
  'Q',
  '1',
  '٣',
  'ǅ',
  'ʰ',
  '\u0301',
  '-',
  '—',
  ' ',
  '\n',
  '.',
  '\u{1D400}',
  '\u{1D41A}',
  '\uD835',
  '\uDC00',
];

describe('wordBounds', () => {
  it('finds the words the regular expressions find, between any two offsets', () => {
    fc.assert(
      fc.property(textWithRange(CHARACTERS, 16), ({ text: value, from, to }) => {
        expect(wordBounds(value, from, to)).toEqual(expectedBounds(value, from, to));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('finds the words the regular expressions find in every corpus text', () => {
    for (const value of Object.values(realInputs().corpus)) expect(wordBounds(value)).toEqual(expectedBounds(value));
  });

  it('joins words by a hyphen and cuts glued ones', () => {
    const value = 'Касым-Жомарт в АстануАСТАНА, 29-го - и';
    const words = (bounds: number[]) => bounds.flatMap((start, at) => (at % 2 === 0 ? [value.slice(start, bounds[at + 1])] : []));
    expect(words(wordBounds(value))).toEqual(['Касым-Жомарт', 'в', 'Астану', 'АСТАНА', '29-го', 'и']);
  });
});
