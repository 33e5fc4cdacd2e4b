/**
 * The whole data build as one pure function: corpus texts and parsed annotations in, either the
 * dataset files or every problem found (file, entry, reason) out. No file system here, so tests
 * can feed it a broken annotation and read the message.
 */
import { applyDrafts, draftNumberSpans, locateDraftError, type DraftsInput, type DraftStatus } from '../add-article/drafts';
import { z } from 'zod';
import {
  ArticleTextSchema,
  DATASET_OUTPUT_SCHEMAS,
  MentionSchema,
  type ArticleText,
  type DatasetFiles,
  type Mention,
  type Paragraph,
} from '../../src/data/schemas/dataset';
import { computeArticleWork, type ArticleWork } from '../cache/article-work';
import type { BuildCache } from '../cache/build-cache';
import { articleWorkKey, changedAliasKeys, currentAliasSignatures, isStillValid, sha256 } from '../cache/incremental';
import { ErrorCollector, type DataError } from '../errors';
import { segmentArticle, type SegmentedArticle, type Span } from '../extract/segment-article';
import { SILENT_PROGRESS, type Progress } from '../progress';
import type { Annotations } from '../sources/annotation-schemas';
import type { EntrySources } from '../sources/load';
import { checkNumberCoverage, withoutDismissed, type NameCandidate } from './coverage';
import { buildEvents, buildQuotes, checkRoles, dismissedSpans } from './evidence';
import { buildFacts } from './facts';
import {
  checkBothLanguages,
  checkCorridorInference,
  checkEventNames,
  checkQuoteSubjects,
  MentionIndex,
  namedWaypoints,
} from './annotation-rules';
import type { ArticleIndex } from './locate';
import { buildAliasPatterns, buildNetwork } from './mentions';
import { packNetwork, splitNetwork } from '../../src/data/schemas/network-columns';
import { publicationYear } from '../../src/data/schemas/publication-year';
import { ANNOTATION_PATH, checkIdsAndReferences, namedEntities, parseAnnotations, type RawAnnotations } from './validate-annotations';

const MENTION_LIST_SCHEMA = z.array(MentionSchema);
const NO_TOPICS: ParagraphTopics = new Map();

export interface PipelineInputs {
  /** Article files by file name, exactly as stored. */
  corpus: Record<string, string>;
  annotations: RawAnnotations;
  /** Draft annotations (annotations/drafts/*.yaml): only confirmed entries are built. */
  drafts?: DraftsInput;
  /** Which list item each entry was read from, and which came checked from the cache (sources/load.ts). */
  entrySources?: EntrySources;
}

export interface BuildReport {
  nameCandidates: NameCandidate[];
  numeralsChecked: number;
  /** Open, confirmed and dismissed drafts, by draft file. */
  drafts: DraftStatus[];
}

export type BuildResult =
  | {
      ok: true;
      files: DatasetFiles;
      report: BuildReport;
      /**
       * With a cache: what each part file (texts/<a>.json, mentions/<e>.json) is built from, as a key,
       * for the parts built only from cached article work (see partKeys); serialising skips a part
       * whose file was written from the same key.
       */
      partKeys?: Map<string, string>;
    }
  | { ok: false; errors: DataError[]; report: BuildReport | null };

export interface BuildOptions {
  /** Per-article work and layouts from earlier builds (see pipeline/cache); the output is the same with or without. */
  cache?: BuildCache;
  progress?: Progress;
}

export function buildDataset(inputs: PipelineInputs, options: BuildOptions = {}): BuildResult {
  const drafts = applyDrafts(inputs.annotations, inputs.drafts);
  const result = buildFromAnnotations({ ...inputs, annotations: drafts.annotations }, drafts, options);
  return result.ok ? result : { ...result, errors: result.errors.map((error) => locateDraftError(error, drafts.origin)) };
}

