import { afterEach, describe, expect, it } from 'vitest';
import { memoAcrossPrerender, replay, startRecording, stopRecording } from '../../src/lib/prerender-memo';

afterEach(() => {
  stopRecording();
  replay(null);
});

describe('memoAcrossPrerender', () => {
  it('records a step while prerendering and replays it while hydrating, without computing again', () => {
    startRecording();
    expect(memoAcrossPrerender('step', 'a', () => ({ x: [1, 'two', null] }))).toEqual({ x: [1, 'two', null] });
    const recorded = JSON.parse(JSON.stringify(stopRecording())) as Record<string, unknown>;
    replay(recorded);
    expect(memoAcrossPrerender('step', 'a', () => ({ x: [] }))).toEqual({ x: [1, 'two', null] });
    expect(memoAcrossPrerender('step', 'b', () => 'computed')).toBe('computed');
  });

  it('refuses at build time a result that JSON would not give back as it is', () => {
    startRecording();
    expect(() => memoAcrossPrerender('rows', 'en', () => [{ sort: Number.POSITIVE_INFINITY }])).toThrow(/rows\|en\[0\]\.sort/);
    expect(() => memoAcrossPrerender('ids', 'en', () => ({ ids: new Set(['a']) }))).toThrow(/ids\|en\.ids/);
    expect(() => memoAcrossPrerender('nan', 'en', () => Number.NaN)).toThrow(/not plain JSON/);
  });
});
