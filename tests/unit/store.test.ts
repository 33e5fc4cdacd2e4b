import { afterEach, describe, expect, it } from 'vitest';
import { dashboardStore, pickViewState } from '../../src/state/store';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

afterEach(() => dashboardStore.reset());
const actions = () => dashboardStore.getState().actions;

describe('dashboard store', () => {
  it('starts at the defaults', () => {
    expect(pickViewState(dashboardStore.getState())).toEqual(DEFAULT_VIEW_STATE);
  });

  it('toggles topics, keeping them sorted', () => {
    actions().topicToggled('trade');
    actions().topicToggled('energy');
    expect(dashboardStore.getState().topics).toEqual(['energy', 'trade']);
    actions().topicToggled('trade');
    expect(dashboardStore.getState().topics).toEqual(['energy']);
  });

  it('never lets the year range run backwards', () => {
    actions().yearRangeChanged(2024, 2022);
    expect([dashboardStore.getState().yearFrom, dashboardStore.getState().yearTo]).toEqual([2024, 2024]);
  });

  it('switches a chart to its table and back', () => {
    actions().displayToggled('trade');
    expect(dashboardStore.getState().tables).toEqual(['trade']);
    actions().displayToggled('trade');
    expect(dashboardStore.getState().tables).toEqual([]);
  });

  it('clears filters but keeps the view and selection', () => {
    actions().viewChanged('network');
    actions().selectionChanged({ kind: 'person', id: 'anton-arutyunov' });
    actions().topicToggled('energy');
    actions().filtersCleared();
    expect(pickViewState(dashboardStore.getState())).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'network',
      selection: { kind: 'person', id: 'anton-arutyunov' },
    });
  });
});
