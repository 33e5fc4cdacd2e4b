/**
 * Turning a chart on screen into files for reports: a standalone SVG (styles and the font stack
 * inlined; title, legend and source line inside the drawing), a PNG at twice the size, and CSV
 * of exactly the rows shown. Hand-written where no library fits: the SVG serialiser has to copy
 * the computed, theme-resolved styles that only this page knows.
 */
import { csvFormat } from 'd3';
import type { LegendItem } from './chart-model';
import { resolveCssColour } from './css-colour';

export type { LegendItem };

export interface ExportText {
  title: string;
  subtitle: string;
  notes: string[];
  /** The whole source line, label included, in the reader's language ("Источник: …"). */
  sourceLine: string;
  legend: LegendItem[];
}

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone file cannot see this page's CSS variables: resolve "var(--x)" to its value. */
function resolveColour(colour: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(colour)?.[1];
  return variable ? resolveCssColour(variable) : colour;
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Copies the computed styles of `source` and its descendants onto the same nodes of `target`. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = INLINED.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
  target.setAttribute('style', `${style};font-family:${FONT_STACK}`);
  for (const attribute of ['tabindex', 'role', 'aria-pressed', 'class', 'data-no-zoom']) target.removeAttribute(attribute);
  // Attributes like fill="var(--ink)" mean nothing outside this page; the inlined style holds their value.
  for (const attribute of Array.from(target.attributes)) if (attribute.value.includes('var(--')) target.removeAttribute(attribute.name);
  const sourceChildren = Array.from(source.children);
  Array.from(target.children).forEach((child, index) => sourceChildren[index] && inlineStyles(sourceChildren[index], child));
}

const sizeOf = (svg: SVGSVGElement) => ({
  width: Math.round(svg.getBoundingClientRect().width || Number(svg.getAttribute('width')) || 800),
  height: Math.round(svg.getBoundingClientRect().height || Number(svg.getAttribute('height')) || 500),
});

/** One standalone SVG document from one or more chart SVGs (placed side by side). */
export function buildStandaloneSvg(
  charts: SVGSVGElement[],
  text: ExportText,
  colours: { ink: string; muted: string; paper: string },
): { svg: string; width: number; height: number } {
  const gap = 24;
  const sizes = charts.map(sizeOf);
  const width = Math.max(480, sizes.reduce((sum, size) => sum + size.width, 0) + gap * (charts.length - 1));
  const chartHeight = Math.max(...sizes.map((size) => size.height));
  let offset = 0;
  const clones = charts.map((chart, index) => {
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(offset));
    clone.setAttribute('width', String(sizes[index]!.width));
    clone.setAttribute('height', String(sizes[index]!.height));
    clone.removeAttribute('style');
    offset += sizes[index]!.width + gap;
    return clone;
  });
  const subtitleLines = wrap(text.subtitle, Math.max(40, Math.floor(width / 7.5)));
  const top = 36 + subtitleLines.length * 18 + 12;
  const legendTop = top + chartHeight + 16;
  const perRow = Math.max(1, Math.floor(width / 190));
  const legendRows = Math.ceil(text.legend.length / perRow);
  const noteLines = text.notes.flatMap((note) => wrap(note, Math.max(50, Math.floor(width / 6.5))));
  const sourceLines = [...noteLines, ...wrap(text.sourceLine, Math.max(50, Math.floor(width / 6.5)))];
  const sourceTop = legendTop + legendRows * 22 + 14;
  const height = sourceTop + sourceLines.length * 16 + 8;

  const legend = text.legend
    .map((raw, index) => {
      const item = { ...raw, colour: resolveColour(raw.colour) };
      const x = 16 + (index % perRow) * 190;
      const y = legendTop + Math.floor(index / perRow) * 22;
      const swatch =
        item.shape === 'line'
          ? `<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}" stroke="${item.colour}" stroke-width="${item.strokeWidth ?? 3}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
          : item.shape === 'square'
            ? `<rect x="${x + 3}" y="${y - 5}" width="10" height="10" fill="${colours.paper}" stroke="${item.colour}" stroke-width="2"/>`
            : `<circle cx="${x + 8}" cy="${y}" r="5" fill="${item.shape === 'dot' ? item.colour : colours.paper}" stroke="${item.colour}" stroke-width="2"/>`;
      return `${swatch}<text x="${x + 32}" y="${y + 4}" font-size="12" fill="${colours.ink}">${escapeXml(item.label)}</text>`;
    })
    .join('');

  clones.forEach((clone) => clone.setAttribute('y', String(top)));
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${colours.paper}"/>`,
    `<text x="16" y="26" font-size="18" font-weight="700" fill="${colours.ink}">${escapeXml(text.title)}</text>`,
    ...subtitleLines.map(
      (line, index) => `<text x="16" y="${50 + index * 18}" font-size="13" fill="${colours.muted}">${escapeXml(line)}</text>`,
    ),
    ...clones.map((clone) => new XMLSerializer().serializeToString(clone)),
    legend,
    ...sourceLines.map(
      (line, index) => `<text x="16" y="${sourceTop + index * 16}" font-size="11" fill="${colours.muted}">${escapeXml(line)}</text>`,
    ),
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

/** Rasterises an SVG string at `scale` (2 = twice the size, for print and retina screens). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** CSV with a byte-order mark, so spreadsheet programs read the Cyrillic right. */
export function buildCsv(rows: Record<string, string | number | null>[]): string {
  return `\uFEFF${csvFormat(rows)}\n`;
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
