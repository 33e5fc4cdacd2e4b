/**
 * What the details panel says about the selected person, organisation, place, corridor, hub or
 * fact: a title, a few facts about it, and the quotes behind it. Null when the id is unknown.
 */
import type { DatasetFiles, Fact, Quote } from '../../data/schemas/dataset';
import { KIND_LABELS, STATUS_LABELS } from '../../charts/palette';
import { describeArticle } from '../../lib/describe-source';
import { formatPeriod, formatValue } from '../../lib/format';
import { buildRelated } from '../../lib/relations';
import type { Selection } from '../../state/view-state';

export type SelectionInputs = Pick<DatasetFiles, 'entities' | 'quotes' | 'facts' | 'articles'>;

export interface QuoteItem {
  id: string;
  text: string;
  speaker: string;
  source: string;
}

export interface SelectionDetails {
  kindLabel: string;
  title: string;
  titleRu: string | null;
  lines: string[];
  quotes: QuoteItem[];
  facts: { id: string; label: string; quote: string | null }[];
  links: { label: string; selection: Selection }[];
}

export function buildSelectionDetails(selection: Selection, data: SelectionInputs): SelectionDetails | null {
  const { entities } = data;
  const related = buildRelated(selection, data);
  const personName = (id: string | null) =>
    id ? (entities.people.find((person) => person.id === id)?.nameEn ?? id) : "The article's own text";
  const quoteItem = (quote: Quote): QuoteItem => ({
    id: quote.id,
    text: quote.location.text,
    speaker: personName(quote.speaker),
    source: describeArticle(data.articles, quote.location.article),
  });
  const factItem = (fact: Fact) => ({
    id: fact.id,
    label: `${formatValue(fact.value, fact.scale, fact.unit, fact.qualifier)} · ${formatPeriod(fact.period)}`,
    quote: fact.kind === 'stated' ? fact.quote.text : null,
  });
  const quotes = data.quotes.quotes.filter((quote) => related.quotes.has(quote.id)).map(quoteItem);
  const facts = data.facts.facts.filter((fact) => related.facts.has(fact.id) && fact.id !== selection.id).map(factItem);
  const links: SelectionDetails['links'] = [
    ...[...related.people]
      .filter((id) => id !== selection.id)
      .map((id) => ({ label: personName(id), selection: { kind: 'person' as const, id } })),
    ...[...related.corridors]
      .filter((id) => id !== selection.id)
      .map((id) => ({
        label: entities.corridors.find((corridor) => corridor.id === id)?.nameEn ?? id,
        selection: { kind: 'corridor' as const, id },
      })),
    ...[...related.hubs]
      .filter((id) => id !== selection.id)
      .map((id) => ({ label: entities.hubs.find((hub) => hub.id === id)?.nameEn ?? id, selection: { kind: 'hub' as const, id } })),
  ];

  switch (selection.kind) {
    case 'person': {
      const person = entities.people.find((candidate) => candidate.id === selection.id);
      if (!person) return null;
      const organisations = person.organisations.map((id) => entities.organisations.find((org) => org.id === id)?.nameEn ?? id);
      return {
        kindLabel: person.isQuoted ? 'Quoted speaker' : 'Person mentioned',
        title: person.nameEn,
        titleRu: person.nameRu,
        lines: [
          ...person.roles.map((role) => role.textEn),
          ...(organisations.length ? [`Organisations: ${organisations.join('; ')}`] : []),
          `Mentioned ${person.mentionCount} times`,
        ],
        quotes,
        facts: data.facts.facts.filter((fact) => related.facts.has(fact.id)).map(factItem),
        links,
      };
    }
    case 'organisation':
    case 'place': {
      const entity = (selection.kind === 'organisation' ? entities.organisations : entities.places).find(
        (candidate) => candidate.id === selection.id,
      );
      if (!entity) return null;
      return {
        kindLabel: selection.kind === 'organisation' ? 'Organisation' : 'Place',
        title: entity.nameEn,
        titleRu: entity.nameRu,
        lines: [`Mentioned ${entity.mentionCount} times`],
        quotes,
        facts,
        links,
      };
    }
    case 'corridor':
    case 'hub': {
      const item = (selection.kind === 'corridor' ? entities.corridors : entities.hubs).find((candidate) => candidate.id === selection.id);
      if (!item) return null;
      const note = 'note' in item && item.note ? [item.note] : [];
      const route = 'waypoints' in item ? [`Schematic route: ${item.waypoints.map((point) => point.nameEn).join(' – ')}`] : [];
      return {
        kindLabel: selection.kind === 'corridor' ? 'Corridor' : 'Hub',
        title: item.nameEn,
        titleRu: item.nameRu,
        lines: [`${KIND_LABELS[item.kind]} · ${STATUS_LABELS[item.status]}`, ...route, ...note],
        quotes,
        facts,
        links,
      };
    }
    case 'fact': {
      const fact = data.facts.facts.find((candidate) => candidate.id === selection.id);
      if (!fact) return null;
      const metric = fact.metric;
      const lines =
        fact.kind === 'stated'
          ? [`Said by ${personName(fact.speaker)}`, describeArticle(data.articles, fact.article)]
          : [`Derived: ${fact.formula}`, ...Object.entries(fact.inputs).map(([name, id]) => `${name} = ${id}`)];
      return {
        kindLabel: fact.kind === 'stated' ? 'Stated fact' : 'Derived fact',
        title: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier),
        titleRu: null,
        lines: [`${metric} · ${formatPeriod(fact.period)}`, ...lines, ...(fact.note ? [fact.note] : [])],
        quotes:
          fact.kind === 'stated'
            ? [
                {
                  id: fact.id,
                  text: fact.quote.text,
                  speaker: personName(fact.speaker),
                  source: describeArticle(data.articles, fact.article),
                },
              ]
            : [],
        facts,
        links,
      };
    }
  }
}
