/**
 * Schemas of the hand-edited files in pipeline/annotations. Strict objects: a misspelt key is an
 * error, not a silently ignored field.
 */
import { z } from 'zod';
import {
  ChromeKindSchema,
  CorridorKindSchema,
  CorridorStatusSchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  PartialDateSchema,
  PeriodSchema,
  PrecisionSchema,
  QualifierSchema,
  QuoteFormSchema,
  ScaleSchema,
  UnitSchema,
} from '../../src/data/schemas/common';
import { EVENT_LABEL_MAX, MetricSchema, OrganisationSchema, PersonSchema, PlaceSchema, RoleSchema } from '../../src/data/schemas/dataset';

const text = z.string().min(1, 'must not be empty');

export const ArticleAnnotationSchema = z.strictObject({
  id: IdSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  /** SHA-256 of the file's bytes: every offset in the dataset refers to exactly these bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: text.nullable(),
  /** The article's name in Russian: its headline, or (untitled) a description. */
  titleRu: text,
  titleEn: text,
  outlet: z.strictObject({ nameRu: text, nameEn: text, evidenceRu: text, evidenceEn: text }),
  published: z.strictObject({
    date: PartialDateSchema,
    precision: PrecisionSchema,
    /** When the text only bounds the date: the latest it can be (`date` is then the earliest). */
    latest: PartialDateSchema.optional(),
    evidenceRu: text,
    evidenceEn: text,
  }),
  body: z.strictObject({ startsAt: text, endsBefore: text.optional() }),
  chrome: z.array(z.strictObject({ text, kind: ChromeKindSchema })),
});
export type ArticleAnnotation = z.infer<typeof ArticleAnnotationSchema>;

export const TopicAnnotationSchema = z.strictObject({
  id: IdSchema,
  labelRu: text,
  labelEn: text,
});

/**
 * The reviewed topics of one paragraph (paragraph-topics.yaml). `starts` is the paragraph's first
 * words, verbatim, so the list stays aligned with the text; `topics` may be empty.
 */
export const ParagraphTopicsAnnotationSchema = z.strictObject({
  article: IdSchema,
  paragraph: z.number().int().nonnegative(),
  starts: text,
  topics: z.array(IdSchema),
});
export type ParagraphTopicsAnnotation = z.infer<typeof ParagraphTopicsAnnotationSchema>;

export const MetricAnnotationSchema = z.strictObject(MetricSchema.shape);

const StatedFactAnnotationSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('stated'),
  article: IdSchema,
  metric: IdSchema,
  value: z.number(),
  scale: ScaleSchema,
  unit: UnitSchema,
  qualifier: QualifierSchema,
  period: PeriodSchema,
  topics: z.array(IdSchema).min(1),
  speaker: IdSchema.nullable(),
  attribution: text.optional(),
  corridor: IdSchema.optional(),
  quote: text,
  valueText: text,
  /** Part of the quote that states the unit when valueText does not ("в год" a sentence earlier). */
  unitText: text.optional(),
  periodText: text.optional(),
  noteRu: text.optional(),
  noteEn: text.optional(),
});

const DerivedFactAnnotationSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('derived'),
  metric: IdSchema,
  value: z.number(),
  scale: ScaleSchema,
  unit: UnitSchema,
  qualifier: QualifierSchema,
  period: PeriodSchema,
  topics: z.array(IdSchema).min(1),
  corridor: IdSchema.optional(),
  /** Variable name → fact id. */
  inputs: z.record(z.string().regex(/^[a-zA-Z]\w*$/, 'input names are identifiers'), IdSchema),
  formula: text,
  /** The value is the formula's result rounded to this many decimals. */
  decimals: z.number().int().min(0).max(6),
  /**
   * Inputs whose stated value is taken as rounded (a round "10%"): the qualifier rule treats them
   * as "about". Say why in the note.
   */
  approximateInputs: z.array(z.string()).optional(),
  noteRu: text.optional(),
  noteEn: text.optional(),
});
export const FactAnnotationSchema = z.discriminatedUnion('kind', [StatedFactAnnotationSchema, DerivedFactAnnotationSchema]);
export type FactAnnotation = z.infer<typeof FactAnnotationSchema>;
export type StatedFactAnnotation = z.infer<typeof StatedFactAnnotationSchema>;
export type DerivedFactAnnotation = z.infer<typeof DerivedFactAnnotationSchema>;

/** A name form; `onlyIn` limits an ambiguous form (a bare first name) to some articles. */
export const AliasSchema = z.union([text, z.strictObject({ text, onlyIn: z.array(IdSchema).min(1) })]);
export type Alias = z.infer<typeof AliasSchema>;

export const PersonAnnotationSchema = z.strictObject({
  ...PersonSchema.omit({ mentionCount: true, isQuoted: true, isCreditOnly: true }).shape,
  roles: z.array(z.strictObject(RoleSchema.shape)).min(1),
  aliases: z.array(AliasSchema).min(1),
});
export type PersonAnnotation = z.infer<typeof PersonAnnotationSchema>;

