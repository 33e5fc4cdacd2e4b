/**
 * The embed snippets a host page pastes: one format, used by the "Embed" dialog of the share menu
 * and by the build's oEmbed files (prerender/page-meta.ts), so a CMS that embeds a chart from its
 * URL gets exactly what a reader would copy. Pure strings, no DOM, so Node can build them too.
 */

/** Starting heights in px: the responsive frame then follows its chart (embed.js), the plain one stays. */
export const EMBED_HEIGHT = { responsive: 520, plain: 620 } as const;

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Text inside a double-quoted attribute. */
const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export interface EmbedSnippets {
  /** The iframe's address. */
  src: string;
  /** A full-width iframe plus embed.js, which sizes it to its chart. */
  responsive: string;
  /** An iframe alone, for hosts that strip scripts. */
  plain: string;
}

/** Both snippets for an embed page at `src`; `embedScriptUrl` is where embed.js is served. */
export function buildIframeSnippets(src: string, title: string, embedScriptUrl: string): EmbedSnippets {
  const escapedTitle = escapeAttribute(title);
  return {
    src,
    responsive: `<iframe src="${src}" title="${escapedTitle}" data-partnership-atlas style="width:100%;border:0;height:${EMBED_HEIGHT.responsive}px" loading="lazy" sandbox="${SANDBOX}"></iframe>\n<script async src="${embedScriptUrl}"></script>`,
    plain: `<iframe src="${src}" title="${escapedTitle}" width="100%" height="${EMBED_HEIGHT.plain}" style="border:0" loading="lazy" sandbox="${SANDBOX}"></iframe>`,
  };
}

/**
 * For hosts that strip iframes (mail, some CMSs, RSS): the chart's social image (1200 × 630, drawn
 * at build time from the same SVG) linked to its page. Only for the latest data: the image shows it.
 */
export function buildImageSnippet(pageUrl: string, imageUrl: string, title: string): string {
  return `<a href="${escapeAttribute(pageUrl)}"><img src="${escapeAttribute(imageUrl)}" alt="${escapeAttribute(title)}" width="1200" height="630" style="max-width:100%;height:auto"></a>`;
}
