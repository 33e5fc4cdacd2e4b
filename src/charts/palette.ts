/**
 * Colours and line styles shared by every chart.
 *
 * Corridor kinds: one hue each, based on the Okabe–Ito set (black, orange, vermillion, blue,
 * bluish green, reddish purple; yellow and sky blue are left out because, darkened to 3:1 against
 * the map's land, they fall onto orange and blue). Each hue has a light- and a dark-theme value,
 * both at least 3:1 against every map background (WCAG 1.4.11), and tests/unit/corridor-palette
 * checks that every pair stays apart (CIEDE2000) for readers with deuteranopia and protanopia.
 *
 * Kind and status are two separate channels, so that neither depends on colour alone:
 * - the KIND is the hue plus the line's cross-section (rail: a black line with cross ties, the
 *   railway symbol of topographic maps; pipeline: a line in a pale casing, a tube; sea: a hollow
 *   double line; multimodal: a line threaded with beads, one per transfer; road: a plain line);
 * - the STATUS is the dash pattern of the line's core only (solid: operating; long dashes: under
 *   development; short: planned; dots: proposed), the convention of planning maps.
 * Markers (ties, beads, casing) never carry a dash, so a dashed rail still shows its ties and a
 * reader can read either channel without the other.
 */
import type { CorridorKind, CorridorStatus } from '../data/schemas/common';

/** A colour for the light and the dark theme. */
export interface ThemeColour {
  light: string;
  dark: string;
}

/** The kind hues, per theme (the single source: the view, the legend and the tests read these). */
export const KIND_COLOUR_VALUES: Record<CorridorKind, ThemeColour> = {
  rail: { light: '#1b1f24', dark: '#e8eaed' },
  road: { light: '#B06C00', dark: '#F5BE3A' },
  pipeline: { light: '#A3300A', dark: '#E24F1B' },
  sea: { light: '#1C7FCC', dark: '#3D9BE0' },
  multimodal: { light: '#007A5A', dark: '#1FAE80' },
  space: { light: '#B0508F', dark: '#EBA9D6' },
};

/** The CSS colour of a theme pair: the page's color-scheme picks one. */
export const lightDark = ({ light, dark }: ThemeColour) => `light-dark(${light}, ${dark})`;

/** CSS colours (light-dark() pairs) of the corridor kinds. Use in style props, not attributes. */
export const KIND_COLOURS = Object.fromEntries(Object.entries(KIND_COLOUR_VALUES).map(([kind, pair]) => [kind, lightDark(pair)])) as Record<
  CorridorKind,
  string
>;

/** One stroke of a corridor's symbol, drawn bottom to top along the same path. */
export interface StrokeLayer {
  /** Stroke width in px. */
  width: number;
  /** 'kind': the kind's hue; 'paper': the background (the hollow of a double line). */
  paint: 'kind' | 'paper';
  opacity?: number;
  /** The marker's own pattern (ties, beads); never combined with the status dash. */
  pattern?: string;
  linecap?: 'round' | 'butt';
  /** True for the core: it takes the status's dash pattern. */
  isStatusDashed: boolean;
}

/** Each kind's cross-section (see the module comment for why). */
export const KIND_LINE_STYLES: Record<CorridorKind, StrokeLayer[]> = {
  rail: [
    { width: 8, paint: 'kind', pattern: '1.6 9', linecap: 'butt', isStatusDashed: false },
    { width: 2.2, paint: 'kind', isStatusDashed: true },
  ],
  road: [{ width: 3.5, paint: 'kind', isStatusDashed: true }],
  pipeline: [
    { width: 9, paint: 'kind', opacity: 0.28, linecap: 'round', isStatusDashed: false },
    { width: 3, paint: 'kind', isStatusDashed: true },
  ],
  sea: [
    { width: 6, paint: 'kind', isStatusDashed: true },
    { width: 2.2, paint: 'paper', isStatusDashed: true },
  ],
  multimodal: [
    { width: 2.6, paint: 'kind', isStatusDashed: true },
    { width: 6.5, paint: 'kind', pattern: '0 16', linecap: 'round', isStatusDashed: false },
  ],
  space: [{ width: 2, paint: 'kind', isStatusDashed: true }],
};

/** SVG stroke-dasharray per status: solid for what runs today, sparser the less certain. */
export const STATUS_DASHES: Record<CorridorStatus, string> = {
  operating: '',
  'under-development': '9 4',
  planned: '4 4',
  proposed: '1.5 4',
};

export const COUNTRY_COLOURS: Record<'KZ' | 'RU' | 'CN' | 'international' | 'unknown', string> = {
  KZ: '#007A5A',
  RU: '#C4410B',
  CN: '#A65E00',
  international: '#5F6B7A',
  unknown: '#8A8F98',
};

/**
 * Theme-dependent colours are CSS variables (defined for light and dark in styles.css), so a
 * chart follows the theme without re-rendering. Stated values are solid; derived ones hollow.
 */
export const STATED_COLOUR = 'var(--series-stated)';
export const DERIVED_COLOUR = 'var(--series-derived)';
export const FLOW_COLOUR = 'var(--series-flow)';
export const MUTED = 'var(--series-muted)';
export const INK = 'var(--ink)';
export const PAPER = 'var(--paper)';
export const GRID = 'var(--grid)';
