/**
 * Reads a saved page. From HTML, Mozilla's Readability (the library behind Firefox Reader View)
 * finds the article body on a jsdom document and reads the page's metadata (og:site_name,
 * article:published_time, <title>, meta author, JSON-LD); the body becomes plain text, one
 * paragraph per block, so the pipeline's offsets-into-text keep working. A plain-text file is
 * taken as it is.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

/** A metadata value and where on the page it was read, for the article's `evidence`. */
export interface Found {
  value: string;
  evidence: string;
}

export interface PageMetadata {
  title?: Found;
  outlet?: Found;
  /** As the page gives it: an ISO timestamp or date. */
  published?: Found;
  author?: Found;
  url?: Found;
}

export interface ReadPage {
  /** The text that goes into the corpus as .txt: title, then one paragraph per line, blank lines between. */
  text: string;
  metadata: PageMetadata;
}

/** Blocks whose text is one paragraph of the corpus text. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre, td';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

export function readHtmlPage(html: string): ReadPage {
  // No url: nothing is fetched, scripts do not run; links stay as written.
  const dom = new JSDOM(html);
  const document = dom.window.document;
  const metadata = readMetaTags(document);
  const article = new Readability(document.cloneNode(true) as Document).parse();
  if (!article?.content) throw new Error('Readability found no article body in this page');

  if (article.siteName && !metadata.outlet)
    metadata.outlet = { value: clean(article.siteName), evidence: 'the page metadata (JSON-LD publisher)' };
  if (article.publishedTime && !metadata.published)
    metadata.published = {
      value: clean(article.publishedTime),
      evidence: `datePublished "${clean(article.publishedTime)}" in the page's JSON-LD`,
    };
  if (article.byline && !metadata.author) metadata.author = { value: clean(article.byline), evidence: 'the byline Readability found' };
  if (article.title && !metadata.title) metadata.title = { value: clean(article.title), evidence: 'the page title' };

  const body = new JSDOM(article.content).window.document;
  const paragraphs: string[] = [];
  for (const block of body.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS)) continue; // the inner blocks speak for themselves
    const text = clean(block.textContent);
    if (text) paragraphs.push(text);
  }
  const title = metadata.title?.value;
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  return { text: `${paragraphs.join('\n\n')}\n`, metadata };
}

function readMetaTags(document: Document): PageMetadata {
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  const metadata: PageMetadata = {};
  const ogTitle = meta('meta[property="og:title"]');
  const docTitle = clean(document.title);
  if (ogTitle) metadata.title = { value: ogTitle, evidence: `og:title "${ogTitle}" in the saved page` };
  else if (docTitle) metadata.title = { value: docTitle, evidence: `<title> "${docTitle}" in the saved page` };
  const siteName = meta('meta[property="og:site_name"]');
  if (siteName) metadata.outlet = { value: siteName, evidence: `og:site_name "${siteName}" in the saved page` };
  const published =
    meta('meta[property="article:published_time"]') || meta('meta[name="pubdate"]') || meta('meta[itemprop="datePublished"]');
  if (published) metadata.published = { value: published, evidence: `article:published_time "${published}" in the saved page` };
  const author = meta('meta[name="author"]') || meta('meta[property="article:author"]');
  if (author) metadata.author = { value: author, evidence: `meta author "${author}" in the saved page` };
  const url = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) || meta('meta[property="og:url"]');
  if (url) metadata.url = { value: url, evidence: 'the canonical link of the saved page' };
  return metadata;
}

/** A plain-text capture has no metadata, except a "date 2025-11-11" line some captures carry. */
export function readTextPage(text: string): ReadPage {
  const metadata: PageMetadata = {};
  const dateLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/mu.exec(text);
  if (dateLine) metadata.published = { value: dateLine[1]!, evidence: `the capture's line "date ${dateLine[1]}"` };
  return { text, metadata };
}

export interface PublicationDate {
  date: string;
  precision: 'day' | 'month' | 'year';
}

/** "2025-03-14T09:30:00+05:00" → 2025-03-14 (the outlet's own calendar day, not converted to UTC). */
export function parsePublished(value: string): PublicationDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/u.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return { date: `${year}-${month}-${day}`, precision: 'day' };
  if (month) return { date: `${year}-${month}`, precision: 'month' };
  return { date: year!, precision: 'year' };
}
