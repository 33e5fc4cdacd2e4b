/**
 * What a reader needs to take a chart into a report: an embed snippet (responsive with a small
 * script, or a plain iframe; live or pinned to this dataset version), the link, and a citation.
 * It reads the store and the manifest, unlike the rest of components/, because every chart view
 * shares it and features may not import each other.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { resolveCssColour } from '../charts/css-colour';
import { buildCsv, buildStandaloneSvg, downloadBlob, svgToPng, type ExportText } from '../charts/export-chart';
import type { ChartAnatomy } from '../charts/chart-model';
import { useManifest } from '../data/datasets';
import { useShareSearch } from '../state/store';
import { parseUrlState, serialiseUrlState } from '../state/url-state';
import { useT } from '../i18n/use-i18n';
import type { Translate } from '../i18n/i18n';

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

export function buildCitation(title: string, url: string, datasetVersion: string, sources: string, t: Translate): string {
  return t('share.citationText', { year: new Date().getFullYear(), title, version: datasetVersion, sources, url });
}

function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('share.copied'));
    } catch {
      setStatus(t('share.copyBlocked'));
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={value.length > 200 ? 5 : 3} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={copy}>
        {' '}
        {t('share.copy')}
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}

function Dialog({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const t = useT();
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
          {' '}
          <button type="submit">{t('share.close')}</button>
        </form>
      </dialog>
    </>
  );
}

export function ShareTools({ title, source }: { title: string; source: string }) {
  const t = useT();
  const manifest = useManifest();
  const search = useShareSearch();
  const [isPinned, setIsPinned] = useState(false);
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : null;
  const snippets = buildEmbedSnippets(title, search, isPinned ? version : null);
  const link = `${appBase()}${search}`;
  return (
    <div className="share-tools" role="group" aria-label={t('share.group')}>
      <Dialog label={t('share.embed')} title={t('share.embedTitle', { title })}>
        <fieldset>
          <legend>{t('share.data')}</legend>
          <label>
            <input type="radio" name="embed-data" checked={!isPinned} onChange={() => setIsPinned(false)} /> {t('share.live')}
          </label>
          <label>
            <input type="radio" name="embed-data" checked={isPinned} onChange={() => setIsPinned(true)} disabled={!version} />{' '}
            {t('share.pinnedTo')} <code>{version ?? '…'}</code>: {t('share.pinnedNote')}
          </label>
        </fieldset>
        <CopyField label={t('share.responsive')} value={snippets.responsive} />
        <CopyField label={t('share.plain')} value={snippets.plain} />
        <p className="share-dialog__note">{t('share.note')}</p>
      </Dialog>
      <Dialog label={t('share.copyLink')} title={t('share.linkTitle')}>
        <CopyField label={t('share.linkLabel')} value={link} />
      </Dialog>
      <Dialog label={t('share.cite')} title={t('share.cite')}>
        <CopyField label={t('share.citation')} value={buildCitation(title, link, version ?? '?', source, t)} />
      </Dialog>
    </div>
  );
}

function themeColours() {
  return { ink: resolveCssColour('--ink'), muted: resolveCssColour('--ink-muted'), paper: resolveCssColour('--paper') };
}

/** SVG, PNG (2×), CSV of the rows shown, and print; the charts are found in `getCharts()`. */
export function DownloadTools({ anatomy, getCharts }: { anatomy: ChartAnatomy; getCharts: () => SVGSVGElement[] }) {
  const t = useT();
  const [status, setStatus] = useState('');
  const { title, subtitle, source, legend, notes, csv } = anatomy;
  const text: ExportText = { title, subtitle, notes, sourceLine: t('frame.source', { source }), legend };
  const withCharts = async (make: (charts: SVGSVGElement[]) => Promise<void> | void) => {
    const charts = getCharts();
    if (charts.length === 0) {
      setStatus(t('share.noPicture'));
      return;
    }
    await make(charts);
  };
  return (
    <div className="share-tools" role="group" aria-label={t('share.downloads')}>
      <button
        type="button"
        onClick={() =>
          withCharts((charts) =>
            downloadBlob(
              new Blob([buildStandaloneSvg(charts, text, themeColours()).svg], { type: 'image/svg+xml' }),
              `${csv.filename}.svg`,
            ),
          )
        }
      >
        {' '}
        {t('share.svg')}
      </button>
      <button
        type="button"
        onClick={() =>
          withCharts(async (charts) => {
            const { svg, width, height } = buildStandaloneSvg(charts, text, themeColours());
            downloadBlob(await svgToPng(svg, width, height, 2), `${csv.filename}.png`);
          })
        }
      >
        {' '}
        {t('share.png')}
      </button>
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([buildCsv(csv.rows)], { type: 'text/csv;charset=utf-8' }), `${csv.filename}.csv`)}
      >
        {' '}
        {t('share.csv')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {' '}
        {t('share.print')}
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}
