/**
 * Checks each fact against its article and turns it into the published form: a stated fact's
 * quote, value and period must be in the text; a derived fact's formula must give its value.
 */
import { compile, type EvalFunction } from 'mathjs';
import { SCALE_FACTORS, type Qualifier } from '../../src/data/schemas/common';
import type { Fact } from '../../src/data/schemas/dataset';
import type { ErrorCollector } from '../errors';
import { parseQuantity, resolvePeriodYears } from '../extract/numbers';
import type { Span } from '../extract/segment-article';
import type { DerivedFactAnnotation, FactAnnotation, StatedFactAnnotation } from '../sources/annotation-schemas';
import { requireText, requireWithin, toLocation, type ArticleIndex } from './locate';
import { ANNOTATION_PATH } from './validate-annotations';

const FILE = ANNOTATION_PATH.facts;

export interface FactsResult {
  facts: Fact[];
  /** Spans of the text that facts account for (values, periods), by article: numbers there are covered. */
  coveredSpans: Map<string, Span[]>;
}

export function buildFacts(annotations: FactAnnotation[], articles: ArticleIndex, errors: ErrorCollector): FactsResult {
  const coveredSpans = new Map<string, Span[]>();
  const cover = (article: string, spans: Span[]) => coveredSpans.set(article, [...(coveredSpans.get(article) ?? []), ...spans]);
  const byId = new Map(annotations.map((fact) => [fact.id, fact]));
  // Within one build, equal texts, periods and formulas are read once (a large corpus repeats them).
  const quantities = new Map<string, ReturnType<typeof parseQuantity>>();
  const readQuantity = (valueText: string, unitText: string | undefined) => {
    const key = `${valueText}\u0000${unitText ?? ''}`;
    let parsed = quantities.get(key);
    if (!parsed) quantities.set(key, (parsed = parseQuantity(valueText, unitText)));
    return parsed;
  };
  const periods = new Map<string, number[]>();
  const readPeriod = (periodText: string, articleYear: number) => {
    const key = `${periodText}\u0000${articleYear}`;
    let years = periods.get(key);
    if (!years) periods.set(key, (years = resolvePeriodYears(periodText, articleYear)));
    return years;
  };
  const formulas = new Map<string, EvalFunction>();
  const facts = annotations.flatMap((annotation): Fact[] => {
    const base = {
      id: annotation.id,
      metric: annotation.metric,
      value: annotation.value,
      scale: annotation.scale,
      unit: annotation.unit,
      absoluteValue: annotation.value * SCALE_FACTORS[annotation.scale],
      qualifier: annotation.qualifier,
      period: annotation.period,
      topics: annotation.topics,
      corridor: annotation.corridor ?? null,
      noteRu: annotation.noteRu ?? null,
      noteEn: annotation.noteEn ?? null,
    };
    if (annotation.kind === 'derived') {
      checkDerived(annotation, byId, errors, formulas);
      return [{ ...base, kind: 'derived', formula: annotation.formula, inputs: annotation.inputs, decimals: annotation.decimals }];
    }
    const stated = checkStated(annotation, articles, errors, cover, readQuantity, readPeriod);
    return stated
      ? [{ ...base, kind: 'stated', article: annotation.article, speaker: annotation.speaker, valueText: annotation.valueText, ...stated }]
      : [];
  });
  return { facts, coveredSpans };
}

function checkStated(
  fact: StatedFactAnnotation,
  articles: ArticleIndex,
  errors: ErrorCollector,
  cover: (article: string, spans: Span[]) => void,
  readQuantity: typeof parseQuantity,
  readPeriod: typeof resolvePeriodYears,
): Pick<Extract<Fact, { kind: 'stated' }>, 'quote' | 'attribution'> | null {
  const occurrences = requireText(articles, fact.article, fact.quote, 'quote', errors, FILE, fact.id);
  const first = occurrences[0];
  if (!first) return null;

  const valueSpans = requireWithin(occurrences, fact.quote, fact.valueText, 'valueText', errors, FILE, fact.id);
  cover(fact.article, valueSpans);
  if (fact.unitText !== undefined) requireWithin(occurrences, fact.quote, fact.unitText, 'unitText', errors, FILE, fact.id);
  const parsed = readQuantity(fact.valueText, fact.unitText);
  if (!parsed.ok) errors.add(FILE, fact.id, parsed.reason);
  else {
    const { value, scale, unit } = parsed.quantity;
    if (value !== fact.value) errors.add(FILE, fact.id, `the quote says ${value} ("${fact.valueText}") but value is ${fact.value}`);
    if (scale !== fact.scale) errors.add(FILE, fact.id, `the quote's scale is ${scale} ("${fact.valueText}") but scale is ${fact.scale}`);
    if (unit !== fact.unit) errors.add(FILE, fact.id, `the quote's unit is ${unit} ("${fact.valueText}") but unit is ${fact.unit}`);
  }

  if (fact.periodText !== undefined) {
    cover(fact.article, requireWithin(occurrences, fact.quote, fact.periodText, 'periodText', errors, FILE, fact.id));
    const articleYear = articles.get(fact.article)?.year ?? 0;
    const named = readPeriod(fact.periodText, articleYear);
    const period = fact.period;
    const allowed =
      period.type === 'span'
        ? [period.from, period.to]
        : period.type === 'open'
          ? []
          : [period.year, ...(period.type === 'year' && period.baseYear ? [period.baseYear] : [])];
    if (named.length === 0) errors.add(FILE, fact.id, `periodText "${fact.periodText}" names no year`);
    for (const year of named) {
      if (!allowed.includes(year)) {
        errors.add(
          FILE,
          fact.id,
          `periodText "${fact.periodText}" resolves to ${year} (article year ${articleYear}) but the period is ${JSON.stringify(period)}`,
        );
      }
    }
  }

  let attribution = null;
  if (fact.attribution !== undefined) {
    const found = requireText(articles, fact.article, fact.attribution, 'attribution', errors, FILE, fact.id)[0];
    if (found) attribution = toLocation(fact.article, found, fact.attribution);
  }
  return { quote: toLocation(fact.article, first, fact.quote), attribution };
}

