/**
 * Rules over the annotations as a whole, once the texts are located: both languages for every
 * human-written text, quote subjects named where they are claimed, corridors honest about what
 * is drawn rather than said, events whose place and people the evidence names, and a reviewed
 * topic list for every paragraph.
 */
import type { Mention, Quote } from '../../src/data/schemas/dataset';
import type { ErrorCollector } from '../errors';
import { entryLabel } from '../errors';
import type { SegmentedArticle } from '../extract/segment-article';
import type { Annotations } from '../sources/annotation-schemas';
import { requireText, type ArticleIndex } from './locate';
import { ANNOTATION_PATH, type AnnotationKey, type RawAnnotations } from './validate-annotations';

/** Fields whose Russian form has no suffix (none today; `title` is the verbatim headline, not a pair). */
const UNSUFFIXED_RU = new Set<string>();

const [R, U, E, N] = ['R', 'u', 'E', 'n'].map((letter) => letter.charCodeAt(0));

/** Whether a key ends in "Ru" or "En" after at least one character (read by code unit: it runs on every key). */
function hasLanguageSuffix(key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  const before = key.charCodeAt(key.length - 2);
  return key.length > 2 && ((before === R && last === U) || (before === E && last === N));
}

/**
 * Every human-written text comes in a `…Ru` / `…En` pair: a key with one suffix and not the other
 * is an error naming the file, the entry, the field and the missing language. Runs on the raw
 * YAML, before the schemas, so the message says which language is missing rather than "required".
 * List entries in `checked` passed when the build cache stored them and are skipped; returns the
 * list entries that failed (the cache must not store them).
 */
export function checkBothLanguages(raw: RawAnnotations, errors: ErrorCollector, checked?: ReadonlySet<object>): Set<unknown> {
  const failed = new Set<unknown>();
  // The path to a field is written out only for an error: building it for every field of every
  // entry was most of this check's time at ×1000.
  const path: (string | number)[] = [];
  const pathText = () => path.map((part, at) => (typeof part === 'number' ? `[${part}]` : at === 0 ? part : `.${part}`)).join('');
  const visit = (value: unknown, file: string, entry: () => string) => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], file, entry);
        path.pop();
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const isSet = (key: string) => typeof record[key] === 'string' && (record[key] as string).trim() !== '';
    for (const key of Object.keys(record)) {
      if (hasLanguageSuffix(key) && isSet(key)) {
        const [base, language] = [key.slice(0, -2), key.slice(-2)];
        const other = language === 'Ru' ? `${base}En` : UNSUFFIXED_RU.has(base) ? base : `${base}Ru`;
        const isOtherPresent = isSet(other) || (UNSUFFIXED_RU.has(base) && other in record);
        if (!isOtherPresent) {
          const missing = language === 'Ru' ? 'English' : 'Russian';
          const where = path.length > 0 ? `${pathText()}.` : '';
          errors.add(file, entry(), `${where}${key} has no ${missing} counterpart: add ${where}${other} (${missing})`);
        }
      }
      const child = record[key];
      if (typeof child !== 'object' || child === null) continue;
      path.push(key);
      visit(child, file, entry);
      path.pop();
    }
  };
  for (const [key, value] of Object.entries(raw) as [AnnotationKey, unknown][]) {
    const file = ANNOTATION_PATH[key];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (checked && typeof item === 'object' && item !== null && checked.has(item)) return;
        const before = errors.errors.length;
        visit(item, file, () => entryLabel(item, index));
        if (errors.errors.length > before) failed.add(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [collection, items] of Object.entries(value as Record<string, unknown>)) {
        if (Array.isArray(items)) items.forEach((item, index) => visit(item, file, () => `${collection} ${entryLabel(item, index)}`));
      }
    }
  }
  return failed;
}

const within = (mention: { article: string; start: number; end: number }, span: { article: string; start: number; end: number }) =>
  mention.article === span.article && span.start <= mention.start && mention.end <= span.end;

