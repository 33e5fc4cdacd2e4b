/**
 * The data files and how to load them: one queryOptions factory for the manifest and one per
 * dataset, keyed by the manifest's dataset version so a rebuilt dataset is never mixed with a
 * cached old one.
 */
import { queryOptions, useQueries, useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import type { ArticleText, DatasetFiles, DatasetId, Manifest, Mention, PartKind } from './schemas/dataset';
import { DataFileError, fetchJson } from './fetch-json';
import { siteFacts } from '../state/page-address';

/**
 * The schemas (zod and its parsers) load with the first file fetched, not with the page: a
 * prerendered page hydrates from data checked at build time, and its first task stays short.
 */
const schemas = () => import('./schemas/dataset');
/** The manifest's rules alone, a small chunk: a view's file is asked for without waiting for the rest. */
const manifestSchema = () => import('./schemas/manifest');

/** Relative to the site root (so the app works from any folder, at any depth, in iframes). */
export function dataUrl(file: string, version?: string): string {
  return `${siteFacts().root}data/${file}${version ? `?v=${version}` : ''}`;
}

/** Retry only what may pass on a second try; a missing or malformed file will not. */
function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof DataFileError && error.isTransient && failureCount < 2;
}

/**
 * The dataset version the page is pinned to (an embed published in a report), or null for the
 * latest. Pinned files live under data/v/<version>/ and are never overwritten.
 */
export const PinnedVersionContext = createContext<string | null>(null);

export const manifestQueryOptions = (pinned: string | null = null) =>
  queryOptions({
    queryKey: ['manifest', pinned ?? 'latest'],
    queryFn: ({ signal }) => {
      const file = pinned ? `v/${pinned}/manifest.json` : 'manifest.json';
      return fetchJson(
        dataUrl(file),
        file,
        manifestSchema().then((loaded) => loaded.ManifestSchema),
        signal,
      );
    },
    staleTime: Infinity,
    retry: shouldRetry,
  });

export const datasetQueryOptions = <K extends DatasetId>(id: K, version: string, isPinned = false) =>
  queryOptions({
    queryKey: ['dataset', id, version],
    queryFn: ({ signal }) => {
      // Latest files carry ?v= so a browser cache never mixes versions; pinned ones have their own path.
      const url = isPinned ? dataUrl(`v/${version}/${id}.json`) : dataUrl(`${id}.json`, version);
      return fetchJson(
        url,
        `${id}.json`,
        schemas().then((loaded) => loaded.DATASET_SCHEMAS[id] as never),
        signal,
      ) as Promise<DatasetFiles[K]>;
    },
    staleTime: Infinity,
    retry: shouldRetry,
  });

/** Where a part file of a version lives: data/<kind>/<key>.json, or under v/<version>/ when pinned. */
function partUrl(kind: PartKind, key: string, version: string, isPinned: boolean): string {
  return isPinned ? dataUrl(`v/${version}/${kind}/${key}.json`) : dataUrl(`${kind}/${key}.json`, version);
}

/** texts/<article>.json: one article's paragraphs (versions with `parts`, see ManifestSchema). */
export const articleTextQueryOptions = (article: string, version: string, isPinned = false) =>
  queryOptions({
    queryKey: ['dataset', 'texts', version, article],
    queryFn: ({ signal }) =>
      fetchJson(
        partUrl('texts', article, version, isPinned),
        `texts/${article}.json`,
        schemas().then((loaded) => loaded.ArticleTextFileSchema),
        signal,
      ),
    staleTime: Infinity,
    retry: shouldRetry,
  });

/** mentions/<entity>.json: one entity's mentions (versions with `parts`, see ManifestSchema). */
export const entityMentionsQueryOptions = (entity: string, version: string, isPinned = false) =>
  queryOptions({
    queryKey: ['dataset', 'mentions', version, entity],
    queryFn: ({ signal }) =>
      fetchJson(
        partUrl('mentions', entity, version, isPinned),
        `mentions/${entity}.json`,
        schemas().then((loaded) => loaded.EntityMentionsFileSchema),
        signal,
      ),
    staleTime: Infinity,
    retry: shouldRetry,
  });

/** The corridor map's country outlines: static, shared by every dataset version. */
export const mapShapesQueryOptions = () =>
  queryOptions({
    queryKey: ['map-shapes', 'countries'],
    queryFn: ({ signal }) =>
      fetchJson(
        dataUrl('map/countries.json'),
        'map/countries.json',
        schemas().then((loaded) => loaded.MapShapesSchema),
        signal,
      ),
    staleTime: Infinity,
    retry: shouldRetry,
  });

