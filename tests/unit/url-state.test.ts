import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState, URL_FORMAT_VERSION } from '../../src/state/url-state';
import { CHART_VIEW_IDS, DEFAULT_VIEW_STATE, SELECTION_KINDS, THEMES, VIEW_IDS, type ViewState } from '../../src/state/view-state';

describe('serialiseUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseUrlState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only what differs from the defaults, with the format version', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'trade', topics: ['energy', 'trade'], yearFrom: 2022 };
    expect(serialiseUrlState(state)).toBe(`?view=trade&topics=energy,trade&from=2022&v=${URL_FORMAT_VERSION}`);
  });
});

describe('parseUrlState', () => {
  it('restores a deep link exactly', () => {
    const { state, ignored } = parseUrlState(
      '?view=network&topics=energy&from=2023&to=2025&sel=person:anton-arutyunov&table=network,trade&depth=2&v=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      view: 'network',
      topics: ['energy'],
      yearFrom: 2023,
      yearTo: 2025,
      selection: { kind: 'person', id: 'anton-arutyunov' },
      tables: ['network', 'trade'],
      networkDepth: 2,
      dataVersion: null,
      theme: 'auto',
      lang: null,
    });
  });

  it('ignores garbage and says why, keeping what is usable', () => {
    const { state, ignored } = parseUrlState(
      '?view=<script>alert(1)</script>&topics=Energy!&from=99999&to=2024&zzz=1&sel=person&depth=3&view=trade',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, yearTo: 2024 });
    expect(ignored.map((param) => `${param.key}: ${param.reason}`)).toEqual([
      'view: not a view (overview, trade, investment, corridors, network, sources)',
      'topics: not a list of topic ids',
      'from: not a year between 1900 and 2100',
      'zzz: unknown parameter',
      'sel: not a selection (kind:id)',
      'depth: not 1 or 2',
      'view: repeated; the first one is used',
    ]);
  });

  it('drops a year range that runs backwards', () => {
    const { state, ignored } = parseUrlState('?from=2025&to=2022');
    expect(state.yearFrom).toBe(2025);
    expect(state.yearTo).toBeNull();
    expect(ignored).toEqual([{ key: 'to', value: '2022', reason: 'before from=2025' }]);
  });

  it('reads a link from a newer or unknown version as the current one, and says so', () => {
    const { state, ignored } = parseUrlState('?view=trade&v=999');
    expect(state.view).toBe('trade');
    expect(ignored[0]).toMatchObject({ key: 'v', reason: expect.stringContaining('unknown link version') });
  });
});

const viewStateArbitrary: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEW_IDS),
  topics: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,5})?$/), { maxLength: 5 }).map((topics) => [...topics].sort()),
  yearFrom: fc.option(fc.integer({ min: 1900, max: 2000 }), { nil: null }),
  yearTo: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
  selection: fc.option(
    fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6}){0,3}$/) }),
    { nil: null },
  ),
  tables: fc.subarray([...CHART_VIEW_IDS]).map((tables) => [...tables].sort()),
  networkDepth: fc.constantFrom(1 as const, 2 as const),
  dataVersion: fc.option(fc.stringMatching(/^[0-9a-f]{12}$/), { nil: null }),
  theme: fc.constantFrom(...THEMES),
  lang: fc.constantFrom(null, 'en' as const, 'ru' as const),
});

describe('URL state, property-based', () => {
  it('round-trips every valid state: parse(serialise(state)) is the state, with nothing ignored', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        const parsed = parseUrlState(serialiseUrlState(state));
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });

  const garbageValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '9'.repeat(400),
      '1e308',
      '-0',
      'NaN',
      '%',
      '%E0%A4%A',
      ',,,',
      ':',
      'person:',
      'x'.repeat(1000),
    ),
    fc.integer().map(String),
    fc.double().map(String),
  );
  const garbageKey = fc.oneof(
    fc.constantFrom('view', 'topics', 'from', 'to', 'sel', 'table', 'depth', 'v', '__proto__', 'constructor'),
    fc.string({ maxLength: 12 }),
  );

  it('never throws on garbage (random strings, huge numbers, script tags, repeated keys) and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(garbageKey, garbageValue), { maxLength: 12 }), (pairs) => {
        const search = `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}`;
        const { state } = parseUrlState(search);
        expect(VIEW_IDS).toContain(state.view);
        expect([1, 2]).toContain(state.networkDepth);
        // A state read from garbage is itself a clean link: serialising and reading it again changes nothing.
        const again = parseUrlState(serialiseUrlState(state));
        expect(again.state).toEqual(state);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 1000, seed: 42 },
    );
  });

  it('never throws on raw, unencoded search strings either', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        expect(() => parseUrlState(raw)).not.toThrow();
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