/**
 * Mentions filed by entity, then article: the rules below ask "is X named in this span / paragraph",
 * once per subject, waypoint or participant; scanning every mention each time would make the
 * build quadratic in the corpus.
 */
export class MentionIndex {
  private readonly byEntity = new Map<string, Map<string, Mention[]>>();
  constructor(mentions: Mention[]) {
    for (const mention of mentions) {
      let articles = this.byEntity.get(mention.entity);
      if (!articles) this.byEntity.set(mention.entity, (articles = new Map()));
      const list = articles.get(mention.article);
      if (list) list.push(mention);
      else articles.set(mention.article, [mention]);
    }
  }
  /** Whether `entity` is mentioned inside one of the spans. */
  isNamedWithin(entity: string, spans: { article: string; start: number; end: number }[]): boolean {
    const articles = this.byEntity.get(entity);
    if (!articles) return false;
    return spans.some((span) => (articles.get(span.article) ?? []).some((mention) => within(mention, span)));
  }
  /** Whether `entity` is mentioned in one of the paragraphs (article id and paragraph index). */
  isNamedInParagraphs(entity: string, paragraphs: { article: string; paragraph: number }[]): boolean {
    const articles = this.byEntity.get(entity);
    if (!articles) return false;
    return paragraphs.some((at) => (articles.get(at.article) ?? []).some((mention) => mention.paragraph === at.paragraph));
  }
}

const asIndex = (mentions: Mention[] | MentionIndex) => (mentions instanceof MentionIndex ? mentions : new MentionIndex(mentions));

/**
 * A quote is about only what it names: each person, organisation or place in `about` must be
 * mentioned inside the quote, or inside its declared `context` sentence (verbatim, same article).
 * Corridors and hubs are defined by the quotes that name them, so they are not checked here.
 */
export function checkQuoteSubjects(
  annotations: Annotations,
  quotes: Quote[],
  mentionList: Mention[] | MentionIndex,
  articles: ArticleIndex,
  errors: ErrorCollector,
): void {
  const mentions = asIndex(mentionList);
  const named = new Set([...annotations.people, ...annotations.organisations, ...annotations.places].map((entity) => entity.id));
  const built = new Map(quotes.map((quote) => [quote.id, quote]));
  for (const annotation of annotations.quotes) {
    const quote = built.get(annotation.id);
    if (!quote) continue;
    const spans: { article: string; start: number; end: number }[] = [quote.location];
    if (annotation.context !== undefined) {
      const found = requireText(articles, annotation.article, annotation.context, 'context', errors, ANNOTATION_PATH.quotes, annotation.id);
      spans.push(...found.map((occurrence) => ({ article: annotation.article, start: occurrence.start, end: occurrence.end })));
    }
    for (const subject of annotation.about) {
      if (!named.has(subject)) continue;
      const isNamed = mentions.isNamedWithin(subject, spans);
      if (!isNamed) {
        errors.add(
          ANNOTATION_PATH.quotes,
          annotation.id,
          `about names "${subject}", which the quote${annotation.context ? ' and its context' : ''} never mention${annotation.context ? '' : ' (name it, or declare the sentence that does as `context`)'}`,
        );
      }
    }
  }
}

/** Which waypoints of each corridor a quote about it names: `true` at index i when waypoint i is named. */
export function namedWaypoints(annotations: Annotations, quotes: Quote[], mentionList: Mention[] | MentionIndex): Map<string, boolean[]> {
  const mentions = asIndex(mentionList);
  const spansAbout = new Map<string, Quote['location'][]>();
  for (const quote of quotes) {
    for (const id of new Set(quote.about)) {
      const spans = spansAbout.get(id);
      if (spans) spans.push(quote.location);
      else spansAbout.set(id, [quote.location]);
    }
  }
  const result = new Map<string, boolean[]>();
  for (const corridor of annotations.corridors.corridors) {
    const spans = spansAbout.get(corridor.id) ?? [];
    result.set(
      corridor.id,
      corridor.waypoints.map((waypoint) => 'place' in waypoint && mentions.isNamedWithin(waypoint.place, spans)),
    );
  }
  return result;
}

