/**
 * `npx tsx bench/data-transfer.ts --scales=1,10,1000`: the data each route fetches (gzip level 9,
 * and raw), at ×N synthetic data (bench/synthetic-dataset.ts), from the files the data build
 * writes (serialiseDataset). Which files a route fetches is read off its container hooks (for the
 * Sources view and the selection panel, tests/components/route-transfer.test.tsx checks it in a
 * rendered view); "before" is the single-file layout the views used until the split (texts.json
 * and mentions.json whole). With a selection, the person is one named in one article: the parts
 * fetched are that person's mentions and that article's text. Nothing here passes or fails.
 */
import { gzipSync } from 'node:zlib';
import { serialiseDataset } from '../pipeline/emit/serialise-dataset';
import { loadInputs } from '../pipeline/sources/load';
import { buildDataset } from '../pipeline/transform/build-dataset';
import { scaleInputs } from './synthetic-dataset';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (argument('scales') ?? '1,10').split(',').map(Number);

const SHELL = ['manifest.json', 'topics.json'];
/** The data files of each route (with the shell's), before and after the split. */
function routeFiles(person: string, article: string): Record<string, { before: string[]; after: string[] }> {
  const same = (files: string[]) => ({ before: files, after: files });
  const factModel = ['facts.json', 'entities.json', 'articles.json', 'events.json'];
  const factsTable = ['facts.json', 'entities.json', 'articles.json'];
  const sourcesBefore = [...factsTable, 'texts.json', 'quotes.json', 'mentions.json'];
  return {
    overview: same(['facts.json', 'entities.json', 'articles.json', 'quotes.json', 'events.json']),
    trade: same(factModel),
    investment: same(factModel),
    corridors: same(['entities.json', 'quotes.json', 'facts.json', 'articles.json']),
    network: { before: ['network.json', 'mentions.json', 'entities.json', 'articles.json'], after: ['network.json'] },
    sources: { before: sourcesBefore, after: factsTable },
    'sources + person': {
      before: sourcesBefore,
      after: [...factsTable, 'quotes.json', `mentions/${person}.json`, `texts/${article}.json`],
    },
    'selection panel': same(['entities.json', 'quotes.json', 'facts.json', 'articles.json', 'events.json']),
  };
}

const loaded = loadInputs();
if (!loaded.ok) throw new Error('the corpus does not load');
const base = loaded.inputs;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const scale of SCALES) {
  const result = buildDataset(scaleInputs(base, scale));
  if (!result.ok) throw new Error(result.errors.map((error) => error.reason).join('\n'));
  const output = serialiseDataset(result.files);
  const articlesOf = new Map<string, Set<string>>();
  for (const mention of result.files.mentions.mentions)
    articlesOf.set(mention.entity, (articlesOf.get(mention.entity) ?? new Set()).add(mention.article));
  const person = result.files.entities.people.find((candidate) => articlesOf.get(candidate.id)?.size === 1)!.id;
  const article = [...articlesOf.get(person)!][0]!;
  const gzipCache = new Map<string, number>();
  const size = (names: string[]) =>
    [...new Set([...SHELL, ...names])].reduce(
      (sum, name) => {
        const text = output[name]!;
        if (!gzipCache.has(name)) gzipCache.set(name, gzipSync(text, { level: 9 }).length);
        return { raw: sum.raw + Buffer.byteLength(text), gzip: sum.gzip + gzipCache.get(name)! };
      },
      { raw: 0, gzip: 0 },
    );
  console.log(`\n### ×${scale} (data per route; gzip, raw in brackets)\n`);
  console.log('| route | before | after |');
  console.log('| --- | --- | --- |');
  const rows: Record<string, unknown> = {};
  for (const [route, { before, after }] of Object.entries(routeFiles(person, article))) {
    const [b, a] = [size(before), size(after)];
    rows[route] = { before: b, after: a };
    console.log(`| ${route} | ${kb(b.gzip)} (${kb(b.raw)}) | ${kb(a.gzip)} (${kb(a.raw)}) |`);
  }
  console.error(JSON.stringify({ scale, rows }));
}