export const OrganisationAnnotationSchema = z.strictObject({
  ...OrganisationSchema.omit({ mentionCount: true, isCreditOnly: true }).shape,
  aliases: z.array(AliasSchema).min(1),
});

export const PlaceAnnotationSchema = z.strictObject({
  ...PlaceSchema.omit({ mentionCount: true }).shape,
  aliases: z.array(AliasSchema).min(1),
});

const WaypointAnnotationSchema = z.union([
  z.strictObject({ place: IdSchema }),
  z.strictObject({ nameRu: text, nameEn: text, lat: LatitudeSchema, lon: LongitudeSchema }),
]);

export const CorridorsAnnotationSchema = z.strictObject({
  corridors: z.array(
    z.strictObject({
      id: IdSchema,
      nameRu: text,
      nameEn: text,
      kind: CorridorKindSchema,
      status: CorridorStatusSchema,
      direction: z.enum(['both', 'forward']),
      noteRu: text.optional(),
      noteEn: text.optional(),
      /** True when no article says the mode (rail, road…): the dataset infers it. */
      isKindInferred: z.boolean(),
      /** What is inferred (mode, unnamed waypoints), in words; required when anything is. */
      inferenceRu: text.optional(),
      inferenceEn: text.optional(),
      waypoints: z.array(WaypointAnnotationSchema),
    }),
  ),
  hubs: z.array(
    z.union([
      z.strictObject({
        id: IdSchema,
        nameRu: text,
        nameEn: text,
        kind: CorridorKindSchema,
        status: CorridorStatusSchema,
        place: IdSchema,
      }),
      z.strictObject({
        id: IdSchema,
        nameRu: text,
        nameEn: text,
        kind: CorridorKindSchema,
        status: CorridorStatusSchema,
        lat: LatitudeSchema,
        lon: LongitudeSchema,
      }),
    ]),
  ),
});
export type CorridorsAnnotation = z.infer<typeof CorridorsAnnotationSchema>;

export const EvidenceAnnotationSchema = z.strictObject({
  article: IdSchema,
  text,
  /** Parts of the evidence that hold numbers (dates, ordinals) this entry accounts for. */
  covers: z.array(text).optional(),
});

export const EventAnnotationSchema = z.strictObject({
  id: IdSchema,
  nameRu: text,
  nameEn: text,
  labelRu: text.max(EVENT_LABEL_MAX, `a short label has at most ${EVENT_LABEL_MAX} characters`),
  labelEn: text.max(EVENT_LABEL_MAX, `a short label has at most ${EVENT_LABEL_MAX} characters`),
  date: PartialDateSchema,
  endDate: PartialDateSchema.optional(),
  precision: PrecisionSchema,
  dateEvidenceRu: text,
  dateEvidenceEn: text,
  place: IdSchema.optional(),
  participants: z.array(IdSchema),
  topics: z.array(IdSchema).min(1),
  evidence: z.array(EvidenceAnnotationSchema).min(1),
});
export type EventAnnotation = z.infer<typeof EventAnnotationSchema>;

export const QuoteAnnotationSchema = z.strictObject({
  id: IdSchema,
  article: IdSchema,
  speaker: IdSchema.nullable(),
  form: QuoteFormSchema,
  topics: z.array(IdSchema).min(1),
  about: z.array(IdSchema),
  text,
  /**
   * A verbatim sentence of the same article next to the quote that names what the quote speaks
   * of ("it", "this project"): an `about` entity must be named in the quote or here.
   */
  context: text.optional(),
});
export type QuoteAnnotation = z.infer<typeof QuoteAnnotationSchema>;

export const DismissalsAnnotationSchema = z.strictObject({
  numbers: z.array(z.strictObject({ article: IdSchema, text, reason: text })),
  names: z.array(z.strictObject({ text, reason: text })),
});
export type DismissalsAnnotation = z.infer<typeof DismissalsAnnotationSchema>;

/** Each annotation file, the schema of one entry, and whether the file is a list of entries. */
export const ANNOTATION_FILES = {
  articles: { file: 'articles.yaml', entry: ArticleAnnotationSchema },
  topics: { file: 'topics.yaml', entry: TopicAnnotationSchema },
  metrics: { file: 'metrics.yaml', entry: MetricAnnotationSchema },
  facts: { file: 'facts.yaml', entry: FactAnnotationSchema },
  people: { file: 'people.yaml', entry: PersonAnnotationSchema },
  organisations: { file: 'organisations.yaml', entry: OrganisationAnnotationSchema },
  places: { file: 'places.yaml', entry: PlaceAnnotationSchema },
  events: { file: 'events.yaml', entry: EventAnnotationSchema },
  quotes: { file: 'quotes.yaml', entry: QuoteAnnotationSchema },
  paragraphTopics: { file: 'paragraph-topics.yaml', entry: ParagraphTopicsAnnotationSchema },
} as const;

export type Annotations = {
  [K in keyof typeof ANNOTATION_FILES]: z.infer<(typeof ANNOTATION_FILES)[K]['entry']>[];
} & { corridors: CorridorsAnnotation; dismissals: DismissalsAnnotation };
