/**
 * The one dashboard store (zustand), built from slices: filters, selection, ui. The raw hook is
 * not exported: components use the atomic hooks below and one stable actions object. Actions are
 * named after what happened.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { serialiseUrlState } from './url-state';
import {
  DEFAULT_VIEW_STATE,
  type ChartViewId,
  type IgnoredParam,
  type Selection,
  type Theme,
  type ViewId,
  type ViewState,
} from './view-state';

interface DashboardActions {
  viewChanged(view: ViewId): void;
  topicToggled(topic: string): void;
  yearRangeChanged(from: number | null, to: number | null): void;
  filtersCleared(): void;
  selectionChanged(selection: Selection | null): void;
  displayToggled(view: ChartViewId): void;
  networkDepthChanged(depth: 1 | 2): void;
  themeChanged(theme: Theme): void;
  languageChanged(lang: 'en' | 'ru'): void;
  /** The URL was read (on load, or on back/forward). */
  urlRead(state: ViewState, ignored: IgnoredParam[]): void;
  /** Ids from the URL that the data does not know: dropped and reported. */
  unknownIdsIgnored(patch: Partial<ViewState>, ignored: IgnoredParam[]): void;
  ignoredParamsDismissed(): void;
}

export interface DashboardState extends ViewState {
  ignoredParams: IgnoredParam[];
  actions: DashboardActions;
}

type SetState = (partial: Partial<DashboardState> | ((state: DashboardState) => Partial<DashboardState>)) => void;

const filtersSlice = (set: SetState): Pick<DashboardActions, 'topicToggled' | 'yearRangeChanged' | 'filtersCleared'> => ({
  topicToggled: (topic) =>
    set((state) => ({ topics: state.topics.includes(topic) ? state.topics.filter((t) => t !== topic) : [...state.topics, topic].sort() })),
  yearRangeChanged: (from, to) => set({ yearFrom: from, yearTo: from !== null && to !== null && to < from ? from : to }),
  filtersCleared: () => set({ topics: [], yearFrom: null, yearTo: null }),
});

const selectionSlice = (set: SetState): Pick<DashboardActions, 'selectionChanged'> => ({
  selectionChanged: (selection) => set({ selection }),
});

const uiSlice = (set: SetState): Omit<DashboardActions, 'topicToggled' | 'yearRangeChanged' | 'filtersCleared' | 'selectionChanged'> => ({
  viewChanged: (view) => set({ view }),
  displayToggled: (view) =>
    set((state) => ({
      tables: state.tables.includes(view) ? state.tables.filter((v) => v !== view) : ([...state.tables, view].sort() as ChartViewId[]),
    })),
  networkDepthChanged: (networkDepth) => set({ networkDepth }),
  themeChanged: (theme) => set({ theme }),
  languageChanged: (lang) => set({ lang }),
  urlRead: (viewState, ignored) => set({ ...viewState, ignoredParams: ignored }),
  unknownIdsIgnored: (patch, ignored) => set((state) => ({ ...patch, ignoredParams: [...state.ignoredParams, ...ignored] })),
  ignoredParamsDismissed: () => set({ ignoredParams: [] }),
});

function createDashboardStore() {
  return create<DashboardState>()((set) => ({
    ...DEFAULT_VIEW_STATE,
    ignoredParams: [],
    actions: { ...filtersSlice(set), ...selectionSlice(set), ...uiSlice(set) },
  }));
}

const useDashboardStore = createDashboardStore();

/** For url-sync and tests: read, subscribe and reset without React. @internal */
export const dashboardStore = {
  getState: useDashboardStore.getState,
  subscribe: useDashboardStore.subscribe,
  reset: () => useDashboardStore.setState({ ...DEFAULT_VIEW_STATE, ignoredParams: [] }),
};

export const useView = () => useDashboardStore((state) => state.view);
export const useTopics = () => useDashboardStore((state) => state.topics);
export const useYearRange = () => useDashboardStore(useShallow((state) => ({ from: state.yearFrom, to: state.yearTo })));
export const useFilters = () =>
  useDashboardStore(useShallow((state) => ({ topics: state.topics, yearFrom: state.yearFrom, yearTo: state.yearTo })));
export const useSelection = () => useDashboardStore((state) => state.selection);
export const useIsTable = (view: ChartViewId) => useDashboardStore((state) => state.tables.includes(view));
export const useNetworkDepth = () => useDashboardStore((state) => state.networkDepth);
export const useDataVersion = () => useDashboardStore((state) => state.dataVersion);
export const useTheme = () => useDashboardStore((state) => state.theme);
export const useLangSetting = () => useDashboardStore((state) => state.lang);
/** The whole URL-carried state as a search string (links out of embeds, sharing). */
export const useShareSearch = () => useDashboardStore((state) => serialiseUrlState(pickViewState(state)));
export const useIgnoredParams = () => useDashboardStore((state) => state.ignoredParams);
export const useDashboardActions = () => useDashboardStore((state) => state.actions);
/** The link (search string) to a view, keeping the rest of the current state. */
export const useViewHref = (view: ViewId, selection?: Selection) =>
  useDashboardStore((state) => serialiseUrlState({ ...pickViewState(state), view, ...(selection ? { selection } : {}) }) || '?');

/** The URL-carried part of the state. */
export function pickViewState(state: DashboardState): ViewState {
  const { view, topics, yearFrom, yearTo, selection, tables, networkDepth, dataVersion, theme, lang } = state;
  return { view, topics, yearFrom, yearTo, selection, tables, networkDepth, dataVersion, theme, lang };
}
