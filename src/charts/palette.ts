/**
 * Colours and line styles shared by every chart. Hues from the Okabe–Ito set (told apart by
 * readers with the common colour-vision deficiencies), darkened where needed to keep 3:1 contrast
 * against the light background for lines and marks (WCAG 1.4.11). Status is never colour alone:
 * it is the line's dash pattern.
 */
import type { CorridorKind, CorridorStatus } from '../data/schemas/common';

export const KIND_COLOURS: Record<CorridorKind, string> = {
  rail: '#0072B2',
  road: '#A65E00',
  pipeline: '#C4410B',
  sea: '#2F7FB0',
  multimodal: '#007A5A',
  space: '#A0508A',
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
