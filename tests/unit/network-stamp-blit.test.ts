/**
 * The canvas renderer copies each node's stamp into the picture's pixels by hand (blit). Wholly
 * inside the picture at full opacity it copies the stamp's opaque runs and blends only its edge
 * pixels (in integers); anywhere else it goes pixel by pixel. Both must give what "source-over"
 * with straight (not premultiplied) colours gives, pixel by pixel, for any stamp over any opaque
 * picture (the kept picture is filled with the chart's background first): checked here against
 * that plain definition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blit, stampFromPixels } from '../../src/features/network/components/network-canvas.view';

/** Source-over of one straight-colour pixel, the definition blit follows. */
function referenceBlit(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  stamp: Uint8ClampedArray,
  side: number,
  left: number,
  top: number,
  opacity: number,
) {
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      const x = left + column;
      const y = top + row;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const from = (row * side + column) * 4;
      const at = (y * width + x) * 4;
      const alpha = stamp[from + 3]! * opacity;
      if (alpha === 0) continue;
      if (alpha >= 255) {
        data.set(stamp.subarray(from, from + 4), at);
        continue;
      }
      const a = alpha / 255;
      const below = (data[at + 3]! / 255) * (1 - a);
      const out = a + below;
      for (let channel = 0; channel < 3; channel++) data[at + channel] = (stamp[from + channel]! * a + data[at + channel]! * below) / out;
      data[at + 3] = out * 255;
    }
  }
}

/** A round stamp like the app's: opaque inside, part-covered at its rim, empty corners. */
function discStamp(side: number, rgb: [number, number, number]): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(side * side * 4);
  const centre = side / 2;
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      const distance = Math.hypot(row + 0.5 - centre, column + 0.5 - centre);
      const coverage = Math.max(0, Math.min(1, centre - 1 - distance));
      const at = (row * side + column) * 4;
      pixels.set([...rgb, Math.round(coverage * 255)], at);
    }
  }
  return pixels;
}

const WIDTH = 24;
const HEIGHT = 20;

describe('blit (network canvas node stamps)', () => {
  it('finds the opaque runs and edge pixels of a stamp', () => {
    const stamp = stampFromPixels(discStamp(10, [200, 10, 10]), 10);
    let solid = 0;
    for (let i = 2; i < stamp.solidRuns.length; i += 3) solid += stamp.solidRuns[i]!;
    const alphas = Array.from({ length: 100 }, (_, i) => stamp.pixels[i * 4 + 3]!);
    expect(solid).toBe(alphas.filter((alpha) => alpha === 255).length);
    expect(stamp.edgePixels.length / 2).toBe(alphas.filter((alpha) => alpha > 0 && alpha < 255).length);
    expect(solid).toBeGreaterThan(0);
    expect(stamp.edgePixels.length).toBeGreaterThan(0);
  });

  it('draws what source-over draws, inside, across the edges and at every opacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
        fc.integer({ min: -14, max: WIDTH + 2 }),
        fc.integer({ min: -14, max: HEIGHT + 2 }),
        fc.constantFrom(1, 0.25, 0.15),
        fc.uint8Array({ minLength: WIDTH * HEIGHT * 4, maxLength: WIDTH * HEIGHT * 4 }),
        (half, rgb, left, top, opacity, bytes) => {
          const below = bytes.map((byte, at) => (at % 4 === 3 ? 255 : byte));
          const side = 2 * half;
          const pixels = discStamp(side, rgb);
          const expected = new Uint8ClampedArray(below);
          referenceBlit(expected, WIDTH, HEIGHT, pixels, side, left, top, opacity);
          const data = new Uint8ClampedArray(below);
          blit({ data, width: WIDTH, height: HEIGHT }, new Uint32Array(data.buffer), stampFromPixels(pixels, side), left, top, opacity);
          expect(Array.from(data)).toEqual(Array.from(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