function buildFromAnnotations(inputs: PipelineInputs, drafts: ReturnType<typeof applyDrafts>, options: BuildOptions): BuildResult {
  const { cache, progress = SILENT_PROGRESS } = options;
  const errors = new ErrorCollector();
  const parsing = progress.stage('annotations');
  drafts.errors.forEach((error) => errors.add(error.file, error.entry, error.reason));
  // An entry read from the cache passed both checks when it was stored; one that passes them now
  // is stored under its list item's key (readList), so a warm build checks only what changed.
  const sources = inputs.entrySources;
  const failed = checkBothLanguages(inputs.annotations, errors, sources?.checked);
  const annotations = parseAnnotations(inputs.annotations, errors, sources?.checked, (entry, checked) => {
    const key = sources?.keys.get(entry);
    if (key !== undefined && cache && !failed.has(entry)) cache.entries.set(key, checked);
  });
  if (!annotations) return { ok: false, errors: errors.errors, report: null };
  checkIdsAndReferences(annotations, errors);
  parsing.done();

  // Cached work is reused unless an alias that could match one of its words changed (see pipeline/cache).
  const aliasSignatures = cache ? currentAliasSignatures(annotations) : null;
  const changedKeys = cache && aliasSignatures ? changedAliasKeys(cache.patterns, aliasSignatures) : [];
  const works = new Map<string, { key: string; work: ArticleWork | null }>();
  const reading = progress.stage('articles', annotations.articles.length);
  const articles: ArticleIndex = new Map();
  for (const annotation of annotations.articles) {
    reading.tick();
    const text = inputs.corpus[annotation.file];
    if (text === undefined) {
      errors.add(ANNOTATION_PATH.articles, annotation.id, `corpus file ${annotation.file} does not exist`);
      continue;
    }
    const actualHash = sha256(text);
    if (actualHash !== annotation.sha256) {
      errors.add(
        ANNOTATION_PATH.articles,
        annotation.id,
        `corpus file ${annotation.file} has changed (sha256 ${actualHash}); re-check its annotations, then update sha256`,
      );
      continue;
    }
    if (cache) {
      const key = articleWorkKey(cache.version, actualHash, annotation);
      let work = cache.getArticle(key, annotation.id, text) ?? null;
      if (work && !isStillValid(work, changedKeys)) {
        cache.stats.articleInvalidated++;
        work = null;
      }
      works.set(annotation.id, { key, work });
      if (work) {
        const year = publicationYear(annotation);
        articles.set(annotation.id, { id: annotation.id, text, year, body: work.body, paragraphs: work.paragraphs });
        continue;
      }
    }
    const segmented = segmentArticle(annotation, text);
    if (segmented.ok) articles.set(annotation.id, segmented.article);
    else segmented.reasons.forEach((reason) => errors.add(ANNOTATION_PATH.articles, annotation.id, reason));
  }
  reading.done();
  const checking = progress.stage('facts, quotes, events');

  const { facts, coveredSpans: factSpans } = buildFacts(annotations.facts, articles, errors);
  const quotes = buildQuotes(annotations.quotes, articles, errors);
  const { events, coveredSpans: eventSpans } = buildEvents(annotations.events, articles, errors);
  checkRoles(annotations.people, articles, errors);
  const dismissed = dismissedSpans(annotations.dismissals, articles, errors);
  const draftSpans = draftNumberSpans(drafts.numbers, articles);
  checking.done();

  const speakersByArticle = new Map<string, Set<string>>();
  const addSpeaker = (article: string, speaker: string | null) => {
    if (speaker) speakersByArticle.set(article, (speakersByArticle.get(article) ?? new Set()).add(speaker));
  };
  annotations.quotes.forEach((quote) => addSpeaker(quote.article, quote.speaker));
  annotations.facts.forEach((fact) => fact.kind === 'stated' && addSpeaker(fact.article, fact.speaker));

  // Built only if an article's work is computed: a warm build reads every article from the cache.
  let aliasIndex: ReturnType<typeof buildAliasPatterns> | undefined;
  const mentions: Mention[] = [];
  let nameCandidates: NameCandidate[] = [];
  let numeralsChecked = 0;
  const partSources = cache ? new PartSources() : null;
  const finding = progress.stage('mentions', articles.size);
  for (const article of articles.values()) {
    finding.tick();
    const cached = works.get(article.id);
    let work = cached?.work;
    if (work) cache!.stats.articleHits++;
    else {
      aliasIndex ??= buildAliasPatterns(annotations);
      work = computeArticleWork(article, aliasIndex.patterns, aliasIndex.kindOf);
      // Its mentions and text are checked against the output schemas once, when computed: cached
      // work is what a clean build computes, and was checked then (see the output check below).
      const checked = MENTION_LIST_SCHEMA.safeParse(work.mentions);
      if (!checked.success) errors.add('public/data/mentions.json', '(output)', checked.error.message);
      const text = ArticleTextSchema.safeParse(publishText(article, NO_TOPICS));
      if (!text.success) errors.add('public/data/texts.json', '(output)', text.error.message);
      if (cache && cached) {
        cache.stats.articleMisses++;
        cache.setArticle(cached.key, work);
      }
    }
    // The work is kept without speakers: a person is "quoted" where a quote or fact of theirs is.
    const speakers = speakersByArticle.get(article.id);
    for (const mention of work.mentions) {
      const isQuoted = mention.role === 'mentioned' && mention.entityKind === 'person' && speakers?.has(mention.entity);
      mentions.push(isQuoted ? { ...mention, role: 'quoted' } : mention);
    }
    if (partSources && !cached) partSources.addUnkeyed(article.id, work.mentions);
    else if (partSources && cached) partSources.add(article.id, `${cached.key}:${work.fingerprint}`, work.mentions, speakers);
    nameCandidates.push(...work.nameCandidates);
    const covered: Span[] = [factSpans, eventSpans, dismissed, draftSpans].flatMap((spans) => spans.get(article.id) ?? []);
    numeralsChecked += checkNumberCoverage(article, covered, ANNOTATION_PATH.articles, errors, work.numerals);
  }
  if (cache && aliasSignatures) cache.setPatterns(aliasSignatures);
  nameCandidates = withoutDismissed(nameCandidates, annotations.dismissals.names);
  finding.done(cache ? `${cache.stats.articleHits} cached` : undefined);
  const ruling = progress.stage('rules over the whole, texts');
  for (const candidate of nameCandidates) {
    errors.add(
      ANNOTATION_PATH.dismissals,
      `names "${candidate.word}"`,
      `capitalised word in article ${candidate.article}, paragraph ${candidate.paragraph}, matches no entity and no dismissal: ${candidate.context}`,
    );
  }

  const mentionCount = new Map<string, number>();
  const anyMention = new Set<string>();
  for (const mention of mentions) {
    anyMention.add(mention.entity);
    if (mention.role !== 'credit') mentionCount.set(mention.entity, (mentionCount.get(mention.entity) ?? 0) + 1);
  }
  /** Named only in page furniture (credits, captions, bylines): found, but never in the text. */
  const isCreditOnly = (id: string) => anyMention.has(id) && !mentionCount.has(id);
  for (const [key, entries] of namedEntities(annotations)) {
    for (const entry of entries) {
      if (!anyMention.has(entry.id)) errors.add(ANNOTATION_PATH[key], entry.id, 'no alias of it is found in any article body or credit');
    }
  }
  const quoteIdsAbout = new Map<string, string[]>();
  for (const quote of quotes) {
    for (const id of new Set(quote.about)) {
      const ids = quoteIdsAbout.get(id);
      if (ids) ids.push(quote.id);
      else quoteIdsAbout.set(id, [quote.id]);
    }
  }
  const quotesAbout = (id: string) => quoteIdsAbout.get(id) ?? [];
  for (const item of [
    ...annotations.corridors.corridors.map((c) => ['corridors', c.id] as const),
    ...annotations.corridors.hubs.map((h) => ['hubs', h.id] as const),
  ]) {
    if (quotesAbout(item[1]).length === 0)
      errors.add(
        ANNOTATION_PATH.corridors,
        `${item[0]} ${item[1]}`,
        "no quote in quotes.yaml is about it (add its id to a quote's `about`)",
      );
  }

  const mentionIndex = new MentionIndex(mentions);
  checkQuoteSubjects(annotations, quotes, mentionIndex, articles, errors);
  const waypointNames = namedWaypoints(annotations, quotes, mentionIndex);
  checkCorridorInference(annotations, waypointNames, errors);
  checkEventNames(annotations, mentionIndex, articles, errors);
  const paragraphTopics = reviewedParagraphTopics(annotations, articles, errors);

  const report: BuildReport = { nameCandidates, numeralsChecked, drafts: drafts.status };
  if (errors.hasErrors) {
    ruling.done();
    return { ok: false, errors: errors.errors, report };
  }

  const speakers = new Set([...speakersByArticle.values()].flatMap((set) => [...set]));
  const places = new Map(annotations.places.map((place) => [place.id, place]));
  const texts = annotations.articles.map((annotation) => publishText(articles.get(annotation.id)!, paragraphTopics));
  ruling.done();
  const networking = progress.stage('network');
  const network = buildNetwork(
    mentions,
    [
      ...quotes.flatMap((quote) =>
        quote.speaker ? [{ person: quote.speaker, article: quote.location.article, paragraph: quote.location.paragraph }] : [],
      ),
      ...facts.flatMap((fact) =>
        fact.kind === 'stated' && fact.speaker ? [{ person: fact.speaker, article: fact.article, paragraph: fact.quote.paragraph }] : [],
      ),
    ],
    cache?.layouts,
  );
  networking.done();
  const files: DatasetFiles = {
    articles: {
      articles: annotations.articles.map(({ sha256: _sha256, body: _body, chrome: _chrome, ...article }) => ({
        ...article,
        published: {
          date: article.published.date,
          precision: article.published.precision,
          latest: article.published.latest ?? null,
          evidenceRu: article.published.evidenceRu,
          evidenceEn: article.published.evidenceEn,
        },
      })),
    },
    texts: { texts },
    facts: { facts },
    entities: {
      people: annotations.people.map(({ aliases: _aliases, ...person }) => ({
        ...person,
        mentionCount: mentionCount.get(person.id) ?? 0,
        isQuoted: speakers.has(person.id),
        isCreditOnly: isCreditOnly(person.id),
      })),
      organisations: annotations.organisations.map(({ aliases: _aliases, ...organisation }) => ({
        ...organisation,
        mentionCount: mentionCount.get(organisation.id) ?? 0,
        isCreditOnly: isCreditOnly(organisation.id),
      })),
      places: annotations.places.map(({ aliases: _aliases, ...place }) => ({ ...place, mentionCount: mentionCount.get(place.id) ?? 0 })),
      corridors: annotations.corridors.corridors.map((corridor) => ({
        id: corridor.id,
        nameRu: corridor.nameRu,
        nameEn: corridor.nameEn,
        kind: corridor.kind,
        status: corridor.status,
        direction: corridor.direction,
        noteRu: corridor.noteRu ?? null,
        noteEn: corridor.noteEn ?? null,
        waypoints: corridor.waypoints.map((waypoint, index) => {
          const isNamedInSource = waypointNames.get(corridor.id)?.[index] ?? false;
          if (!('place' in waypoint)) return { place: null, ...waypoint, isNamedInSource };
          const place = places.get(waypoint.place)!;
          return { place: place.id, nameRu: place.nameRu, nameEn: place.nameEn, lat: place.lat, lon: place.lon, isNamedInSource };
        }),
        quotes: quotesAbout(corridor.id),
        isKindInferred: corridor.isKindInferred,
        inferenceRu: corridor.inferenceRu ?? null,
        inferenceEn: corridor.inferenceEn ?? null,
      })),
      hubs: annotations.corridors.hubs.map((hub) => {
        const place = 'place' in hub ? places.get(hub.place)! : null;
        const { lat, lon } = place ?? (hub as { lat: number; lon: number });
        return {
          id: hub.id,
          nameRu: hub.nameRu,
          nameEn: hub.nameEn,
          kind: hub.kind,
          status: hub.status,
          place: place?.id ?? null,
          lat,
          lon,
          quotes: quotesAbout(hub.id),
        };
      }),
    },
    quotes: { quotes },
    events: { events },
    topics: {
      topics: annotations.topics.map(({ id, labelRu, labelEn }) => ({ id, labelRu, labelEn })),
      metrics: annotations.metrics,
    },
    mentions: { mentions },
    // In columns, with the names and years the view's first paint needs, and the paragraph lists
    // only a filter reads apart, in network-paragraphs.json (network-columns.ts).
    ...splitNetwork(
      packNetwork(
        {
          ...network,
          paragraphTopics: Object.fromEntries(texts.map((text) => [text.article, text.paragraphs.map((paragraph) => paragraph.topics)])),
        },
        {
          articles: annotations.articles.map((article) => ({ id: article.id, year: publicationYear(article) })),
          entities: new Map(
            [...annotations.people, ...annotations.organisations].map((entity) => [
              entity.id,
              { nameEn: entity.nameEn, nameRu: entity.nameRu, country: entity.country, isQuoted: speakers.has(entity.id) },
            ]),
          ),
        },
      ) as Parameters<typeof splitNetwork>[0],
    ),
  };
  // The output contract: the app parses these files with the same schemas.
  const validating = progress.stage('output check');
  // Checked whole on every build, except what comes from cached article work: remembering checks
  // by content hash (tried) costs more in JSON.stringify and hashing than zod 4 spends checking.
  // An article's mentions and text are checked when its work is computed (above): a mention may
  // since have become "quoted" (another valid role), and a text has gained its paragraphs' topics
  // from paragraph-topics.yaml, whose ids the annotation schema has checked.
  for (const [id, schema] of Object.entries(DATASET_OUTPUT_SCHEMAS)) {
    const file = id === 'mentions' ? { ...files.mentions, mentions: [] } : id === 'texts' ? { texts: [] } : files[id as keyof DatasetFiles];
    const result = schema.safeParse(file);
    if (!result.success) errors.add(`public/data/${id}.json`, '(output)', result.error.message);
  }
  validating.done();
  if (errors.hasErrors) return { ok: false, errors: errors.errors, report };
  return partSources ? { ok: true, files, report, partKeys: partSources.keys(files, paragraphTopics) } : { ok: true, files, report };
}