/**
 * The prerenderer's ear: every query a render asks for (and has enabled) is reported, so the
 * prerenderer can load exactly those files, draw again, and hand the same data to the browser.
 * Null in the browser.
 */
export const QueryRecorderContext = createContext<((options: UseQueryOptions<unknown, Error, unknown, QueryKey>) => void) | null>(null);

/** Reports these queries (the enabled ones a render asks for) to the prerenderer, if one listens. */
function useRecordQueries(queries: readonly object[]): void {
  const record = useContext(QueryRecorderContext);
  if (record) for (const options of queries) record(options as UseQueryOptions<unknown, Error, unknown, QueryKey>);
}

/** useQuery, reported to the prerenderer. */
function useDataQuery<T, Key extends QueryKey>(options: UseQueryOptions<T, Error, T, Key>) {
  useRecordQueries(options.enabled !== false ? [options] : []);
  return useQuery(options);
}

/** What a view needs to know about data it waits for. */
export type Loadable<T> = { status: 'pending' } | { status: 'error'; error: Error; retry: () => void } | { status: 'success'; data: T };

function toLoadable<T>(query: {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: Error | null;
  refetch: () => unknown;
}): Loadable<T> {
  if (query.status === 'error')
    return { status: 'error', error: query.error ?? new Error('unknown error'), retry: () => void query.refetch() };
  if (query.status === 'success') return { status: 'success', data: query.data as T };
  return { status: 'pending' };
}

/** The manifest query as every data hook reads it. */
interface ManifestQuery {
  status: 'pending' | 'error' | 'success';
  data: Manifest | undefined;
  error: Error | null;
  refetch: () => unknown;
  isSuccess: boolean;
  isError: boolean;
}

/**
 * The manifest, observed once for the whole tree (ManifestProvider, in Providers): every data hook
 * reads it from here. A view's dozen data hooks each observing it made as many query observers in
 * the render that hydrates the page (one long task on a phone).
 */
const ManifestContext = createContext<ManifestQuery | null>(null);

export function ManifestProvider({ children }: { children: ReactNode }) {
  const query = useDataQuery(manifestQueryOptions(useContext(PinnedVersionContext)));
  const { status, data, error, refetch, isSuccess, isError } = query;
  const value = useMemo(
    (): ManifestQuery => ({ status, data, error, refetch, isSuccess, isError }),
    [status, data, error, refetch, isSuccess, isError],
  );
  return createElement(ManifestContext, { value }, children);
}

function useManifestQuery(): ManifestQuery {
  const query = useContext(ManifestContext);
  if (!query) throw new Error('a data hook is used outside <Providers> (no ManifestProvider above it)');
  return query;
}

export function useManifest(): Loadable<Manifest> {
  return toLoadable(useManifestQuery());
}

/** One dataset file, loaded once the manifest has said which version to load (and `isNeeded`). */
export function useDataset<K extends DatasetId>(id: K, isNeeded = true): Loadable<DatasetFiles[K]> {
  const pinned = useContext(PinnedVersionContext);
  const manifestQuery = useManifestQuery();
  const version = manifestQuery.data?.datasetVersion ?? '';
  // Not fetched while not needed (it then stays pending): a view loads only what it shows. Nor
  // observed, while it has never been asked for: a view names several files it may never need (the
  // network view eight), and each query observer was its share of the render that hydrates the
  // page. Once in the cache it is observed, needed or not (a failed file keeps saying so).
  const client = useQueryClient();
  const options = datasetQueryOptions(id, version, pinned !== null);
  const isAsked = manifestQuery.isSuccess && isNeeded;
  useRecordQueries(isAsked ? [options] : []);
  const observed = isAsked || client.getQueryState(options.queryKey) ? [{ ...options, enabled: isAsked }] : [];
  const dataset = useQueries({ queries: observed, combine: combineOne }) as Loadable<DatasetFiles[K]>;
  // A manifest failure is this dataset's failure too: surface it rather than wait forever.
  if (manifestQuery.isError) return toLoadable(manifestQuery) as Loadable<never>;
  return dataset;
}

const PENDING: Loadable<never> = { status: 'pending' };

function combineOne<T>(results: Parameters<typeof toLoadable<T>>[0][]): Loadable<T> {
  return results[0] ? toLoadable(results[0]) : PENDING;
}

/**
 * The texts of these articles, in the order asked. A version written in parts fetches
 * texts/<article>.json for each; an older (pinned) one has only texts.json, read whole.
 */
