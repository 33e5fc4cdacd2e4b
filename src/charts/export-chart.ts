/**
 * Turning a chart on screen into files for reports: a standalone SVG (styles and the font stack
 * inlined; the frame's anatomy — title, subtitle, the chart, legend, notes, source line — drawn
 * around it with the screen's type scale), a PNG at twice the size, and CSV
 * of exactly the rows shown. Hand-written where no library fits: the SVG serialiser has to copy
 * the computed, theme-resolved styles that only this page knows.
 */
import { csvFormat } from 'd3';
import type { LegendItem } from './chart-model';
import { resolveCssColour } from './css-colour';
import { estimateTextWidth } from './text-width';

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

/**
 * The export's layout, in px: the same type scale and spacing as the screen (docs/design.md).
 * A wide export (640 px and more) takes the wide screen's title and subtitle sizes, a narrow one
 * the phone's; nothing is under 12 px.
 */
export const EXPORT_TYPE = {
  margin: 16,
  wide: { title: 24, subtitle: 16 },
  narrow: { title: 20, subtitle: 14 },
  legend: 14,
  note: 14,
  source: 12,
  /** Line height as a multiple of the font size: titles, then running text. */
  titleLeading: 1.25,
  leading: 1.5,
} as const;

/** A text's width in px at a font size, bold or not. */
export type TextMeasure = (text: string, fontSize: number, isBold: boolean) => number;

/**
 * Widths as the browser making the file sets them in the export's font stack, never under the
 * estimate. The estimate alone runs up to 30% under wide faces (DejaVu Sans, the usual Linux
 * system-ui), and a line wrapped by it ran past the file's right edge and was cut off. Without a
 * canvas (jsdom), the estimate.
 */
export function createTextMeasure(): TextMeasure {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, fontSize, isBold) => {
    context.font = `${isBold ? 700 : 400} ${fontSize}px ${FONT_STACK}`;
    return Math.max(context.measureText(text).width, estimateTextWidth(text, fontSize, isBold));
  };
}

/** Splits text into lines no wider than `maxWidth` px at `fontSize`, at spaces. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  isBold = false,
  measure: TextMeasure = estimateTextWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, isBold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** One block of text (one <text>, a <tspan> per line) and the height it takes. */
