/** The current language (the URL's, else the browser's), a translator and a formatting locale for it. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createLocale, type Locale } from '../lib/format';
import { useLangSetting } from '../state/store';
import { browserLanguage, ensureLanguage, loadedLanguageCount, subscribeToLanguages, type Language, type Translate } from './i18n';

export function useLanguage(): Language {
  return useLangSetting() ?? browserLanguage();
}

export function useLocale(): Locale {
  const language = useLanguage();
  // Re-render when a language's messages arrive (switching to Russian loads them).
  const loadedCount = useSyncExternalStore(subscribeToLanguages, loadedLanguageCount, loadedLanguageCount);
  useEffect(() => void ensureLanguage(language), [language]);
  return useMemo(() => ({ ...createLocale(language), loadedCount }), [language, loadedCount]);
}

export function useT(): Translate {
  return useLocale().t;
}
