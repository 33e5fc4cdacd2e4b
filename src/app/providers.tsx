import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ManifestProvider, PinnedVersionContext } from '../data/datasets';
import { useLanguage } from '../i18n/use-i18n';
import { useDataVersion, useTheme } from '../state/store';

/**
 * The data files are static: nothing goes stale, nothing refetches on focus. A failed file is
 * not fetched again just because a view mounts (that would loop between the loading and error
 * states); the reader retries with the Retry button.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retryOnMount: false } } });
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <PinnedVersionContext value={useDataVersion()}>
        <ThemeFromState />
        <LanguageFromState />
        <ManifestProvider>{children}</ManifestProvider>
      </PinnedVersionContext>
    </QueryClientProvider>
  );
}

/** Puts the chosen theme on <html data-theme>; "auto" leaves it to prefers-color-scheme. */
function ThemeFromState() {
  const theme = useTheme();
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

/** Keeps <html lang> in step with the interface language (screen readers pick their voice by it). */
function LanguageFromState() {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return null;
}
