/**
 * manifest.json: which dataset version the files are, what they hold and which are written in
 * parts. Apart from dataset.ts (which re-exports it) so that the app can check the manifest, and
 * so ask for the view's file, without waiting for every other file's schema to load.
 */
import { z } from 'zod';

/** Bumped when a file's shape changes incompatibly. */
export const SCHEMA_VERSION = 1;

export const DATASET_IDS = [
  'articles',
  'texts',
  'facts',
  'entities',
  'quotes',
  'events',
  'topics',
  'mentions',
  'network',
  'network-paragraphs',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/**
 * The files written in parts as well as whole, so a view fetches only the part it shows:
 * `texts/<article>.json` (one article's paragraphs) and `mentions/<entity>.json` (one person's,
 * organisation's or place's mentions). The whole files stay for downloads and older readers.
 */
export const PART_KINDS = ['texts', 'mentions'] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const ManifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * Which files this version also has in parts (PART_KINDS). Versions written before the split
   * have none: a reader then takes the part from the whole file.
   */
  parts: z.array(z.enum(PART_KINDS)).optional(),
  /** First 12 hex digits of the SHA-256 over all data files: changes whenever any content does. */
  datasetVersion: z.string().regex(/^[0-9a-f]{12}$/),
  files: z.array(
    z.object({
      id: z.enum(DATASET_IDS),
      path: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().positive(),
    }),
  ),
  /** First and last year the dataset speaks of (fact periods and publication dates): the year pickers' range. */
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    derivedFacts: z.number().int().nonnegative(),
    people: z.number().int().nonnegative(),
    quotedPeople: z.number().int().nonnegative(),
    organisations: z.number().int().nonnegative(),
    places: z.number().int().nonnegative(),
    corridors: z.number().int().nonnegative(),
    hubs: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    mentions: z.number().int().nonnegative(),
    edges: z.number().int().nonnegative(),
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
