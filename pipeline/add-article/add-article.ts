/**
 * `npm run add-article -- <file> [--outlet … --date … --title … --url … --id …]`: puts a saved
 * page into the corpus and drafts its annotations.
 *
 * - An .html page is copied into pipeline/corpus/ byte for byte as NNN_<sha256 prefix>.html, and
 *   the article text Readability finds in it is saved next to it as NNN_<…>.txt: the corpus
 *   file the pipeline reads and every offset refers to. A .txt capture is copied as it is.
 * - pipeline/annotations/drafts/<article id>.yaml gets the article entry (sha256, body
 *   boundaries, chrome, titleRu and the evidence of outlet and date in Russian and English), a
 *   draft topic list for every paragraph with content (empty: topics are reviewed by hand, as in
 *   paragraph-topics.yaml), a draft fact for every number in the body and a draft entity for
 *   every unknown name, all `review: draft` until a person confirms or dismisses each. What only
 *   a person can write (titleEn, an outlet's English name, a fact's metric and topics, an
 *   entity's country evidence) is null, which the build rejects once the entry is confirmed.
 * - What the page does not say (title, outlet, date, url) must be given as a flag: the command
 *   stops and names the flags rather than guess.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { segmentArticle, type SegmentedArticle } from '../extract/segment-article';
import type { ArticleAnnotation } from '../sources/annotation-schemas';
import { loadInputs, PIPELINE_DIR } from '../sources/load';
import { applyDrafts, DRAFTS_DIR } from './drafts';
import { draftEntities, entityId, latinName, type DraftedEntity, type KnownEntities } from './draft-entities';
import { draftFacts, type DraftedFact } from './draft-facts';
import { findBodyAndChrome } from './find-chrome';
import { parsePublished, readHtmlPage, readTextPage, type PageMetadata } from './read-page';

export interface AddArticleOptions {
  /** The saved page: .html / .htm, or a plain-text file. */
  file: string;
  /** The pipeline folder to add to (tests use a copy). */
  pipelineDir?: string;
  title?: string;
  outlet?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** The page's address, or "none" for a source that has none. */
  url?: string;
  id?: string;
}

export type AddArticleResult =
  | { ok: true; articleId: string; corpusFiles: string[]; draftFile: string; facts: number; entities: number; matched: string[] }
  | { ok: false; message: string };