function checkDerived(
  fact: DerivedFactAnnotation,
  byId: Map<string, FactAnnotation>,
  errors: ErrorCollector,
  formulas: Map<string, EvalFunction>,
): void {
  const scope: Record<string, number> = {};
  const qualifiers: Record<string, Qualifier> = {};
  for (const [name, inputId] of Object.entries(fact.inputs)) {
    const input = byId.get(inputId);
    if (!input) return; // reported by the reference check
    if (input.kind !== 'stated') {
      errors.add(FILE, fact.id, `input ${name} = ${inputId} is itself derived; derive from stated facts only`);
      return;
    }
    scope[name] = input.value;
    qualifiers[name] = input.qualifier;
  }
  for (const name of fact.approximateInputs ?? []) {
    if (!(name in scope)) errors.add(FILE, fact.id, `approximateInputs names "${name}", which is not one of its inputs`);
    else qualifiers[name] = 'about';
  }
  const evaluateAt = (values: Record<string, number>): number | string => {
    try {
      // Compiled once per formula: the qualifier rule evaluates each formula several times.
      let compiled = formulas.get(fact.formula);
      if (!compiled) formulas.set(fact.formula, (compiled = compile(fact.formula)));
      const result: unknown = compiled.evaluate(values);
      return typeof result === 'number' && Number.isFinite(result) ? result : `gives ${String(result)}, not a number`;
    } catch (error) {
      return `does not evaluate: ${(error as Error).message}`;
    }
  };
  const result = evaluateAt(scope);
  if (typeof result === 'string') {
    errors.add(FILE, fact.id, `formula "${fact.formula}" ${result}`);
    return;
  }
  const factor = 10 ** fact.decimals;
  const rounded = Math.round(result * factor) / factor;
  if (rounded !== fact.value) {
    errors.add(
      FILE,
      fact.id,
      `formula "${fact.formula}" gives ${result} (${rounded} at ${fact.decimals} decimals) but value is ${fact.value}`,
    );
  }
  const expected = propagateQualifier(
    qualifiers,
    (name) => {
      const nudged = evaluateAt({ ...scope, [name]: scope[name]! * (1 + 1e-6) + 1e-9 });
      return typeof nudged === 'number' ? Math.sign(nudged - result) : 0;
    },
    rounded - result,
  );
  if (expected.qualifier !== fact.qualifier) {
    errors.add(FILE, fact.id, `qualifier is "${fact.qualifier}" but its inputs make it "${expected.qualifier}": ${expected.reason}`);
  }
}

/**
 * The qualifier a derived value inherits from its inputs' qualifiers (the rule, documented in
 * facts.yaml):
 *
 * | inputs                                          | result                                   |
 * | ----------------------------------------------- | ---------------------------------------- |
 * | all exact                                        | exact                                    |
 * | any about (or listed in approximateInputs)       | about                                    |
 * | bounds only, all pushing the result one way      | that bound: more-than or at-most         |
 * | bounds pushing the result both ways              | about                                    |
 *
 * An input bound pushes the result the way the formula moves with that input: a lower bound
 * ("more than 26") in a numerator gives a lower bound, in a denominator an upper bound. The sign
 * comes from nudging the input (`slope`). Rounding the result must not break the bound: a
 * lower bound may only round down, an upper bound only up (`roundingError` = rounded − exact);
 * otherwise it is "about".
 *
 * @internal exported for tests
 */
export function propagateQualifier(
  qualifiers: Record<string, Qualifier>,
  slope: (name: string) => number,
  roundingError = 0,
): { qualifier: Qualifier; reason: string } {
  const names = Object.keys(qualifiers);
  const approximate = names.filter((name) => qualifiers[name] === 'about');
  if (approximate.length > 0) return { qualifier: 'about', reason: `input ${approximate.join(', ')} is approximate` };
  const bounds = new Set<Qualifier>();
  const parts: string[] = [];
  for (const name of names) {
    const qualifier = qualifiers[name]!;
    if (qualifier === 'exact') continue;
    const direction = slope(name);
    if (direction === 0) return { qualifier: 'about', reason: `the formula does not move monotonically with ${name}` };
    const isLower = (qualifier === 'more-than') === direction > 0;
    bounds.add(isLower ? 'more-than' : 'at-most');
    parts.push(`${name} is ${qualifier} and the result ${direction > 0 ? 'rises' : 'falls'} with it`);
  }
  if (bounds.size === 0) return { qualifier: 'exact', reason: 'every input is exact' };
  if (bounds.size > 1) return { qualifier: 'about', reason: `${parts.join('; ')}: the bounds pull both ways` };
  const bound = [...bounds][0]!;
  const isRoundingSafe = bound === 'more-than' ? roundingError <= 1e-12 : roundingError >= -1e-12;
  if (!isRoundingSafe) return { qualifier: 'about', reason: `${parts.join('; ')}, but rounding moved the value past the bound` };
  return { qualifier: bound, reason: parts.join('; ') };
}
