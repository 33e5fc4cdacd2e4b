/**
 * Where the body of a captured text starts and ends, and the page chrome inside it, written as
 * the article entry's `body` and `chrome` (verbatim texts that the segmenter finds). Readability
 * has already cut menus, tickers, "Популярное" lists and footers out of an HTML page; a plain-text
 * capture still carries them, and both keep bylines, view counters and photo credits, which are
 * recognised here by their wording.
 */
import type { ChromeKind } from '../../src/data/schemas/common';

export interface BodyAndChrome {
  startsAt: string;
  endsBefore?: string;
  chrome: { text: string; kind: ChromeKind }[];
}

/** A line that closes the article: what follows is the site's, not the article's. */
const END_OF_BODY =
  /^[ \t]*(?:Популярное|Читайте также|Читайте еще|Похожие статьи|Похожие новости|Другие новости|Источник|Комментарии|Добавить комментарий|Теги|Архив|Новости по теме|#\p{L}[^\n]*)[ \t]*:?[ \t]*$/imu;
/** Lines before the title that are the site's: a section name, a date line, a credit. */
const LEADING_CHROME = /^(?:\s*date\s+\d{4}-\d{2}-\d{2}.*|[^\n.!?]{0,25}|.*(?:фото|©).*)$/iu;

const CHROME_PATTERNS: [ChromeKind, RegExp][] = [
  ['byline', /(?:Автор|Текст|Корреспондент)\s*:\s*\p{Lu}\p{L}+(?:[ \t]+(?!Просмотр)\p{Lu}\p{L}+){0,2}/gu],
  ['view-counter', /(?:Просмотр\p{L}*|Просмотрено|Views)\s*:?\s*\d[\d\s\u00a0]*\d|\d[\d\u00a0 ]*\s+просмотр\p{L}*/giu],
  ['view-counter', /^[ \t]*\d[\d\u00a0 ]*[ \t]*$/gmu],
  ['photo-credit', /(?:^|(?<=[\s.]))(?:Фото|Фотография|Photo)(?:\s*:|\s+(?:из|с|предоставлено)\s)[^\n]{0,60}$/gmu],
  [
    'photo-credit',
    /©[ \t\u00a0]*(?:Photo\s*:\s*из личного архива|[\p{L}.]+[ \t\u00a0]*\/[ \t\u00a0]*\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{Ll}+?(?=\p{Lu}|[\s.,«»"/]|$))?(?:\/POOL)?(?:[ \t\u00a0]*\/[ \t\u00a0]*)?)/gu,
  ],
  ['widget', /Подписывайтесь на [^\n.]*|Подписаться|Поделиться/gu],
];

export function findBodyAndChrome(text: string, hints: { title?: string; author?: string } = {}): BodyAndChrome {
  const lines = [...text.matchAll(/[^\n]+/gu)].filter((line) => line[0].trim().length > 0);
  let start: number;
  const titleAt = hints.title ? text.indexOf(hints.title) : -1;
  if (titleAt !== -1) start = titleAt;
  else {
    const first = lines.find((line) => !LEADING_CHROME.test(line[0]));
    start = first ? first.index + (first[0].length - first[0].trimStart().length) : 0;
  }
  const endMatch = END_OF_BODY.exec(text.slice(start));
  const end = endMatch ? start + endMatch.index + (endMatch[0].length - endMatch[0].trimStart().length) : text.length;
  const body = text.slice(start, end);

  const chrome = new Map<string, ChromeKind>();
  for (const [kind, pattern] of CHROME_PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const found = match[0].trim();
      if (found && !chrome.has(found)) chrome.set(found, kind);
    }
  }
  if (hints.author) {
    for (const line of body.split('\n')) if (line.trim() === hints.author) chrome.set(hints.author, 'byline');
  }
  return {
    startsAt: firstWords(text.slice(start)),
    ...(endMatch ? { endsBefore: endMatch[0].trim() } : {}),
    chrome: [...chrome].map(([chromeText, kind]) => ({ text: chromeText, kind })),
  };
}

/** The first words of the body, enough to be found once (up to the line's end). */
function firstWords(text: string): string {
  const line = text.split('\n')[0]!.trim();
  const words = line.split(/\s+/u);
  return words.slice(0, Math.min(words.length, 6)).join(' ');
}
