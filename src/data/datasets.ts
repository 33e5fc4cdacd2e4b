/**
 * The data files and how to load them: one queryOptions factory for the manifest and one per
 * dataset, keyed by the manifest's dataset version so a rebuilt dataset is never mixed with a
 * cached old one.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { DATASET_SCHEMAS, ManifestSchema, MapShapesSchema, type DatasetFiles, type DatasetId, type Manifest } from './schemas/dataset';
import { DataFileError, fetchJson } from './fetch-json';

/** Relative to the page (Vite's base is './'), so the app works from any folder and in iframes. */
export function dataUrl(file: string, version?: string): string {
  return `${import.meta.env.BASE_URL}data/${file}${version ? `?v=${version}` : ''}`;
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
      return fetchJson(dataUrl(file), file, ManifestSchema, signal);
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
      return fetchJson(url, `${id}.json`, DATASET_SCHEMAS[id] as never, signal) as Promise<DatasetFiles[K]>;
    },
    staleTime: Infinity,
    retry: shouldRetry,
  });

/** The corridor map's country outlines: static, shared by every dataset version. */
export const mapShapesQueryOptions = () =>
  queryOptions({
    queryKey: ['map-shapes', 'countries'],
    queryFn: ({ signal }) => fetchJson(dataUrl('map/countries.json'), 'map/countries.json', MapShapesSchema, signal),
    staleTime: Infinity,
    retry: shouldRetry,
  });

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

export function useManifest(): Loadable<Manifest> {
  return toLoadable(useQuery(manifestQueryOptions(useContext(PinnedVersionContext))));
}

/** One dataset file, loaded once the manifest has said which version to load (and `isNeeded`). */
export function useDataset<K extends DatasetId>(id: K, isNeeded = true): Loadable<DatasetFiles[K]> {
  const pinned = useContext(PinnedVersionContext);
  const manifestQuery = useQuery(manifestQueryOptions(pinned));
  const version = manifestQuery.data?.datasetVersion ?? '';
  // Not fetched while not needed (it then stays pending): a view loads only what it shows.
  const datasetQuery = useQuery({ ...datasetQueryOptions(id, version, pinned !== null), enabled: manifestQuery.isSuccess && isNeeded });
  // A manifest failure is this dataset's failure too: surface it rather than wait forever.
  if (manifestQuery.isError) return toLoadable(manifestQuery) as Loadable<never>;
  return toLoadable(datasetQuery);
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
