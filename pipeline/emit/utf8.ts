/**
 * A text's UTF-8 bytes, for hashing and writing the output. TextEncoder.encodeInto into a buffer
 * of the largest size the text can take: for the large, mostly Cyrillic JSON texts at ×1000 it
 * runs in ~210 ms where Buffer.from(text, 'utf8') takes ~470 (55 M characters, Node 20).
 */
const encoder = new TextEncoder();

let scratch = Buffer.alloc(0);

/**
 * Calls `use` with the text's UTF-8 bytes in a buffer shared by every call, and returns what it
 * returns; the bytes are valid only during the call. At ×1000 a build encodes ~300 MB of output:
 * a new buffer per file is external memory that V8 answers with full collections of the whole
 * heap (the dataset, ~1 GB), which took ~5 s of a warm build (`node --trace-gc`). The shared
 * buffer grows to the largest file once.
 */
export function withUtf8<T>(text: string, use: (bytes: Buffer) => T): T {
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return use(scratch.subarray(0, written));
}