export async function addArticle(options: AddArticleOptions): Promise<AddArticleResult> {
  const pipelineDir = options.pipelineDir ?? PIPELINE_DIR;
  if (!existsSync(options.file)) return { ok: false, message: `${options.file} does not exist` };
  const bytes = readFileSync(options.file);
  const isHtml =
    /^\.html?$/iu.test(extname(options.file)) || /^\s*(?:<!doctype html|<html)/iu.test(bytes.subarray(0, 200).toString('utf8'));
  let page: ReturnType<typeof readTextPage>;
  try {
    page = isHtml ? readHtmlPage(bytes.toString('utf8')) : readTextPage(bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, message: `${options.file}: ${(error as Error).message}; save the article as plain text and add that instead` };
  }

  const metadata = resolveMetadata(options, page.metadata, isHtml);
  if (!metadata.ok) return metadata;
  const { title, outlet, published, url } = metadata;

  const loaded = loadInputs(pipelineDir);
  if (!loaded.ok)
    return {
      ok: false,
      message: `the annotations do not load:\n${loaded.errors.map((error) => `  ${error.file} › ${error.entry}: ${error.reason}`).join('\n')}`,
    };
  const raw = applyDrafts(loaded.inputs.annotations, loaded.inputs.drafts).annotations as Record<string, unknown>;
  const entries = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as Record<string, unknown>[]) : []);

  const corpusDir = join(pipelineDir, 'corpus');
  const hash = createHash('sha256').update(bytes).digest('hex');
  const existing = readdirSync(corpusDir);
  const twin = existing.find(
    (name) =>
      createHash('sha256')
        .update(readFileSync(join(corpusDir, name)))
        .digest('hex') === hash,
  );
  if (twin) return { ok: false, message: `${basename(options.file)} is already in the corpus as ${twin}` };
  const index = Math.max(-1, ...existing.map((name) => Number(/^(\d+)_/u.exec(name)?.[1] ?? -1))) + 1;
  const stem = `${String(index).padStart(3, '0')}_${hash.slice(0, 16)}`;
  const textFile = `${stem}.txt`;
  const text = page.text;

  const takenIds = new Set([...entries('articles').map((article) => String(article.id)), ...existingDraftIds(pipelineDir)]);
  const articleId = options.id ?? uniqueId(`${entityId(outlet.value)}-${published.date}`, takenIds);
  if (takenIds.has(articleId)) return { ok: false, message: `article id "${articleId}" is taken: pass another with --id` };

  const boundaries = findBodyAndChrome(text, { title: title.value, author: page.metadata.author?.value });
  const isLatin = !/\p{Script=Cyrillic}/u.test(outlet.value);
  const article: Record<string, unknown> = {
    id: articleId,
    file: textFile,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: title.value,
    titleRu: title.value,
    titleEn: null,
    outlet: { nameRu: outlet.value, nameEn: isLatin ? outlet.value : null, evidenceRu: outlet.evidenceRu, evidenceEn: outlet.evidenceEn },
    published: {
      date: published.date,
      precision: published.precision,
      evidenceRu: published.evidenceRu,
      evidenceEn: published.evidenceEn,
    },
    body: { startsAt: boundaries.startsAt, ...(boundaries.endsBefore ? { endsBefore: boundaries.endsBefore } : {}) },
    chrome: boundaries.chrome,
  };
  const segmented = segmentArticle(article as unknown as ArticleAnnotation, text);
  if (!segmented.ok) return { ok: false, message: `the body could not be cut out of the text: ${segmented.reasons.join('; ')}` };

  const facts = draftFacts(segmented.article, { articleId });
  const paragraphTopics = draftParagraphTopics(segmented.article);
  const known: KnownEntities = {
    people: entries('people') as unknown as KnownEntities['people'],
    organisations: entries('organisations') as unknown as KnownEntities['organisations'],
    places: entries('places') as unknown as KnownEntities['places'],
    dismissedNames: (raw.dismissals as { names?: KnownEntities['dismissedNames'] } | undefined)?.names ?? [],
  };
  const { drafts: entities, matched } = draftEntities(segmented.article, known);

  const corpusFiles = isHtml ? [`${stem}${extname(options.file).toLowerCase() || '.html'}`, textFile] : [textFile];
  const source = isHtml ? { file: corpusFiles[0]!, sha256: hash, url } : undefined;
  const yaml = writeDraftYaml({
    article,
    source,
    url,
    paragraphTopics,
    facts,
    entities,
    takenEntityIds: new Set(['people', 'organisations', 'places'].flatMap((key) => entries(key).map((entry) => String(entry.id)))),
    from: basename(options.file),
  });

  mkdirSync(join(pipelineDir, DRAFTS_DIR), { recursive: true });
  if (isHtml) writeFileSync(join(corpusDir, corpusFiles[0]!), bytes);
  writeFileSync(join(corpusDir, textFile), isHtml ? text : bytes);
  const draftFile = `${DRAFTS_DIR}/${articleId}.yaml`;
  // Formatted like the hand-written annotation files, so `npm run format:check` holds.
  const draftPath = join(pipelineDir, draftFile);
  writeFileSync(draftPath, await format(yaml, { ...(await resolveConfig(join(PIPELINE_DIR, '..', 'package.json'))), parser: 'yaml' }));
  return {
    ok: true,
    articleId,
    corpusFiles: corpusFiles.map((name) => `corpus/${name}`),
    draftFile,
    facts: facts.length,
    entities: entities.length,
    matched: [...matched].sort(),
  };
}

type Resolved = { value: string; evidenceRu: string; evidenceEn: string };

