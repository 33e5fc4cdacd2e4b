/**
 * An estimate of a label's width in pixels, from per-character widths close to those of the
 * system sans-serif faces (Helvetica, Arial, Roboto, DejaVu Sans sit within about 10% of these).
 * Estimated rather than measured so that layouts are the same in Node (snapshots, prerendering)
 * and in every browser; callers add padding for the difference.
 */
const NARROW = new Set([...'iljtfrI.,:;!|\'"()[] ·ітгр']);
const WIDE = new Set([...'mwMWШЩЖЮЫшщжюымМ—@%']);

/** Width of one character as a share of the font size (em). */
function charWidth(char: string): number {
  if (char === ' ') return 0.28;
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.86;
  if (/[0-9$₸₽]/.test(char)) return 0.56;
  if (/[A-ZА-ЯЁ]/.test(char)) return 0.68;
  if (/[а-яё]/.test(char)) return 0.57;
  return 0.55;
}

/** Estimated width in px of `text` at `fontSize` px (bold text is about 7% wider). */
export function estimateTextWidth(text: string, fontSize: number, isBold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (isBold ? 1.07 : 1);
}
