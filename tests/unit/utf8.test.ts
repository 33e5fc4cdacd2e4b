/** pipeline/emit/utf8.ts: the output's bytes are exactly what Buffer.from(text, 'utf8') would give. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { utf8 } from '../../pipeline/emit/utf8';

describe('utf8', () => {
  it('encodes any text as Buffer.from does, lone surrogates included', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('а', 'ё', 'Қ', '"', '\n', 'a', '😀', '\uD800', '\uDFFF') }),
    );
    fc.assert(
      fc.property(texts, (text) => utf8(text).equals(Buffer.from(text, 'utf8'))),
      { numRuns: 500 },
    );
  });
});
