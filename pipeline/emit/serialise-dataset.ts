/**
 * Turns the dataset into the exact bytes of public/data: stable key order (as built), two-space
 * indentation (network.json, columns of numbers, none), a final newline, and a manifest whose hashes prove what each file holds.
 */
import { sha256 } from '../cache/article-work';
import { exportTables } from './export-tables';
import { withUtf8 } from './utf8';
import { buildMapShapes } from './map-shapes';
import { publicationYear } from '../../src/data/schemas/publication-year';
import {
  DATASET_IDS,
  ManifestSchema,
  PART_KINDS,
  SCHEMA_VERSION,
  type ArticleText,
  type DatasetFiles,
  type EntityMentions,
  type Manifest,
  type Mention,
} from '../../src/data/schemas/dataset';

/** File name (relative to public/data) → contents, manifest.json and the versioned copy included. */
export function serialiseDataset(files: DatasetFiles): Record<string, string> {
  const { output, versioned, datasetVersion } = serialiseOutput(files);
  for (const name of versioned) output[`v/${datasetVersion}/${name}`] = output[name]!;
  return output;
}

/**
 * Lets an incremental build skip the parts it wrote before: `keys` names what each part is built
 * from (build-dataset.ts partKeys), and a part is left out of the output when `isCurrent` says the
 * file on disk was written from the same key (data-command.ts).
 */
export interface PartReuse {
  keys: ReadonlyMap<string, string>;
  isCurrent(name: string, key: string): boolean;
}

export interface SerialisedOutput {
  /** File name → contents, without the frozen copies under v/<version>/ and without the parts left out. */
  output: Record<string, string>;
  /** The files that get a frozen copy under v/<datasetVersion>/, left-out parts included. */
  versioned: string[];
  /** Parts left out: the file on disk already holds them. */
  unchanged: string[];
  /** sha256 (hex) of the files the manifest lists, as computed for it. */
  sha256: Map<string, string>;
  datasetVersion: string;
}

export function serialiseOutput(files: DatasetFiles, reuse?: PartReuse): SerialisedOutput {
  const output: Record<string, string> = {};
  const hashes = new Map<string, string>();
  const entries: Manifest['files'] = [];
  for (const id of DATASET_IDS) {
    // network.json and network-paragraphs.json are columns of numbers: indented, each number would take a line of its own.
    const text =
      id === 'network' || id === 'network-paragraphs' ? `${JSON.stringify(files[id])}\n` : `${JSON.stringify(files[id], null, 2)}\n`;
    const name = `${id}.json`;
    output[name] = text;
    // Encoded once for both the hash and the size.
    const [digest, size] = withUtf8(text, (bytes) => [sha256(bytes), bytes.length] as const);
    hashes.set(name, digest);
    entries.push({ id, path: name, sha256: digest, bytes: size });
  }
  const facts = files.facts.facts;
  const people = files.entities.people;
  const manifest: Manifest = ManifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    parts: [...PART_KINDS],
    datasetVersion: sha256(entries.map((entry) => `${entry.id}:${entry.sha256}`).join('\n')).slice(0, 12),
    files: entries,
    years: yearExtent(files),
    counts: {
      articles: files.articles.articles.length,
      paragraphs: files.texts.texts.reduce((sum, text) => sum + text.paragraphs.length, 0),
      facts: facts.filter((fact) => fact.kind === 'stated').length,
      derivedFacts: facts.filter((fact) => fact.kind === 'derived').length,
      people: people.length,
      quotedPeople: people.filter((person) => person.isQuoted).length,
      organisations: files.entities.organisations.length,
      places: files.entities.places.length,
      corridors: files.entities.corridors.length,
      hubs: files.entities.hubs.length,
      events: files.events.events.length,
      quotes: files.quotes.quotes.length,
      mentions: files.mentions.mentions.length,
      edges: files.network.edges.sources.length,
    },
  });
  output['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  const unchanged: string[] = [];
  Object.assign(output, serialiseParts(files, reuse, unchanged));
  // A frozen copy under v/<version>/ of these: embeds pinned to this version keep resolving after
  // later rebuilds (the CLI never deletes old versions).
  const versioned = [...Object.keys(output), ...unchanged];
  Object.assign(output, exportTables(files, manifest.datasetVersion), { 'map/countries.json': buildMapShapes() });
  return { output, versioned, unchanged, sha256: hashes, datasetVersion: manifest.datasetVersion };
}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * texts/<article>.json and mentions/<entity>.json (every person, organisation and place, so a
 * view never meets a missing file): the parts a view fetches instead of the whole files. Derived
 * from texts.json and mentions.json, so the dataset version (their hash) covers them. Not parsed
 * again here: a part is an element of a file the build checked with the same schema (a text part
 * is ArticleTextSchema, a mention a MentionSchema: build-dataset.ts's output check), and the
 * parse was a fifth of serialising at ×100. `satisfies` keeps the part's shape tied to its schema.
 */
function serialiseParts(files: DatasetFiles, reuse: PartReuse | undefined, unchanged: string[]): Record<string, string> {
  const output: Record<string, string> = {};
  const isCurrent = (name: string) => {
    const key = reuse?.keys.get(name);
    const current = key !== undefined && reuse!.isCurrent(name, key);
    if (current) unchanged.push(name);
    return current;
  };
  for (const text of files.texts.texts) {
    const name = `texts/${text.article}.json`;
    if (!isCurrent(name)) output[name] = toJson(text satisfies ArticleText);
  }
  const byEntity = new Map<string, Mention[]>();
  for (const { id } of [...files.entities.people, ...files.entities.organisations, ...files.entities.places]) byEntity.set(id, []);
  for (const mention of files.mentions.mentions) byEntity.get(mention.entity)?.push(mention);
  for (const [entity, mentions] of byEntity) {
    const name = `mentions/${entity}.json`;
    if (!isCurrent(name)) output[name] = toJson({ entity, mentions } satisfies EntityMentions);
  }
  return output;
}

function yearExtent(files: DatasetFiles): { from: number; to: number } {
  const years = files.articles.articles.map(publicationYear);
  for (const { period } of files.facts.facts) {
    if (period.type === 'year' || period.type === 'as-of')
      years.push(period.year, ...(period.type === 'year' && period.baseYear ? [period.baseYear] : []));
    if (period.type === 'span') years.push(period.from, period.to);
  }
  return { from: Math.min(...years), to: Math.max(...years) };
}
