/**
 * What the details panel says about the selected person, organisation, place, corridor, hub, fact
 * or event: a title, a few facts about it, and the quotes behind it, all in the reader's language
 * and never an internal id. Null when the id is unknown.
 */
import type { DatasetFiles, Fact, Quote } from '../../data/schemas/dataset';
import { pick, type MessageKey } from '../../i18n/i18n';
import { describeArticle, describeDerivation, personName as describePerson } from '../../lib/describe-source';
import { ENGLISH, formatCount, formatEventDate, formatPeriod, formatValue, type Locale } from '../../lib/format';
import { buildRelated } from '../../lib/relations';
import type { Selection } from '../../state/view-state';

/** `events` is needed for an event selection, `topics` for metric labels; without them those parts are left out. */
export type SelectionInputs = Pick<DatasetFiles, 'entities' | 'quotes' | 'facts' | 'articles'> &
  Partial<Pick<DatasetFiles, 'events' | 'topics'>>;

const PRECISION_KEYS: Record<'day' | 'month' | 'year', MessageKey> = {
  day: 'sources.precisionDay',
  month: 'sources.precisionMonth',
  year: 'sources.precisionYear',
};

export interface QuoteItem {
  id: string;
  text: string;
  speaker: string;
  source: string;
}

export interface SelectionDetails {
  kindLabel: string;
  title: string;
  /** The Russian name beside the title, in English mode only (in Russian the title is it). */
  titleRu: string | null;
  lines: string[];
  quotes: QuoteItem[];
  /** The heading over `quotes` when it is not "In their words" (an event's evidence). */
  quotesHeading?: string;
  facts: { id: string; label: string; quote: string | null }[];
  links: { label: string; selection: Selection }[];
}

export function buildSelectionDetails(selection: Selection, data: SelectionInputs, locale: Locale = ENGLISH): SelectionDetails | null {
  const { entities } = data;
  const { t, language } = locale;
  const related = buildRelated(selection, data);
  const personName = (id: string | null) => describePerson(entities, id, locale);
  const nameOf = (item: { nameEn: string; nameRu: string } | undefined) => (item ? pick(language, item.nameEn, item.nameRu) : undefined);
  const secondary = (nameRu: string) => (language === 'en' ? nameRu : null);
  const both = (en: string | null, ru: string | null) => (en ? pick(language, en, ru) : null);
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
        titleRu: secondary(person.nameRu),
        lines: [
          ...person.roles.map((role) => pick(language, role.textEn, role.textRu)),
          ...(organisations.length ? [t('selection.organisations', { list: organisations.join('; ') })] : []),
          person.isCreditOnly ? t('selection.creditOnly') : formatCount('selection.mentionCount', person.mentionCount, locale),
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
        titleRu: secondary(entity.nameRu),
        lines: [
          'isCreditOnly' in entity && entity.isCreditOnly
            ? t('selection.creditOnly')
            : formatCount('selection.mentionCount', entity.mentionCount, locale),
        ],
        quotes,
        facts,
        links,
      };
    }
    case 'corridor':
    case 'hub': {
      const item = (selection.kind === 'corridor' ? entities.corridors : entities.hubs).find((candidate) => candidate.id === selection.id);
      if (!item) return null;
      const lines: string[] = [`${t(`kind.${item.kind}`)} · ${t(`status.${item.status}`)}`];
      if ('waypoints' in item) {
        const name = (point: { nameEn: string; nameRu: string }) => pick(language, point.nameEn, point.nameRu);
        lines.push(t('selection.route', { route: item.waypoints.map(name).join(' – ') }));
        // The inference text names every drawn waypoint (the build checks it); without one, list them.
        const inference = both(item.inferenceEn, item.inferenceRu);
        const unnamed = item.waypoints.filter((point) => !point.isNamedInSource).map(name);
        if (inference) lines.push(inference);
        else if (unnamed.length > 0) lines.push(t('selection.unnamedWaypoints', { list: unnamed.join(', ') }));
        const note = both(item.noteEn, item.noteRu);
        if (note) lines.push(note);
      }
      return {
        kindLabel: selection.kind === 'corridor' ? t('selection.corridor') : t('selection.hub'),
        title: nameOf(item)!,
        titleRu: secondary(item.nameRu),
        lines,
        quotes,
        facts,
        links,
      };
    }
    case 'fact': {
      const fact = data.facts.facts.find((candidate) => candidate.id === selection.id);
      if (!fact) return null;
      const metric = data.topics?.metrics.find((candidate) => candidate.id === fact.metric);
      const lines =
        fact.kind === 'stated'
          ? [t('selection.saidBy', { name: personName(fact.speaker) }), describeArticle(data.articles, fact.article, locale)]
          : [t('selection.derived', { formula: describeDerivation(fact, data, locale) ?? '' })];
      const note = both(fact.noteEn, fact.noteRu);
      const heading = [metric ? pick(language, metric.labelEn, metric.labelRu) : null, formatPeriod(fact.period, locale)];
      return {
        kindLabel: fact.kind === 'stated' ? t('selection.statedFact') : t('selection.derivedFact'),
        title: formatValue(fact.value, fact.scale, fact.unit, fact.qualifier, false, locale),
        titleRu: null,
        lines: [heading.filter(Boolean).join(' · '), ...lines, ...(note ? [note] : [])],
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
    case 'event': {
      const event = data.events?.events.find((candidate) => candidate.id === selection.id);
      if (!event) return null;
      const date = formatEventDate(event, locale);
      const place = event.place ? entities.places.find((candidate) => candidate.id === event.place) : undefined;
      const participants = event.participants.map((id) => personName(id));
      return {
        kindLabel: t('selection.event'),
        title: nameOf(event)!,
        titleRu: secondary(event.nameRu),
        lines: [
          event.endDate
            ? t('selection.eventDate', { date })
            : t('selection.eventDateKnown', { date, precision: t(PRECISION_KEYS[event.precision]) }),
          pick(language, event.dateEvidenceEn, event.dateEvidenceRu),
          ...(place ? [t('selection.eventPlace', { place: nameOf(place)! })] : []),
          ...(participants.length ? [t('selection.participants', { list: participants.join(', ') })] : []),
        ],
        quotesHeading: t('selection.evidence'),
        quotes: event.evidence.map((item, index) => ({
          id: `${event.id}#${index}`,
          text: item.text,
          speaker: t('facts.articleVoice'),
          source: describeArticle(data.articles, item.article, locale),
        })),
        facts: [],
        links: [
          ...event.participants.map((id) => ({ label: personName(id), selection: { kind: 'person' as const, id } })),
          ...(place ? [{ label: nameOf(place)!, selection: { kind: 'place' as const, id: place.id } }] : []),
        ],
      };
    }
  }
}
