/**
 * Reads a saved page. From HTML, Mozilla's Readability (the library behind Firefox Reader View)
 * finds the article body on a jsdom document and reads the page's metadata (og:site_name,
 * article:published_time, <title>, meta author, JSON-LD); the body becomes plain text, one
 * paragraph per block, so the pipeline's offsets-into-text keep working. A plain-text file is
 * taken as it is.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

/**
 * A metadata value and where on the page it was read, in both languages, for the article's
 * `evidenceRu` / `evidenceEn` (machine-written, so the drafter can say it in both).
 */
export interface Found {
  value: string;
  evidenceRu: string;
  evidenceEn: string;
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
    metadata.outlet = {
      value: clean(article.siteName),
      evidenceRu: 'метаданные страницы (издатель в JSON-LD)',
      evidenceEn: 'the page metadata (JSON-LD publisher)',
    };
  if (article.publishedTime && !metadata.published)
    metadata.published = {
      value: clean(article.publishedTime),
      evidenceRu: `datePublished «${clean(article.publishedTime)}» в JSON-LD страницы`,
      evidenceEn: `datePublished "${clean(article.publishedTime)}" in the page's JSON-LD`,
    };
  if (article.byline && !metadata.author)
    metadata.author = {
      value: clean(article.byline),
      evidenceRu: 'подпись, найденная Readability',
      evidenceEn: 'the byline Readability found',
    };
  if (article.title && !metadata.title)
    metadata.title = { value: clean(article.title), evidenceRu: 'заголовок страницы', evidenceEn: 'the page title' };

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
  if (ogTitle) metadata.title = { value: ogTitle, ...onPage('og:title', ogTitle) };
  else if (docTitle) metadata.title = { value: docTitle, ...onPage('<title>', docTitle) };
  const siteName = meta('meta[property="og:site_name"]');
  if (siteName) metadata.outlet = { value: siteName, ...onPage('og:site_name', siteName) };
  const published =
    meta('meta[property="article:published_time"]') || meta('meta[name="pubdate"]') || meta('meta[itemprop="datePublished"]');
  if (published) metadata.published = { value: published, ...onPage('article:published_time', published) };
  const author = meta('meta[name="author"]') || meta('meta[property="article:author"]');
  if (author) metadata.author = { value: author, ...onPage('meta author', author) };
  const url = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) || meta('meta[property="og:url"]');
  if (url)
    metadata.url = {
      value: url,
      evidenceRu: 'канонический адрес сохранённой страницы',
      evidenceEn: 'the canonical link of the saved page',
    };
  return metadata;
}

/** "og:site_name «…» сохранённой страницы" / "og:site_name "…" in the saved page". */
const onPage = (tag: string, value: string) => ({
  evidenceRu: `${tag} «${value}» сохранённой страницы`,
  evidenceEn: `${tag} "${value}" in the saved page`,
});

/** A plain-text capture has no metadata, except a "date 2025-11-11" line some captures carry. */
export function readTextPage(text: string): ReadPage {
  const metadata: PageMetadata = {};
  const dateLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/mu.exec(text);
  if (dateLine)
    metadata.published = {
      value: dateLine[1]!,
      evidenceRu: `строка копии «date ${dateLine[1]}»`,
      evidenceEn: `the capture's line "date ${dateLine[1]}"`,
    };
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