/**
 * What the part files are built from. A text part is its article's work (its key: the article
 * file's hash and its articles.yaml entry; its fingerprint: the paragraphs and mentions found)
 * and the article's reviewed topics. An entity's mentions part is the mentions of it in each
 * article's work, in article order, and whether each article quotes it (role "quoted"). An
 * article not in the work map (a build without a cache) gives its text and its entities no key,
 * so those parts are always written out.
 */
class PartSources {
  private readonly workKeys = new Map<string, string>();
  /** Entity → one "work, quoted" term per article that mentions it. */
  private readonly byEntity = new Map<string, string[]>();
  private readonly unkeyed = new Set<string>();

  add(article: string, workKey: string, mentions: readonly Mention[], speakers: ReadonlySet<string> | undefined): void {
    this.workKeys.set(article, workKey);
    let last: string | undefined;
    for (const { entity } of mentions) {
      if (entity === last) continue;
      last = entity;
      const terms = this.byEntity.get(entity);
      const term = `${workKey}${speakers?.has(entity) ? '+q' : ''}`;
      if (!terms) this.byEntity.set(entity, [term]);
      else if (terms.at(-1) !== term) terms.push(term);
    }
  }

  /** An article whose work is not known: its text and every entity it mentions get no key. */
  addUnkeyed(article: string, mentions: readonly Mention[]): void {
    this.unkeyed.add(article);
    for (const { entity } of mentions) this.unkeyed.add(`entity:${entity}`);
  }