/**
 * A corridor says what is inferred: when its kind is inferred or a waypoint is named by no quote
 * about it, inferenceRu/inferenceEn must say so (and name every unnamed waypoint in English).
 */
export function checkCorridorInference(annotations: Annotations, named: Map<string, boolean[]>, errors: ErrorCollector): void {
  const placeNames = new Map(annotations.places.map((place) => [place.id, place]));
  for (const corridor of annotations.corridors.corridors) {
    const entry = `corridors ${corridor.id}`;
    const flags = named.get(corridor.id) ?? [];
    const unnamed = corridor.waypoints.filter((_, index) => !flags[index]);
    const isInferred = corridor.isKindInferred || unnamed.length > 0;
    if (isInferred && (!corridor.inferenceRu || !corridor.inferenceEn)) {
      errors.add(
        ANNOTATION_PATH.corridors,
        entry,
        `${corridor.isKindInferred ? 'its kind is inferred' : ''}${corridor.isKindInferred && unnamed.length ? ' and ' : ''}${unnamed.length ? `${unnamed.length} waypoint(s) are named by no quote about it` : ''}: say so in inferenceRu and inferenceEn`,
      );
    }
    for (const waypoint of unnamed) {
      const names = 'place' in waypoint ? placeNames.get(waypoint.place) : waypoint;
      if (!names) continue;
      if (corridor.inferenceEn && !corridor.inferenceEn.includes(names.nameEn))
        errors.add(ANNOTATION_PATH.corridors, entry, `inferenceEn does not list the unnamed waypoint "${names.nameEn}"`);
      if (corridor.inferenceRu && !corridor.inferenceRu.includes(names.nameRu))
        errors.add(ANNOTATION_PATH.corridors, entry, `inferenceRu does not list the unnamed waypoint "${names.nameRu}"`);
    }
    if (!isInferred && (corridor.inferenceRu || corridor.inferenceEn)) {
      errors.add(
        ANNOTATION_PATH.corridors,
        entry,
        'nothing about it is inferred (kind stated, every waypoint named): remove the inference',
      );
    }
  }
}

/**
 * An event's place and participants must be named where its evidence stands: in the paragraph of
 * one of its evidence sentences (a visit's evidence names the visitor; a plan said by a speaker
 * does not make the speaker a participant).
 */
export function checkEventNames(
  annotations: Annotations,
  mentionList: Mention[] | MentionIndex,
  articles: ArticleIndex,
  errors: ErrorCollector,
): void {
  const mentions = asIndex(mentionList);
  for (const event of annotations.events) {
    const paragraphs = event.evidence.flatMap((item) => {
      const article = articles.get(item.article);
      const found = article ? findParagraphs(article, item.text) : [];
      return found.map((paragraph) => ({ article: item.article, paragraph }));
    });
    const isNamed = (id: string) => mentions.isNamedInParagraphs(id, paragraphs);
    for (const id of [...(event.place ? [event.place] : []), ...event.participants]) {
      if (!isNamed(id)) {
        errors.add(
          ANNOTATION_PATH.events,
          event.id,
          `${id === event.place ? 'place' : 'participant'} "${id}" is not named in the paragraph of any of its evidence`,
        );
      }
    }
  }
}

function findParagraphs(article: SegmentedArticle, text: string): number[] {
  const paragraphs = new Set<number>();
  let from = article.text.indexOf(text);
  while (from !== -1) {
    const paragraph = article.paragraphs.find((candidate) => candidate.start <= from && from < candidate.end);
    if (paragraph) paragraphs.add(paragraph.index);
    from = article.text.indexOf(text, from + 1);
  }
  return [...paragraphs];
}
