import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../prerender/png-size';

/** CRC-32 of a chunk's type and data, as PNG requires (ISO 3309 polynomial). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable greyscale PNG of `width` × `height` px, every pixel mid grey. */
function encodePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, adaptive filter, no interlace
  // Each row: filter type 0, then one byte per pixel.
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readPngSize', () => {
  it('reads the width and height of PNGs of several sizes', () => {
    for (const [width, height] of [
      [1200, 630],
      [1, 1],
      [630, 1200],
      [70_000, 3],
    ] as const) {
      expect(readPngSize(encodePng(width, height))).toEqual({ width, height });
    }
  });

  it('reads from a view into a larger buffer, as Node hands out pooled buffers', () => {
    const png = encodePng(321, 123);
    const pool = Buffer.concat([Buffer.alloc(17, 0xff), png]);
    expect(readPngSize(pool.subarray(17))).toEqual({ width: 321, height: 123 });
  });

  it('refuses what is not a PNG header', () => {
    const png = encodePng(1200, 630);
    expect(readPngSize(new Uint8Array(0))).toBeNull();
    expect(readPngSize(png.subarray(0, 20))).toBeNull();
    const jpeg = Buffer.from(png);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0], 0);
    expect(readPngSize(jpeg)).toBeNull();
    const noHeader = Buffer.from(png);
    noHeader.write('IDAT', 12, 'ascii');
    expect(readPngSize(noHeader)).toBeNull();
  });
});
