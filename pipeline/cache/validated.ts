/**
 * Schema checks remembered by content: a value whose JSON was already found to match a schema
 * (in this build or an earlier one with the same code version, which includes the schemas) is not
 * parsed again. Used for the annotation entries (the parsed value is kept, as zod returns it) and
 * for the output contract (each element of every top-level list checked on its own, the rest of
 * the file as a whole), so an incremental build checks only what changed and the output is still
 * proven to match the schemas.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** What an earlier check found: the parsed value's JSON, "=" when it is the input's JSON, "" when only checked. */
export interface ValidMemo {
  get(key: string): string | undefined;
  set(key: string, parsed: string): void;
}

export const SAME_AS_INPUT = '=';
/** Found valid, parsed value not kept (a check only: `keepData` false). */
const VALID_ONLY = '';

const keyOf = (salt: string, json: string) => createHash('md5').update(salt).update('\0').update(json).digest('base64');

/**
 * `schema.safeParse(value)`, remembered under the value's JSON (and `salt`, naming the schema):
 * a hit returns a fresh copy of the parsed value, without running the schema. With `keepData`
 * false the caller only wants to know that it matches (and gets `value` itself back).
 */
export function safeParseMemo<T>(
  schema: z.ZodType<T>,
  value: unknown,
  salt: string,
  memo: ValidMemo | undefined,
  keepData = true,
): { success: true; data: T } | { success: false; error: z.ZodError } {
  if (!memo) return schema.safeParse(value) as { success: true; data: T } | { success: false; error: z.ZodError };
  const json = JSON.stringify(value);
  if (json === undefined) return schema.safeParse(value) as { success: false; error: z.ZodError };
  const key = keyOf(salt, json);
  const known = memo.get(key);
  if (known === VALID_ONLY && !keepData) return { success: true, data: value as T };
  if (known !== undefined && known !== VALID_ONLY) {
    return { success: true, data: JSON.parse(known === SAME_AS_INPUT ? json : known) as T };
  }
  const result = schema.safeParse(value);
  if (result.success) {
    const parsed = keepData ? JSON.stringify(result.data) : VALID_ONLY;
    memo.set(key, parsed === json ? SAME_AS_INPUT : parsed);
  }
  return result as { success: true; data: T } | { success: false; error: z.ZodError };
}

/** A chunk of a list is cut where an element's article changes, or past this many characters of JSON. */
const CHUNK_CHARS = 8192;

type ItemResult<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * `element.safeParse` of every item of a list, remembered by runs of consecutive items: a run ends
 * where the items' `article` changes or its JSON grows past CHUNK_CHARS, so adding or editing one
 * article's items leaves the other runs (and their keys) as they were. A run is remembered only
 * when all its items match; a run not found is checked item by item, so every problem is named.
 */
export function safeParseListMemo<T>(
  element: z.ZodType<T>,
  items: unknown[],
  salt: string,
  memo: ValidMemo | undefined,
  keepData = true,
): ItemResult<T>[] {
  if (!memo) return items.map((item) => element.safeParse(item) as ItemResult<T>);
  const results: ItemResult<T>[] = [];
  const jsons = items.map((item) => JSON.stringify(item) ?? 'undefined');
  const articleOf = (item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { article?: unknown }).article === 'string'
      ? (item as { article: string }).article
      : null;
  let from = 0;
  while (from < items.length) {
    let to = from + 1;
    let size = jsons[from]!.length;
    const article = articleOf(items[from]);
    while (to < items.length && size < CHUNK_CHARS && articleOf(items[to]) === article) size += jsons[to++]!.length;
    const json = `[${jsons.slice(from, to).join(',')}]`;
    const key = keyOf(`${salt}[]`, json);
    const known = memo.get(key);
    if (known !== undefined && (known !== VALID_ONLY || !keepData)) {
      if (known === VALID_ONLY) for (let at = from; at < to; at++) results.push({ success: true, data: items[at] as T });
      else for (const data of JSON.parse(known === SAME_AS_INPUT ? json : known) as T[]) results.push({ success: true, data });
    } else {
      const checked = items.slice(from, to).map((item) => element.safeParse(item) as ItemResult<T>);
      results.push(...checked);
      if (checked.every((result) => result.success)) {
        const parsed = keepData ? JSON.stringify(checked.map((result) => (result as { data: T }).data)) : VALID_ONLY;
        memo.set(key, parsed === json ? SAME_AS_INPUT : parsed);
      }
    }
    from = to;
  }
  return results;
}

/**
 * Checks `value` against an object schema whose list fields are checked element by element
 * through the memo (the object's other fields, and the object itself, by a schema with those
 * lists as plain arrays). Returns the problems, empty when the value matches the schema. A schema
 * that is not a plain object (or has list checks such as a minimum length) is checked whole.
 */
export function checkByParts(schema: z.ZodType, value: unknown, salt: string, memo: ValidMemo | undefined): string[] {
  if (!memo || !(schema instanceof z.ZodObject) || typeof value !== 'object' || value === null) {
    const result = schema.safeParse(value);
    return result.success ? [] : [result.error.message];
  }
  const lists = Object.entries(schema.shape as Record<string, z.ZodType>).filter(
    ([, field]) => field instanceof z.ZodArray && !(field._zod.def.checks?.length ?? 0),
  ) as [string, z.ZodArray][];
  // extend() refuses an object with refinements, so a refined schema is checked whole.
  let outer: z.ZodType;
  try {
    outer = schema.extend(Object.fromEntries(lists.map(([name]) => [name, z.array(z.unknown())])));
  } catch {
    const result = schema.safeParse(value);
    return result.success ? [] : [result.error.message];
  }
  const problems: string[] = [];
  const whole = outer.safeParse(value);
  if (!whole.success) problems.push(whole.error.message);
  const record = value as Record<string, unknown>;
  for (const [name, list] of lists) {
    const items = record[name];
    if (!Array.isArray(items)) continue;
    safeParseListMemo(list.element as z.ZodType, items, `${salt}.${name}`, memo, false).forEach((result, index) => {
      if (!result.success) problems.push(`${name}[${index}]: ${result.error.message}`);
    });
  }
  return problems;
}
