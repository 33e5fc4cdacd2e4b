/**
 * The interface language: rosetta (a 300-byte i18n library) looks the messages up and fills
 * {{placeholders}}. English ships in the main bundle; Russian is fetched with its own small chunk
 * when first needed (before the first render when the page opens in Russian). The language follows
 * the URL (?lang=) and otherwise the browser.
 */
import rosetta from 'rosetta';
import { EN, type Messages } from './messages-en';
import { preferredLanguage } from '../state/page-address';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type Leaf<T> = { [K in keyof T & string]: `${K}.${keyof T[K] & string}` }[keyof T & string];
/** "share.embed", "trade.title", …: every key the messages define. */
export type MessageKey = Leaf<Messages>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const dictionary = rosetta<Messages>({ en: EN });
const loaded = new Set<Language>(['en']);
const listeners = new Set<() => void>();

/** Loads a language's messages once; resolves when they are in the dictionary. */
export async function ensureLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { RU } = await import('./messages-ru');
  dictionary.set('ru', RU);
  loaded.add(language);
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: re-render when a language arrives. */
export function subscribeToLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const loadedLanguageCount = () => loaded.size;

/** Looks keys up in `language`, falling back to English while it loads. */
export function createTranslator(language: Language): Translate {
  return (key, values) => dictionary.t(key, values ?? {}, language) || dictionary.t(key, values ?? {}, 'en') || key;
}

/** The reader's preferred language among those offered. */
export function browserLanguage(): Language {
  return preferredLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/** A data label in the current language: Russian where the dataset has it, else English. */
export function pick(language: Language, en: string, ru: string | null | undefined): string {
  return language === 'ru' && ru ? ru : en;
}
