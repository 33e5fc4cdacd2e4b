/**
 * Source lines in words, in the reader's language: "Anton Arutyunov, Unnamed Kazakhstani
 * newspaper, Oct – 11 Nov 2025 (date uncertain)"; a derived fact says what it was computed from,
 * never the ids of its inputs.
 */
import type { DatasetFiles, Fact } from '../data/schemas/dataset';
import { pick } from '../i18n/i18n';
import { ENGLISH, formatPartialDate, formatPeriod, formatValue, type Locale, stableSpaces } from './format';

export function describeArticle(articles: DatasetFiles['articles'], articleId: string, locale: Locale = ENGLISH): string {
  const article = articles.articles.find((candidate) => candidate.id === articleId);
  if (!article) return locale.t('facts.articleVoice');
  const outlet = pick(locale.language, article.outlet.nameEn, article.outlet.nameRu);
  const { date, precision, latest } = article.published;
  return `${outlet}, ${formatPartialDate(date, precision, locale, latest)}`;
}

export function personName(entities: DatasetFiles['entities'], id: string | null, locale: Locale = ENGLISH): string {
  if (!id) return locale.t('facts.articleVoice');
  const person = entities.people.find((candidate) => candidate.id === id);
  return person ? pick(locale.language, person.nameEn, person.nameRu) : locale.t('facts.articleVoice');
}

/** What describing a derived fact's inputs needs; metric labels are used when `topics` is there. */
export type SourceInputs = Pick<DatasetFiles, 'entities' | 'articles'> & Partial<Pick<DatasetFiles, 'facts' | 'topics'>>;

/** "Bilateral trade turnover" → "bilateral trade turnover"; "SME share" stays. */
function lowerFirst(text: string): string {
  return text.length > 1 && text[1] === text[1]!.toLowerCase() ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function listOf(items: string[], locale: Locale): string {
  return stableSpaces(new Intl.ListFormat(locale.language, { type: 'conjunction' }).format(items));
}

/** One input of a derived fact in words: "bilateral trade turnover, more than $26 billion in 2022 (Ivan Alekseev)". */
function describeInput(input: Fact, data: SourceInputs, locale: Locale): string {
  const metric = data.topics?.metrics.find((candidate) => candidate.id === input.metric);
  const amount = formatValue(input.value, input.scale, input.unit, input.qualifier, false, locale);
  // An open period (a plan, a capacity) has no "in …" to say.
  const value =
    input.period.type === 'open' ? amount : locale.t('format.in', { value: amount, period: formatPeriod(input.period, locale) });
  const what = metric ? `${lowerFirst(pick(locale.language, metric.labelEn, metric.labelRu))}, ${value}` : value;
  const who = input.kind === 'stated' ? personName(data.entities, input.speaker, locale) : locale.t('facts.derivedBy');
  return `${what} (${who})`;
}

/** The inputs of a derived fact, in formula order; unknown ids are left out (never shown). */
function inputsOf(fact: Extract<Fact, { kind: 'derived' }>, facts: Fact[] | undefined): [string, Fact][] {
  return Object.entries(fact.inputs).flatMap(([name, id]): [string, Fact][] => {
    const input = facts?.find((candidate) => candidate.id === id);
    return input ? [[name, input]] : [];
  });
}

/**
 * Where a fact comes from, in one line: the speaker and the article for a stated fact; for a
 * derived one, what it was computed from ("derived by Partnership Atlas from more than $26
 * billion in 2022 (Ivan Alekseev) and $28 billion in 2024 (Anton Arutyunov)").
 */
export function describeFactSource(fact: Fact, data: SourceInputs, locale: Locale = ENGLISH): string {
  if (fact.kind === 'derived') {
    const inputs = inputsOf(fact, data.facts?.facts);
    if (inputs.length === 0) return locale.t('format.derivedFromStated');
    return locale.t('format.derivedFrom', {
      inputs: listOf(
        inputs.map(([, input]) => describeInput(input, data, locale)),
        locale,
      ),
    });
  }
  return [personName(data.entities, fact.speaker, locale), describeArticle(data.articles, fact.article, locale)].join(', ');
}

const OPERATORS: Record<string, string> = { '*': '×', '/': '÷', '-': '−', '+': '+', '(': '(', ')': ')' };

/**
 * A derived fact's formula in words and numbers, for the reader: "(28 ÷ 26 − 1) × 100 = at most
 * 7.7%, where 28 is bilateral trade turnover, $28 billion in 2024 (Anton Arutyunov), and 26 is
 * …". Null for a stated fact. Variable names never appear: each becomes its input's number.
 */
export function describeDerivation(fact: Fact, data: SourceInputs, locale: Locale = ENGLISH): string | null {
  if (fact.kind !== 'derived') return null;
  const inputs = new Map(inputsOf(fact, data.facts?.facts));
  const number = (value: number) => stableSpaces(new Intl.NumberFormat(locale.language, { maximumFractionDigits: 6 }).format(value));
  const tokens = fact.formula.match(/[A-Za-z_]\w*|\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  const expression = tokens
    .map((token, index) => {
      if (/^[A-Za-z_]/.test(token)) {
        const input = inputs.get(token);
        return input ? number(input.value) : '?';
      }
      if (/^\d/.test(token)) return number(Number(token));
      const symbol = OPERATORS[token] ?? token;
      if (token === '(') return symbol;
      if (token === ')') return symbol;
      // A minus after an operator or "(" (or first) is a sign, written without spaces.
      const previous = tokens[index - 1];
      return token === '-' && (previous === undefined || /^[-+*/(]$/.test(previous)) ? symbol : ` ${symbol} `;
    })
    .join('')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
  const result = formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale);
  // In the order the formula names them, so the words follow the numbers.
  const order = [...new Set(tokens.filter((token) => inputs.has(token)))];
  const described = order
    .map((name) => inputs.get(name)!)
    .map((input) => locale.t('format.derivationInput', { number: number(input.value), input: describeInput(input, data, locale) }));
  return locale.t('format.derivation', { expression, result, inputs: listOf(described, locale) });
}
