/**
 * `npm run add-article` end to end, in a temporary copy of pipeline/corpus and
 * pipeline/annotations: the fixture page (a short article of our own with page chrome around it)
 * is drafted, its drafts are left out of the published data until confirmed, and the drafter run
 * on the five corpus captures covers the facts and entities people annotated by hand.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, parse } from 'yaml';
import { addArticle } from '../../pipeline/add-article/add-article';
import { describeDrafts } from '../../pipeline/add-article/drafts';
import { draftEntities } from '../../pipeline/add-article/draft-entities';
import { draftFacts } from '../../pipeline/add-article/draft-facts';
import { findBodyAndChrome } from '../../pipeline/add-article/find-chrome';
import { segmentArticle } from '../../pipeline/extract/segment-article';
import type { Annotations, ArticleAnnotation } from '../../pipeline/sources/annotation-schemas';
import { loadInputs, PIPELINE_DIR } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { parseAnnotations } from '../../pipeline/transform/validate-annotations';
import { ErrorCollector } from '../../pipeline/errors';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'add-article', 'grain-terminal.html');
const ARTICLE_ID = 'stepnoy-vestnik-2025-03-14';
const DRAFT_FILE = `annotations/drafts/${ARTICLE_ID}.yaml`;

/** The fixture's article body, paragraph by paragraph, and the chrome around it, as written in the page. */
const BODY_NUMBERS = ['600', '12', '2', '15', 'пять'];
const BODY_NAMES = [
  'Костанае',
  'Ерлан Сапаров',
  'Сапарова',
  'Зерновой ассоциации',
  'Гульнара Ахметова',
  'Челябинске',
  'Александр Кириллович',
];
const KNOWN_IN_BODY = ['kassym-jomart-tokayev', 'kazakhstan', 'mgimo', 'omsk', 'russia'];
const CHROME = [
  '504',
  '5,6',
  '−12',
  '1843',
  '40 млрд',
  '2025 Степной',
  'Политика',
  'Мария Соколова',
  'Павлодаре',
  'Тобол',
  'Популярное',
  'Фото',
  'Все права',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'add-article-'));
  cpSync(join(PIPELINE_DIR, 'corpus'), join(dir, 'corpus'), { recursive: true });
  cpSync(join(PIPELINE_DIR, 'annotations'), join(dir, 'annotations'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function addFixture() {
  const result = await addArticle({ file: FIXTURE, pipelineDir: dir });
  if (!result.ok) throw new Error(result.message);
  return result;
}

interface DraftYaml {
  article: Record<string, unknown> & { review: unknown; source: { file: string; sha256: string }; file: string };
  paragraphTopics: { review: unknown; article: string; paragraph: number; starts: string; topics: string[] }[];
  facts: (Record<string, unknown> & { id: string; valueText: string; quote: string; value: number })[];
  entities: (Record<string, unknown> & { name: string; forms: string[]; sentences: string[]; aliasOf: string | null })[];
}
const readDraft = (): DraftYaml => parse(readFileSync(join(dir, DRAFT_FILE), 'utf8')) as DraftYaml;

function editDraft(edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const path = join(dir, DRAFT_FILE);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

function build() {
  const loaded = loadInputs(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return buildDataset(loaded.inputs);
}

describe('add-article on a saved page it has not seen', () => {
  it('copies the page byte for byte, saves the readability text next to it and pins both', async () => {
    const result = await addFixture();
    const draft = readDraft();
    const html = readFileSync(join(dir, 'corpus', draft.article.source.file));
    expect(html.equals(readFileSync(FIXTURE))).toBe(true);
    expect(result.corpusFiles).toEqual([`corpus/${draft.article.source.file}`, `corpus/${draft.article.file}`]);
    expect(draft.article).toMatchObject({
      review: 'draft',
      title: 'В Костанае открыли зерновой терминал для экспорта в Россию',
      titleRu: 'В Костанае открыли зерновой терминал для экспорта в Россию',
      // What a person must write is null: the build rejects it once the article is confirmed.
      titleEn: null,
      outlet: {
        nameRu: 'Степной вестник',
        nameEn: null,
        evidenceRu: 'og:site_name «Степной вестник» сохранённой страницы',
        evidenceEn: 'og:site_name "Степной вестник" in the saved page',
      },
      published: {
        date: '2025-03-14',
        precision: 'day',
        evidenceRu: expect.stringMatching(/^article:published_time «2025-03-14.*» сохранённой страницы$/u),
        evidenceEn: expect.stringMatching(/^article:published_time "2025-03-14.*" in the saved page$/u),
      },
    });
    const text = readFileSync(join(dir, 'corpus', draft.article.file), 'utf8');
    expect(text).toContain('Новый зерновой терминал в Костанае');
    for (const menu of ['Политика', 'Курс доллара', 'Популярное', 'Все права защищены']) expect(text).not.toContain(menu);
    // A draft topic list for every paragraph with content, in the shape of paragraph-topics.yaml, none proposed.
    const segmented = segmentArticle({ ...(draft.article as unknown as ArticleAnnotation) }, text);
    if (!segmented.ok) throw new Error(segmented.reasons.join('; '));
    const content = segmented.article.paragraphs
      .map((paragraph) => ({
        index: paragraph.index,
        text: paragraph.parts
          .filter((part) => part.chrome === undefined)
          .map((part) => text.slice(part.start, part.end))
          .join('')
          .trim(),
      }))
      .filter((paragraph) => paragraph.text !== '');
    expect(draft.paragraphTopics.map((entry) => entry.paragraph)).toEqual(content.map((paragraph) => paragraph.index));
    draft.paragraphTopics.forEach((entry, index) => {
      expect(entry).toMatchObject({ review: 'draft', article: ARTICLE_ID, topics: [] });
      expect(content[index]!.text.startsWith(entry.starts)).toBe(true);
    });
    expect(draft.paragraphTopics[0]!.starts).toBe('В Костанае открыли зерновой терминал');
  });

  it('drafts every number and every unknown name of the body, and nothing from the chrome', async () => {
    const result = await addFixture();
    const draft = readDraft();
    expect(draft.facts.map((fact) => /\d+(?:[.,]\d+)?|^\p{L}+/u.exec(fact.valueText)![0])).toEqual(BODY_NUMBERS);
    expect(draft.entities.flatMap((entity) => entity.forms)).toEqual(BODY_NAMES);
    expect(result.matched).toEqual(KNOWN_IN_BODY);
    const drafted = JSON.stringify([draft.facts, draft.entities]);
    for (const chrome of CHROME) expect(drafted, chrome).not.toContain(chrome);
    // Chrome inside the readability text is listed in the article entry, so the build skips it too.
    expect(draft.article.chrome).toEqual([
      { text: 'Автор: Мария Соколова', kind: 'byline' },
      { text: 'Просмотров: 1843', kind: 'view-counter' },
      { text: 'Фото: пресс-служба акимата', kind: 'photo-credit' },
    ]);
  });

  it('guesses value, scale, unit, qualifier and period, resolving "в прошлом году" against the date', async () => {
    await addFixture();
    const [tonnes, cost, exports, growth, trains] = readDraft().facts;
    expect(tonnes).toMatchObject({ value: 600, scale: 'thousand', qualifier: 'at-most', valueText: '600 тысяч тонн' });
    expect(cost).toMatchObject({ value: 12, scale: 'billion', unit: 'KZT', qualifier: 'exact', valueText: '12 млрд тенге' });
    expect(exports).toMatchObject({
      value: 2,
      scale: 'million',
      qualifier: 'more-than',
      period: { type: 'year', year: 2024 },
      periodText: 'В прошлом году',
      quote: 'В прошлом году Казахстан экспортировал в Россию более 2 млн тонн зерна, что на 15% больше, чем годом ранее.',
    });
    expect(growth).toMatchObject({ value: 15, unit: 'percent', period: { type: 'year', year: 2024 } });
    expect(trains).toMatchObject({ value: 5, unit: 'count', valueText: 'пять железнодорожных составов' });
    // "Александр Кириллович" is no alias, but a form of one of Alexander Bobrov's.
    expect(readDraft().entities.find((entity) => entity.name === 'Александр Кириллович')).toMatchObject({ aliasOf: 'alexander-bobrov' });
    expect(readDraft().entities.find((entity) => entity.name === 'Ерлан Сапаров')).toMatchObject({ aliasOf: null });
    const saparov = readDraft().entities.find((entity) => entity.name === 'Ерлан Сапаров')!;
    expect(saparov.sentences).toEqual([
      'Его строительство обошлось в 12 млрд тенге, сообщил аким области Ерлан Сапаров.',
      'По словам Сапарова, терминал рассчитан на пять железнодорожных составов в сутки.',
    ]);
  });

  it('stops and names the flags it needs when the file does not say', { timeout: 60_000 }, async () => {
    const bare = join(dir, 'bare.txt');
    writeFileSync(bare, 'Короткая заметка без метаданных.\n\nВ ней 3 абзаца.\n');
    const result = await addArticle({ file: bare, pipelineDir: dir });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    for (const flag of ['--title', '--outlet', '--date', '--url']) expect(message).toContain(flag);
    const given = await addArticle({ file: bare, pipelineDir: dir, title: 'Заметка', outlet: 'Газета', date: '2024-05', url: 'none' });
    expect(given.ok).toBe(true);
    // The command line exits non-zero with the same message, and writes nothing.
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync('npx', ['tsx', 'pipeline/add-article/cli.ts', bare, '--pipeline-dir', join(dir, 'cli')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('--outlet');
    // Flags override the page's metadata.
    const html = await addArticle({ file: FIXTURE, pipelineDir: dir, outlet: 'Другое издание', date: '2025-03' });
    expect(html.ok).toBe(true);
  });
});

describe('drafts in the data build', () => {
  it('leaves open drafts out of the published data and reports how many are open and where', async () => {
    await addFixture();
    const result = build();
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.files.articles.articles.map((article) => article.id)).not.toContain(ARTICLE_ID);
    const draft = readDraft();
    const paragraphs = draft.paragraphTopics.length;
    expect(result.report.drafts).toEqual([
      {
        file: DRAFT_FILE,
        open: { article: 1, paragraphTopics: paragraphs, facts: draft.facts.length, entities: draft.entities.length },
        confirmed: 0,
        dismissed: 0,
      },
    ]);
    expect(describeDrafts(result.report.drafts)).toEqual([
      `${1 + paragraphs + draft.facts.length + draft.entities.length} drafts open in ${DRAFT_FILE} (1 article, ${paragraphs} paragraph topic lists, ${draft.facts.length} facts, ${draft.entities.length} entities): confirm or dismiss each`,
    ]);
  });

  it('fails when the saved page a draft was read from has changed', async () => {
    await addFixture();
    appendFileSync(join(dir, 'corpus', readDraft().article.source.file), '<!-- edited -->');
    const result = build();
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.objectContaining({ file: DRAFT_FILE, reason: expect.stringMatching(/source .*\.html is missing or has changed/) }),
    );
  });

  it('keeps the numbers and names of open drafts accounted for once the article is confirmed', async () => {
    await addFixture();
    const draft = readDraft();
    // Confirmed as drafted, the article fails the rules of articles.yaml and paragraph-topics.yaml, named by its draft file.
    editDraft((doc) => doc.setIn(['article', 'review'], 'confirmed'));
    const unfilled = build();
    const reasons = unfilled.ok ? [] : unfilled.errors.filter((error) => error.file === DRAFT_FILE).map((error) => error.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/titleRu has no English counterpart: add titleEn/));
    expect(reasons).toContainEqual(expect.stringMatching(/outlet\.nameRu has no English counterpart: add outlet\.nameEn/));
    expect(reasons.filter((reason) => /topics of this paragraph are still a draft/.test(reason))).toHaveLength(
      draft.paragraphTopics.length,
    );
    editDraft((doc) => {
      doc.setIn(['article', 'titleEn'], 'A grain terminal opens in Kostanay');
      doc.setIn(['article', 'outlet', 'nameEn'], 'Stepnoy Vestnik');
      draft.paragraphTopics.forEach((_, index) => doc.setIn(['paragraphTopics', index, 'review'], 'confirmed'));
    });
    const result = build();
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.files.articles.articles.map((article) => article.id)).toContain(ARTICLE_ID);
    expect(result.files.facts.facts.some((fact) => fact.kind === 'stated' && fact.article === ARTICLE_ID)).toBe(false);
  });

  it('publishes a confirmed draft, checked by the rules of a hand-written one, and not a dismissed one', async () => {
    await addFixture();
    const draft = readDraft();
    const growth = draft.facts.findIndex((fact) => fact.valueText === '15%');
    const saparov = draft.entities.findIndex((entity) => entity.name === 'Ерлан Сапаров');
    const bobrov = draft.entities.findIndex((entity) => entity.aliasOf === 'alexander-bobrov');
    editDraft((doc) => {
      doc.setIn(['article', 'review'], 'confirmed');
      doc.setIn(['article', 'titleEn'], 'A grain terminal opens in Kostanay');
      doc.setIn(['article', 'outlet', 'nameEn'], 'Stepnoy Vestnik');
      draft.paragraphTopics.forEach((_, index) => doc.setIn(['paragraphTopics', index, 'review'], 'confirmed'));
      doc.setIn(['paragraphTopics', 0, 'topics'], ['agriculture', 'trade']);
      draft.facts.forEach((_, index) => doc.setIn(['facts', index, 'review'], { dismissed: 'not a claim this test keeps' }));
      draft.entities.forEach((_, index) => doc.setIn(['entities', index, 'review'], { dismissed: 'not kept by this test' }));
      doc.setIn(['facts', growth, 'review'], 'confirmed');
      doc.setIn(['facts', growth, 'metric'], 'trade-growth');
      doc.setIn(['facts', growth, 'topics'], ['trade', 'agriculture']);
      doc.setIn(['entities', saparov, 'review'], 'confirmed');
      doc.setIn(['entities', bobrov, 'review'], 'confirmed');
      doc.setIn(['entities', saparov, 'person', 'countryEvidenceRu'], 'вывод: аким казахстанской области');
      doc.setIn(['entities', saparov, 'person', 'countryEvidenceEn'], 'inferred (an akim of a Kazakh region)');
      doc.setIn(['entities', saparov, 'person', 'corpusRole'], 'official');
      doc.setIn(['entities', saparov, 'person', 'roles', 0, 'textRu'], 'аким области');
      doc.setIn(['entities', saparov, 'person', 'roles', 0, 'textEn'], 'regional governor');
    });
    const result = build();
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    // Drafts are applied to copies: the caller's annotations stay as they were (no alias added there).
    const loaded = loadInputs(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const before = structuredClone(loaded.inputs.annotations);
    expect(buildDataset(loaded.inputs).ok).toBe(true);
    expect(loaded.inputs.annotations).toEqual(before);
    const published = result.files.facts.facts.filter((fact) => fact.kind === 'stated' && fact.article === ARTICLE_ID);
    expect(published.map((fact) => fact.id)).toEqual([draft.facts[growth]!.id]);
    expect(published[0]).toMatchObject({ value: 15, unit: 'percent', metric: 'trade-growth' });
    expect(result.files.entities.people.find((person) => person.id === 'erlan-saparov')).toMatchObject({ mentionCount: 2 });
    // Confirming a proposal adds the form to the known entity's aliases: it is now found in the new article.
    expect(result.files.mentions.mentions).toContainEqual(
      expect.objectContaining({ entity: 'alexander-bobrov', article: ARTICLE_ID, surface: 'Александр Кириллович' }),
    );
    expect(result.files.texts.texts.find((text) => text.article === ARTICLE_ID)?.paragraphs[0]?.topics).toEqual(['agriculture', 'trade']);
    expect(result.report.drafts[0]).toMatchObject({
      open: { article: 0, paragraphTopics: 0, facts: 0, entities: 0 },
      confirmed: 4 + draft.paragraphTopics.length,
    });

    // The same rules: a confirmed draft whose value disagrees with its quote fails, named by its draft file.
    editDraft((doc) => doc.setIn(['facts', growth, 'value'], 16));
    const broken = build();
    expect(broken.ok).toBe(false);
    expect(broken.ok ? [] : broken.errors).toContainEqual(
      expect.objectContaining({ file: DRAFT_FILE, entry: draft.facts[growth]!.id, reason: expect.stringMatching(/the quote says 15/) }),
    );
  });
});

describe('the drafter on the five corpus captures', () => {
  /**
   * Each capture is drafted from its raw text (body and chrome found by the drafter, not taken
   * from articles.yaml) as if it were new: the entities it may match are only those the other
   * four articles mention, so every person, organisation and place of its own must come out as
   * a match or a draft.
   */
  it('drafts cover every confirmed fact (same value, same sentence) and every entity (match or proposal)', async () => {
    const loaded = loadInputs();
    if (!loaded.ok) throw new Error('annotations do not load');
    const built = buildDataset(loaded.inputs);
    if (!built.ok) throw new Error('the real build fails');
    const annotations = parseAnnotations(loaded.inputs.annotations, new ErrorCollector()) as Annotations;
    const mentions = built.files.mentions.mentions.filter((mention) => mention.role !== 'credit');
    const rows: string[] = [];
    const missed: string[] = [];
    const inexact: string[] = [];
    let facts = 0;
    let factsCovered = 0;
    let factsExact = 0;
    let entities = 0;
    let entitiesCovered = 0;
    for (const annotation of annotations.articles) {
      const text = loaded.inputs.corpus[annotation.file]!;
      const boundaries = findBodyAndChrome(text, { title: annotation.title ?? undefined });
      const segmented = segmentArticle({ ...annotation, body: boundaries, chrome: boundaries.chrome } as ArticleAnnotation, text);
      if (!segmented.ok) throw new Error(segmented.reasons.join('; '));
      const drafts = draftFacts(segmented.article, { articleId: annotation.id });
      const confirmed = built.files.facts.facts.filter((fact) => fact.kind === 'stated' && fact.article === annotation.id);
      let covered = 0;
      for (const fact of confirmed) {
        if (fact.kind !== 'stated') continue;
        const match = drafts.find(
          (draft) => draft.fact.value === fact.value && fact.quote.start <= draft.span.start && draft.span.end <= fact.quote.end,
        );
        if (match) covered += 1;
        else missed.push(`fact ${fact.id}`);
        if (match && match.fact.scale === fact.scale && match.fact.unit === fact.unit && match.fact.qualifier === fact.qualifier)
          factsExact += 1;
        else if (match) inexact.push(`${fact.id} (drafted ${match.fact.scale} ${match.fact.unit} ${match.fact.qualifier})`);
      }
      facts += confirmed.length;
      factsCovered += covered;

      const others = new Set(mentions.filter((mention) => mention.article !== annotation.id).map((mention) => mention.entity));
      const known = {
        people: annotations.people.filter((entity) => others.has(entity.id)),
        organisations: annotations.organisations.filter((entity) => others.has(entity.id)),
        places: annotations.places.filter((entity) => others.has(entity.id)),
        dismissedNames: annotations.dismissals.names,
      };
      const { drafts: names, matched } = draftEntities(segmented.article, known);
      const own = mentions.filter((mention) => mention.article === annotation.id);
      const ids = [...new Set(own.map((mention) => mention.entity))];
      let entityCovered = 0;
      for (const id of ids) {
        const spans = own.filter((mention) => mention.entity === id);
        const isCovered =
          matched.has(id) ||
          names.some(
            (draft) =>
              draft.proposed === id ||
              draft.spans.some((span) => spans.some((mention) => span.start < mention.end && mention.start < span.end)),
          );
        if (isCovered) entityCovered += 1;
        else missed.push(`entity ${id} in ${annotation.id}`);
      }
      entities += ids.length;
      entitiesCovered += entityCovered;
      // Drafts that stand for no annotated entity: names people dismissed (or chrome the drafter did not recognise).
      const extra = names.filter(
        (draft) =>
          !draft.proposed && !draft.spans.some((span) => own.some((mention) => span.start < mention.end && mention.start < span.end)),
      );
      rows.push(
        `${annotation.id}: facts ${covered}/${confirmed.length} (${drafts.length} drafted), entities ${entityCovered}/${ids.length} (${names.length} drafted of which ${extra.length} for no entity: ${extra.map((draft) => draft.name).join(', ')}; ${matched.size} matched)`,
      );
    }
    console.log(
      [
        ...rows,
        `total: facts ${factsCovered}/${facts} (${factsExact} with scale, unit and qualifier guessed right), entities ${entitiesCovered}/${entities}`,
        `guessed wrong: ${inexact.join(', ') || 'none'}`,
        `missed: ${missed.join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(missed).toEqual([]);
  });
});
