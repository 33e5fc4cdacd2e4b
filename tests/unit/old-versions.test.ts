/**
 * Old links never break: every frozen dataset version under public/data/v/ parses with today's
 * read schemas (through the migration step) and reads as today's shape, without editing the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeArticle, describeFactSource } from '../../src/lib/describe-source';
import { DATASET_IDS, DATASET_OUTPUT_SCHEMAS, DATASET_SCHEMAS, ManifestSchema, type DatasetFiles } from '../../src/data/schemas/dataset';
import { migrateEventsFile } from '../../src/data/schemas/migrate';

const V_DIR = join(import.meta.dirname, '..', '..', 'public', 'data', 'v');
const read = (version: string, file: string): unknown => JSON.parse(readFileSync(join(V_DIR, version, file), 'utf8'));
/** The two versions frozen before issue 7 changed the schemas (the test fails if they go missing). */
const FROZEN_BEFORE_ISSUE_7 = ['2f2f024c6cff', '53fa62d491e9'];

describe('frozen dataset versions', () => {
  it('are still there', () => {
    expect(readdirSync(V_DIR)).toEqual(expect.arrayContaining(FROZEN_BEFORE_ISSUE_7));
  });

  for (const version of readdirSync(V_DIR)) {
    it(`${version} parses with today's schemas`, () => {
      const manifest = ManifestSchema.parse(read(version, 'manifest.json'));
      // Each file its manifest lists: a version from before network-paragraphs.json lacks only that one.
      const listed = manifest.files.map((file) => file.id);
      expect(DATASET_IDS.filter((id) => !listed.includes(id))).toEqual(listed.includes('network-paragraphs') ? [] : ['network-paragraphs']);
      for (const { id, path } of manifest.files) {
        const result = DATASET_SCHEMAS[id].safeParse(read(version, path));
        expect(result.success ? [] : result.error.issues.slice(0, 3), `${version}/${path}`).toEqual([]);
      }
    });
  }

  for (const version of FROZEN_BEFORE_ISSUE_7) {
    it(`${version} reads as today's shape: both-language fields, no range claimed, credits and waypoints filled`, () => {
      const load = <K extends keyof DatasetFiles>(id: K) => DATASET_SCHEMAS[id].parse(read(version, `${id}.json`)) as DatasetFiles[K];
      const [articles, facts, entities, events] = [load('articles'), load('facts'), load('entities'), load('events')];
      // The old files fail the strict output schema (so the migration is what makes them parse).
      expect(DATASET_OUTPUT_SCHEMAS.articles.safeParse(read(version, 'articles.json')).success).toBe(false);
      const interview = articles.articles.find((article) => article.id === 'arutyunov-interview-2025')!;
      expect(interview.published.latest).toBeNull();
      expect(interview.outlet.nameRu).toBe('Unnamed Kazakhstani newspaper');
      expect(interview.published.evidenceEn).toBe(interview.published.evidenceRu);
      const derived = facts.facts.find((fact) => fact.id === 'trade-turnover-2021')!;
      expect(derived.noteEn).toMatch(/^Implied by/);
      expect(entities.corridors.every((corridor) => corridor.isKindInferred === false)).toBe(true);
      expect(entities.people.find((person) => person.id === 'vitaly-belousov')!.isCreditOnly).toBe(true);
      expect(events.events.every((event) => event.labelEn.length <= 24 && event.dateEvidenceEn.length > 0)).toBe(true);
      // And the source lines still come out in words.
      expect(describeArticle(articles, 'arutyunov-interview-2025')).toBe('Unnamed Kazakhstani newspaper, Nov 2025');
      expect(describeFactSource(derived, { entities, articles, facts })).not.toMatch(/trade-turnover/);
    });
  }

  it('the migration leaves a current file as it is', () => {
    const current = JSON.parse(readFileSync(join(V_DIR, '..', 'events.json'), 'utf8'));
    expect(migrateEventsFile(current)).toEqual(current);
  });
});
