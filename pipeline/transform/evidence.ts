/** Quotes, events and stated roles: each must stand verbatim in an article body. */
import type { AtlasEvent, Quote } from '../../src/data/schemas/dataset';
import type { ErrorCollector } from '../errors';
import { findAll, type Span } from '../extract/segment-article';
import type { Annotations } from '../sources/annotation-schemas';
import { requireText, requireWithin, toLocation, type ArticleIndex } from './locate';
import { ANNOTATION_PATH } from './validate-annotations';

export function buildQuotes(annotations: Annotations['quotes'], articles: ArticleIndex, errors: ErrorCollector): Quote[] {
  return annotations.flatMap((quote) => {
    const found = requireText(articles, quote.article, quote.text, 'quote', errors, ANNOTATION_PATH.quotes, quote.id)[0];
    if (!found) return [];
    return [
      {
        id: quote.id,
        speaker: quote.speaker,
        form: quote.form,
        topics: quote.topics,
        about: quote.about,
        location: toLocation(quote.article, found, quote.text),
      },
    ];
  });
}

export function buildEvents(
  annotations: Annotations['events'],
  articles: ArticleIndex,
  errors: ErrorCollector,
): { events: AtlasEvent[]; coveredSpans: Map<string, Span[]> } {
  const coveredSpans = new Map<string, Span[]>();
  const events = annotations.map((event): AtlasEvent => {
    const evidence = event.evidence.flatMap((item) => {
      const occurrences = requireText(articles, item.article, item.text, 'evidence', errors, ANNOTATION_PATH.events, event.id);
      for (const part of item.covers ?? []) {
        const spans = requireWithin(occurrences, item.text, part, 'covers', errors, ANNOTATION_PATH.events, event.id);
        coveredSpans.set(item.article, [...(coveredSpans.get(item.article) ?? []), ...spans]);
      }
      return occurrences[0] ? [toLocation(item.article, occurrences[0], item.text)] : [];
    });
    return {
      id: event.id,
      nameRu: event.nameRu,
      nameEn: event.nameEn,
      labelRu: event.labelRu,
      labelEn: event.labelEn,
      date: event.date,
      endDate: event.endDate ?? null,
      precision: event.precision,
      dateEvidenceRu: event.dateEvidenceRu,
      dateEvidenceEn: event.dateEvidenceEn,
      place: event.place ?? null,
      participants: event.participants,
      topics: event.topics,
      evidence,
    };
  });
  return { events, coveredSpans };
}

/**
 * A person's role must be quoted as the article states it. Credits and bylines live in page
 * chrome, so for journalists and photographers the whole file counts.
 */
export function checkRoles(people: Annotations['people'], articles: ArticleIndex, errors: ErrorCollector): void {
  for (const person of people) {
    for (const role of person.roles) {
      const article = articles.get(role.article);
      if (!article) continue;
      const isCredited = person.corpusRole === 'journalist' || person.corpusRole === 'photographer';
      if (isCredited) {
        if (findAll(article.text, role.textRu).length === 0) {
          errors.add(ANNOTATION_PATH.people, person.id, `role "${role.textRu}" is not found verbatim in article ${role.article}`);
        }
      } else {
        requireText(articles, role.article, role.textRu, 'role', errors, ANNOTATION_PATH.people, person.id);
      }
    }
  }
}

/** Number dismissals: every occurrence of the text in the article's content is covered. */
export function dismissedSpans(
  annotations: Annotations['dismissals'],
  articles: ArticleIndex,
  errors: ErrorCollector,
): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const dismissal of annotations.numbers) {
    const entry = `numbers "${dismissal.text}"`;
    const occurrences = requireText(
      articles,
      dismissal.article,
      dismissal.text,
      'dismissed text',
      errors,
      ANNOTATION_PATH.dismissals,
      entry,
    );
    if (occurrences.length > 0 && !/\d|[IVXLCDM]{2,}/u.test(dismissal.text)) {
      errors.add(ANNOTATION_PATH.dismissals, entry, 'a number dismissal must contain the number it dismisses');
    }
    spans.set(dismissal.article, [...(spans.get(dismissal.article) ?? []), ...occurrences]);
  }
  return spans;
}
