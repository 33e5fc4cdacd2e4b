/**
 * Scales the real corpus and annotations ×N for the benchmark: every article is copied N times
 * (each copy with its own ids, its facts, quotes, events and dismissals), and every copy gains a
 * paragraph that names three new people and a new organisation, so the people, organisations and
 * mentions grow with N like a real, larger corpus would. The result passes every rule of the data
 * build (bilingual fields, a reviewed topic list for every paragraph), so timing it is timing the
 * real pipeline.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { segmentArticle } from '../pipeline/extract/segment-article';
import type { ArticleAnnotation } from '../pipeline/sources/annotation-schemas';
import type { PipelineInputs } from '../pipeline/transform/build-dataset';
import { ANNOTATION_PATH, type AnnotationKey } from '../pipeline/transform/validate-annotations';

type Entry = Record<string, unknown>;
const LETTERS = 'абвгдежзиклмнопрстуфхцчшэюя';

/** A number written in letters (no digits, so the number-coverage rule has nothing to flag). */
function code(n: number): string {
  let text = '';
  let rest = n;
  do {
    text = LETTERS[rest % LETTERS.length] + text;
    rest = Math.floor(rest / LETTERS.length);
  } while (rest > 0);
  return text;
}

/** Names start with their code so no two share a stem (the mention matcher allows endings). */
const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The corpus ×factor, plus the first `extraArticles` articles of one more copy (with their facts,
 * quotes, events, dismissals and new names): "adding an article" for the incremental build.
 */
export function scaleInputs(inputs: PipelineInputs, factor: number, extraArticles = 0): PipelineInputs {
  const a = inputs.annotations as Record<string, unknown>;
  const articles = a.articles as Entry[];
  const corpus: Record<string, string> = {};
  const out = {
    articles: [] as Entry[],
    facts: [] as Entry[],
    quotes: [] as Entry[],
    events: [] as Entry[],
    people: structuredClone(a.people) as Entry[],
    organisations: structuredClone(a.organisations) as Entry[],
    dismissals: { numbers: [] as Entry[], names: structuredClone((a.dismissals as { names: Entry[] }).names) },
    paragraphTopics: [] as Entry[],
  };
  const reviewed = a.paragraphTopics as Entry[];
  let serial = 0;
  for (let copy = 0; copy < factor + (extraArticles > 0 ? 1 : 0); copy++) {
    const suffix = copy === 0 ? '' : `-x${copy}`;
    const rename = (id: string) => `${id}${suffix}`;
    const included = copy < factor ? articles : articles.slice(0, extraArticles);
    const isIncluded = (id: unknown) => included.some((article) => article.id === id);
    const statedIncluded = new Set(
      (a.facts as Entry[]).filter((fact) => fact.kind === 'stated' && isIncluded(fact.article)).map((fact) => fact.id),
    );
    for (const article of included) {
      let text = inputs.corpus[article.file as string]!;
      const body = article.body as { startsAt: string; endsBefore?: string };
      if (copy > 0) {
        const codeA = code(serial++);
        const codeB = code(serial++);
        const codeC = code(serial++);
        const codeO = code(serial++);
        const [nameA, nameB, nameC, nameO] = [
          `${capitalised(codeA)}енко`,
          `${capitalised(codeB)}енко`,
          `${capitalised(codeC)}енко`,
          `${capitalised(codeO)}центр`,
        ];
        // First names vary too, as in a real corpus: the mention index files names by their first letters.
        const [firstA, firstB, firstC] = [`${capitalised(codeA)}ида`, `${capitalised(codeB)}орис`, `${capitalised(codeC)}ера`];
        const paragraph = `\n\nЭксперты ${firstA} ${nameA}, ${firstB} ${nameB} и ${firstC} ${nameC} выступили на площадке ${nameO}.\n\n`;
        const at = body.endsBefore ? text.indexOf(body.endsBefore) : text.length;
        text = text.slice(0, at) + paragraph + text.slice(at);
        for (const [first, last, key] of [
          [firstA, nameA, codeA],
          [firstB, nameB, codeB],
          [firstC, nameC, codeC],
        ] as const) {
          out.people.push({
            id: `synthetic-person-${serial}-${key.length}-${out.people.length}`,
            nameRu: `${first} ${last}`,
            nameEn: `${first} ${last}`,
            corpusRole: 'expert',
            country: out.people.length % 2 === 0 ? 'KZ' : 'RU',
            countryEvidenceRu: 'синтетический',
            countryEvidenceEn: 'synthetic',
            aliases: [`${first} ${last}`],
            organisations: [],
            roles: [{ article: rename(article.id as string), textRu: `${first} ${last}`, textEn: 'synthetic expert' }],
          });
        }
        out.organisations.push({
          id: `synthetic-org-${serial}`,
          nameRu: nameO,
          nameEn: `Synthetic centre ${serial}`,
          kind: 'research',
          country: 'KZ',
          aliases: [nameO],
        });
      }
      const file = copy === 0 ? (article.file as string) : (article.file as string).replace('.txt', `${suffix}.txt`);
      corpus[file] = text;
      const clone = { ...structuredClone(article), id: rename(article.id as string), file, sha256: sha256(text) };
      out.articles.push(clone);
      out.paragraphTopics.push(
        ...paragraphTopics(
          clone,
          text,
          reviewed.filter((entry) => entry.article === article.id),
        ),
      );
    }
    for (const fact of a.facts as Entry[]) {
      const isKept =
        fact.kind === 'stated'
          ? statedIncluded.has(fact.id)
          : Object.values(fact.inputs as Record<string, string>).every((id) => statedIncluded.has(id));
      if (!isKept) continue;
      const clone = structuredClone(fact);
      clone.id = rename(fact.id as string);
      if (clone.kind === 'stated') clone.article = rename(fact.article as string);
      else clone.inputs = Object.fromEntries(Object.entries(fact.inputs as Record<string, string>).map(([name, id]) => [name, rename(id)]));
      out.facts.push(clone);
    }
    for (const quote of (a.quotes as Entry[]).filter((quote) => isIncluded(quote.article)))
      out.quotes.push({ ...structuredClone(quote), id: rename(quote.id as string), article: rename(quote.article as string) });
    for (const event of a.events as Entry[]) {
      // An event of an added article keeps the evidence in that article (it covers its dates).
      // Its place and participants must be named where its evidence is, which the part kept
      // need not do: such a partial event keeps neither.
      const kept = (event.evidence as Entry[]).filter((item) => isIncluded(item.article));
      if (kept.length === 0) continue;
      const evidence = kept.map((item) => ({ ...item, article: rename(item.article as string) }));
      const clone: Entry = { ...structuredClone(event), id: rename(event.id as string), evidence };
      if (kept.length < (event.evidence as Entry[]).length) {
        delete clone.place;
        clone.participants = [];
      }
      out.events.push(clone);
    }
    for (const dismissal of (a.dismissals as { numbers: Entry[] }).numbers.filter((item) => isIncluded(item.article)))
      out.dismissals.numbers.push({ ...dismissal, article: rename(dismissal.article as string) });
  }
  return {
    corpus,
    annotations: { ...a, ...out, dismissals: out.dismissals } as PipelineInputs['annotations'],
  };
}