  keys(files: DatasetFiles, topics: ParagraphTopics): Map<string, string> {
    const keys = new Map<string, string>();
    for (const { article } of files.texts.texts) {
      const workKey = this.workKeys.get(article);
      if (workKey && !this.unkeyed.has(article))
        keys.set(`texts/${article}.json`, sha256(`${workKey}\0${JSON.stringify([...(topics.get(article) ?? [])])}`));
    }
    for (const { id } of [...files.entities.people, ...files.entities.organisations, ...files.entities.places]) {
      if (!this.unkeyed.has(`entity:${id}`)) keys.set(`mentions/${id}.json`, sha256(`${id}\0${(this.byEntity.get(id) ?? []).join(',')}`));
    }
    return keys;
  }
}

/** Paragraphs with their text parts and their reviewed topics (paragraph-topics.yaml). */
function publishText(article: SegmentedArticle, topics: ParagraphTopics): ArticleText {
  const byIndex = topics.get(article.id);
  const paragraphs: Paragraph[] = article.paragraphs.map((paragraph) => ({
    index: paragraph.index,
    start: paragraph.start,
    end: paragraph.end,
    topics: byIndex?.get(paragraph.index) ?? [],
    parts: paragraph.parts.map((part) => ({
      start: part.start,
      text: article.text.slice(part.start, part.end),
      ...(part.chrome ? { chrome: part.chrome } : {}),
    })),
  }));
  return { article: article.id, paragraphs };
}

