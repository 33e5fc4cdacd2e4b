/**
 * The build cache: reused when nothing changed, invalidated when an article or an annotation it
 * depends on changes, and in every case the output is byte for byte a clean build's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderCache, memoryCache, type BuildCache } from '../../pipeline/cache/build-cache';
import { serialiseDataset } from '../../pipeline/emit/serialise-dataset';
import { buildDataset, type PipelineInputs } from '../../pipeline/transform/build-dataset';
import { sha256 } from '../../pipeline/cache/article-work';
import { pipelineCodeVersion } from '../../pipeline/cache/code-version';
import { entry, expectError, realInputs } from './pipeline-inputs';

type Entries = Record<string, unknown>[];

function output(inputs: PipelineInputs, cache?: BuildCache): Record<string, string> {
  const result = buildDataset(inputs, { cache });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file} › ${e.entry}: ${e.reason}`).join('\n'));
  return serialiseDataset(result.files);
}

/** A fresh cache warmed by one build of the real inputs. */
function warmCache(): BuildCache {
  const cache = memoryCache();
  output(realInputs(), cache);
  Object.assign(cache.stats, { articleHits: 0, articleMisses: 0, articleInvalidated: 0, layoutHits: 0, layoutMisses: 0 });
  return cache;
}

function changed(mutate: (annotations: Record<string, unknown>, corpus: Record<string, string>) => void): PipelineInputs {
  const inputs = realInputs();
  mutate(inputs.annotations as Record<string, unknown>, inputs.corpus);
  return inputs;
}

/** Appends text after the end of article 001 (outside its body) and re-pins its hash. */
function editArticleFile(annotations: Record<string, unknown>, corpus: Record<string, string>) {
  const file = '001_b2c03b6eac09b28e.txt';
  corpus[file] = `${corpus[file]}\nВсе права защищены`;
  entry(annotations, 'articles', 'sputnik-videobridge-2024').sha256 = sha256(corpus[file]!);
}

/** A new organisation whose alias ("Транссиб") occurs in one article only (as "Транссиба"). */
function addOrganisation(annotations: Record<string, unknown>) {
  const organisations = annotations.organisations as Entries;
  organisations.push({ ...organisations[0], id: 'transsib', nameRu: 'Транссиб', nameEn: 'Trans-Siberian Railway', aliases: ['Транссиб'] });
}

