/**
 * What a reader needs to take a chart into a report, behind one "Share & download" menu: an
 * embed snippet (responsive with a small script, or a plain iframe; live or pinned to this
 * dataset version), the link, a citation, and the SVG, PNG, CSV and print of the chart. One menu
 * instead of seven buttons, so the chart, not the tools, comes first (on a phone especially).
 * It reads the store and the manifest, unlike the rest of components/, because every chart view
 * shares it and features may not import each other.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MenuButton } from './menu-button';
import { resolveCssColour } from '../charts/css-colour';
import { buildCsv, buildStandaloneSvg, downloadBlob, svgToPng, type ExportText } from '../charts/export-chart';
import type { ChartAnatomy } from '../charts/chart-model';
import { useManifest } from '../data/datasets';
import { useViewState } from '../state/store';
import { pageHref } from '../state/url-state';
import type { ViewState } from '../state/view-state';
import { siteFacts } from '../state/page-address';
import { buildIframeSnippets, buildImageSnippet } from '../lib/embed-snippets';
import { useT } from '../i18n/use-i18n';
import type { Translate } from '../i18n/i18n';

/** A link of the app as an absolute URL (what is pasted into other sites must not be relative). */
function absolute(href: string): string {
  return new URL(href, window.location.href).href;
}

/**
 * The embed page of the same view state, pinned to a dataset version (its own prerendered page,
 * so a published report never shows other data) or live (follows updates).
 */
export function embedUrl(state: ViewState, pinnedVersion: string | null): string {
  return absolute(pageHref({ ...state, dataVersion: pinnedVersion }, { isEmbed: true }));
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
        {t('share.copy')}
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}

/**
 * A modal dialog opened from the menu; the browser returns focus to the menu button on close.
 * Its content is drawn only while open: it holds absolute URLs, which only the browser knows
 * (the prerendered page and the hydrated one must not differ).
 */
function Dialog({ isOpen, onClose, title, children }: { isOpen: boolean; onClose: () => void; title: string; children: () => ReactNode }) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (isOpen && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [isOpen]);
  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="share-dialog" onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {isOpen && children()}
      <form method="dialog">
        <button type="submit">{t('share.close')}</button>
      </form>
    </dialog>
  );
}

function EmbedFields({ title, state, version }: { title: string; state: ViewState; version: string | null }) {
  const t = useT();
  const [isPinned, setIsPinned] = useState(false);
  const name = useId();
  const { root } = siteFacts();
  const snippets = buildIframeSnippets(embedUrl(state, isPinned ? version : null), title, absolute(`${root}embed.js`));
  // The social image of the view (prerender/page-meta.ts draws one per view and language).
  const image = buildImageSnippet(
    absolute(pageHref({ ...state, dataVersion: null })),
    absolute(`${root}og/${state.lang ?? 'en'}-${state.view}.png`),
    title,
  );
  return (
    <>
      <fieldset>
        <legend>{t('share.data')}</legend>
        <label>
          <input type="radio" name={name} checked={!isPinned} onChange={() => setIsPinned(false)} /> {t('share.live')}
        </label>
        <label>
          <input type="radio" name={name} checked={isPinned} onChange={() => setIsPinned(true)} disabled={!version} /> {t('share.pinnedTo')}{' '}
          <code>{version ?? '…'}</code>: {t('share.pinnedNote')}
        </label>
      </fieldset>
      <CopyField label={t('share.responsive')} value={snippets.responsive} />
      <CopyField label={t('share.plain')} value={snippets.plain} />
      {!isPinned && <CopyField label={t('share.image')} value={image} />}
      <p className="share-dialog__note">{t('share.note')}</p>
    </>
  );
}

function themeColours() {
  return {
    ink: resolveCssColour('--ink'),
    muted: resolveCssColour('--ink-muted'),
    paper: resolveCssColour('--paper'),
    line: resolveCssColour('--line'),
  };
}

export interface ShareMenuProps {
  anatomy: ChartAnatomy;
  /** The chart drawings to export (none while the table is shown). */
  getCharts: () => SVGSVGElement[];
}

/**
 * One menu of what can be done with a chart: Embed, Copy link, How to cite (each a dialog), and
 * SVG, PNG (2×), CSV of the rows shown, and print.
 */
export function ShareMenu({ anatomy, getCharts }: ShareMenuProps) {
  const t = useT();
  const manifest = useManifest();
  const state = useViewState();
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<'embed' | 'link' | 'cite' | null>(null);
  const closeDialog = () => setDialog(null);
  const { title, subtitle, source, legend, notes, csv } = anatomy;
  const version = manifest.status === 'success' ? manifest.data.datasetVersion : null;
  const link = () => absolute(pageHref(state));
  const text: ExportText = { title, subtitle, notes, sourceLine: t('frame.source', { source }), legend };

  const withCharts = async (make: (charts: SVGSVGElement[]) => Promise<void> | void) => {
    const charts = getCharts();
    if (charts.length === 0) {
      setStatus(t('share.noPicture'));
      return;
    }
    setStatus('');
    await make(charts);
  };
  const downloadSvg = () =>
    withCharts((charts) =>
      downloadBlob(new Blob([buildStandaloneSvg(charts, text, themeColours()).svg], { type: 'image/svg+xml' }), `${csv.filename}.svg`),
    );
  const downloadPng = () =>
    withCharts(async (charts) => {
      const { svg, width, height } = buildStandaloneSvg(charts, text, themeColours());
      downloadBlob(await svgToPng(svg, width, height, 2), `${csv.filename}.png`);
    });
  const downloadCsv = () => downloadBlob(new Blob([buildCsv(csv.rows)], { type: 'text/csv;charset=utf-8' }), `${csv.filename}.csv`);

  return (
    <div className="share-menu">
      <MenuButton
        label={t('share.menu')}
        icon={
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="menu__icon">
            <path
              d="M8 10V2M5 4.5L8 1.5l3 3M4 7H3v7.5h10V7h-1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        }
        groups={[
          {
            label: t('share.group'),
            items: [
              { id: 'embed', label: t('share.embed'), onSelect: () => setDialog('embed') },
              { id: 'link', label: t('share.copyLink'), onSelect: () => setDialog('link') },
              { id: 'cite', label: t('share.cite'), onSelect: () => setDialog('cite') },
            ],
          },
          {
            label: t('share.downloads'),
            items: [
              { id: 'svg', label: t('share.svg'), onSelect: () => void downloadSvg() },
              { id: 'png', label: t('share.png'), onSelect: () => void downloadPng() },
              { id: 'csv', label: t('share.csv'), onSelect: downloadCsv },
              { id: 'print', label: t('share.print'), onSelect: () => window.print() },
            ],
          },
        ]}
      />
      <Dialog isOpen={dialog === 'embed'} onClose={closeDialog} title={t('share.embedTitle', { title })}>
        {() => <EmbedFields title={title} state={state} version={version} />}
      </Dialog>
      <Dialog isOpen={dialog === 'link'} onClose={closeDialog} title={t('share.linkTitle')}>
        {() => <CopyField label={t('share.linkLabel')} value={link()} />}
      </Dialog>
      <Dialog isOpen={dialog === 'cite'} onClose={closeDialog} title={t('share.cite')}>
        {() => <CopyField label={t('share.citation')} value={buildCitation(title, link(), version ?? '?', source, t)} />}
      </Dialog>
      <span role="status" className="share-menu__status">
        {status}
      </span>
    </div>
  );
}