/** Reviewed topics by article, then paragraph index (paragraph-topics.yaml). */
type ParagraphTopics = Map<string, Map<number, string[]>>;

/**
 * The reviewed topic list, checked against the texts: one entry for every paragraph with content,
 * none for a paragraph that does not exist or has none, each starting as the paragraph does, and
 * only known topics.
 */
function reviewedParagraphTopics(annotations: Annotations, articles: ArticleIndex, errors: ErrorCollector): ParagraphTopics {
  const file = ANNOTATION_PATH.paragraphTopics;
  const known = new Set(annotations.topics.map((topic) => topic.id));
  const result: ParagraphTopics = new Map();
  // Each paragraph's content is joined once per article, and entries are filed by article then
  // index, not by a key string: an entry and the completeness pass below both look them up, and
  // building strings per look-up was most of this check at ×1000.
  const contents = new Map<SegmentedArticle, string[]>();
  const contentOf = (article: SegmentedArticle, index: number) => {
    let texts = contents.get(article);
    if (!texts) {
      texts = article.paragraphs.map((paragraph) =>
        paragraph.parts
          .filter((part) => part.chrome === undefined)
          .map((part) => article.text.slice(part.start, part.end))
          .join('')
          .trim(),
      );
      contents.set(article, texts);
    }
    return texts[index] ?? '';
  };
  for (const entry of annotations.paragraphTopics) {
    const label = () => `${entry.article} paragraph ${entry.paragraph}`;
    const article = articles.get(entry.article);
    if (!article) {
      errors.add(file, label(), `refers to unknown article "${entry.article}"`);
      continue;
    }
    const content = contentOf(article, entry.paragraph);
    if (!content) errors.add(file, label(), 'the article has no paragraph with content at this index');
    else if (!content.startsWith(entry.starts))
      errors.add(file, label(), `the paragraph starts "${content.slice(0, 40)}", not "${entry.starts}"`);
    let byIndex = result.get(entry.article);
    if (!byIndex) result.set(entry.article, (byIndex = new Map()));
    if (byIndex.has(entry.paragraph)) errors.add(file, label(), 'listed twice');
    for (const topic of entry.topics) if (!known.has(topic)) errors.add(file, label(), `refers to unknown topic "${topic}"`);
    byIndex.set(entry.paragraph, entry.topics);
  }
  for (const article of articles.values()) {
    const byIndex = result.get(article.id);
    for (const paragraph of article.paragraphs) {
      if (contentOf(article, paragraph.index) && !byIndex?.has(paragraph.index)) {
        errors.add(file, `${article.id} paragraph ${paragraph.index}`, 'has no reviewed topics: add an entry (topics may be empty)');
      }
    }
  }
  return result;
}