/**
 * The reviewed topics of a copy's paragraphs: a paragraph of the original keeps its entry (same
 * index, same first words), the added paragraph of names gets an empty list.
 */
function paragraphTopics(article: Entry, text: string, original: Entry[]): Entry[] {
  const segmented = segmentArticle(article as unknown as ArticleAnnotation, text);
  if (!segmented.ok) throw new Error(`synthetic ${String(article.id)}: ${segmented.reasons.join('; ')}`);
  const { paragraphs } = segmented.article;
  return paragraphs.flatMap((paragraph) => {
    const content = paragraph.parts
      .filter((part) => part.chrome === undefined)
      .map((part) => text.slice(part.start, part.end))
      .join('')
      .trim();
    if (!content) return [];
    const kept = original.find((entry) => entry.paragraph === paragraph.index && content.startsWith(entry.starts as string));
    const starts = /^(?:\S+\s+){0,4}\S+/u.exec(content)![0];
    return [{ article: article.id, paragraph: paragraph.index, starts, topics: kept ? structuredClone(kept.topics) : [] }];
  });
}

/**
 * The inputs as a pipeline folder (corpus/ and annotations/*.yaml), for timing `npm run data` on
 * them. js-yaml writes the YAML (`yaml` takes ~30 s for the ×1000 annotations); no anchors, as a
 * person writes the files.
 */
export function writePipelineFolder(inputs: PipelineInputs, dir: string): void {
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  mkdirSync(join(dir, 'annotations'), { recursive: true });
  for (const [file, text] of Object.entries(inputs.corpus)) writeFileSync(join(dir, 'corpus', file), text);
  for (const [key, path] of Object.entries(ANNOTATION_PATH) as [AnnotationKey, string][]) {
    writeFileSync(join(dir, path), dump(inputs.annotations[key], { lineWidth: -1, noRefs: true }));
  }
}
