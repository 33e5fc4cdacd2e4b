/**
 * The shell every chart view shares: the loading frame (title and subtitle at once), the error
 * message naming the file, and, once the model is built, the frame with the chart or its table.
 * The view supplies only its drawing and its extra controls; the anatomy (title, subtitle,
 * notes, legend, source line, CSV) and the table come from the model, so the dashboard, the
 * embed, the exports and print all show the same thing.
 */
import type { ReactNode } from 'react';
import type { ChartModelBase } from '../charts/chart-model';
import type { Loadable } from '../data/datasets';
import { useDashboardActions, useIsTable } from '../state/store';
import type { ChartViewId } from '../state/view-state';
import { ChartFrame, ChartFrameLoading } from './chart-frame';
import { DataErrorMessage, LoadingMessage } from './data-state';
import { ModelTable } from './model-table';

export interface ChartRouteProps<Model extends ChartModelBase> {
  id: ChartViewId;
  /** The data the model is built from: its status drives the loading and error states. */
  loadable: Loadable<unknown>;
  /** Null until the data has loaded. */
  model: Model | null;
  /** Shown while loading; the model's title and subtitle use the same words. */
  heading: { title: string; subtitle: string };
  /** "the trade figures", in the reader's language, for the loading and error messages. */
  what: { loading: string; failed: string };
  /** Whether a selection is active (rows of the table are then marked). */
  hasSelection: boolean;
  /** The drawing (with its own hover and focus behaviour). */
  renderChart: (model: Model) => ReactNode;
  /** Extra controls beside the Chart / Table switch (zoom, depth, search). */
  renderControls?: (model: Model) => ReactNode;
  /** Placeholder size while loading, so the page does not shift when the chart arrives. */
  placeholderHeight: number;
}

export function ChartRoute<Model extends ChartModelBase>({
  id,
  loadable,
  model,
  heading,
  what,
  hasSelection,
  renderChart,
  renderControls,
  placeholderHeight,
}: ChartRouteProps<Model>) {
  const isTable = useIsTable(id);
  const actions = useDashboardActions();
  if (loadable.status === 'error') return <DataErrorMessage what={what.failed} error={loadable.error} onRetry={loadable.retry} />;
  if (loadable.status === 'pending' || !model) {
    return (
      <ChartFrameLoading id={id} title={heading.title} subtitle={heading.subtitle}>
        <LoadingMessage what={what.loading} />
        <div className="chart-placeholder" style={{ height: placeholderHeight }} aria-hidden="true" />
      </ChartFrameLoading>
    );
  }
  return (
    <ChartFrame
      id={id}
      anatomy={model.anatomy}
      isTable={isTable}
      onDisplayToggle={() => actions.displayToggled(id)}
      controls={renderControls?.(model)}
      chart={renderChart(model)}
      table={<ModelTable table={model.table} hasSelection={hasSelection} onSelect={actions.selectionChanged} />}
    />
  );
}
