/**
 * One draft fact for every number in an article's content: its sentence as the quote, the
 * number's text, and a guess at value, scale, unit (parseQuantity, the parser the build checks
 * facts with), qualifier and period (resolvePeriodYears, the build's own resolver of "в прошлом
 * году"). A year that fixes another number's period is that draft's periodText, not a draft of
 * its own, as in the hand-written facts.
 */
import type { Period, Qualifier, Scale, Unit } from '../../src/data/schemas/common';
import { tokenize } from '../extract/mentions';
import { findNumerals, parseQuantity, resolvePeriodYears, type FoundNumber } from '../extract/numbers';
import type { SegmentedArticle, Span } from '../extract/segment-article';
import { excerpt } from '../transform/coverage';
import { contentSentences, type Sentence } from './sentences';

export interface DraftFact {
  id: string;
  kind: 'stated';
  article: string;
  metric: string | null;
  value: number;
  scale: Scale;
  unit: Unit;
  qualifier: Qualifier;
  period: Period;
  topics: string[];
  speaker: null;
  quote: string;
  valueText: string;
  periodText?: string;
}

export interface DraftedFact {
  fact: DraftFact;
  /** The number in its context, "…превысил [$26 млрд], что…", for the YAML comment. */
  context: string;
  /** What kind of number it looks like, for the comment: a quantity, a date, a name's number. */
  looksLike: 'quantity' | 'year' | 'date' | 'identifier';
  /** Where the number stands in the text. */
  span: Span;
}

const SCALE_WORD = /^(?:трлн|триллион\p{L}*|млрд|миллиард\p{L}*|млн|миллион\p{L}*|тыс|тысяч\p{L}*)$/u;
const UNIT_WORD = /^(?:доллар\p{L}*|тенге|рубл\p{L}*|процент\p{L}*|кубометр\p{L}*|десятилети\p{L}*|лет|тонн\p{L}*)$/u;
const MONTH_WORD =
  /^(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек)\p{L}*$/u;
const YEAR_NUMBER = /^(?:1[89]\d\d|20\d\d)$/u;

const MORE_THAN = /^(?:более|свыше|больше|превысил\p{L}*|превышает|превышающ\p{L}*|превысит|сверх)$/u;
const AT_MOST = /^(?:до|менее|меньше|максимум|не более|не превышает|не превысил\p{L}*)$/u;
const ABOUT = /^(?:около|почти|порядка|примерно|приблизительно|ориентировочно)$/u;

/** A year phrase: relative ("в прошлом году") or a four-digit year with "год" in any form. */
const YEAR_PHRASE =
  /(?:(?:по итогам|в|за|к|на|до|с|по|показател\p{L}*)\s+)?(?:(?:позапрошл|прошл|этом|текущ)\p{L}*\s+год\p{L}*|(?:1[89]\d\d|20\d\d)(?:-(?:м|й|го))?\s+год\p{L}*|(?:1[89]\d\d|20\d\d)-(?:м|й|го)\b)/giu;

export interface FactContext {
  articleId: string;
}

export function draftFacts(article: SegmentedArticle, context: FactContext): DraftedFact[] {
  const sentences = contentSentences(article);
  const drafts: DraftedFact[] = [];
  for (const sentence of sentences) {
    const numerals = findNumerals(article.text, sentence.start, sentence.end);
    if (numerals.length === 0) continue;
    const phrases = yearPhrases(sentence, article.year);
    const used = new Set<Span>();
    const pending: { numeral: FoundNumber; draft: Omit<DraftedFact, 'fact'> & { fact: Omit<DraftFact, 'id'> } }[] = [];
    for (const numeral of numerals) {
      const inPhrase = phrases.find((phrase) => phrase.start <= numeral.start && numeral.end <= phrase.end);
      const isYear = YEAR_NUMBER.test(numeral.text);
      if (inPhrase && isYear) continue; // handled below: the period of a number, or a draft of its own
      pending.push({ numeral, draft: draftOne(article, sentence, numeral, phrases, used, context) });
    }
    // Years whose phrase became no draft's period: a draft each (a date to dismiss or to cover by an event).
    for (const numeral of numerals) {
      if (!YEAR_NUMBER.test(numeral.text)) continue;
      const phrase = phrases.find((candidate) => candidate.start <= numeral.start && numeral.end <= candidate.end);
      if (!phrase || used.has(phrase)) continue;
      pending.push({ numeral, draft: draftOne(article, sentence, numeral, [], used, context) });
    }
    pending.sort((a, b) => a.numeral.start - b.numeral.start);
    for (const { draft } of pending)
      drafts.push({ ...draft, fact: { id: `${context.articleId}-fact-${drafts.length + 1}`, ...draft.fact } });
  }
  return drafts;
}

interface YearPhrase extends Span {
  text: string;
  years: number[];
}

function yearPhrases(sentence: Sentence, articleYear: number): YearPhrase[] {
  return [...sentence.text.matchAll(YEAR_PHRASE)].flatMap((match) => {
    const years = resolvePeriodYears(match[0], articleYear);
    if (years.length === 0) return [];
    const start = sentence.start + match.index;
    return [{ start, end: start + match[0].length, text: match[0], years }];
  });
}

