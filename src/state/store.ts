/**
 * The one dashboard store (zustand), built from slices: filters, selection, ui. The raw hook is
 * not exported: components use the atomic hooks below and one stable actions object. Actions are
 * named after what happened.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import { pageHref } from './url-state';
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
  // The same state read again (right after hydration, on Back to an equal URL) keeps its lists:
  // nothing that depends on them is recomputed.
  urlRead: (viewState, ignored) =>
    set((state) => ({
      ...viewState,
      topics: sameList(state.topics, viewState.topics),
      tables: sameList(state.tables, viewState.tables),
      selection:
        state.selection &&
        viewState.selection &&
        state.selection.kind === viewState.selection.kind &&
        state.selection.id === viewState.selection.id
          ? state.selection
          : viewState.selection,
      ignoredParams: ignored.length === 0 && state.ignoredParams.length === 0 ? state.ignoredParams : ignored,
    })),
  unknownIdsIgnored: (patch, ignored) => set((state) => ({ ...patch, ignoredParams: [...state.ignoredParams, ...ignored] })),
  ignoredParamsDismissed: () => set({ ignoredParams: [] }),
});

function sameList<T>(current: T[], next: T[]): T[] {
  return current.length === next.length && current.every((item, index) => item === next[index]) ? current : next;
}

function createDashboardStore() {
  return createStore<DashboardState>()((set) => ({
    ...DEFAULT_VIEW_STATE,
    ignoredParams: [],
    actions: { ...filtersSlice(set), ...selectionSlice(set), ...uiSlice(set) },
  }));
}

const store = createDashboardStore();

/**
 * zustand's own hook reads the store's *initial* state on the server and during hydration; a
 * prerendered page is drawn in its page's state (view, language, version), so both snapshots
 * read the current state: the prerenderer sets it before each page, the browser before it
 * hydrates, and the two draw the same markup.
 */
function useDashboardStore<T>(selector: (state: DashboardState) => T): T {
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

/** For url-sync, the entries and tests: read, subscribe and reset without React. @internal */
export const dashboardStore = {
  getState: store.getState,
  subscribe: store.subscribe,
  reset: () => store.setState({ ...DEFAULT_VIEW_STATE, ignoredParams: [] }),
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
/** The URL-carried state, for links out of embeds and for sharing (one object until it changes). */
export const useViewState = () => useDashboardStore(useShallow(pickViewState));
export const useIgnoredParams = () => useDashboardStore((state) => state.ignoredParams);
export const useDashboardActions = () => useDashboardStore((state) => state.actions);
/** The link to a view's page, keeping the rest of the current state. */
export const useViewHref = (view: ViewId, selection?: Selection) =>
  useDashboardStore((state) => pageHref({ ...pickViewState(state), view, ...(selection ? { selection } : {}) }));

/** The URL-carried part of the state. */
export function pickViewState(state: DashboardState): ViewState {
  const { view, topics, yearFrom, yearTo, selection, tables, networkDepth, dataVersion, theme, lang } = state;
  return { view, topics, yearFrom, yearTo, selection, tables, networkDepth, dataVersion, theme, lang };
}
