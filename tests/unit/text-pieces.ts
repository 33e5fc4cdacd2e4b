import fc from 'fast-check';

/** A text of up to `maxLength` of `pieces` in any order, with two offsets into it, `from` ≤ `to`. */
export function textWithRange(pieces: string[], maxLength: number): fc.Arbitrary<{ text: string; from: number; to: number }> {
  return fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength }), fc.nat(), fc.nat()).map(([chosen, a, b]) => {
    const text = chosen.join('');
    const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
    return { text, from, to };
  });
}