describe('the build cache', () => {
  const clean = output(realInputs());

  it('is reused whole when nothing changed, with the same bytes', () => {
    const cache = warmCache();
    expect(output(realInputs(), cache)).toEqual(clean);
    expect(cache.stats).toMatchObject({ articleHits: 5, articleMisses: 0, articleInvalidated: 0, layoutMisses: 0 });
    expect(cache.stats.layoutHits).toBeGreaterThan(0);
  });

  it('redoes only the article whose file changed', () => {
    const inputs = changed(editArticleFile);
    const cache = warmCache();
    expect(output(inputs, cache)).toEqual(output(changed(editArticleFile)));
    expect(cache.stats).toMatchObject({ articleHits: 4, articleMisses: 1 });
  });

  it('redoes an article whose entry in articles.yaml changed', () => {
    const retitle = (annotations: Record<string, unknown>) => {
      entry(annotations, 'articles', 'sputnik-roundtable-2023').title = 'Другой заголовок';
    };
    const cache = warmCache();
    const cached = output(changed(retitle), cache);
    expect(cached).toEqual(output(changed(retitle)));
    expect(cached).not.toEqual(clean);
    expect(cache.stats).toMatchObject({ articleHits: 4, articleMisses: 1 });
  });

  it('redoes the articles a new alias could match, and finds its mentions there', () => {
    const cache = warmCache();
    const cached = output(changed(addOrganisation), cache);
    const fresh = output(changed(addOrganisation));
    expect(cached).toEqual(fresh);
    expect(fresh['mentions.json']).toContain('"entity": "transsib"');
    expect(cache.stats.articleInvalidated).toBeGreaterThanOrEqual(1);
    expect(cache.stats.articleHits).toBeGreaterThanOrEqual(1);
    expect(cache.stats.articleHits + cache.stats.articleMisses).toBe(5);
  });

  it('redoes an article whose only match of a new alias is in a photo caption', () => {
    // "ВШСГН" is named in article 002 only in a photo caption ("и.о. профессора ВШСГН Международного университета Астана").
    const addSchool = (annotations: Record<string, unknown>) => {
      const organisations = annotations.organisations as Entries;
      organisations.push({
        ...organisations[0],
        id: 'vshsgn',
        nameRu: 'ВШСГН',
        nameEn: 'School of Social Sciences and Humanities',
        aliases: ['ВШСГН'],
      });
    };
    const cache = warmCache();
    const fresh = output(changed(addSchool));
    expect(fresh['mentions.json']).toContain('"entity": "vshsgn"');
    expect(output(changed(addSchool), cache)).toEqual(fresh);
    expect(cache.stats).toMatchObject({ articleInvalidated: 1, articleHits: 4 });
  });

  it('applies annotations kept out of the cached work (speakers, dismissals, facts) on every build', () => {
    const edit = (annotations: Record<string, unknown>) => {
      const quote = (annotations.quotes as Entries).find((item) => item.speaker !== null)!;
      quote.speaker = null;
      (annotations.dismissals as { names: Entries }).names.push({ text: 'Транссиб', reason: 'test' });
    };
    const cache = warmCache();
    expect(output(changed(edit), cache)).toEqual(output(changed(edit)));
    expect(cache.stats).toMatchObject({ articleHits: 5, articleMisses: 0 });
  });

  it('fails the same way from a cache when a number loses its fact', () => {
    const cache = warmCache();
    const broken = changed((annotations) => {
      (annotations.facts as Entries).splice(
        (annotations.facts as Entries).findIndex((fact) => fact.id === 'trade-turnover-2024'),
        1,
      );
    });
    const result = buildDataset(broken, { cache });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual((buildDataset(structuredClone(broken)) as { errors: unknown }).errors);
  });
});

