/**
 * First gate of the build: every annotation entry must match its schema, ids must be unique, and
 * every reference must point at something that exists.
 */
import type { z } from 'zod';
import type { ErrorCollector } from '../errors';
import { entryLabel } from '../errors';
import { ANNOTATION_FILES, CorridorsAnnotationSchema, DismissalsAnnotationSchema, type Annotations } from '../sources/annotation-schemas';

export type AnnotationKey = keyof typeof ANNOTATION_FILES | 'corridors' | 'dismissals';
export const ANNOTATION_PATH: Record<AnnotationKey, string> = {
  ...(Object.fromEntries(Object.entries(ANNOTATION_FILES).map(([key, value]) => [key, `annotations/${value.file}`])) as Record<
    keyof typeof ANNOTATION_FILES,
    string
  >),
  corridors: 'annotations/corridors.yaml',
  dismissals: 'annotations/dismissals.yaml',
};

/** Parsed YAML of each annotation file, not yet validated. */
export type RawAnnotations = Record<AnnotationKey, unknown>;

/** "waypoints[1].lat: latitude above 90; …", leaving out the first `skip` path parts. */
function describeIssues(issues: z.ZodError['issues'], skip = 0): string {
  return issues
    .map((issue) => {
      const parts = issue.path.slice(skip);
      const path = parts
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('')
        .replace(/^\./, '');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Validates each entry on its own, so one bad entry is named and the rest still checked. Entries
 * in `checked` (taken from the build cache, stored as their schema returned them) are kept as
 * they are; `onChecked` hears of each other list entry that passes, with what its schema returned.
 */
export function parseAnnotations(
  raw: RawAnnotations,
  errors: ErrorCollector,
  checked?: ReadonlySet<object>,
  onChecked?: (entry: object, output: object) => void,
): Annotations | null {
  const parsed: Partial<Record<AnnotationKey, unknown>> = {};
  for (const [key, spec] of Object.entries(ANNOTATION_FILES) as [
    keyof typeof ANNOTATION_FILES,
    (typeof ANNOTATION_FILES)[keyof typeof ANNOTATION_FILES],
  ][]) {
    const file = ANNOTATION_PATH[key];
    const entries = raw[key];
    if (!Array.isArray(entries)) {
      errors.add(file, '(file)', 'must be a list of entries');
      continue;
    }
    parsed[key] = entries.flatMap((entry: unknown, index) => {
      if (checked && typeof entry === 'object' && entry !== null && checked.has(entry)) return [entry];
      const result = (spec.entry as z.ZodType).safeParse(entry);
      if (result.success) {
        if (onChecked && typeof entry === 'object' && entry !== null) onChecked(entry, result.data as object);
        return [result.data];
      }
      errors.add(file, entryLabel(entry, index), describeIssues(result.error.issues));
      return [];
    });
  }
  for (const [key, schema] of [
    ['corridors', CorridorsAnnotationSchema],
    ['dismissals', DismissalsAnnotationSchema],
  ] as const) {
    const result = (schema as z.ZodType).safeParse(raw[key]);
    if (result.success) parsed[key] = result.data;
    else {
      for (const issue of result.error.issues) {
        const [collection, index] = issue.path;
        const isEntryIssue = typeof collection === 'string' && typeof index === 'number';
        const entry = isEntryIssue
          ? `${collection} ${entryLabel((raw[key] as Record<string, unknown[]>)[collection]?.[index], index)}`
          : '(file)';
        errors.add(ANNOTATION_PATH[key], entry, describeIssues([issue], isEntryIssue ? 2 : 0));
      }
    }
  }
  return errors.hasErrors ? null : (parsed as Annotations);
}

/** The sets of known ids, by what they name. */
export interface IdIndex {
  articles: Set<string>;
  topics: Set<string>;
  metrics: Set<string>;
  facts: Set<string>;
  people: Set<string>;
  organisations: Set<string>;
  places: Set<string>;
  corridors: Set<string>;
  hubs: Set<string>;
  /** Anything a quote can be about. */
  subjects: Set<string>;
}

export function checkIdsAndReferences(annotations: Annotations, errors: ErrorCollector): IdIndex {
  const collections: [AnnotationKey, string, { id: string }[]][] = [
    ['articles', 'article', annotations.articles],
    ['topics', 'topic', annotations.topics],
    ['metrics', 'metric', annotations.metrics],
    ['facts', 'fact', annotations.facts],
    ['people', 'person', annotations.people],
    ['organisations', 'organisation', annotations.organisations],
    ['places', 'place', annotations.places],
    ['corridors', 'corridor', annotations.corridors.corridors],
    ['corridors', 'hub', annotations.corridors.hubs],
    ['events', 'event', annotations.events],
    ['quotes', 'quote', annotations.quotes],
  ];
  for (const [key, noun, entries] of collections) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.id)) errors.add(ANNOTATION_PATH[key], entry.id, `duplicate ${noun} id "${entry.id}"`);
      seen.add(entry.id);
    }
  }
  // People, organisations, places, corridors and hubs share one namespace: quotes refer to any of them.
  const subjectOwner = new Map<string, string>();
  for (const [key, noun, entries] of collections.slice(4, 9)) {
    for (const entry of entries) {
      const owner = subjectOwner.get(entry.id);
      if (owner && owner !== noun) errors.add(ANNOTATION_PATH[key], entry.id, `id "${entry.id}" is already taken (by a ${owner} entry)`);
      subjectOwner.set(entry.id, noun);
    }
  }

  const ids = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const index: IdIndex = {
    articles: ids(annotations.articles),
    topics: ids(annotations.topics),
    metrics: ids(annotations.metrics),
    facts: ids(annotations.facts),
    people: ids(annotations.people),
    organisations: ids(annotations.organisations),
    places: ids(annotations.places),
    corridors: ids(annotations.corridors.corridors),
    hubs: ids(annotations.corridors.hubs),
    subjects: new Set(subjectOwner.keys()),
  };

  const expect = (key: AnnotationKey, entry: string, set: Set<string>, noun: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && !set.has(value))
      errors.add(ANNOTATION_PATH[key], entry, `refers to unknown ${noun} "${value}"`);
  };
  for (const fact of annotations.facts) {
    expect('facts', fact.id, index.metrics, 'metric', fact.metric);
    expect('facts', fact.id, index.corridors, 'corridor', fact.corridor);
    fact.topics.forEach((topic) => expect('facts', fact.id, index.topics, 'topic', topic));
    if (fact.kind === 'stated') {
      expect('facts', fact.id, index.articles, 'article', fact.article);
      expect('facts', fact.id, index.people, 'person', fact.speaker);
    } else {
      Object.values(fact.inputs).forEach((input) => expect('facts', fact.id, index.facts, 'fact', input));
    }
  }
  for (const quote of annotations.quotes) {
    expect('quotes', quote.id, index.articles, 'article', quote.article);
    expect('quotes', quote.id, index.people, 'person', quote.speaker);
    quote.topics.forEach((topic) => expect('quotes', quote.id, index.topics, 'topic', topic));
    quote.about.forEach((subject) => expect('quotes', quote.id, index.subjects, 'entity', subject));
  }
  for (const event of annotations.events) {
    expect('events', event.id, index.places, 'place', event.place);
    event.participants.forEach((person) => expect('events', event.id, index.people, 'person', person));
    event.topics.forEach((topic) => expect('events', event.id, index.topics, 'topic', topic));
    event.evidence.forEach((evidence) => expect('events', event.id, index.articles, 'article', evidence.article));
  }
  for (const person of annotations.people) {
    person.organisations.forEach((organisation) => expect('people', person.id, index.organisations, 'organisation', organisation));
    person.roles.forEach((role) => expect('people', person.id, index.articles, 'article', role.article));
  }
  for (const [key, entries] of namedEntities(annotations)) {
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        if (typeof alias !== 'string') alias.onlyIn.forEach((article) => expect(key, entry.id, index.articles, 'article', article));
      }
    }
  }
  for (const corridor of annotations.corridors.corridors) {
    const entry = `corridors ${corridor.id}`;
    if (corridor.waypoints.length < 2) {
      errors.add(ANNOTATION_PATH.corridors, entry, `a corridor needs at least two waypoints, it has ${corridor.waypoints.length}`);
    }
    for (const waypoint of corridor.waypoints) if ('place' in waypoint) expect('corridors', entry, index.places, 'place', waypoint.place);
  }
  for (const hub of annotations.corridors.hubs) if ('place' in hub) expect('corridors', `hubs ${hub.id}`, index.places, 'place', hub.place);
  for (const dismissal of annotations.dismissals.numbers) {
    expect('dismissals', `numbers "${dismissal.text}"`, index.articles, 'article', dismissal.article);
  }
  for (const metric of annotations.metrics) {
    for (const fact of annotations.facts) {
      if (fact.metric === metric.id && fact.unit !== metric.unit) {
        errors.add(ANNOTATION_PATH.facts, fact.id, `unit "${fact.unit}" differs from its metric ${metric.id}'s unit "${metric.unit}"`);
      }
    }
  }
  return index;
}

/** The annotation files whose entries have names (aliases) to find in the text. */
export function namedEntities(annotations: Annotations) {
  return [
    ['people', annotations.people],
    ['organisations', annotations.organisations],
    ['places', annotations.places],
  ] as const;
}
