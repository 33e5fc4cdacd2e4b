/**
 * Where the words of a text are: runs of letters and digits, joined by single hyphens
 * ("Касым-Жомарт"), cut where a capital follows a small letter, as when a page capture glues
 * words together ("в АстануАСТАНА, 29 ноя"). It is what
 * `text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/gu)`, each match split at
 * `/(?<=\p{Ll})(?=\p{Lu})/u`, gives (tests/unit/words.test.ts checks it), scanned by hand: reading
 * the text was most of the data build's time, and the regular expressions spent it on a match
 * object, a split and a lookbehind per word.
 */

const IS_SEEN = 1;
const IS_WORD = 2; // \p{L} or \p{N}
const IS_LOWER = 4; // \p{Ll}
const IS_UPPER = 8; // \p{Lu}

/** The classes of each UTF-16 code unit, filled on first sight from the same Unicode properties. */
const UNIT_CLASSES = new Uint8Array(0x10000);
/** The classes of code points beyond the BMP (rare in this corpus). */
const ASTRAL_CLASSES = new Map<number, number>();

function classify(char: string): number {
  let classes = IS_SEEN;
  if (/[\p{L}\p{N}]/u.test(char)) classes |= IS_WORD;
  if (/\p{Ll}/u.test(char)) classes |= IS_LOWER;
  if (/\p{Lu}/u.test(char)) classes |= IS_UPPER;
  return classes;
}

const HYPHEN = 0x2d;

/**
 * Start and end offsets of each word of `text` between `from` and `to`, flat: `[start0, end0,
 * start1, end1, …]`. Nothing outside `from`–`to` is read, so a surrogate pair or a hyphen cut by
 * `to` ends the word there, as in the slice.
 */
export function wordBounds(text: string, from = 0, to = text.length): number[] {
  const bounds: number[] = [];
  /** Classes and length in code units of the code point at `at` (set by read). */
  let classes = 0;
  let width = 1;
  const read = (at: number) => {
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < to) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        let found = ASTRAL_CLASSES.get(codePoint);
        if (found === undefined) ASTRAL_CLASSES.set(codePoint, (found = classify(String.fromCodePoint(codePoint))));
        classes = found;
        width = 2;
        return;
      }
    }
    classes = UNIT_CLASSES[unit]!;
    if (classes === 0) UNIT_CLASSES[unit] = classes = classify(String.fromCharCode(unit));
    width = 1;
  };
  let at = from;
  while (at < to) {
    read(at);
    if ((classes & IS_WORD) === 0) {
      at += width;
      continue;
    }
    let start = at;
    let isAfterLower = (classes & IS_LOWER) !== 0;
    at += width;
    while (at < to) {
      read(at);
      if (classes & IS_WORD) {
        if (isAfterLower && classes & IS_UPPER) {
          bounds.push(start, at);
          start = at;
        }
        isAfterLower = (classes & IS_LOWER) !== 0;
        at += width;
        continue;
      }
      // A hyphen joins only when a letter or digit follows it; a capital after it starts no new word.
      if (text.charCodeAt(at) !== HYPHEN || at + 1 >= to) break;
      read(at + 1);
      if ((classes & IS_WORD) === 0) break;
      isAfterLower = (classes & IS_LOWER) !== 0;
      at += 1 + width;
    }
    bounds.push(start, at);
  }
  return bounds;
}
