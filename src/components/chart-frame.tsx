/**
 * The frame every chart view shares: title, subtitle, a Chart / Table switch, the chart or its
 * table, and the source line. The same frame will serve embeds and exports.
 */
import { useContext, useRef, type ReactNode } from 'react';
import { useShareSearch } from '../state/store';
import { FrameModeContext } from './frame-mode';
import { DownloadTools, ShareTools, type ExportSpec } from './share-tools';

export interface ChartFrameProps {
  id: string;
  title: string;
  subtitle: string;
  isTable: boolean;
  onDisplayToggle: () => void;
  source: string;
  /** Extra controls beside the switch (legend toggles, depth). */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** What the downloads contain: the rows shown (CSV) and the legend drawn into the SVG. */
  exportSpec: ExportSpec;
}

/** The drawings a frame exports: recharts surfaces, the map and the network (not legend icons). */
const CHART_SVGS = 'svg.recharts-surface, svg.corridor-map, svg.network';

export function ChartFrame({ id, title, subtitle, isTable, onDisplayToggle, source, controls, chart, table, exportSpec }: ChartFrameProps) {
  const mode = useContext(FrameModeContext);
  const bodyRef = useRef<HTMLDivElement>(null);
  const search = useShareSearch();
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <header className="chart-frame__header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="chart-frame__subtitle">{subtitle}</p>
        </div>
        <div className="chart-frame__controls">
          {controls}
          <div role="group" aria-label="Show as" className="segmented">
            <button type="button" aria-pressed={!isTable} onClick={isTable ? onDisplayToggle : undefined}>
              Chart
            </button>
            <button type="button" aria-pressed={isTable} onClick={isTable ? undefined : onDisplayToggle}>
              Table
            </button>
          </div>
        </div>
      </header>
      {mode === 'dashboard' && (
        <div className="chart-frame__tools">
          <ShareTools title={title} source={source} />
          <DownloadTools
            spec={exportSpec}
            title={title}
            subtitle={subtitle}
            source={source}
            getCharts={() => Array.from(bodyRef.current?.querySelectorAll<SVGSVGElement>(CHART_SVGS) ?? [])}
          />
        </div>
      )}
      <div className="chart-frame__body" ref={bodyRef}>
        {isTable ? table : chart}
      </div>
      <p className="chart-frame__source">
        Source: {source} · Partnership Atlas
        {mode === 'embed' && (
          <>
            {' · '}
            <a href={`index.html${search}`} target="_blank" rel="noopener">
              Open the full view ↗
            </a>
          </>
        )}
      </p>
    </section>
  );
}
