/**
 * Places one investment panel in pixels: its name and description on top (wrapped to the width,
 * so the exported SVG carries them too), the unit once above a y axis as wide as its widest tick
 * label, bars at most 72 px wide, and each bar's short value label above its bar, kept inside the
 * drawing. Pure, so the view, the snapshots and the tests agree.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Box } from '../../charts/place-labels';
import { estimateTextWidth } from '../../charts/text-width';
import { tickLabelsWidth } from '../../charts/value-labels';
import type { InvestmentBar, InvestmentPanel } from './build-investment';

export const FONT_SIZE = 12;
export const HEADING_SIZE = 14;
const LINE = 18;
const RIGHT = 8;
const MAX_BAR = 72;
const LABEL_GAP = 6;

export interface PlacedBar extends InvestmentBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value label: centred above the bar, shifted to stay inside the drawing. */
  label: { x: number; y: number; box: Box };
  /** The period under the bar. */
  category: { x: number; y: number; text: string };
}

export interface InvestmentPanelLayout {
  width: number;
  height: number;
  heading: { lines: string[]; y: number };
  description: { lines: string[]; y: number };
  plot: { left: number; right: number; top: number; bottom: number };
  axisTitle: { x: number; y: number; text: string };
  ticks: { y: number; label: string; value: number }[];
  bars: PlacedBar[];
}

/** Splits text into lines no wider than `width` px, at spaces. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** How many lines a panel's name and description take at a width: panels side by side use the larger, so their axes line up. */
export function headerLineCount(panel: InvestmentPanel, width: number): number {
  return wrapText(panel.title, width, HEADING_SIZE * 1.07).length + wrapText(panel.description, width, FONT_SIZE).length;
}

export function layoutInvestmentPanel(panel: InvestmentPanel, width: number, plotHeight: number, headerLines = 0): InvestmentPanelLayout {
  const heading = wrapText(panel.title, width, HEADING_SIZE * 1.07);
  const description = wrapText(panel.description, width, FONT_SIZE);
  const headingY = HEADING_SIZE;
  const descriptionY = headingY + heading.length * LINE;
  const lines = Math.max(headerLines, heading.length + description.length);
  const axisTitleY = headingY + (lines - 1) * LINE + LINE + 8;
  // Room above the top gridline for a bar's label when the bar reaches it.
  const top = axisTitleY + 10 + FONT_SIZE * 1.2 + LABEL_GAP;
  const left = tickLabelsWidth(panel.axis.tickLabels, FONT_SIZE) + 8;
  const plot = { left, right: width - RIGHT, top, bottom: top + plotHeight };
  const y = scaleLinear().domain(panel.axis.domain).range([plot.bottom, plot.top]);
  const x = scaleBand<string>()
    .domain(panel.bars.map((bar) => bar.factId))
    .range([plot.left, plot.right])
    .paddingInner(0.3)
    .paddingOuter(0.3);
  const barWidth = Math.min(MAX_BAR, x.bandwidth());

  const bars = panel.bars.map((bar): PlacedBar => {
    const centre = (x(bar.factId) ?? plot.left) + x.bandwidth() / 2;
    const barTop = y(bar.value);
    const labelWidth = estimateTextWidth(bar.shortLabel, FONT_SIZE, true);
    // Centred above the bar, but never past the drawing's edges.
    const labelX = Math.min(width - labelWidth / 2, Math.max(plot.left + labelWidth / 2, centre));
    const labelY = barTop - LABEL_GAP;
    return {
      ...bar,
      x: centre - barWidth / 2,
      y: barTop,
      width: barWidth,
      height: plot.bottom - barTop,
      label: {
        x: labelX,
        y: labelY,
        box: { x: labelX - labelWidth / 2, y: labelY - FONT_SIZE, width: labelWidth, height: FONT_SIZE * 1.2 },
      },
      category: { x: centre, y: plot.bottom + 18, text: bar.periodLabel },
    };
  });

  return {
    width,
    height: plot.bottom + 28,
    heading: { lines: heading, y: headingY },
    description: { lines: description, y: descriptionY },
    plot,
    axisTitle: { x: 0, y: axisTitleY, text: panel.axis.title },
    ticks: panel.axis.ticks.map((value, index) => ({ value, y: y(value), label: panel.axis.tickLabels[index]! })),
    bars,
  };
}
