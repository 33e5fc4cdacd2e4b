/** The command line of `npm run add-article`: see add-article.ts. */
import { parseArgs } from 'node:util';
import { addArticle } from './add-article';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    outlet: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    id: { type: 'string' },
    'pipeline-dir': { type: 'string' },
  },
});
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('usage: npm run add-article -- <page.html | capture.txt> [--title … --outlet … --date YYYY-MM-DD --url … --id …]');
  process.exit(2);
}
const result = await addArticle({
  file,
  title: values.title,
  outlet: values.outlet,
  date: values.date,
  url: values.url,
  id: values.id,
  pipelineDir: values['pipeline-dir'],
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(`added article ${result.articleId}: ${result.corpusFiles.join(', ')}`);
console.log(`drafted ${result.facts} facts and ${result.entities} entities in pipeline/${result.draftFile}`);
if (result.matched.length > 0) console.log(`known entities found in it: ${result.matched.join(', ')}`);
console.log('review each draft (review: confirmed, or review: { dismissed: "why" }), then run npm run data');
