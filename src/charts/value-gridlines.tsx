/**
 * The horizontal gridlines of a value axis with their bare round numbers at the left, as the
 * trade and investment charts draw them: the zero line in ink, the others light.
 */
import { GRID, INK, MUTED } from './palette';

export interface PlacedTick {
  value: number;
  /** Pixel position on the chart. */
  y: number;
  label: string;
}

export function ValueGridlines({ ticks, left, right, fontSize }: { ticks: PlacedTick[]; left: number; right: number; fontSize: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={left}
            x2={right}
            y1={tick.y}
            y2={tick.y}
            stroke={tick.value === 0 ? INK : GRID}
            strokeWidth={tick.value === 0 ? 1.5 : 1}
          />
          <text x={left - 8} y={tick.y + 4} textAnchor="end" fontSize={fontSize} fill={MUTED} className="chart-tick">
            {tick.label}
          </text>
        </g>
      ))}
    </>
  );
}
