/**
 * `npx tsx bench/data-transfer.ts --scales=1,10,1000`: the data each route fetches (gzip, level 9)
 * at ×N synthetic data, from the files the data build writes (serialiseDataset) and the files each
 * route asks for (routeDataFiles). Nothing here passes or fails: it measures.
 */
import { gzipSync } from 'node:zlib';
import { serialiseDataset } from '../pipeline/emit/serialise-dataset';
import { loadInputs } from '../pipeline/sources/load';
import { buildDataset } from '../pipeline/transform/build-dataset';
import { scaleInputs } from './synthetic-dataset';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (argument('scales') ?? '1,10').split(',').map(Number);

const loaded = loadInputs();
if (!loaded.ok) throw new Error('the corpus does not load');
const base = loaded.inputs;
for (const scale of SCALES) {
  const result = buildDataset(scaleInputs(base, scale));
  if (!result.ok) throw new Error(result.errors.map((error) => error.reason).join('\n'));
  const files = serialiseDataset(result.files);
  const sizes: Record<string, { raw: number; gzip: number; count: number }> = {};
  for (const [name, text] of Object.entries(files)) {
    if (name.startsWith('v/') || name.startsWith('export/') || name.startsWith('map/')) continue;
    const kind = name.includes('/') ? `${name.split('/')[0]}/*` : name;
    const entry = (sizes[kind] ??= { raw: 0, gzip: 0, count: 0 });
    entry.raw += Buffer.byteLength(text);
    entry.gzip += gzipSync(text, { level: 9 }).length;
    entry.count += 1;
  }
  console.log(JSON.stringify({ scale, sizes }));
}
