/**
 * The interface language: rosetta (a 300-byte i18n library) looks the messages up and fills
 * {{placeholders}}. English and Russian are both bundled (a few kB); the language follows the
 * URL (?lang=) and otherwise the browser.
 */
import rosetta from 'rosetta';
import { EN, type Messages } from './messages-en';
import { RU } from './messages-ru';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type Leaf<T> = { [K in keyof T & string]: `${K}.${keyof T[K] & string}` }[keyof T & string];
/** "share.embed", "trade.title", …: every key the messages define. */
export type MessageKey = Leaf<Messages>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const dictionary = rosetta<Messages>({ en: EN, ru: RU });

export function createTranslator(language: Language): Translate {
  return (key, values) => dictionary.t(key, values ?? {}, language) || key;
}

/** The reader's preferred language among those offered. */
export function browserLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

/** A data label in the current language: Russian where the dataset has it, else English. */
export function pick(language: Language, en: string, ru: string | null | undefined): string {
  return language === 'ru' && ru ? ru : en;
}
