/**
 * Draft annotations: what `npm run add-article` writes to pipeline/annotations/drafts/<article>.yaml
 * and how the data build reads it back. Nothing in a draft file is published while its `review`
 * says `draft`. A person confirms an entry (`review: confirmed`), which moves it, minus the
 * draft's own fields, into the annotations the build validates, by exactly the rules of a
 * hand-written entry; or dismisses it with a reason (`review: { dismissed: "…" }`), which
 * accounts for its number or name the way dismissals.yaml does. Open drafts keep their number or
 * name accounted for as "open" and the build reports them, file by file. The draft topic lists of
 * the article's paragraphs (paragraph-topics.yaml entries) can only be confirmed, never dismissed:
 * every paragraph with content needs one, and once the article is confirmed, all of them must be.
 */
import { z } from 'zod';
import type { DataError } from '../errors';
import type { Span } from '../extract/segment-article';
import { locateInContent, type SegmentedArticle } from '../extract/segment-article';
import { ANNOTATION_PATH, type RawAnnotations } from '../transform/validate-annotations';

export const DRAFTS_DIR = 'annotations/drafts';

const ReviewSchema = z.union([
  z.literal('draft'),
  z.literal('confirmed'),
  z.strictObject({ dismissed: z.string().min(1, 'say why it is dismissed') }),
]);
export type Review = z.infer<typeof ReviewSchema>;

/** Fields of a draft fact the build needs before it is confirmed: where its number is. */
const DraftFactSchema = z.looseObject({
  review: ReviewSchema,
  id: z.string(),
  article: z.string(),
  quote: z.string(),
  valueText: z.string(),
  periodText: z.string().optional(),
});

/** A paragraph's topic list: confirmed (topics may stay empty) or still a draft; there is nothing to dismiss. */
const DraftParagraphTopicsSchema = z.looseObject({
  review: z.union([z.literal('draft'), z.literal('confirmed')], {
    error: 'a paragraph needs its topics reviewed: review: confirmed (topics may be empty), or leave it a draft',
  }),
  article: z.string(),
  paragraph: z.number(),
});

const DraftEntitySchema = z.looseObject({
  review: ReviewSchema,
  name: z.string(),
  forms: z.array(z.string()).min(1),
  sentences: z.array(z.string()),
  /** A known entity (id) the name is a form of: confirming adds the forms to its aliases. */
  aliasOf: z.string().nullable(),
  person: z.record(z.string(), z.unknown()).optional(),
  organisation: z.record(z.string(), z.unknown()).optional(),
  place: z.record(z.string(), z.unknown()).optional(),
});

export const DraftFileSchema = z.strictObject({
  article: z.looseObject({
    review: ReviewSchema,
    /** The file as saved (an .html page), when the corpus text was read out of it. */
    source: z.strictObject({ file: z.string(), sha256: z.string(), url: z.string().nullable() }).optional(),
    id: z.string(),
  }),
  /** Absent from drafts written before paragraph topics were reviewed by hand. */
  paragraphTopics: z.array(DraftParagraphTopicsSchema).optional(),
  facts: z.array(DraftFactSchema),
  entities: z.array(DraftEntitySchema),
});
export type DraftFile = z.infer<typeof DraftFileSchema>;

/** Parsed draft files by path (relative to pipeline/), and the sha256 of each corpus file a draft's source names. */
export interface DraftsInput {
  files: Record<string, unknown>;
  sourceSha256: Record<string, string>;
}

export interface DraftStatus {
  file: string;
  open: { article: number; paragraphTopics: number; facts: number; entities: number };
  confirmed: number;
  dismissed: number;
}

/** A number that an open or dismissed draft fact accounts for: its value and period texts inside its quote. */
export interface DraftNumber {
  article: string;
  quote: string;
  parts: string[];
}

export interface AppliedDrafts {
  annotations: RawAnnotations;
  status: DraftStatus[];
  numbers: DraftNumber[];
  /** "annotations/facts.yaml › id" → the draft file the entry came from, to name it in errors. */
  origin: Map<string, string>;
  errors: DataError[];
}

