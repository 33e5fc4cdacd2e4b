/**
 * What a reader needs to take a chart into a report: an embed snippet (responsive with a small
 * script, or a plain iframe; live or pinned to this dataset version), the link, and a citation.
 * It reads the store and the manifest, unlike the rest of components/, because every chart view
 * shares it and features may not import each other.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { buildCsv, buildStandaloneSvg, downloadBlob, svgToPng, type ExportText, type LegendItem } from '../charts/export-chart';
import { useManifest } from '../data/datasets';
import { useShareSearch } from '../state/store';
import { parseUrlState, serialiseUrlState } from '../state/url-state';

/** The page's folder, as an absolute URL: embed.html and embed.js sit beside index.html. */
function appBase(): string {
  return new URL('.', window.location.href).href;
}

/** The same view state with the dataset pinned (or not): live embeds follow updates. */
function embedSearch(search: string, pinnedVersion: string | null): string {
  const { state } = parseUrlState(search);
  return serialiseUrlState({ ...state, dataVersion: pinnedVersion }) || '?';
}

export function buildEmbedSnippets(title: string, search: string, pinnedVersion: string | null, base = appBase()) {
  const src = `${base}embed.html${embedSearch(search, pinnedVersion)}`;
  const escapedTitle = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const sandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  return {
    src,
    responsive: `<iframe src="${src}" title="${escapedTitle}" data-partnership-atlas style="width:100%;border:0;height:520px" loading="lazy" sandbox="${sandbox}"></iframe>\n<script async src="${base}embed.js"></script>`,
    plain: `<iframe src="${src}" title="${escapedTitle}" width="100%" height="620" style="border:0" loading="lazy" sandbox="${sandbox}"></iframe>`,
  };
}

export function buildCitation(title: string, url: string, datasetVersion: string, sources: string): string {
  return `Partnership Atlas (${new Date().getFullYear()}). “${title}”. Dataset version ${datasetVersion}. Sources: ${sources}. ${url}`;
}

function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      setStatus('Copying is blocked here: select the text and copy it.');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={value.length > 200 ? 5 : 3} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={copy}>
        Copy
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}

function Dialog({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" onClick={() => ref.current?.showModal()}>
        {label}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="share-dialog">
        <h2 id={titleId}>{title}</h2>
        {children}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}

export function ShareTools({ title, source }: { title: string; source: string }) {
  const manifest = useManifest();
  const search = useShareSearch();
  const [isPinned, setIsPinned] = useState(false);
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : null;
  const snippets = buildEmbedSnippets(title, search, isPinned ? version : null);
  const link = `${appBase()}${search}`;
  return (
    <div className="share-tools" role="group" aria-label="Share and cite">
      <Dialog label="Embed" title={`Embed “${title}”`}>
        <fieldset>
          <legend>Data</legend>
          <label>
            <input type="radio" name="embed-data" checked={!isPinned} onChange={() => setIsPinned(false)} /> Live: follows dataset updates
          </label>
          <label>
            <input type="radio" name="embed-data" checked={isPinned} onChange={() => setIsPinned(true)} disabled={!version} /> Pinned to
            version <code>{version ?? '…'}</code>: never changes under your readers
          </label>
        </fieldset>
        <CopyField label="Responsive (resizes to the chart; a 1 kB script)" value={snippets.responsive} />
        <CopyField label="Plain iframe (where scripts are not allowed)" value={snippets.plain} />
        <p className="share-dialog__note">The embed loads nothing from third parties and works in a sandboxed iframe.</p>
      </Dialog>
      <Dialog label="Copy link" title="Link to this view">
        <CopyField label="Link (keeps filters, selection and view)" value={link} />
      </Dialog>
      <Dialog label="How to cite" title="How to cite">
        <CopyField label="Citation" value={buildCitation(title, link, version ?? 'unknown', source)} />
      </Dialog>
    </div>
  );
}

export interface ExportSpec {
  /** File name without extension, e.g. "partnership-atlas-trade". */
  filename: string;
  csvRows: Record<string, string | number | null>[];
  legend: LegendItem[];
}

function themeColours() {
  const style = getComputedStyle(document.documentElement);
  return {
    ink: style.getPropertyValue('--ink').trim(),
    muted: style.getPropertyValue('--ink-muted').trim(),
    paper: style.getPropertyValue('--paper').trim(),
  };
}

/** SVG, PNG (2×), CSV of the rows shown, and print; the charts are found in `getCharts()`. */
export function DownloadTools({
  spec,
  title,
  subtitle,
  source,
  getCharts,
}: {
  spec: ExportSpec;
  title: string;
  subtitle: string;
  source: string;
  getCharts: () => SVGSVGElement[];
}) {
  const [status, setStatus] = useState('');
  const text: ExportText = { title, subtitle, source, legend: spec.legend };
  const withCharts = async (make: (charts: SVGSVGElement[]) => Promise<void> | void) => {
    const charts = getCharts();
    if (charts.length === 0) {
      setStatus('Switch to the chart (and to SVG drawing) to download it as a picture; the CSV works in either mode.');
      return;
    }
    await make(charts);
  };
  return (
    <div className="share-tools" role="group" aria-label="Download and print">
      <button
        type="button"
        onClick={() =>
          withCharts((charts) =>
            downloadBlob(
              new Blob([buildStandaloneSvg(charts, text, themeColours()).svg], { type: 'image/svg+xml' }),
              `${spec.filename}.svg`,
            ),
          )
        }
      >
        Download SVG
      </button>
      <button
        type="button"
        onClick={() =>
          withCharts(async (charts) => {
            const { svg, width, height } = buildStandaloneSvg(charts, text, themeColours());
            downloadBlob(await svgToPng(svg, width, height, 2), `${spec.filename}.png`);
          })
        }
      >
        Download PNG
      </button>
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([buildCsv(spec.csvRows)], { type: 'text/csv;charset=utf-8' }), `${spec.filename}.csv`)}
      >
        Download CSV
      </button>
      <button type="button" onClick={() => window.print()}>
        Print / PDF
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}
