/**
 * Names the map draws that the dataset does not hold: country names in both languages (the
 * outlines carry only an English name, and Russian readers must not see it) and short corridor
 * names for labels on the map (the full names, up to 60 characters, fit no map; the tooltip and
 * the table keep them). Keyed by ISO 3166-1 numeric code and by corridor id; a country missing
 * here is drawn but not named, a corridor missing here is labelled with its full name where it fits.
 */
import type { Language } from '../../i18n/i18n';

interface Names {
  en: string;
  ru: string;
}

/** The countries around Kazakhstan that the map's extent can show. */
export const COUNTRY_NAMES: Record<string, Names> = {
  '398': { en: 'Kazakhstan', ru: 'Казахстан' },
  '643': { en: 'Russia', ru: 'Россия' },
  '156': { en: 'China', ru: 'Китай' },
  '860': { en: 'Uzbekistan', ru: 'Узбекистан' },
  '417': { en: 'Kyrgyzstan', ru: 'Киргизия' },
  '795': { en: 'Turkmenistan', ru: 'Туркмения' },
  '762': { en: 'Tajikistan', ru: 'Таджикистан' },
  '364': { en: 'Iran', ru: 'Иран' },
  '004': { en: 'Afghanistan', ru: 'Афганистан' },
  '586': { en: 'Pakistan', ru: 'Пакистан' },
  '356': { en: 'India', ru: 'Индия' },
  '496': { en: 'Mongolia', ru: 'Монголия' },
  '112': { en: 'Belarus', ru: 'Беларусь' },
  '804': { en: 'Ukraine', ru: 'Украина' },
  '031': { en: 'Azerbaijan', ru: 'Азербайджан' },
  '268': { en: 'Georgia', ru: 'Грузия' },
  '051': { en: 'Armenia', ru: 'Армения' },
  '792': { en: 'Turkey', ru: 'Турция' },
  '368': { en: 'Iraq', ru: 'Ирак' },
  '760': { en: 'Syria', ru: 'Сирия' },
  '682': { en: 'Saudi Arabia', ru: 'Саудовская Аравия' },
  '512': { en: 'Oman', ru: 'Оман' },
  '784': { en: 'UAE', ru: 'ОАЭ' },
  '887': { en: 'Yemen', ru: 'Йемен' },
  '400': { en: 'Jordan', ru: 'Иордания' },
  '524': { en: 'Nepal', ru: 'Непал' },
  '050': { en: 'Bangladesh', ru: 'Бангладеш' },
  '616': { en: 'Poland', ru: 'Польша' },
  '440': { en: 'Lithuania', ru: 'Литва' },
  '428': { en: 'Latvia', ru: 'Латвия' },
  '233': { en: 'Estonia', ru: 'Эстония' },
  '246': { en: 'Finland', ru: 'Финляндия' },
  '642': { en: 'Romania', ru: 'Румыния' },
  '752': { en: 'Sweden', ru: 'Швеция' },
  '578': { en: 'Norway', ru: 'Норвегия' },
  '818': { en: 'Egypt', ru: 'Египет' },
};

export function countryName(id: string, language: Language): string | null {
  const names = COUNTRY_NAMES[id];
  return names ? names[language] : null;
}

const CORRIDOR_SHORT_NAMES: Record<string, Names> = {
  'transsib-joint-section': { en: 'Trans-Siberian', ru: 'Транссиб' },
  'oil-pipelines-kz-ru': { en: 'Pipelines to Russia', ru: 'Трубопроводы в Россию' },
  'russia-central-asia-corridor': { en: 'Russia – Central Asia', ru: 'Россия – Центральная Азия' },
  'china-russia-corridor': { en: 'China – Russia', ru: 'Китай – Россия' },
  'cross-border-highways': { en: 'Highways', ru: 'Автомагистрали' },
  'china-russia-belarus-corridors': { en: 'China – Russia – Belarus', ru: 'Китай – Россия – Беларусь' },
  'caspian-corridor': { en: 'Caspian corridor', ru: 'Каспийский коридор' },
  'north-south-eastern-route': { en: 'North–South, eastern route', ru: 'Север – Юг, восточная ветка' },
  'afghanistan-transit': { en: 'Via Afghanistan', ru: 'Через Афганистан' },
  'gas-pipeline-russia-china': { en: 'Gas pipeline to China', ru: 'Газопровод в Китай' },
};

/** The label a corridor gets on the map: its short name, else its full name. */
export function corridorShortName(id: string, fullName: string, language: Language): string {
  return CORRIDOR_SHORT_NAMES[id]?.[language] ?? fullName;
}