describe('the cache folder', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-test-'));
    dirs.push(dir);
    return dir;
  };

  it('keeps the work between processes, and drops it for another code version', () => {
    const dir = folder();
    const first = folderCache(dir, 'v1');
    const clean = output(realInputs(), first);
    first.save();
    expect(first.stats.articleMisses).toBe(5);

    const second = folderCache(dir, 'v1');
    expect(output(realInputs(), second)).toEqual(clean);
    expect(second.stats).toMatchObject({ articleHits: 5, articleMisses: 0, layoutMisses: 0 });
    second.save();

    const withNew = folderCache(dir, 'v1');
    expect(output(changed(addOrganisation), withNew)).toEqual(output(changed(addOrganisation)));
    expect(withNew.stats.articleInvalidated).toBeGreaterThanOrEqual(1);
    withNew.save();

    const otherVersion = folderCache(dir, 'v2');
    expect(output(realInputs(), otherVersion)).toEqual(clean);
    expect(otherVersion.stats).toMatchObject({ articleHits: 0, articleMisses: 5 });
  });

  it('never reuses work a build left unused once the aliases have changed since', () => {
    const dir = folder();
    const retitle = (annotations: Record<string, unknown>) => {
      entry(annotations, 'articles', 'arutyunov-interview-2025').title = 'Другой заголовок';
    };
    const first = folderCache(dir, 'v1');
    output(realInputs(), first);
    first.save();
    // The interview's work under its original entry goes unused while "Транссиб" (in its text) is added.
    const second = folderCache(dir, 'v1');
    output(
      changed((annotations) => {
        retitle(annotations);
        addOrganisation(annotations);
      }),
      second,
    );
    second.save();
    // Back to the original entry: the work stored under that key was computed without the new alias.
    const third = folderCache(dir, 'v1');
    const cached = output(changed(addOrganisation), third);
    expect(cached).toEqual(output(changed(addOrganisation)));
    expect(cached['mentions.json']).toContain('"entity": "transsib"');
    expect(third.stats).toMatchObject({ articleHits: 4, articleMisses: 1 });
  });

  it('notices an edited entry of a cached article: the new text is located, or the build fails naming file, entry and reason', () => {
    const dir = folder();
    const first = folderCache(dir, 'v1');
    const clean = output(realInputs(), first);
    first.save();
    const setQuote = (quote: string) => (annotations: Record<string, unknown>) => {
      entry(annotations, 'facts', 'trade-turnover-2024').quote = quote;
    };
    const shorter = setQuote('В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов');
    const second = folderCache(dir, 'v1');
    const cached = output(changed(shorter), second);
    expect(second.stats).toMatchObject({ articleHits: 5, articleMisses: 0 });
    expect(cached).toEqual(output(changed(shorter)));
    expect(cached['facts.json']).not.toEqual(clean['facts.json']);
    second.save();

    const third = folderCache(dir, 'v1');
    const missing = changed(setQuote('В прошлом году торговля достигла 28 млрд долларов.'));
    const result = buildDataset(missing, { cache: third });
    expect(third.stats).toMatchObject({ articleHits: 5 });
    expectError(
      result,
      'annotations/facts.yaml',
      'trade-turnover-2024',
      /^quote ".+": quote is not found verbatim in article arutyunov-interview-2025$/,
    );
    expect(result.ok ? [] : result.errors).toEqual((buildDataset(structuredClone(missing)) as { errors: unknown }).errors);
  });

  it('stays bounded: a few packs, and no more stored work than a quarter over what the last build used', () => {
    const dir = folder();
    for (let build = 0; build < 12; build++) {
      const cache = folderCache(dir, 'v1');
      output(
        changed((annotations) => {
          entry(annotations, 'articles', 'sputnik-roundtable-2023').title = `Заголовок ${build}`;
        }),
        cache,
      );
      cache.save();
      expect(cache.stats).toMatchObject(build === 0 ? { articleMisses: 5 } : { articleHits: 4, articleMisses: 1 });
    }
    const packs = readdirSync(dir).filter((name) => /^pack-\d+\.json$/.test(name));
    expect(packs.length).toBeGreaterThan(0);
    expect(packs.length).toBeLessThanOrEqual(8);
    const stored = packs.reduce((sum, name) => sum + Object.keys(JSON.parse(readFileSync(join(dir, name), 'utf16le')) as object).length, 0);
    expect(stored).toBeLessThanOrEqual(5 * 1.25 + 1);
  });
});

describe('the pipeline code version', () => {
  it('changes with any pipeline or schema source and the lock file, not with the corpus or annotations', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-version-test-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('pipeline/transform/step.ts', 'export const a = 1;');
      write('pipeline/annotations/facts.yaml', '[]');
      write('pipeline/corpus/000.txt', 'Текст');
      write('src/data/schemas/dataset.ts', 'export const b = 1;');
      write('package-lock.json', '{}');
      const versions = [pipelineCodeVersion(root)];
      const expectVersion = (isNew: boolean) => {
        const version = pipelineCodeVersion(root);
        expect(versions.includes(version)).toBe(!isNew);
        versions.push(version);
      };
      write('pipeline/annotations/facts.yaml', '[{}]');
      write('pipeline/corpus/000.txt', 'Другой текст');
      expectVersion(false);
      write('pipeline/transform/step.ts', 'export const a = 2;');
      expectVersion(true);
      write('src/data/schemas/dataset.ts', 'export const b = 2;');
      expectVersion(true);
      write('package-lock.json', '{"lockfileVersion": 3}');
      expectVersion(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
