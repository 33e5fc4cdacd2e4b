/**
 * Results of the costliest pure layout steps (the corridor map's model, the network's fit to its
 * box), carried from the prerenderer to the hydrating browser in the page's data, so that a phone
 * does not redo at hydration what the build already did. The prerenderer records every step's
 * result under its name and a key of its inputs; the browser replays those while it hydrates the
 * same page (same data, same reference widths, same language) and computes as usual once live.
 * Results must be plain JSON: the prerenderer checks it, since JSON would silently turn an
 * Infinity into null or a Set into {} and the page would hydrate from another value.
 */
let recording: Record<string, unknown> | null = null;
let replaying: Record<string, unknown> | null = null;

export function startRecording(): void {
  recording = {};
}

export function stopRecording(): Record<string, unknown> {
  const recorded = recording ?? {};
  recording = null;
  return recorded;
}

export function replay(recorded: Record<string, unknown> | null): void {
  replaying = recorded;
}

export function memoAcrossPrerender<T>(step: string, key: string, compute: () => T): T {
  const id = `${step}|${key}`;
  if (replaying && Object.hasOwn(replaying, id)) return replaying[id] as T;
  const value = compute();
  if (recording) {
    assertPlainJson(value, id);
    recording[id] = value;
  }
  return value;
}

/** Throws, naming where, at a value JSON would not give back as it is. */
function assertPlainJson(value: unknown, where: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainJson(item, `${where}[${index}]`));
    return;
  } else if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    // An undefined property is left out by JSON and reads back as undefined.
    for (const [key, item] of Object.entries(value)) if (item !== undefined) assertPlainJson(item, `${where}.${key}`);
    return;
  }
  throw new Error(`prerender-memo: ${where} is not plain JSON (${String(value)})`);
}
