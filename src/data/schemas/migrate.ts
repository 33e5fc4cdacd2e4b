/**
 * Old dataset versions, read by today's schemas. Embeds pinned to a version load
 * public/data/v/<version>/, which is never rewritten; when a file's shape grows, the step here
 * fills what an older file lacks, so the same zod schemas parse every version. Each step is
 * idempotent: a current file passes through unchanged.
 *
 * What older files lack, and what stands in for it:
 * - one-language notes and evidence (`note`, `evidence`, `dateEvidence`, `countryEvidence`, an
 *   open period's `note`): the English text, in both fields (older versions have no Russian);
 * - an unnamed outlet's `nameRu: null`: the English name; an article's `titleRu`: its headline,
 *   or the English description when untitled;
 * - `published.latest`: null (older versions claim no range);
 * - `isCreditOnly`: false (true for photographers); a waypoint's `isNamedInSource`: true when it
 *   is a place of the dataset; a corridor's `isKindInferred`: false and no inference text;
 * - an event's short labels: its name, cut to 24 characters;
 * - network.json in objects (older than its columns): packed into columns, without the names,
 *   years and name orders (null: the view reads entities.json and articles.json); without
 *   `paragraphTopics` (older than the network's own topics): none; without `mentionParagraphs`
 *   (older than the network's own mention counts): null, and the view reads mentions.json, as
 *   those versions' views did;
 * - network-paragraphs.json (older than the split of network.json): no file, and nothing to fill:
 *   those versions' network.json holds the two paragraph lists, which the read schema accepts
 *   there and the view reads from there (build-network.ts, hasParagraphsApart).
 */

import { z } from 'zod';
import { packNetwork } from './network-columns';

/** Mirrors EVENT_LABEL_MAX in dataset.ts (which imports this file, so it cannot import it back). */
const EVENT_LABEL_LIMIT = 24;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `step` to each object of `list` (a shallow copy), leaving anything else alone. */
function mapObjects(list: unknown, step: (item: Json) => Json): unknown {
  return Array.isArray(list) ? list.map((item) => (isObject(item) ? step(item) : item)) : list;
}

/** `{ note }` → `{ noteRu, noteEn }` for any one-language field named `key`. */
function splitLanguages(item: Json, key: string): Json {
  const ru = `${key}Ru`;
  const en = `${key}En`;
  if (ru in item || en in item || !(key in item)) return item;
  const { [key]: value, ...rest } = item;
  return { ...rest, [ru]: value, [en]: value };
}

function migratePeriod(period: unknown): unknown {
  return isObject(period) && period.type === 'open' ? splitLanguages(period, 'note') : period;
}

export function migrateArticlesFile(file: unknown): unknown {
  if (!isObject(file)) return file;
  return {
    ...file,
    articles: mapObjects(file.articles, (article) => {
      const outlet = isObject(article.outlet) ? splitLanguages(article.outlet, 'evidence') : article.outlet;
      const published = isObject(article.published) ? splitLanguages(article.published, 'evidence') : article.published;
      return {
        titleRu: article.title ?? article.titleEn,
        ...article,
        outlet: isObject(outlet) && outlet.nameRu === null ? { ...outlet, nameRu: outlet.nameEn } : outlet,
        published: isObject(published) && !('latest' in published) ? { ...published, latest: null } : published,
      };
    }),
  };
}

export function migrateFactsFile(file: unknown): unknown {
  if (!isObject(file)) return file;
  return { ...file, facts: mapObjects(file.facts, (fact) => ({ ...splitLanguages(fact, 'note'), period: migratePeriod(fact.period) })) };
}

export function migrateEntitiesFile(file: unknown): unknown {
  if (!isObject(file)) return file;
  return {
    ...file,
    people: mapObjects(file.people, (person) => ({
      isCreditOnly: person.corpusRole === 'photographer',
      ...splitLanguages(person, 'countryEvidence'),
    })),
    organisations: mapObjects(file.organisations, (organisation) => ({ isCreditOnly: false, ...organisation })),
    corridors: mapObjects(file.corridors, (corridor) => ({
      isKindInferred: false,
      inferenceRu: null,
      inferenceEn: null,
      ...splitLanguages(corridor, 'note'),
      waypoints: mapObjects(corridor.waypoints, (waypoint) => ({ isNamedInSource: typeof waypoint.place === 'string', ...waypoint })),
    })),
  };
}

/** A stand-in short label: the name, cut to `max` characters with an ellipsis. */
function shorten(name: unknown, max: number): unknown {
  if (typeof name !== 'string' || name.length <= max) return name;
  return `${name.slice(0, max - 1).trimEnd()}…`;
}

export function migrateEventsFile(file: unknown): unknown {
  if (!isObject(file)) return file;
  return {
    ...file,
    events: mapObjects(file.events, (event) => ({
      labelRu: shorten(event.nameRu, EVENT_LABEL_LIMIT),
      labelEn: shorten(event.nameEn, EVENT_LABEL_LIMIT),
      ...splitLanguages(event, 'dateEvidence'),
    })),
  };
}

/** The object form of network.json, as versions frozen before the columns hold it. */
const NetworkObjectsSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['person', 'organisation']),
      mentionCount: z.number(),
      articleCount: z.number(),
      x: z.number(),
      y: z.number(),
    }),
  ),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      weight: z.number(),
      paragraphs: z.array(z.object({ article: z.string(), paragraph: z.number().int().nonnegative() })),
    }),
  ),
  mentionParagraphs: z.record(z.string(), z.record(z.string(), z.array(z.number().int().nonnegative()))).optional(),
  paragraphTopics: z.record(z.string(), z.array(z.array(z.string()))).optional(),
});

/**
 * network.json in objects, before the columns (network-columns.ts): packed into columns, with no
 * names, years or name orders (null), so the view reads them from that version's entities.json and
 * articles.json. Before paragraph topics moved into it (version 2f2f024c6cff) no paragraph has a
 * topic, so the network shows every paragraph when no topic is chosen; before the nodes' mention
 * paragraphs (8625b635813f and older) those are null, read as "count from mentions.json".
 *
 * The object form is checked before it is packed, so a damaged old file fails with zod's issues at
 * their paths, as any other file does (an issue here stops zod before the columns' check).
 */
export function migrateNetworkFile(file: unknown, context?: z.RefinementCtx): unknown {
  if (!isObject(file) || !Array.isArray(file.nodes) || !Array.isArray(file.edges)) return file;
  const checked = NetworkObjectsSchema.safeParse(file);
  if (!checked.success) {
    for (const issue of checked.error.issues) context?.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return file;
  }
  return packNetwork({
    nodes: checked.data.nodes,
    edges: checked.data.edges,
    paragraphTopics: checked.data.paragraphTopics ?? {},
    mentionParagraphs: checked.data.mentionParagraphs ?? null,
  });
}
