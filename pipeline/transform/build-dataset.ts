/**
 * The whole data build as one pure function: corpus texts and parsed annotations in, either the
 * dataset files or every problem found (file, entry, reason) out. No file system here, so tests
 * can feed it a broken annotation and read the message.
 */
import { DATASET_SCHEMAS, type DatasetFiles, type Mention } from '../../src/data/schemas/dataset';
import { computeArticleWork, type ArticleWork } from '../cache/article-work';
import type { BuildCache } from '../cache/build-cache';
import { ErrorCollector, type DataError } from '../errors';
import { segmentArticle, type Span } from '../extract/segment-article';
import { SILENT_PROGRESS, type Progress } from '../progress';
import { checkNumberCoverage, withoutDismissed, type NameCandidate } from './coverage';
import { buildEvents, buildQuotes, checkRoles, dismissedSpans } from './evidence';
import { buildFacts } from './facts';
import { articleWorkKey, changedAliasKeys, currentAliasSignatures, isStillValid, sha256 } from '../cache/incremental';
import type { ArticleIndex } from './locate';
import { buildAliasPatterns, buildNetwork } from './mentions';
import { publishText } from './publish-text';
import { ANNOTATION_PATH, checkIdsAndReferences, namedEntities, parseAnnotations, type RawAnnotations } from './validate-annotations';

export interface PipelineInputs {
  /** Article files by file name, exactly as stored. */
  corpus: Record<string, string>;
  annotations: RawAnnotations;
}

export interface BuildReport {
  nameCandidates: NameCandidate[];
  numeralsChecked: number;
}

export type BuildResult =
  { ok: true; files: DatasetFiles; report: BuildReport } | { ok: false; errors: DataError[]; report: BuildReport | null };

export interface BuildOptions {
  /** Per-article work and layouts from earlier builds (see pipeline/cache); the output is the same with or without. */
  cache?: BuildCache;
  progress?: Progress;
}

export function buildDataset(inputs: PipelineInputs, options: BuildOptions = {}): BuildResult {
  const { cache, progress = SILENT_PROGRESS } = options;
  const errors = new ErrorCollector();
  const parsing = progress.stage('annotations');
  const annotations = parseAnnotations(inputs.annotations, errors);
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
      const key = articleWorkKey(cache.version, actualHash, annotation, annotations.topics);
      let work = cache.getArticle(key) ?? null;
      if (work && !isStillValid(work, changedKeys)) {
        cache.stats.articleInvalidated++;
        work = null;
      }
      works.set(annotation.id, { key, work });
      if (work) {
        const year = Number(annotation.published.date.slice(0, 4));
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
  checking.done();

  const speakersByArticle = new Map<string, Set<string>>();
  const addSpeaker = (article: string, speaker: string | null) => {
    if (speaker) speakersByArticle.set(article, (speakersByArticle.get(article) ?? new Set()).add(speaker));
  };
  annotations.quotes.forEach((quote) => addSpeaker(quote.article, quote.speaker));
  annotations.facts.forEach((fact) => fact.kind === 'stated' && addSpeaker(fact.article, fact.speaker));

  const { patterns, kindOf } = buildAliasPatterns(annotations);
  const mentions: Mention[] = [];
  let nameCandidates: NameCandidate[] = [];
  const topicsByArticle = new Map<string, string[][]>();
  let numeralsChecked = 0;
  const finding = progress.stage('mentions', articles.size);
  for (const article of articles.values()) {
    finding.tick();
    const cached = works.get(article.id);
    let work = cached?.work;
    if (work) cache!.stats.articleHits++;
    else {
      work = computeArticleWork(article, patterns, kindOf, annotations.topics);
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
    topicsByArticle.set(article.id, work.topics);
    nameCandidates.push(...work.nameCandidates);
    const covered: Span[] = [factSpans, eventSpans, dismissed].flatMap((spans) => spans.get(article.id) ?? []);
    numeralsChecked += checkNumberCoverage(article, covered, ANNOTATION_PATH.articles, errors, work.numerals);
  }
  if (cache && aliasSignatures) cache.setPatterns(aliasSignatures);
  nameCandidates = withoutDismissed(nameCandidates, annotations.dismissals.names);
  finding.done(cache ? `${cache.stats.articleHits} cached` : undefined);
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
  for (const [key, entries] of namedEntities(annotations)) {
    for (const entry of entries) {
      if (!anyMention.has(entry.id)) errors.add(ANNOTATION_PATH[key], entry.id, 'no alias of it is found in any article body or credit');
    }
  }
  const quotesAbout = (id: string) => quotes.filter((quote) => quote.about.includes(id)).map((quote) => quote.id);
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

  const report: BuildReport = { nameCandidates, numeralsChecked };
  if (errors.hasErrors) return { ok: false, errors: errors.errors, report };

  const speakers = new Set([...speakersByArticle.values()].flatMap((set) => [...set]));
  const places = new Map(annotations.places.map((place) => [place.id, place]));
  const texts = annotations.articles.map((annotation) => publishText(articles.get(annotation.id)!, topicsByArticle.get(annotation.id)!));
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
    articles: { articles: annotations.articles.map(({ sha256: _sha256, body: _body, chrome: _chrome, ...article }) => article) },
    texts: { texts },
    facts: { facts },
    entities: {
      people: annotations.people.map(({ aliases: _aliases, ...person }) => ({
        ...person,
        mentionCount: mentionCount.get(person.id) ?? 0,
        isQuoted: speakers.has(person.id),
      })),
      organisations: annotations.organisations.map(({ aliases: _aliases, ...organisation }) => ({
        ...organisation,
        mentionCount: mentionCount.get(organisation.id) ?? 0,
      })),
      places: annotations.places.map(({ aliases: _aliases, ...place }) => ({ ...place, mentionCount: mentionCount.get(place.id) ?? 0 })),
      corridors: annotations.corridors.corridors.map((corridor) => ({
        ...corridor,
        note: corridor.note ?? null,
        waypoints: corridor.waypoints.map((waypoint) => {
          if (!('place' in waypoint)) return { place: null, ...waypoint };
          const place = places.get(waypoint.place)!;
          return { place: place.id, nameRu: place.nameRu, nameEn: place.nameEn, lat: place.lat, lon: place.lon };
        }),
        quotes: quotesAbout(corridor.id),
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
    network: {
      ...network,
      paragraphTopics: Object.fromEntries(texts.map((text) => [text.article, text.paragraphs.map((paragraph) => paragraph.topics)])),
    },
  };
  // The output contract: the app parses these files with the same schemas.
  const validating = progress.stage('output check');
  for (const [id, schema] of Object.entries(DATASET_SCHEMAS)) {
    const result = schema.safeParse(files[id as keyof DatasetFiles]);
    if (!result.success) errors.add(`public/data/${id}.json`, '(output)', result.error.message);
  }
  validating.done();
  return errors.hasErrors ? { ok: false, errors: errors.errors, report } : { ok: true, files, report };
}
