/**
 * The pipeline's code version for cache keys: a hash of every source file the build runs (the
 * pipeline, the dataset schemas) and of the lock file (the stemmer, d3-force). Any edit, however
 * small, makes a new version, so a stale cache can never survive a code change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARTICLE_WORK_FORMAT, sha256 } from './article-work';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['pipeline', join('src', 'data', 'schemas')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'corpus' || entry.name === 'annotations' ? [] : sourceFiles(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

export function pipelineCodeVersion(root = ROOT): string {
  const parts = [`format ${ARTICLE_WORK_FORMAT}`];
  for (const file of SOURCES.flatMap((dir) => sourceFiles(join(root, dir)))) {
    parts.push(`${relative(root, file)}\n${readFileSync(file, 'utf8')}`);
  }
  parts.push(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return sha256(parts.join('\0')).slice(0, 16);
}
