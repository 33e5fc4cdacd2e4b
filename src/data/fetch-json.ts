/**
 * The only place that calls fetch. Every data file is fetched, parsed and validated here, and
 * every failure becomes a DataFileError that names the file and says what is wrong with it.
 */
import type { z } from 'zod';

export class DataFileError extends Error {
  constructor(
    /** The file name, e.g. "facts.json". */
    readonly file: string,
    /** What went wrong, in words a reader can act on. */
    readonly problem: string,
    /** Worth retrying automatically (a network hiccup), as opposed to a missing or broken file. */
    readonly isTransient = false,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

export async function fetchJson<T>(url: string, file: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(file, 'could not be loaded: the network request failed.', true);
  }
  if (!response.ok) {
    const problem = response.status === 404 ? 'is missing (HTTP 404).' : `could not be loaded (HTTP ${response.status}).`;
    throw new DataFileError(file, problem, response.status >= 500);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DataFileError(file, `is not valid JSON (${(error as Error).message}).`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DataFileError(file, `does not match the expected format: ${describeIssues(result.error)}.`);
  return result.data;
}