function draftOne(
  article: SegmentedArticle,
  sentence: Sentence,
  numeral: FoundNumber,
  phrases: YearPhrase[],
  used: Set<Span>,
  context: FactContext,
): Omit<DraftedFact, 'fact'> & { fact: Omit<DraftFact, 'id'> } {
  const valueSpan = valueTextSpan(article.text, numeral, sentence);
  const valueText = article.text.slice(valueSpan.start, valueSpan.end);
  const parsed = parseQuantity(valueText);
  const quantity = parsed.ok
    ? parsed.quantity
    : { value: Number(numeral.text.replace(',', '.')) || 0, scale: 'one' as const, unit: 'count' as const };
  const following = tokenize(article.text, numeral.end, sentence.end)[0];
  const looksLike: DraftedFact['looksLike'] =
    YEAR_NUMBER.test(numeral.text) && quantity.scale === 'one' && (quantity.unit === 'year' || quantity.unit === 'count')
      ? 'year'
      : following && MONTH_WORD.test(following.norm) && article.text.slice(numeral.end, following.start).trim() === ''
        ? 'date'
        : /[-№]\s*$/u.test(article.text.slice(Math.max(sentence.start, numeral.start - 2), numeral.start)) ||
            /^[IVXLCDM]+$/u.test(numeral.text)
          ? 'identifier'
          : 'quantity';

  let period: Period = { type: 'as-of', year: article.year };
  let periodText: string | undefined;
  if (looksLike === 'quantity') {
    const phrase = phrases[0];
    if (phrase) {
      used.add(phrase);
      periodText = phrase.text;
      const year = Math.max(...phrase.years);
      const earlier = phrases
        .slice(1)
        .flatMap((other) => other.years)
        .find((other) => other < year);
      if (quantity.unit === 'percent' && earlier !== undefined) {
        period = { type: 'year', year, baseYear: earlier };
        phrases.slice(1).forEach((other) => used.add(other));
      } else period = { type: 'year', year };
    }
  }
  return {
    context: excerpt(article.text, valueSpan),
    looksLike,
    span: numeral,
    fact: {
      kind: 'stated',
      article: context.articleId,
      metric: null,
      value: quantity.value,
      scale: quantity.scale,
      unit: quantity.unit,
      qualifier: guessQualifier(article.text, sentence, numeral),
      period,
      // Topics are reviewed by hand (topics.yaml has no keywords): none is proposed, and a
      // confirmed fact needs at least one.
      topics: [],
      speaker: null,
      quote: sentence.text,
      valueText,
      ...(periodText !== undefined ? { periodText } : {}),
    },
  };
}

/**
 * The number with its scale and unit words: "$26 млрд", "28 млрд долларов", "35 млрд кубометров
 * газа в год", "8%"; a bare count takes the next word or two ("девяти ведущих").
 */
function valueTextSpan(text: string, numeral: FoundNumber, sentence: Span): Span {
  const start = numeral.start > sentence.start && text[numeral.start - 1] === '$' ? numeral.start - 1 : numeral.start;
  let end = numeral.end;
  const percent = /^\s?%/u.exec(text.slice(end, sentence.end));
  if (percent) return { start, end: end + percent[0].length };
  const words = tokenize(text, numeral.end, sentence.end);
  let taken = 0;
  for (const word of words.slice(0, 3)) {
    if (!/^[ \u00a0]+$/u.test(text.slice(end, word.start))) break;
    if (!SCALE_WORD.test(word.norm) && !UNIT_WORD.test(word.norm)) break;
    end = word.end + (word.norm === 'тыс' && text[word.end] === '.' ? 1 : 0);
    taken += 1;
  }
  if (/кубометр/u.test(text.slice(numeral.end, end))) {
    const perYear = /^(?:\s+газа)?\s+в год(?!\p{L})/u.exec(text.slice(end, sentence.end));
    if (perYear) end += perYear[0].length;
  }
  if (taken === 0 && !YEAR_NUMBER.test(numeral.text)) {
    for (const word of words.slice(0, 2)) {
      if (!/^[ \u00a0]+$/u.test(text.slice(end, word.start)) || /\d/u.test(word.text)) break;
      end = word.end;
      if (MONTH_WORD.test(word.norm)) break;
    }
  }
  return { start, end };
}

/** From the three words before the number: "более 26 млрд", "не превышает 8%", "около 10". */
function guessQualifier(text: string, sentence: Span, numeral: Span): Qualifier {
  const before = tokenize(text, sentence.start, numeral.start)
    .slice(-3)
    .map((token) => token.norm);
  for (let index = before.length - 1; index >= 0; index--) {
    const word = before[index]!;
    const isNegated = before[index - 1] === 'не';
    if (MORE_THAN.test(word)) return isNegated ? 'at-most' : 'more-than';
    if (AT_MOST.test(word)) return 'at-most';
    if (ABOUT.test(word)) return 'about';
  }
  return 'exact';
}