const isOpen = (review: Review) => review === 'draft';
const isDismissed = (review: Review): review is { dismissed: string } => typeof review === 'object';

/** Merges confirmed drafts into (a copy of) the raw annotations. */
export function applyDrafts(raw: RawAnnotations, drafts: DraftsInput | undefined): AppliedDrafts {
  // Copy on write, not a deep clone of the whole annotations (which costs more than every other
  // fixed step of an incremental build at ×1000): the caller's lists are never changed, only
  // copied when a draft adds to them, and an entity that gains aliases is replaced by a copy.
  const annotations = { ...raw } as Record<string, unknown>;
  const result: AppliedDrafts = { annotations: annotations as RawAnnotations, status: [], numbers: [], origin: new Map(), errors: [] };
  if (!drafts) return result;
  const copied = new Set<string>();
  const list = (key: string) => {
    if (!Array.isArray(annotations[key])) return [];
    if (!copied.has(key)) {
      copied.add(key);
      annotations[key] = [...(annotations[key] as unknown[])];
    }
    return annotations[key] as Record<string, unknown>[];
  };
  const rawDismissals = annotations.dismissals as { names?: unknown } | undefined;
  if (typeof rawDismissals === 'object' && rawDismissals !== null) {
    annotations.dismissals = { ...rawDismissals, ...(Array.isArray(rawDismissals.names) ? { names: [...rawDismissals.names] } : {}) };
  }
  const dismissals = (annotations.dismissals ?? {}) as { names?: { text: string; reason: string }[] };
  const dismissName = (name: string, reason: string) => {
    for (const word of name.split(/[\s«»"]+/u).filter((part) => /^\p{Lu}/u.test(part))) dismissals.names?.push({ text: word, reason });
  };

  for (const [file, value] of Object.entries(drafts.files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = DraftFileSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) result.errors.push({ file, entry: issue.path.join('.') || '(file)', reason: issue.message });
      continue;
    }
    const draft = parsed.data;
    const status: DraftStatus = { file, open: { article: 0, paragraphTopics: 0, facts: 0, entities: 0 }, confirmed: 0, dismissed: 0 };
    result.status.push(status);
    const count = (review: Review, kind: keyof DraftStatus['open']) => {
      if (isOpen(review)) status.open[kind] += 1;
      else if (isDismissed(review)) status.dismissed += 1;
      else status.confirmed += 1;
    };

    const { review: articleReview, source, ...article } = draft.article;
    count(articleReview, 'article');
    if (source && drafts.sourceSha256[source.file] !== source.sha256) {
      result.errors.push({
        file,
        entry: `article ${article.id}`,
        reason: `source ${source.file} is missing or has changed (sha256 ${drafts.sourceSha256[source.file] ?? 'none'})`,
      });
    }
    if (isDismissed(articleReview)) continue; // a dismissed article takes its drafts with it
    if (articleReview === 'confirmed') {
      list('articles').push(article);
      result.origin.set(`${ANNOTATION_PATH.articles} › ${article.id}`, file);
    }

    for (const { review, ...paragraph } of draft.paragraphTopics ?? []) {
      count(review, 'paragraphTopics');
      if (articleReview !== 'confirmed') continue; // kept until the article is confirmed
      const label = `${paragraph.article} paragraph ${paragraph.paragraph}`;
      result.origin.set(`${ANNOTATION_PATH.paragraphTopics} › ${label}`, file);
      if (review === 'confirmed') list('paragraphTopics').push(paragraph);
      else {
        result.errors.push({
          file,
          entry: `paragraphTopics ${label}`,
          reason:
            'the article is confirmed, but the topics of this paragraph are still a draft: list them and set review: confirmed (the list may be empty)',
        });
      }
    }

    for (const { review, ...fact } of draft.facts) {
      count(review, 'facts');
      if (review === 'confirmed') {
        list('facts').push(fact);
        result.origin.set(`${ANNOTATION_PATH.facts} › ${fact.id}`, file);
      } else {
        result.numbers.push({
          article: fact.article,
          quote: fact.quote,
          parts: [fact.valueText, ...(fact.periodText ? [fact.periodText] : [])],
        });
      }
    }

    for (const { review, ...entity } of draft.entities) {
      count(review, 'entities');
      if (isDismissed(review)) dismissName(entity.name, review.dismissed);
      else if (isOpen(review)) entity.forms.forEach((form) => dismissName(form, `open draft in ${file}`));
      else if (entity.aliasOf) {
        const owner = ['people', 'organisations', 'places']
          .map(list)
          .find((entries) => entries.some((known) => known.id === entity.aliasOf));
        const index = owner?.findIndex((known) => known.id === entity.aliasOf) ?? -1;
        const target = owner?.[index];
        if (!owner || !target || !Array.isArray(target.aliases)) {
          result.errors.push({ file, entry: `entity "${entity.name}"`, reason: `aliasOf refers to unknown entity "${entity.aliasOf}"` });
        } else {
          const aliases = target.aliases as unknown[];
          owner[index] = { ...target, aliases: [...aliases, ...entity.forms.filter((form) => !aliases.includes(form))] };
        }
      } else {
        const kinds = (['person', 'organisation', 'place'] as const).filter((kind) => entity[kind] !== undefined);
        if (kinds.length !== 1) {
          result.errors.push({
            file,
            entry: `entity "${entity.name}"`,
            reason: 'a confirmed entity needs aliasOf, or exactly one of person, organisation, place',
          });
          continue;
        }
        const key = { person: 'people', organisation: 'organisations', place: 'places' }[kinds[0]!];
        const entry = entity[kinds[0]!]!;
        list(key).push(entry);
        result.origin.set(`${ANNOTATION_PATH[key as 'people']} › ${String(entry.id)}`, file);
      }
    }
  }
  return result;
}

/** Where the numbers of open and dismissed draft facts stand in the segmented articles. */
export function draftNumberSpans(numbers: DraftNumber[], articles: Map<string, SegmentedArticle>): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const number of numbers) {
    const article = articles.get(number.article);
    if (!article) continue;
    const located = locateInContent(article, number.quote);
    if (located.status !== 'found') continue; // then its number is reported as not accounted for
    for (const part of number.parts) {
      const offset = number.quote.indexOf(part);
      if (offset === -1) continue;
      for (const occurrence of located.occurrences) {
        spans.set(number.article, [
          ...(spans.get(number.article) ?? []),
          { start: occurrence.start + offset, end: occurrence.start + offset + part.length },
        ]);
      }
    }
  }
  return spans;
}

