/**
 * Building blocks shared by the dataset schemas (what the app reads) and the annotation schemas
 * (what people edit in pipeline/annotations). This folder is the one contract between the
 * pipeline and the app.
 */
import { z } from 'zod';

/** Lower-case kebab-case ids, stable across rebuilds: they end up in URLs and citations. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MESSAGE = 'must be kebab-case (a-z, 0-9, -)';
export const IdSchema = z.string().regex(ID_PATTERN, ID_MESSAGE);

export const PrecisionSchema = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD; the precision field says which one is meant. */
export const PartialDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const CountrySchema = z.enum(['KZ', 'RU', 'CN', 'international']);

export const LatitudeSchema = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
export const LongitudeSchema = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');

export const CorridorStatusSchema = z.enum(['operating', 'under-development', 'planned', 'proposed']);
export type CorridorStatus = z.infer<typeof CorridorStatusSchema>;
export const CorridorKindSchema = z.enum(['rail', 'road', 'pipeline', 'sea', 'multimodal', 'space']);
export type CorridorKind = z.infer<typeof CorridorKindSchema>;

export const ScaleSchema = z.enum(['one', 'thousand', 'million', 'billion', 'trillion']);
export type Scale = z.infer<typeof ScaleSchema>;
export const SCALE_FACTORS: Record<Scale, number> = {
  one: 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export const UnitSchema = z.enum(['USD', 'KZT', 'RUB', 'percent', 'm3-per-year', 'm3', 'count', 'decade', 'year']);
export type Unit = z.infer<typeof UnitSchema>;

/** How the article bounds the number: "превысил" is more-than, "не превышает" is at-most. */
export const QualifierSchema = z.enum(['exact', 'more-than', 'at-most', 'about']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** The time a value refers to. */
export const PeriodSchema = z.discriminatedUnion('type', [
  /** A flow over one calendar year; baseYear for a change against an earlier year. */
  z.object({ type: z.literal('year'), year: z.number().int(), baseYear: z.number().int().optional() }),
  /** A stock or state as of a year (cumulative totals, counts). */
  z.object({ type: z.literal('as-of'), year: z.number().int() }),
  /** A change between two years. */
  z.object({ type: z.literal('span'), from: z.number().int(), to: z.number().int() }),
  /** No period: plans, capacities. The note says what the value refers to instead, in both languages. */
  z.object({ type: z.literal('open'), noteRu: z.string().min(1), noteEn: z.string().min(1) }),
]);
export type Period = z.infer<typeof PeriodSchema>;

export const QuoteFormSchema = z.enum(['direct', 'paraphrase', 'reported']);

export const ChromeKindSchema = z.enum(['view-counter', 'photo-credit', 'photo-caption', 'byline', 'widget']);
export type ChromeKind = z.infer<typeof ChromeKindSchema>;
