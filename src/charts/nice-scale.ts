/**
 * Axes a graphics editor would print: a value axis from zero to a "nice" top with 1-2-5 steps
 * (d3's nice() and ticks()), and a time axis that covers the data's years and no more.
 */
import { scaleLinear } from 'd3';

export interface ValueAxis {
  /** [0, nice top] (or [nice bottom, nice top] when values go below zero). */
  domain: [number, number];
  /** Round, evenly spaced tick values, the domain's ends included. */
  ticks: number[];
}

/**
 * A zero-based value axis with about `count` round ticks. The top is the first tick at or above
 * the largest value, so the marks use the height and the top gridline is a round number.
 */
export function buildValueAxis(values: number[], count = 5): ValueAxis {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const scale = scaleLinear()
    .domain([min, max > min ? max : min + 1])
    .nice(count);
  const [low, high] = scale.domain() as [number, number];
  const ticks = scale.ticks(count);
  return { domain: [low, high], ticks };
}

export interface YearAxis {
  /** Half a year of room either side of the first and last year, so end marks are not cut. */
  domain: [number, number];
  /** Whole years; every year when few, else a round step (2, 5, 10). */
  ticks: number[];
}

/** A time axis over exactly the years the data has. */
export function buildYearAxis(years: number[], maxTicks = 8): YearAxis {
  if (years.length === 0) return { domain: [0, 1], ticks: [] };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => span / candidate < maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  if (step === 1 || ticks.length === 0) return { domain: [first - 0.5, last + 0.5], ticks: ticks.length ? ticks : [first] };
  return { domain: [first - 0.5, last + 0.5], ticks };
}