/** Names an error after the draft file an entry came from. */
export function locateDraftError(error: DataError, origin: Map<string, string>): DataError {
  const file = origin.get(`${error.file} › ${error.entry}`);
  return file ? { ...error, file, reason: `${error.reason} (confirmed draft; ${error.file} rules)` } : error;
}

/** "2 drafts open in annotations/drafts/x.yaml (1 article, 5 paragraph topic lists, 12 facts, 4 entities)". */
export function describeDrafts(status: DraftStatus[]): string[] {
  return status.flatMap((item) => {
    const open = item.open.article + item.open.paragraphTopics + item.open.facts + item.open.entities;
    if (open === 0) return [];
    const parts = [
      item.open.article ? `${item.open.article} article` : '',
      item.open.paragraphTopics ? `${item.open.paragraphTopics} paragraph topic list${item.open.paragraphTopics === 1 ? '' : 's'}` : '',
      item.open.facts ? `${item.open.facts} fact${item.open.facts === 1 ? '' : 's'}` : '',
      item.open.entities ? `${item.open.entities} entit${item.open.entities === 1 ? 'y' : 'ies'}` : '',
    ].filter(Boolean);
    return [`${open} draft${open === 1 ? '' : 's'} open in ${item.file} (${parts.join(', ')}): confirm or dismiss each`];
  });
}
