/**
 * The frame every chart view shares, in the order a reader meets it (see docs/design.md): the
 * title (the finding), the subtitle (the measure), the controls (the view's own, the Chart /
 * Table switch, and one "Share & download" menu), the chart or its table, the legend, the notes
 * and the source line. The embed draws the same frame, with a link to the full view instead of
 * the menu; the exported SVG draws the same anatomy (src/charts/export-chart.ts).
 */
import { useContext, useRef, type ReactNode } from 'react';
import { useViewState } from '../state/store';
import { pageHref } from '../state/url-state';
import { FrameModeContext } from './frame-mode';
import { ShareMenu } from './share-tools';
import { useT } from '../i18n/use-i18n';
import type { ChartAnatomy } from '../charts/chart-model';
import { ChartLegend } from './chart-legend';
import { useRenderPhase } from '../lib/render-phase';

export interface ChartFrameProps {
  id: string;
  /** Title, subtitle, notes, legend, source line and CSV: the words around the chart. */
  anatomy: ChartAnatomy;
  isTable: boolean;
  onDisplayToggle: () => void;
  /** Extra controls beside the switch (legend toggles, depth). */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}

/** The drawings a frame exports: the charts' own SVGs, the map and the network (not legend icons). */
const CHART_SVGS = 'svg.chart-svg, svg.corridor-map, svg.network';

/** Title and subtitle: the same block while loading and once drawn, so nothing moves. */
function FrameHeading({ id, title, subtitle }: { id: string; title: string; subtitle: string }) {
  return (
    <div className="chart-frame__heading">
      <h2 id={`${id}-title`} className="chart-frame__title">
        {title}
      </h2>
      <p className="chart-frame__subtitle">{subtitle}</p>
    </div>
  );
}

export function ChartFrame({ id, anatomy, isTable, onDisplayToggle, controls, chart, table }: ChartFrameProps) {
  const { title, subtitle, source } = anatomy;
  const t = useT();
  const mode = useContext(FrameModeContext);
  const bodyRef = useRef<HTMLDivElement>(null);
  const viewState = useViewState();
  const phase = useRenderPhase();
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <header className="chart-frame__header">
        <FrameHeading id={id} title={title} subtitle={subtitle} />
        <div className="chart-frame__controls needs-js">
          {controls}
          <div role="group" aria-label={t('frame.showAs')} className="segmented">
            <button type="button" aria-pressed={!isTable} onClick={isTable ? onDisplayToggle : undefined}>
              {t('frame.chart')}
            </button>
            <button type="button" aria-pressed={isTable} onClick={isTable ? undefined : onDisplayToggle}>
              {t('frame.table')}
            </button>
          </div>
          {mode === 'dashboard' && (
            <ShareMenu anatomy={anatomy} getCharts={() => Array.from(bodyRef.current?.querySelectorAll<SVGSVGElement>(CHART_SVGS) ?? [])} />
          )}
        </div>
      </header>
      <div className="chart-frame__body" ref={bodyRef}>
        {isTable ? table : chart}
      </div>
      {/* The chart's table equivalent for a reader without JavaScript (it has no switch); the live app has the switch. */}
      {!isTable && phase !== 'live' && <div className="no-js-only chart-frame__static-table">{table}</div>}
      {!isTable && <ChartLegend items={anatomy.legend} />}
      {anatomy.notes.length > 0 && (
        <ul className="chart-frame__notes">
          {anatomy.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <footer className="chart-frame__footer">
        <p className="chart-frame__source">
          {t('frame.source', { source })}
          {mode === 'embed' && (
            <>
              {' · '}
              <a href={pageHref(viewState)} target="_blank" rel="noopener">
                {t('frame.openFull')}
              </a>
            </>
          )}
        </p>
      </footer>
    </section>
  );
}

/**
 * The frame's title and subtitle while the view's data loads: the reader (and the browser's
 * first large paint) gets the heading at once instead of after the data arrives.
 */
export function ChartFrameLoading({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: ReactNode }) {
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`} aria-busy="true">
      <header className="chart-frame__header">
        <FrameHeading id={id} title={title} subtitle={subtitle} />
        {/* Holds the controls' row, so the chart does not move down when they arrive. */}
        <div className="chart-frame__controls chart-frame__controls--pending" aria-hidden="true" />
      </header>
      <div className="chart-frame__body">{children}</div>
    </section>
  );
}
