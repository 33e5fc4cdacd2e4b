/** pipeline/emit/utf8.ts: the output's bytes are exactly what Buffer.from(text, 'utf8') would give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withUtf8 } from '../../pipeline/emit/utf8';

const texts = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('а', 'ё', 'Қ', '"', '\n', 'a', '😀', '\uD800', '\uDFFF') }),
);

describe('withUtf8', () => {
  it('encodes any text as Buffer.from does, lone surrogates included', () => {
    fc.assert(
      fc.property(texts, (text) => withUtf8(text, (bytes) => bytes.equals(Buffer.from(text, 'utf8')))),
      { numRuns: 500 },
    );
  });

  it('hands over the same bytes, call after call, in one shared buffer that grows', () => {
    // Longer and shorter texts in turn: a short text after a long one must not see the long one's tail.
    fc.assert(
      fc.property(fc.array(texts, { minLength: 2, maxLength: 8 }), (list) => {
        for (const text of list) {
          const seen = withUtf8(text, (bytes) => Buffer.from(bytes));
          if (!seen.equals(Buffer.from(text, 'utf8'))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
    // Past Buffer's 4 kB pool, so that one allocation per call could not share an ArrayBuffer by chance.
    const first = withUtf8('x'.repeat(5000), (bytes) => bytes.buffer);
    expect(withUtf8('y', (bytes) => bytes.buffer)).toBe(first); // shared, not allocated per call
  });
});
