/** The on-screen legend, drawn from the same items the exported SVG draws. */
import type { LegendItem } from '../charts/chart-model';
import { PAPER } from '../charts/palette';
import { useT } from '../i18n/use-i18n';

export function LegendSwatch({ item }: { item: LegendItem }) {
  const width = item.shape === 'line' ? 28 : 16;
  return (
    <svg width={width} height="16" aria-hidden="true" className="legend__swatch">
      {item.shape === 'line' ? (
        <line
          x1="1"
          y1="8"
          x2={width - 1}
          y2="8"
          stroke={item.colour}
          strokeWidth={item.strokeWidth ?? 3}
          strokeDasharray={item.dash || undefined}
        />
      ) : item.shape === 'square' ? (
        <rect x="3" y="3" width="10" height="10" fill={PAPER} stroke={item.colour} strokeWidth="2" />
      ) : (
        <circle
          cx="8"
          cy="8"
          r="5"
          fill={item.shape === 'dot' ? item.colour : PAPER}
          stroke={item.colour}
          strokeWidth="2"
          strokeDasharray={item.dash || undefined}
        />
      )}
    </svg>
  );
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('frame.legend')}>
      {items.map((item) => (
        <li key={item.label}>
          <LegendSwatch item={item} /> {item.label}
        </li>
      ))}
    </ul>
  );
}
