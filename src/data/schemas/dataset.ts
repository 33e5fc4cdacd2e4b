/**
 * Schemas of the generated files in public/data. The pipeline validates its output with them
 * before writing; the app validates every file it fetches with them. Types are inferred, except
 * for network.json's large parts, checked in one pass (compact.ts): their types stand beside their
 * rules.
 */
import { z } from 'zod';
import {
  ChromeKindSchema,
  CorridorKindSchema,
  CorridorStatusSchema,
  CountrySchema,
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
} from './common';
import { compact, idRule, indexRule, listOf, numberRule, oneOf, shape, stringRule, type Rule } from './compact';
import type { NetworkColumns, NetworkFileColumns, NetworkFirstPaint, NetworkParagraphs } from './network-columns';
import { migrateArticlesFile, migrateEntitiesFile, migrateEventsFile, migrateFactsFile, migrateNetworkFile } from './migrate';
import type { DatasetId } from './manifest';

// The manifest's rules live in manifest.ts (a small chunk: the app checks the manifest before it
// needs this file's); they are part of the same contract.
export { DATASET_IDS, ManifestSchema, PART_KINDS, SCHEMA_VERSION, type DatasetId, type Manifest, type PartKind } from './manifest';

/** Where a verbatim text sits: character offsets (UTF-16 code units) into the article file. */
export const TextLocationSchema = z.object({
  article: IdSchema,
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type TextLocation = z.infer<typeof TextLocationSchema>;

export const ParagraphPartSchema = z.object({
  start: z.number().int().nonnegative(),
  text: z.string(),
  /** Set when this part is page chrome (a credit, a caption): shown greyed, never data. */
  chrome: ChromeKindSchema.optional(),
});

export const ParagraphSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  topics: z.array(IdSchema),
  parts: z.array(ParagraphPartSchema),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const ArticleSchema = z.object({
  id: IdSchema,
  file: z.string(),
  /** The headline as printed, verbatim; null when the capture has none. */
  title: z.string().nullable(),
  /** How to name the article in each language: the headline (translated), or a description when untitled. */
  titleRu: z.string(),
  titleEn: z.string(),
  /** The outlet in both languages ("Неназванная казахстанская газета" / "Unnamed Kazakhstani newspaper"), and how we know it. */
  outlet: z.object({ nameRu: z.string(), nameEn: z.string(), evidenceRu: z.string(), evidenceEn: z.string() }),
  published: z.object({
    /** The publication date, or the earliest it can be when `latest` is set; `precision` is its precision. */
    date: PartialDateSchema,
    precision: PrecisionSchema,
    /**
     * Set when the text only bounds the date: the latest it can be (YYYY-MM-DD, YYYY-MM or YYYY,
     * precision from its length). A date with `latest` is uncertain and shown as a range.
     */
    latest: PartialDateSchema.nullable(),
    evidenceRu: z.string(),
    evidenceEn: z.string(),
  }),
});
export type Article = z.infer<typeof ArticleSchema>;
/** Article metadata only: small, so views that cite sources need not load the texts. */
export const ArticlesFileSchema = z.object({ articles: z.array(ArticleSchema) });

/** An article's body as paragraphs: what the Sources view shows and the network filters by. */
export const ArticleTextSchema = z.object({ article: IdSchema, paragraphs: z.array(ParagraphSchema) });
export type ArticleText = z.infer<typeof ArticleTextSchema>;
export const TextsFileSchema = z.object({ texts: z.array(ArticleTextSchema) });

const FactBaseSchema = z.object({
  id: IdSchema,
  metric: IdSchema,
  /** The number as the article gives it, in `scale` units (28 with scale billion = 28e9). */
  value: z.number(),
  scale: ScaleSchema,
  unit: UnitSchema,
  /** value × scale, for arithmetic across facts. */
  absoluteValue: z.number(),
  qualifier: QualifierSchema,
  period: PeriodSchema,
  topics: z.array(IdSchema),
  corridor: IdSchema.nullable(),
  /** A human note on the figure, in both languages (both null or both set). */
  noteRu: z.string().nullable(),
  noteEn: z.string().nullable(),
});

export const StatedFactSchema = FactBaseSchema.extend({
  kind: z.literal('stated'),
  article: IdSchema,
  speaker: IdSchema.nullable(),
  quote: TextLocationSchema,
  valueText: z.string(),
  attribution: TextLocationSchema.nullable(),
});
export const DerivedFactSchema = FactBaseSchema.extend({
  kind: z.literal('derived'),
  formula: z.string(),
  inputs: z.record(z.string(), IdSchema),
  decimals: z.number().int().nonnegative(),
});
export const FactSchema = z.discriminatedUnion('kind', [StatedFactSchema, DerivedFactSchema]);
export type Fact = z.infer<typeof FactSchema>;
export type StatedFact = z.infer<typeof StatedFactSchema>;
export const FactsFileSchema = z.object({ facts: z.array(FactSchema) });

export const RoleSchema = z.object({ article: IdSchema, textRu: z.string(), textEn: z.string() });

export const PersonSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  corpusRole: z.enum(['expert', 'official', 'journalist', 'photographer']),
  country: CountrySchema.nullable(),
  /** Whether the article states the country or the dataset infers it, in both languages. */
  countryEvidenceRu: z.string(),
  countryEvidenceEn: z.string(),
  organisations: z.array(IdSchema),
  roles: z.array(RoleSchema),
  /** Mentions in article bodies (credits excluded). */
  mentionCount: z.number().int().nonnegative(),
  /** True when the person speaks in at least one article (a quote or a fact). */
  isQuoted: z.boolean(),
  /** True when the person is named only in page furniture (a photo credit or caption), never in the text. */
  isCreditOnly: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganisationSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  kind: z.enum(['bloc', 'government', 'embassy', 'state-company', 'university', 'research', 'media', 'initiative']),
  country: CountrySchema,
  mentionCount: z.number().int().nonnegative(),
  /** True when the organisation is named only in page furniture (Akorda in "Фото: Акорда"), never in the text. */
  isCreditOnly: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const PlaceSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  kind: z.enum(['country', 'city', 'region', 'facility']),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  mentionCount: z.number().int().nonnegative(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const WaypointSchema = z.object({
  /** Set when the waypoint is a place of the dataset. */
  place: IdSchema.nullable(),
  nameRu: z.string(),
  nameEn: z.string(),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  /**
   * True when a quote about this corridor names the waypoint; false for a point the dataset adds
   * to draw the route (no article names it for this corridor).
   */
  isNamedInSource: z.boolean(),
});

export const CorridorSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  kind: CorridorKindSchema,
  status: CorridorStatusSchema,
  direction: z.enum(['both', 'forward']),
  /** A human note on the corridor, in both languages (both null or both set). */
  noteRu: z.string().nullable(),
  noteEn: z.string().nullable(),
  waypoints: z.array(WaypointSchema).min(2),
  /** Ids of the quotes that name this corridor. */
  quotes: z.array(IdSchema).min(1),
  /** True when the articles do not say the mode (rail, road…) and the dataset infers it. */
  isKindInferred: z.boolean(),
  /**
   * What about the route is inferred (the mode, the points no article names), in words, for the
   * tooltip and details; null only when nothing is (every waypoint named and the kind stated).
   */
  inferenceRu: z.string().nullable(),
  inferenceEn: z.string().nullable(),
});
export type Corridor = z.infer<typeof CorridorSchema>;

export const HubSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  kind: CorridorKindSchema,
  status: CorridorStatusSchema,
  place: IdSchema.nullable(),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  quotes: z.array(IdSchema).min(1),
});
export type Hub = z.infer<typeof HubSchema>;