export function useArticleTexts(articles: readonly string[], isNeeded = true): Loadable<ArticleText[]> {
  const pinned = useContext(PinnedVersionContext);
  const manifestQuery = useManifestQuery();
  const version = manifestQuery.data?.datasetVersion ?? '';
  const isSplit = manifestQuery.data?.parts?.includes('texts') ?? false;
  const whole = useDataset('texts', isNeeded && manifestQuery.isSuccess && !isSplit && articles.length > 0);
  // A stable combine keeps the list (and what is memoised on it) the same object until a part changes.
  const partQueries = (isNeeded && isSplit ? articles : []).map((article) => articleTextQueryOptions(article, version, pinned !== null));
  useRecordQueries(partQueries);
  const parts = useQueries({ queries: partQueries, combine: combineParts });
  const wholeTexts = whole.status === 'success' ? whole.data.texts : null;
  const articlesKey = articles.join('\n');
  const picked = useMemo(() => {
    const byArticle = new Map((wholeTexts ?? []).map((text) => [text.article, text]));
    return articlesKey === '' ? [] : articlesKey.split('\n').flatMap((article) => byArticle.get(article) ?? []);
  }, [wholeTexts, articlesKey]);
  if (manifestQuery.isError) return toLoadable(manifestQuery) as Loadable<never>;
  if (!manifestQuery.isSuccess || !isNeeded) return { status: 'pending' };
  if (articles.length === 0) return EMPTY_LIST;
  if (!isSplit) return whole.status === 'success' ? { status: 'success', data: picked } : whole;
  return parts;
}

const EMPTY_LIST: Loadable<never[]> = { status: 'success', data: [] };

function combineParts<T>(results: Parameters<typeof toLoadable<T>>[0][]): Loadable<T[]> {
  return combineList(results.map((result) => toLoadable(result)));
}

/**
 * Every mention of one entity (none for no entity). A version written in parts fetches
 * mentions/<entity>.json; an older (pinned) one has only mentions.json, read whole.
 */
export function useEntityMentions(entity: string | null): Loadable<Mention[]> {
  const pinned = useContext(PinnedVersionContext);
  const manifestQuery = useManifestQuery();
  const version = manifestQuery.data?.datasetVersion ?? '';
  const isSplit = manifestQuery.data?.parts?.includes('mentions') ?? false;
  const whole = useDataset('mentions', manifestQuery.isSuccess && !isSplit && entity !== null);
  const part = useDataQuery({
    ...entityMentionsQueryOptions(entity ?? '', version, pinned !== null),
    enabled: manifestQuery.isSuccess && isSplit && entity !== null,
  });
  const wholeMentions = whole.status === 'success' ? whole.data.mentions : null;
  const picked = useMemo(() => (wholeMentions ?? []).filter((mention) => mention.entity === entity), [wholeMentions, entity]);
  const partMentions = part.data?.mentions;
  const loaded = useMemo(
    (): Loadable<Mention[]> => (partMentions ? { status: 'success', data: partMentions } : { status: 'pending' }),
    [partMentions],
  );
  if (manifestQuery.isError) return toLoadable(manifestQuery) as Loadable<never>;
  if (!manifestQuery.isSuccess) return { status: 'pending' };
  if (entity === null) return EMPTY_LIST;
  if (!isSplit) return whole.status === 'success' ? { status: 'success', data: picked } : whole;
  return part.status === 'error' ? (toLoadable(part) as Loadable<never>) : loaded;
}

/** A list of loadables as one loadable list (the first error wins, then pending). */
function combineList<T>(parts: Loadable<T>[]): Loadable<T[]> {
  const failed = parts.filter((part) => part.status === 'error');
  if (failed.length > 0) return { status: 'error', error: failed[0]!.error, retry: () => failed.forEach((part) => part.retry()) };
  if (parts.some((part) => part.status === 'pending')) return { status: 'pending' };
  return { status: 'success', data: parts.map((part) => (part as { data: T }).data) };
}

/**
 * Several loadables as one: the first error wins (so the message names that file), then pending.
 * `retry` retries every failed part.
 */
export function combineLoadables<T extends Record<string, unknown>>(parts: { [K in keyof T]: Loadable<T[K]> }): Loadable<T> {
  const entries = Object.entries(parts) as [keyof T, Loadable<unknown>][];
  const failed = entries.map(([, part]) => part).filter((part) => part.status === 'error');
  if (failed.length > 0) return { status: 'error', error: failed[0]!.error, retry: () => failed.forEach((part) => part.retry()) };
  if (entries.some(([, part]) => part.status === 'pending')) return { status: 'pending' };
  return { status: 'success', data: Object.fromEntries(entries.map(([key, part]) => [key, (part as { data: unknown }).data])) as T };
}

/** The corridor map's country outlines (see mapShapesQueryOptions). */
export function useMapShapes() {
  return useDataQuery(mapShapesQueryOptions());
}
