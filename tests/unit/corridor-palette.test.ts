/**
 * The corridor kinds' colours, checked as a colour-blind reader sees them: every pair of kind
 * hues, simulated for deuteranopia and protanopia (Machado, Oliveira & Fernandes 2009, severity
 * 1, applied in linear sRGB), stays at least a clear step apart in CIEDE2000, in the light and the
 * dark theme; each hue keeps 3:1 against the map's land and sea (read from styles.css); and each
 * kind has its own line style, with the status dash on the core only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lab, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { KIND_COLOUR_VALUES, KIND_LINE_STYLES } from '../../src/charts/palette';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];
const MACHADO: Record<'deuteranopia' | 'protanopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toEncoded = (value: number) => {
  const c = Math.min(1, Math.max(0, value));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

function simulate(hex: string, matrix: Matrix | null): string {
  if (!matrix) return hex;
  const { r, g, b } = rgb(hex);
  const linear = [toLinear(r), toLinear(g), toLinear(b)];
  const [x, y, z] = matrix.map((row) => row[0] * linear[0]! + row[1] * linear[1]! + row[2] * linear[2]!);
  return rgb(toEncoded(x!), toEncoded(y!), toEncoded(z!)).formatHex();
}

interface Lab {
  l: number;
  a: number;
  b: number;
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005) of two sRGB colours. */
const deltaE2000 = (first: string, second: string) => deltaE2000Lab(lab(first), lab(second));

function deltaE2000Lab(a: Lab, b: Lab): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(a.a, a.b);
  const c2 = Math.hypot(b.a, b.b);
  const cMean = (c1 + c2) / 2;
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)));
  const a1 = (1 + g) * a.a;
  const a2 = (1 + g) * b.a;
  const c1p = Math.hypot(a1, a.b);
  const c2p = Math.hypot(a2, b.b);
  const hue = (x: number, y: number) => (x === 0 && y === 0 ? 0 : (Math.atan2(y, x) / rad + 360) % 360);
  const h1 = hue(a1, a.b);
  const h2 = hue(a2, b.b);
  let dh = 0;
  if (c1p * c2p !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dL = b.l - a.l;
  const dC = c2p - c1p;
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh * rad) / 2);
  const lMean = (a.l + b.l) / 2;
  const cpMean = (c1p + c2p) / 2;
  let hMean = h1 + h2;
  if (c1p * c2p !== 0) hMean = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * rad) +
    0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) -
    0.2 * Math.cos((4 * hMean - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt = -Math.sin(2 * dTheta * rad) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

const luminance = (hex: string) => {
  const { r, g, b } = rgb(hex);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
};
const contrast = (x: string, y: string) => {
  const [high, low] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (high! + 0.05) / (low! + 0.05);
};

/** The map's backgrounds per theme, as styles.css defines them (light-dark() pairs). */
function mapBackgrounds(): { light: string[]; dark: string[] } {
  const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'app', 'styles.css'), 'utf8');
  const pairs = ['--map-land', '--map-land-focus', '--map-sea'].map((name) => {
    const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\)`).exec(css);
    if (!match) throw new Error(`${name} not found in styles.css`);
    return [match[1]!, match[2]!] as const;
  });
  return { light: pairs.map((pair) => pair[0]), dark: pairs.map((pair) => pair[1]) };
}

/** A clearly visible step for thin lines (about four just-noticeable differences). */
const MIN_DISTANCE = 10;

describe('the colour-difference maths', () => {
  it('matches the published CIEDE2000 test pairs', () => {
    // Sharma, Wu & Dalal (2005), table 1: pairs 1, 2, 7 and 17.
    const pairs: [Lab, Lab, number][] = [
      [{ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 }, 2.0425],
      [{ l: 50, a: 3.1571, b: -77.2803 }, { l: 50, a: 0, b: -82.7485 }, 2.8615],
      [{ l: 50, a: 0, b: 0 }, { l: 50, a: -1, b: 2 }, 2.3669],
      [{ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 }, 27.1492],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000Lab(a, b)).toBeCloseTo(expected, 3);
    expect(deltaE2000('#1c7fcc', '#1c7fcc')).toBe(0);
  });

  it('simulates the confusions the matrices are known for', () => {
    // Red and green, far apart for most readers, fall close together for a deuteranope.
    const normal = deltaE2000('#d62728', '#2ca02c');
    const deutan = deltaE2000(simulate('#d62728', MACHADO.deuteranopia), simulate('#2ca02c', MACHADO.deuteranopia));
    expect(deutan).toBeLessThan(normal / 2);
    // The old rail and sea blues were already too close for everyone.
    expect(deltaE2000('#0072B2', '#2F7FB0')).toBeLessThan(MIN_DISTANCE);
  });
});

describe('corridor kind colours', () => {
  const backgrounds = mapBackgrounds();
  for (const theme of ['light', 'dark'] as const) {
    const colours = Object.entries(KIND_COLOUR_VALUES).map(([kind, pair]) => [kind, pair[theme]] as const);
    for (const [vision, matrix] of [
      ['normal vision', null],
      ['deuteranopia', MACHADO.deuteranopia],
      ['protanopia', MACHADO.protanopia],
    ] as const) {
      it(`stay apart in the ${theme} theme with ${vision}`, () => {
        const close: string[] = [];
        colours.forEach(([kindA, a], index) =>
          colours.slice(index + 1).forEach(([kindB, b]) => {
            const distance = deltaE2000(simulate(a, matrix), simulate(b, matrix));
            if (distance < MIN_DISTANCE) close.push(`${kindA}/${kindB}: ${distance.toFixed(1)}`);
          }),
        );
        expect(close).toEqual([]);
      });
    }
    it(`keep 3:1 against every map background in the ${theme} theme`, () => {
      for (const [kind, colour] of colours) {
        for (const background of backgrounds[theme])
          expect(contrast(colour, background), `${kind} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('corridor line styles', () => {
  it('give every kind its own cross-section', () => {
    const signatures = Object.values(KIND_LINE_STYLES).map((layers) => JSON.stringify(layers));
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('dash only the core by status, never a marker', () => {
    for (const [kind, layers] of Object.entries(KIND_LINE_STYLES)) {
      expect(
        layers.some((layer) => layer.isStatusDashed && layer.paint === 'kind'),
        `${kind} has a core`,
      ).toBe(true);
      for (const layer of layers)
        expect(layer.isStatusDashed && layer.pattern !== undefined, `${kind}: a marker takes no status dash`).toBe(false);
    }
  });
});
