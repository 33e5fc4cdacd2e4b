/**
 * What the details panel says about the selected person, organisation, place, corridor, hub or
 * fact: a title, a few facts about it, and the quotes behind it. Null when the id is unknown.
 */
import type { DatasetFiles, Fact, Quote } from '../../data/schemas/dataset';
import { pick } from '../../i18n/i18n';
import { describeArticle, personName as describePerson } from '../../lib/describe-source';
import { ENGLISH, formatPeriod, formatValue, type Locale } from '../../lib/format';
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

export function buildSelectionDetails(selection: Selection, data: SelectionInputs, locale: Locale = ENGLISH): SelectionDetails | null {
  const { entities } = data;
  const { t, language } = locale;
  const related = buildRelated(selection, data);
  const personName = (id: string | null) => describePerson(entities, id, locale);
  const nameOf = (item: { nameEn: string; nameRu: string } | undefined) => (item ? pick(language, item.nameEn, item.nameRu) : undefined);
  const quoteItem = (quote: Quote): QuoteItem => ({
    id: quote.id,
    text: quote.location.text,
    speaker: personName(quote.speaker),
    source: describeArticle(data.articles, quote.location.article, locale),
  });
  const factItem = (fact: Fact) => ({
    id: fact.id,
    label: `${formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale)} · ${formatPeriod(fact.period, locale)}`,
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
        label: nameOf(entities.corridors.find((corridor) => corridor.id === id)) ?? id,
        selection: { kind: 'corridor' as const, id },
      })),
    ...[...related.hubs]
      .filter((id) => id !== selection.id)
      .map((id) => ({ label: nameOf(entities.hubs.find((hub) => hub.id === id)) ?? id, selection: { kind: 'hub' as const, id } })),
  ];

  switch (selection.kind) {
    case 'person': {
      const person = entities.people.find((candidate) => candidate.id === selection.id);
      if (!person) return null;
      const organisations = person.organisations.map((id) => nameOf(entities.organisations.find((org) => org.id === id)) ?? id);
      return {
        kindLabel: person.isQuoted ? t('selection.quoted') : t('selection.mentioned'),
        title: nameOf(person)!,
        titleRu: person.nameRu,
        lines: [
          ...person.roles.map((role) => role.textEn),
          ...(organisations.length ? [t('selection.organisations', { list: organisations.join('; ') })] : []),
          t('selection.mentionedTimes', { count: person.mentionCount }),
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
        kindLabel: selection.kind === 'organisation' ? t('selection.organisation') : t('selection.place'),
        title: nameOf(entity)!,
        titleRu: entity.nameRu,
        lines: [t('selection.mentionedTimes', { count: entity.mentionCount })],
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
      const route =
        'waypoints' in item
          ? [t('selection.route', { route: item.waypoints.map((point) => pick(language, point.nameEn, point.nameRu)).join(' – ') })]
          : [];
      return {
        kindLabel: selection.kind === 'corridor' ? t('selection.corridor') : t('selection.hub'),
        title: nameOf(item)!,
        titleRu: item.nameRu,
        lines: [`${t(`kind.${item.kind}`)} · ${t(`status.${item.status}`)}`, ...route, ...note],
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
          ? [t('selection.saidBy', { name: personName(fact.speaker) }), describeArticle(data.articles, fact.article, locale)]
          : [t('selection.derived', { formula: fact.formula }), ...Object.entries(fact.inputs).map(([name, id]) => `${name} = ${id}`)];
      return {
        kindLabel: fact.kind === 'stated' ? t('selection.statedFact') : t('selection.derivedFact'),
        title: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
        titleRu: null,
        lines: [`${metric} · ${formatPeriod(fact.period)}`, ...lines, ...(fact.note ? [fact.note] : [])],
        quotes:
          fact.kind === 'stated'
            ? [
                {
                  id: fact.id,
                  text: fact.quote.text,
                  speaker: personName(fact.speaker),
                  source: describeArticle(data.articles, fact.article, locale),
                },
              ]
            : [],
        facts,
        links,
      };
    }
    // Events open their details once the data carries them (issue 7: dated events on the timeline).
    case 'event':
      return null;
  }
}