function resolveMetadata(
  options: AddArticleOptions,
  metadata: PageMetadata,
  isHtml: boolean,
):
  | { ok: true; title: Resolved; outlet: Resolved; published: Resolved & { date: string; precision: string }; url: string | null }
  | { ok: false; message: string } {
  const given = (flag: string, value: string) => ({
    value,
    evidenceRu: `указано флагом --${flag} команды add-article`,
    evidenceEn: `given as --${flag} to add-article`,
  });
  const title = options.title !== undefined ? given('title', options.title) : metadata.title;
  const outlet = options.outlet !== undefined ? given('outlet', options.outlet) : metadata.outlet;
  const publishedRaw = options.date !== undefined ? given('date', options.date) : metadata.published;
  const published = publishedRaw ? parsePublished(publishedRaw.value) : null;
  const url = options.url !== undefined ? options.url : metadata.url?.value;
  const where = isHtml ? 'the page' : 'a plain-text file';
  const missing = [
    !title && `--title "…" (${where} has no og:title or <title>)`,
    !outlet && `--outlet "…" (${where} has no og:site_name or publisher)`,
    !publishedRaw && `--date YYYY-MM-DD (${where} has no article:published_time or datePublished; YYYY-MM or YYYY when only that is known)`,
    publishedRaw && !published && `--date YYYY-MM-DD ("${publishedRaw.value}" is not a date)`,
    url === undefined && `--url https://… (${where} has no canonical link or og:url; --url none for a source without an address)`,
  ].filter((line): line is string => typeof line === 'string');
  if (missing.length > 0 || !title || !outlet || !publishedRaw || !published) {
    return { ok: false, message: `add-article needs what it could not find:\n${missing.map((line) => `  ${line}`).join('\n')}` };
  }
  return { ok: true, title, outlet, published: { ...publishedRaw, ...published }, url: url === 'none' || url === undefined ? null : url };
}

export interface DraftedParagraph {
  index: number;
  /** The paragraph's first words, verbatim, as paragraph-topics.yaml's `starts`. */
  starts: string;
  /** The paragraph's opening, for the YAML comment. */
  context: string;
}

/** One entry for every paragraph with content, as the build requires of paragraph-topics.yaml. */
export function draftParagraphTopics(article: SegmentedArticle): DraftedParagraph[] {
  return article.paragraphs.flatMap((paragraph) => {
    const content = paragraph.parts
      .filter((part) => part.chrome === undefined)
      .map((part) => article.text.slice(part.start, part.end))
      .join('')
      .trim();
    if (!content) return [];
    const starts = /^(?:\S+\s+){0,4}\S+/u.exec(content)![0];
    const context = content.length > 100 ? `${content.slice(0, 100).trimEnd()}…` : content;
    return [{ index: paragraph.index, starts, context }];
  });
}

