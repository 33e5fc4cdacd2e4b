/**
 * Results of the costliest pure layout steps (the corridor map's model, the network's fit to its
 * box), carried from the prerenderer to the hydrating browser in the page's data, so that a phone
 * does not redo at hydration what the build already did. The prerenderer records every step's
 * result under its name and a key of its inputs; the browser replays those while it hydrates the
 * same page (same data, same reference widths, same language) and computes as usual once live.
 * Results must be plain JSON.
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
  if (recording) recording[id] = value;
  return value;
}
