/**
 * The shareable view state: which view, which filters, what is selected, how each chart is shown.
 * It is what the URL carries; server data never goes here.
 */
export const VIEW_IDS = ['overview', 'trade', 'investment', 'corridors', 'network', 'sources'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Views that draw a chart and so can be switched to their table. */
export const CHART_VIEW_IDS = ['trade', 'investment', 'corridors', 'network'] as const satisfies readonly ViewId[];
export type ChartViewId = (typeof CHART_VIEW_IDS)[number];

export const SELECTION_KINDS = ['person', 'organisation', 'place', 'corridor', 'hub', 'fact', 'event'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
  view: ViewId;
  /** Topic ids, sorted; empty means every topic. */
  topics: string[];
  /** Inclusive year bounds; null means open. */
  yearFrom: number | null;
  yearTo: number | null;
  selection: Selection | null;
  /** Chart views currently shown as tables, sorted. */
  tables: ChartViewId[];
  /** How many steps around the selected node the network keeps in focus. */
  networkDepth: 1 | 2;
  /** A pinned dataset version (manifest datasetVersion); null follows the latest data. */
  dataVersion: string | null;
  /** Colour theme; auto follows the reader's system setting. */
  theme: Theme;
  /** Interface language; null follows the browser. */
  lang: 'en' | 'ru' | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  topics: [],
  yearFrom: null,
  yearTo: null,
  selection: null,
  tables: [],
  networkDepth: 1,
  dataVersion: null,
  theme: 'auto',
  lang: null,
};

/** A URL parameter the app could not use, and why: shown to the reader, never fatal. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}