export const EntitiesFileSchema = z.object({
  people: z.array(PersonSchema),
  organisations: z.array(OrganisationSchema),
  places: z.array(PlaceSchema),
  corridors: z.array(CorridorSchema),
  hubs: z.array(HubSchema),
});
export type Entities = z.infer<typeof EntitiesFileSchema>;

export const QuoteSchema = z.object({
  id: IdSchema,
  speaker: IdSchema.nullable(),
  form: QuoteFormSchema,
  topics: z.array(IdSchema),
  about: z.array(IdSchema),
  location: TextLocationSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
export const QuotesFileSchema = z.object({ quotes: z.array(QuoteSchema) });

/** The longest short label an event may have. */
export const EVENT_LABEL_MAX = 24;

export const EventSchema = z.object({
  id: IdSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  /** A short label for a marker on a time axis ("Putin in Astana"), at most 24 characters (the build checks). */
  labelRu: z.string().max(EVENT_LABEL_MAX),
  labelEn: z.string().max(EVENT_LABEL_MAX),
  /** The date, or the start of the period (endDate) the event falls in. */
  date: PartialDateSchema,
  /** The last day of a multi-day event, or the end of the period a vaguely dated one falls in ("late 2023": 2023-10 to 2023-12). */
  endDate: PartialDateSchema.nullable(),
  precision: PrecisionSchema,
  dateEvidenceRu: z.string(),
  dateEvidenceEn: z.string(),
  place: IdSchema.nullable(),
  participants: z.array(IdSchema),
  topics: z.array(IdSchema),
  evidence: z.array(TextLocationSchema).min(1),
});
export type AtlasEvent = z.infer<typeof EventSchema>;
export const EventsFileSchema = z.object({ events: z.array(EventSchema) });

export const TopicSchema = z.object({ id: IdSchema, labelRu: z.string(), labelEn: z.string() });
export type Topic = z.infer<typeof TopicSchema>;
export const MetricSchema = z.object({
  id: IdSchema,
  labelRu: z.string(),
  labelEn: z.string(),
  unit: UnitSchema,
  kind: z.enum(['flow', 'stock', 'rate', 'share', 'capacity', 'count', 'duration']),
});
export type Metric = z.infer<typeof MetricSchema>;
export const TopicsFileSchema = z.object({ topics: z.array(TopicSchema), metrics: z.array(MetricSchema) });

export const MentionRoleSchema = z.enum(['quoted', 'mentioned', 'credit']);
export type MentionRole = z.infer<typeof MentionRoleSchema>;
export const EntityKindSchema = z.enum(['person', 'organisation', 'place']);
export const MentionSchema = z.object({
  entity: IdSchema,
  entityKind: EntityKindSchema,
  article: IdSchema,
  /** Paragraph index in the article; -1 would never occur: credits sit inside paragraphs too. */
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The text as it stands in the article (an inflected form). */
  surface: z.string(),
  role: MentionRoleSchema,
});
export type Mention = z.infer<typeof MentionSchema>;
export const MentionsFileSchema = z.object({ mentions: z.array(MentionSchema) });

/** Position in the unit square from the build-time force layout (seeded, so stable). */
const unitRule = numberRule(0, 1);
const countRule = numberRule(0, Infinity, true);
const yearRule = numberRule(0, 9999, true);

/** That each of these columns (under `path`) has `length` entries (a null column is absent, not short). */
function sizes(columns: Record<string, unknown[] | null>, length: number, path: PropertyKey[]): ReturnType<Rule> {
  for (const [key, list] of Object.entries(columns))
    if (list && list.length !== length) return { path: [...path, key], message: `expected ${length} entries` };
  return undefined;
}

/** That every index in `list` (under `path`) points into a list of `length`. */
function within(list: number[], length: number, path: PropertyKey[]): ReturnType<Rule> {
  for (let at = 0; at < list.length; at++)
    if (list[at]! >= length) return { path: [...path, at], message: `expected an index below ${length}` };
  return undefined;
}

/** That `list` (under `path`) holds each of 0..length-1 once: an order of positions, not just indexes in range. */
function permutation(list: number[], length: number, path: PropertyKey[]): ReturnType<Rule> {
  const seen = new Uint8Array(length);
  for (let at = 0; at < list.length; at++) {
    if (list[at]! >= length) return { path: [...path, at], message: `expected an index below ${length}` };
    if (seen[list[at]!]) return { path: [...path, at], message: `repeats position ${list[at]}` };
    seen[list[at]!] = 1;
  }
  return undefined;
}

/**
 * network.json (columns, see network-columns.ts): each column's entries by their own rules, then
 * that the columns agree (one entry per article, node or edge; indexes in range; the flat lists
 * as long as their counts say). Read files may lack (null) what older versions did not have. The
 * paragraph lists are in network-paragraphs.json since the split: the build writes none here; a
 * version from before it has them here (and its view reads them from here).
 */
function networkRule(isOutput: boolean): Rule {
  const maybe = (rule: Rule): Rule => (isOutput ? rule : (value) => (value === null ? undefined : rule(value)));
  const indexes = listOf(indexRule);
  const apart: Rule = isOutput
    ? (value) => (value === undefined ? undefined : { path: [], message: 'expected none here (network-paragraphs.json holds it)' })
    : (value) => (value === undefined ? undefined : indexes(value));
  const parts = shape({
    articles: shape({ ids: listOf(idRule), years: maybe(listOf(yearRule)), paragraphCounts: indexes }),
    topicLists: listOf(listOf(idRule)),
    paragraphTopics: indexes,
    nodes: shape({
      ids: listOf(idRule),
      kinds: listOf(oneOf('person', 'organisation')),
      mentionCounts: listOf(countRule),
      articleCounts: listOf(countRule),
      x: listOf(unitRule),
      y: listOf(unitRule),
      mentionParagraphs: isOutput ? apart : (value) => (value === null ? undefined : apart(value)),
    }),
    names: maybe(
      shape({
        en: listOf(stringRule),
        ru: listOf(stringRule),
        countries: listOf((value) => (value === null ? undefined : oneOf(...CountrySchema.options)(value))),
        isQuoted: listOf((value) => (typeof value === 'boolean' ? undefined : { path: [], message: 'expected a boolean' })),
        orderEn: indexes,
        orderRu: indexes,
      }),
    ),
    edges: shape({ sources: indexes, targets: indexes, weights: listOf(numberRule(1, Infinity, true)), paragraphs: apart }),
  });
  return (value) => {
    const problem = parts(value);
    if (problem) return problem;
    const file = value as NetworkRead;
    const sum = (list: number[]) => list.reduce((total, count) => total + count, 0);
    const { articles, nodes, names, edges } = file;
    const paragraphs = sum(articles.paragraphCounts);
    const nodeCount = nodes.ids.length;
    return (
      sizes({ years: articles.years, paragraphCounts: articles.paragraphCounts }, articles.ids.length, ['articles']) ??
      sizes({ paragraphTopics: file.paragraphTopics }, paragraphs, []) ??
      within(file.paragraphTopics, file.topicLists.length, ['paragraphTopics']) ??
      sizes(
        { kinds: nodes.kinds, mentionCounts: nodes.mentionCounts, articleCounts: nodes.articleCounts, x: nodes.x, y: nodes.y },
        nodeCount,
        ['nodes'],
      ) ??
      sizes({ mentionParagraphs: nodes.mentionParagraphs ?? null }, sum(nodes.mentionCounts), ['nodes']) ??
      within(nodes.mentionParagraphs ?? [], paragraphs, ['nodes', 'mentionParagraphs']) ??
      (names ? sizes({ ...names }, nodeCount, ['names']) : undefined) ??
      // The view decodes a node from its place in these orders (build-network.ts, mentionOrder).
      permutation(names?.orderEn ?? [], nodeCount, ['names', 'orderEn']) ??
      permutation(names?.orderRu ?? [], nodeCount, ['names', 'orderRu']) ??
      sizes({ targets: edges.targets, weights: edges.weights }, edges.sources.length, ['edges']) ??
      sizes({ paragraphs: edges.paragraphs ?? null }, sum(edges.weights), ['edges']) ??
      within(edges.sources, nodeCount, ['edges', 'sources']) ??
      within(edges.targets, nodeCount, ['edges', 'targets']) ??
      within(edges.paragraphs ?? [], paragraphs, ['edges', 'paragraphs'])
    );
  };
}

/** network.json as the build writes it: every column present (20,000 nodes at ×1000, checked in one pass, see compact.ts). */
export const NetworkFileSchema = compact<Network>(networkRule(true));
export type Network = NetworkFirstPaint & {
  articles: { years: number[] };
  names: NonNullable<NetworkColumns['names']>;
};
/**
 * network.json as the app reads it: versions written before the columns come through the
 * migration step (migrate.ts) with no names, years or orders (null): the view then reads
 * entities.json and articles.json; before `mentionParagraphs`, mentions.json as well. Versions
 * from before the split hold the paragraph lists here; later ones, in network-paragraphs.json.
 */
export const NetworkFileReadSchema = compact<NetworkRead>(networkRule(false));
export type NetworkRead = NetworkFileColumns;

/**
 * network-paragraphs.json (see network-columns.ts, splitNetwork): that its lists hold paragraph
 * numbers; that they fit their network.json is checked where both are at hand (paragraphsMismatch).
 */
export const NetworkParagraphsFileSchema = compact<NetworkParagraphs>(
  shape({ mentionParagraphs: listOf(indexRule), edgeParagraphs: listOf(indexRule) }),
);

/** Country outlines for the corridor map (GeoJSON, written by the data build from Natural Earth). */
export const MapShapesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.union([z.string(), z.number()]).optional(),
      properties: z.object({ name: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type MapShapes = z.infer<typeof MapShapesSchema>;

/** texts/<article>.json: one article's paragraphs. */
export const ArticleTextFileSchema = ArticleTextSchema;
/** mentions/<entity>.json: every mention of one entity (an empty list when the text never names it). */
export const EntityMentionsFileSchema = z.object({ entity: IdSchema, mentions: z.array(MentionSchema) });
export type EntityMentions = z.infer<typeof EntityMentionsFileSchema>;

/**
 * The schema of each data file as the build writes it, by id: what the pipeline checks its output
 * against. Every field is required here.
 */
export const DATASET_OUTPUT_SCHEMAS = {
  articles: ArticlesFileSchema,
  texts: TextsFileSchema,
  facts: FactsFileSchema,
  entities: EntitiesFileSchema,
  quotes: QuotesFileSchema,
  events: EventsFileSchema,
  topics: TopicsFileSchema,
  mentions: MentionsFileSchema,
  network: NetworkFileSchema,
  'network-paragraphs': NetworkParagraphsFileSchema,
} as const satisfies Record<DatasetId, z.ZodType>;

/**
 * The schema of each data file as the app reads it: the output schema behind a migration step
 * (./migrate.ts), so a file of an older, pinned dataset version parses to today's shape.
 */
export const DATASET_SCHEMAS = {
  ...DATASET_OUTPUT_SCHEMAS,
  articles: z.preprocess(migrateArticlesFile, ArticlesFileSchema),
  facts: z.preprocess(migrateFactsFile, FactsFileSchema),
  entities: z.preprocess(migrateEntitiesFile, EntitiesFileSchema),
  events: z.preprocess(migrateEventsFile, EventsFileSchema),
  network: z.preprocess(migrateNetworkFile, NetworkFileReadSchema),
} as const satisfies Record<DatasetId, z.ZodType>;

/** The files as the app reads them (DATASET_SCHEMAS): a pinned older version may lack what the build writes today. */
export type DatasetFiles = { [K in DatasetId]: z.infer<(typeof DATASET_SCHEMAS)[K]> };
