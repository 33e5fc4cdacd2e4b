/**
 * The only place that calls fetch. Every data file is fetched, parsed and validated here, and
 * every failure becomes a DataFileError that names the file and says what is wrong with it.
 */
import type { z } from 'zod';

/** What went wrong with a file, so the message can be said in the reader's language. */
export type DataFileProblem =
  | { code: 'missing' }
  | { code: 'http'; status: number }
  | { code: 'network' }
  | { code: 'json'; message: string }
  | { code: 'format'; issues: string };

const ENGLISH_PROBLEMS: { [C in DataFileProblem['code']]: (problem: Extract<DataFileProblem, { code: C }>) => string } = {
  missing: () => 'is missing (HTTP 404).',
  http: (problem) => `could not be loaded (HTTP ${problem.status}).`,
  network: () => 'could not be loaded: the network request failed.',
  json: (problem) => `is not valid JSON (${problem.message}).`,
  format: (problem) => `does not match the expected format: ${problem.issues}.`,
};

export class DataFileError extends Error {
  /** What went wrong, in English (the interface translates `details`). */
  readonly problem: string;

  constructor(
    /** The file name, e.g. "facts.json". */
    readonly file: string,
    readonly details: DataFileProblem,
    /** Worth retrying automatically (a network hiccup), as opposed to a missing or broken file. */
    readonly isTransient = false,
  ) {
    const problem = (ENGLISH_PROBLEMS[details.code] as (problem: DataFileProblem) => string)(details);
    super(`${file}: ${problem}`);
    this.problem = problem;
    this.name = 'DataFileError';
  }
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** `schema` may still be loading (it is awaited once the response is in). */
export async function fetchJson<T>(
  url: string,
  file: string,
  schema: z.ZodType<T> | Promise<z.ZodType<T>>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(file, { code: 'network' }, true);
  }
  if (!response.ok) {
    throw new DataFileError(
      file,
      response.status === 404 ? { code: 'missing' } : { code: 'http', status: response.status },
      response.status >= 500,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DataFileError(file, { code: 'json', message: (error as Error).message });
  }
  const result = (await schema).safeParse(json);
  if (!result.success) throw new DataFileError(file, { code: 'format', issues: describeIssues(result.error) });
  return result.data;
}

/**
 * A prerendered page's own data file (written and checked by the build together with the page):
 * read without a schema, or null when it cannot be read (the page is then drawn afresh).
 */
export async function fetchPageData(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
