/**
 * A PNG's pixel size, read from its header: the 8-byte signature, then the IHDR chunk (length,
 * type, width, height as big-endian 32-bit numbers; PNG 1.2, section 11.2.2). Enough to check that
 * every og:image is 1200 × 630 without decoding it.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height in px, or null when the bytes are not a PNG that starts with its IHDR. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}
