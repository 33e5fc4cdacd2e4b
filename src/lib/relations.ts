/**
 * What a selection is linked to, for highlighting across views: a person's facts, quotes and the
 * corridors they speak of; a corridor's quotes and the people who speak of it; a fact's speaker
 * and corridor. Pure, from the datasets alone.
 */
import type { DatasetFiles } from '../data/schemas/dataset';
import type { Selection } from '../state/view-state';

export interface Related {
  people: Set<string>;
  organisations: Set<string>;
  corridors: Set<string>;
  hubs: Set<string>;
  facts: Set<string>;
  quotes: Set<string>;
}

/** `events` is needed only to relate an event selection (its participants and evidence). */
export type RelationInputs = Pick<DatasetFiles, 'entities' | 'quotes' | 'facts'> & Partial<Pick<DatasetFiles, 'events'>>;

export function buildRelated(selection: Selection, { entities, quotes, facts, events }: RelationInputs): Related {
  const related: Related = {
    people: new Set(),
    organisations: new Set(),
    corridors: new Set(),
    hubs: new Set(),
    facts: new Set(),
    quotes: new Set(),
  };
  const corridorIds = new Set(entities.corridors.map((corridor) => corridor.id));
  const hubIds = new Set(entities.hubs.map((hub) => hub.id));
  const addSubject = (id: string) => {
    if (corridorIds.has(id)) related.corridors.add(id);
    else if (hubIds.has(id)) related.hubs.add(id);
    else if (entities.organisations.some((organisation) => organisation.id === id)) related.organisations.add(id);
  };
  const { kind, id } = selection;

  if (kind === 'person') {
    related.people.add(id);
    for (const quote of quotes.quotes) {
      if (quote.speaker !== id) continue;
      related.quotes.add(quote.id);
      quote.about.forEach(addSubject);
    }
    for (const fact of facts.facts) {
      if (fact.kind === 'stated' && fact.speaker === id) {
        related.facts.add(fact.id);
        if (fact.corridor) related.corridors.add(fact.corridor);
      }
    }
    entities.people.find((person) => person.id === id)?.organisations.forEach((organisation) => related.organisations.add(organisation));
  } else if (kind === 'corridor' || kind === 'hub' || kind === 'organisation' || kind === 'place') {
    (kind === 'corridor' ? related.corridors : kind === 'hub' ? related.hubs : related.organisations).add(id);
    for (const quote of quotes.quotes) {
      if (!quote.about.includes(id)) continue;
      related.quotes.add(quote.id);
      if (quote.speaker) related.people.add(quote.speaker);
    }
    for (const fact of facts.facts) {
      if (fact.corridor !== id) continue;
      related.facts.add(fact.id);
      if (fact.kind === 'stated' && fact.speaker) related.people.add(fact.speaker);
    }
    if (kind === 'organisation')
      entities.people.filter((person) => person.organisations.includes(id)).forEach((person) => related.people.add(person.id));
  } else if (kind === 'event') {
    const event = events?.events.find((candidate) => candidate.id === id);
    event?.participants.forEach((person) => related.people.add(person));
    // The quotes that stand where the event's evidence does (same article, overlapping text).
    for (const quote of quotes.quotes) {
      const isEvidence = event?.evidence.some(
        (item) => item.article === quote.location.article && item.start < quote.location.end && quote.location.start < item.end,
      );
      if (isEvidence) related.quotes.add(quote.id);
    }
  } else {
    related.facts.add(id);
    const fact = facts.facts.find((candidate) => candidate.id === id);
    if (fact?.kind === 'stated' && fact.speaker) related.people.add(fact.speaker);
    if (fact?.kind === 'derived') Object.values(fact.inputs).forEach((input) => related.facts.add(input));
    if (fact?.corridor) related.corridors.add(fact.corridor);
  }
  return related;
}
