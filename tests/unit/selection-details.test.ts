/** The details panel's text for each kind of selection, in English and Russian: words, not ids. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSelectionDetails, type SelectionDetails } from '../../src/features/selection/build-selection-details';
import { ensureLanguage } from '../../src/i18n/i18n';
import { createLocale } from '../../src/lib/format';
import { loadDataset } from '../../src/testing/dataset-fixture';
import type { Selection } from '../../src/state/view-state';

beforeAll(() => ensureLanguage('ru'));
const data = {
  entities: loadDataset('entities'),
  quotes: loadDataset('quotes'),
  facts: loadDataset('facts'),
  articles: loadDataset('articles'),
  events: loadDataset('events'),
  topics: loadDataset('topics'),
};
const details = (selection: Selection, language: 'en' | 'ru' = 'en') => buildSelectionDetails(selection, data, createLocale(language))!;
/** Everything the panel shows except verbatim quotes. */
const visible = (item: SelectionDetails) =>
  [
    item.kindLabel,
    item.title,
    ...item.lines,
    ...item.facts.map((fact) => fact.label),
    ...item.links.map((link) => link.label),
    ...item.quotes.flatMap((quote) => [quote.speaker, quote.source]),
  ].join(' \n ');
/** Every id of the dataset: none may appear as a word of the text. */
const IDS = new Set(
  [
    ...Object.values(data.entities).flatMap((items) => items.map((item) => item.id)),
    ...data.facts.facts.map((item) => item.id),
    ...data.quotes.quotes.map((item) => item.id),
    ...data.events.events.map((item) => item.id),
  ].filter((id) => id.includes('-')),
);
const idsIn = (text: string) => (text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((token) => IDS.has(token));
/**
 * Latin-script proper nouns the Russian text may keep: outlet names, and one photo credit quoted
 * verbatim as its role ("© Sputnik / Gavriil Grigorov/POOL"), and Roman numerals ("XXI форум").
 */
const LATIN_NAMES = /Kazpravda\.kz|Sputnik|gov\.kz|Gavriil Grigorov\/POOL|\b[IVXLC]+\b/g;

describe('buildSelectionDetails', () => {
  it('describes an event: name, date with its precision, place, participants and the evidence', () => {
    const event = details({ kind: 'event', id: 'putin-state-visit-astana-2024' });
    expect(event.kindLabel).toBe('Event');
    expect(event.title).toBe("Vladimir Putin's state visit to Kazakhstan");
    expect(event.lines).toContain('Date: Nov 2024 (known to the month)');
    expect(event.lines).toContain('Place: Astana');
    expect(event.lines).toContain('Taking part: Vladimir Putin, Kassym-Jomart Tokayev');
    expect(event.quotes[0]!.text).toBe('итоги государственного визита президента РФ Владимира Путина в Астану');
    expect(event.links.map((link) => link.selection)).toContainEqual({ kind: 'place', id: 'astana' });
    const soyuz = details({ kind: 'event', id: 'soyuz-5-first-launch-plan' }, 'ru');
    expect(soyuz.lines[0]).toBe('Дата: окт. – дек. 2023 г.');
    expect(details({ kind: 'event', id: 'no-such-event' } as Selection, 'en')).toBeNull();
  });

  it('names a fact by its metric label, and explains a derived one in words', () => {
    const change = details({ kind: 'fact', id: 'trade-change-2022-2024' });
    expect(change.lines[0]).toBe('Change in trade turnover · 2022–2024');
    expect(change.lines[1]).toMatch(/^Derived: \(28 ÷ 26 − 1\) × 100 = at most 7\.7%, where 28 is/);
    const russian = details({ kind: 'fact', id: 'trade-change-2022-2024' }, 'ru');
    expect(russian.lines[0]).toBe('Изменение товарооборота · 2022–2024');
    expect(russian.lines.at(-1)).toMatch(/^Два источника/);
  });

  it('says which waypoints of a corridor are drawn rather than named, and what is inferred', () => {
    const corridor = details({ kind: 'corridor', id: 'afghanistan-transit' });
    const inference = corridor.lines.find((line) => line.startsWith('The mode is not stated (shown as rail)'))!;
    for (const place of ['Shymkent', 'Termez', 'Mazar-i-Sharif', 'Kabul', 'Peshawar']) expect(inference).toContain(place);
    // An older dataset without inference texts still says which points are drawn.
    const old = buildSelectionDetails(
      { kind: 'corridor', id: 'afghanistan-transit' },
      {
        ...data,
        entities: {
          ...data.entities,
          corridors: data.entities.corridors.map((item) => ({ ...item, inferenceEn: null, inferenceRu: null })),
        },
      },
      createLocale('en'),
    )!;
    expect(old.lines).toContain('Drawn, not named in the articles: Shymkent, Termez, Mazar-i-Sharif, Kabul, Peshawar');
    const russian = details({ kind: 'corridor', id: 'afghanistan-transit' }, 'ru');
    expect(russian.lines.some((line) => line.startsWith('Вид транспорта не назван'))).toBe(true);
  });

  it('counts mentions with proper plurals, and marks who is named only in a credit', () => {
    const person = details({ kind: 'person', id: 'anton-arutyunov' }, 'ru');
    expect(person.lines.at(-1)).toMatch(/^\d+ упоминани(е|я|й)$/);
    expect(person.titleRu).toBeNull();
    expect(details({ kind: 'person', id: 'anton-arutyunov' }).titleRu).toBe('Антон Арутюнов');
    expect(details({ kind: 'organisation', id: 'akorda' }).lines).toEqual(['Named only in a photo credit or caption, not in the text']);
  });

  it('shows no id and, in Russian, no Latin-script word for any selectable item', () => {
    const selections: Selection[] = [
      ...data.entities.people.map((item) => ({ kind: 'person' as const, id: item.id })),
      ...data.entities.organisations.map((item) => ({ kind: 'organisation' as const, id: item.id })),
      ...data.entities.corridors.map((item) => ({ kind: 'corridor' as const, id: item.id })),
      ...data.entities.hubs.map((item) => ({ kind: 'hub' as const, id: item.id })),
      ...data.facts.facts.map((item) => ({ kind: 'fact' as const, id: item.id })),
      ...data.events.events.map((item) => ({ kind: 'event' as const, id: item.id })),
    ];
    for (const selection of selections) {
      const en = visible(details(selection));
      expect(idsIn(en), `${selection.kind}:${selection.id}`).toEqual([]);
      const russian = visible(details(selection, 'ru'));
      expect(idsIn(russian), `${selection.kind}:${selection.id}`).toEqual([]);
      expect(russian.replace(LATIN_NAMES, ''), `${selection.kind}:${selection.id}`).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
