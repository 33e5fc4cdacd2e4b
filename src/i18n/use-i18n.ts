/** The current language (the URL's, else the browser's), a translator and a formatting locale for it. */
import { useMemo } from 'react';
import { createLocale, type Locale } from '../lib/format';
import { useLangSetting } from '../state/store';
import { browserLanguage, type Language, type Translate } from './i18n';

export function useLanguage(): Language {
  return useLangSetting() ?? browserLanguage();
}

export function useLocale(): Locale {
  const language = useLanguage();
  return useMemo(() => createLocale(language), [language]);
}

export function useT(): Translate {
  return useLocale().t;
}