function textBlock(
  lines: string[],
  options: { x: number; top: number; size: number; leading: number; fill: string; weight?: number; className: string },
): { markup: string; height: number } {
  if (lines.length === 0) return { markup: '', height: 0 };
  const lineHeight = options.size * options.leading;
  // The first baseline sits where CSS puts it: half the leading, then the ascent (about 0.8 em).
  const baseline = options.top + (lineHeight - options.size) / 2 + options.size * 0.8;
  const spans = lines
    .map((line, index) => `<tspan x="${options.x}" y="${(baseline + index * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = options.weight ? ` font-weight="${options.weight}"` : '';
  return {
    markup: `<text class="${options.className}" font-size="${options.size}"${weight} fill="${options.fill}">${spans}</text>`,
    height: lines.length * lineHeight,
  };
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

export interface ExportColours {
  ink: string;
  muted: string;
  paper: string;
  /** The rule above the source line; a mix of ink and paper when not given. */
  line?: string;
}

/** The legend's items, flowed into rows like the on-screen legend; returns markup and height. */
function legendBlock(items: LegendItem[], colours: ExportColours, x0: number, top: number, maxWidth: number, measure: TextMeasure) {
  const size = EXPORT_TYPE.legend;
  const rowHeight = size * EXPORT_TYPE.leading + 4;
  let x = x0;
  let row = 0;
  const parts = items.map((raw) => {
    const item = { ...raw, colour: resolveColour(raw.colour) };
    const swatchWidth = item.shape === 'line' ? 28 : 16;
    const itemWidth = swatchWidth + 6 + measure(item.label, size, false);
    if (x > x0 && x + itemWidth > x0 + maxWidth) {
      x = x0;
      row += 1;
    }
    const y = top + row * rowHeight + rowHeight / 2;
    const swatch =
      item.shape === 'line'
        ? `<line x1="${x + 1}" y1="${y}" x2="${x + swatchWidth - 1}" y2="${y}" stroke="${item.colour}" stroke-width="${item.strokeWidth ?? 3}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
        : item.shape === 'square'
          ? `<rect x="${x + 3}" y="${y - 5}" width="10" height="10" fill="${colours.paper}" stroke="${item.colour}" stroke-width="2"/>`
          : `<circle cx="${x + 8}" cy="${y}" r="5" fill="${item.shape === 'dot' ? item.colour : colours.paper}" stroke="${item.colour}" stroke-width="2"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
    const label = `<text x="${x + swatchWidth + 6}" y="${(y + size * 0.35).toFixed(1)}" font-size="${size}" fill="${colours.ink}">${escapeXml(item.label)}</text>`;
    x += itemWidth + 20;
    return swatch + label;
  });
  return { markup: parts.length ? `<g class="legend">${parts.join('')}</g>` : '', height: parts.length ? (row + 1) * rowHeight : 0 };
}

/**
 * One standalone SVG document from one or more chart SVGs (placed side by side), in the screen's
 * anatomy: title, subtitle, the chart(s), legend, notes, and the source line under a rule.
 */
export function buildStandaloneSvg(
  charts: SVGSVGElement[],
  text: ExportText,
  colours: ExportColours,
): { svg: string; width: number; height: number } {
  const { margin } = EXPORT_TYPE;
  const gap = 24;
  const sizes = charts.map(sizeOf);
  const chartsWidth = sizes.reduce((sum, size) => sum + size.width, 0) + gap * Math.max(0, charts.length - 1);
  const width = Math.max(480, chartsWidth + 2 * margin);
  const inner = width - 2 * margin;
  const heading = width >= 640 ? EXPORT_TYPE.wide : EXPORT_TYPE.narrow;
  const chartHeight = Math.max(0, ...sizes.map((size) => size.height));
  const rule = colours.line ?? colours.muted;
  const measure = createTextMeasure();

  let y = margin;
  const title = textBlock(wrapText(text.title, inner, heading.title, true, measure), {
    x: margin,
    top: y,
    size: heading.title,
    leading: EXPORT_TYPE.titleLeading,
    fill: colours.ink,
    weight: 700,
    className: 'title',
  });
  y += title.height + 8;
  const subtitle = textBlock(wrapText(text.subtitle, Math.min(inner, 704), heading.subtitle, false, measure), {
    x: margin,
    top: y,
    size: heading.subtitle,
    leading: EXPORT_TYPE.leading,
    fill: colours.muted,
    className: 'subtitle',
  });
  y += subtitle.height + 16;

  let offset = margin + Math.max(0, (inner - chartsWidth) / 2);
  const chartTop = y;
  const clones = charts.map((chart, index) => {
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(Math.round(offset)));
    clone.setAttribute('y', String(Math.round(chartTop)));
    clone.setAttribute('width', String(sizes[index]!.width));
    clone.setAttribute('height', String(sizes[index]!.height));
    clone.removeAttribute('style');
    offset += sizes[index]!.width + gap;
    return clone;
  });
  y += chartHeight + 12;

  const legend = legendBlock(text.legend, colours, margin, y, inner, measure);
  y += legend.height + (legend.height ? 12 : 0);
  const notes = textBlock(
    text.notes.flatMap((note) => wrapText(note, Math.min(inner, 704), EXPORT_TYPE.note, false, measure)),
    { x: margin, top: y, size: EXPORT_TYPE.note, leading: EXPORT_TYPE.leading, fill: colours.muted, className: 'notes' },
  );
  y += notes.height + (notes.height ? 12 : 0);
  const ruleY = y;
  y += 8;
  const source = textBlock(wrapText(text.sourceLine, inner, EXPORT_TYPE.source, false, measure), {
    x: margin,
    top: y,
    size: EXPORT_TYPE.source,
    leading: EXPORT_TYPE.leading,
    fill: colours.muted,
    className: 'source',
  });
  y += source.height + margin;
  const height = Math.ceil(y);

  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(text.subtitle)}</desc>`,
    `<rect width="100%" height="100%" fill="${colours.paper}"/>`,
    title.markup,
    subtitle.markup,
    ...clones.map((clone) => new XMLSerializer().serializeToString(clone)),
    legend.markup,
    notes.markup,
    `<line x1="${margin}" y1="${ruleY}" x2="${width - margin}" y2="${ruleY}" stroke="${rule}" stroke-width="1"/>`,
    source.markup,
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
