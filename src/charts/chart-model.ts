/**
 * The parts every chart model shares, whatever it draws: the anatomy around the drawing (title,
 * subtitle, notes, legend, source line), its table equivalent and its CSV. A `build<Chart>()`
 * returns these next to its own series and scales, in the reader's language, so the dashboard
 * view, the embed, the SVG/PNG/CSV export and print all show the same words from one place.
 * Pure data (no React, no DOM), so the same model can also be rendered ahead of time.
 */
import type { Selection } from '../state/view-state';

/** One entry of a legend: a swatch (line, dot, hollow dot, square) and its label. */
export interface LegendItem {
  label: string;
  colour: string;
  shape: 'line' | 'dot' | 'hollow-dot' | 'square';
  /** SVG stroke-dasharray of a line swatch. */
  dash?: string;
  /** Stroke width of a line swatch in px (3 when unset), for legends of line width. */
  strokeWidth?: number;
}

/** A table cell: the text shown and the value it sorts by. */
export interface TableCell {
  text: string;
  sort?: number | string;
  /** Set for verbatim Russian quotes shown in an English page (screen readers switch voice). */
  lang?: 'ru' | 'en';
  /** Quoted text is shown in «guillemets»; code (a formula) in monospace. */
  style?: 'quote' | 'code';
}

export interface TableColumn {
  key: string;
  label: string;
  isNumeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: Record<string, TableCell>;
  /** What selecting the row opens (its fact, person, corridor). */
  selection?: Selection;
  isHighlighted?: boolean;
}

/** The table equivalent of a chart. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
  emptyMessage: string;
}

/** Everything around the drawing, the same in the dashboard, embeds, exports and print. */
export interface ChartAnatomy {
  /** The finding or the question the chart answers. */
  title: string;
  /** The measure: what is plotted, in which unit. */
  subtitle: string;
  /** Short notes under the chart: what is derived, what is schematic. */
  notes: string[];
  legend: LegendItem[];
  /** The source line's text without the "Source:" label, in the reader's language. */
  source: string;
  /** The CSV of exactly what is shown, with source columns. */
  csv: { filename: string; rows: Record<string, string | number | null>[] };
}

/** What every chart model has: the shared anatomy and the table. */
export interface ChartModelBase {
  anatomy: ChartAnatomy;
  table: TableModel;
}