function existingDraftIds(pipelineDir: string): string[] {
  const dir = join(pipelineDir, DRAFTS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.replace(/\.yaml$/u, ''))
    : [];
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const HEADER = (from: string) => ` Drafts for one article, written by \`npm run add-article\` from ${from}.
 Nothing here is published while its review says draft. Read each entry against its sentence, then
   review: confirmed            it goes through every check a hand-written entry does (fill what is null)
   review: { dismissed: why }   a number or name that is no claim; it is then accounted for
 Article: fill titleEn (and outlet.nameEn); the evidence is where the page says it, in both languages.
 Paragraph topics: one entry per paragraph with content, none proposed (topics.yaml has no keywords):
 list the paragraph's topics (ids from topics.yaml; none is a valid answer), then confirm each.
 The build needs every one of them confirmed once the article is.
 Facts: check value, scale, unit, qualifier, period (relative years are resolved against the date),
 metric (metrics.yaml), topics (at least one, none proposed) and speaker (a person id, or null for
 the article's own words); noteRu / noteEn, when added, both.
 Entities: aliasOf names a known entity the name is a form of; confirming adds the forms to its
 aliases. Otherwise the person/organisation/place block becomes a new entry: set aliasOf to null
 and fill it (nameEn is a transliteration to check; countryEvidenceRu and countryEvidenceEn both).
 Then run npm run data.`;

interface DraftYamlInput {
  article: Record<string, unknown>;
  source: { file: string; sha256: string; url: string | null } | undefined;
  url: string | null;
  paragraphTopics: DraftedParagraph[];
  facts: DraftedFact[];
  entities: DraftedEntity[];
  takenEntityIds: Set<string>;
  from: string;
}

/** The draft file, with the `yaml` package, in the style of the hand-written annotations. */
export function writeDraftYaml(input: DraftYamlInput): string {
  const { article, source, paragraphTopics, facts, entities } = input;
  const articleId = String(article.id);
  const ids = new Set(input.takenEntityIds);
  const value = {
    article: { review: 'draft', ...(source ? { source } : {}), ...article },
    paragraphTopics: paragraphTopics.map((paragraph) => ({
      review: 'draft',
      article: articleId,
      paragraph: paragraph.index,
      starts: paragraph.starts,
      topics: [],
    })),
    facts: facts.map((drafted) => ({ review: 'draft', ...drafted.fact })),
    entities: entities.map((entity) => {
      const id = uniqueId(entityId(entity.name), ids);
      ids.add(id);
      const base = { id, nameRu: entity.name, nameEn: latinName(entity.name) };
      const block =
        entity.kind === 'person'
          ? {
              person: {
                ...base,
                corpusRole: 'expert',
                country: null,
                countryEvidenceRu: null,
                countryEvidenceEn: null,
                aliases: [...entity.forms],
                organisations: [],
                roles: [{ article: articleId, textRu: null, textEn: null }],
              },
            }
          : entity.kind === 'organisation'
            ? { organisation: { ...base, kind: null, country: null, aliases: [...entity.forms] } }
            : { place: { ...base, kind: null, lat: null, lon: null, aliases: [...entity.forms] } };
      return {
        review: 'draft',
        name: entity.name,
        forms: [...entity.forms],
        sentences: entity.sentences,
        aliasOf: entity.proposed,
        ...block,
      };
    }),
  };
  const doc = new Document(value, { keepSourceTokens: false });
  doc.commentBefore = HEADER(input.from);
  const root = doc.contents as YAMLMap;
  const articleNode = root.get('article') as YAMLMap;
  articleNode.commentBefore = input.url ? ` ${input.url}` : ' no address (--url none)';
  for (const key of ['source', 'outlet', 'body']) {
    const node = articleNode.get(key);
    if (isMap(node)) node.flow = true;
  }
  const chrome = articleNode.get('chrome');
  if (isSeq(chrome)) chrome.items.forEach((item) => isMap(item) && (item.flow = true));
  const factItems = (root.get('facts') as YAMLSeq).items as YAMLMap[];
  factItems.forEach((item, index) => {
    const drafted = facts[index]!;
    const hint = {
      quantity: '',
      year: ' — a year, not a quantity: dismiss it, or cover it by an event in events.yaml',
      date: ' — a date: dismiss it, or cover it by an event in events.yaml',
      identifier: ' — part of a name or number (№, -2, XXI): dismiss it',
    }[drafted.looksLike];
    item.commentBefore = ` ${drafted.context}${hint}`;
    const period = item.get('period');
    if (isMap(period)) period.flow = true;
    const topics = item.get('topics');
    if (isSeq(topics)) topics.flow = true;
  });
  const entityItems = (root.get('entities') as YAMLSeq).items as YAMLMap[];
  entityItems.forEach((item, index) => {
    const entity = entities[index]!;
    item.commentBefore = ` ${entity.context}${entity.proposed ? ` — a form of ${entity.proposed}?` : ` — new ${entity.kind}?`}`;
    const forms = item.get('forms');
    if (isSeq(forms)) forms.flow = true;
    for (const kind of ['person', 'organisation', 'place']) {
      const block = item.get(kind);
      if (!isMap(block)) continue;
      for (const key of ['aliases', 'organisations']) {
        const node = block.get(key);
        if (isSeq(node)) node.flow = true;
      }
      const roles = block.get('roles');
      if (isSeq(roles)) roles.items.forEach((role) => isMap(role) && (role.flow = true));
    }
  });
  const paragraphItems = (root.get('paragraphTopics') as YAMLSeq).items as YAMLMap[];
  paragraphItems.forEach((item, index) => {
    item.flow = true;
    item.commentBefore = ` ${paragraphTopics[index]!.context}`;
  });
  (root.get('paragraphTopics') as YAMLSeq).spaceBefore = true;
  (root.get('entities') as YAMLSeq).spaceBefore = true;
  (root.get('facts') as YAMLSeq).spaceBefore = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
