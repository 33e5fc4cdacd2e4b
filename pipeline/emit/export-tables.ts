/**
 * The whole dataset as CSV tables (one per kind of thing, with the source columns on every row)
 * and a CITATION.cff, written beside the JSON files so readers can take everything at once.
 */
import { csvFormat } from 'd3';
import type { DatasetFiles } from '../../src/data/schemas/dataset';

const BOM = '\uFEFF';
const table = (rows: Record<string, string | number | boolean | null>[]) => `${BOM}${csvFormat(rows)}\n`;

export function exportTables(files: DatasetFiles, datasetVersion: string): Record<string, string> {
  const people = new Map(files.entities.people.map((person) => [person.id, person]));
  const articles = new Map(files.articles.articles.map((article) => [article.id, article]));
  const articleColumns = (id: string | null) => {
    const article = id ? articles.get(id) : undefined;
    return {
      article_id: id ?? '',
      outlet: article?.outlet.nameEn ?? '',
      // An uncertain date is a range: published is the earliest, published_latest the latest it can be.
      published: article?.published.date ?? '',
      published_latest: article?.published.latest ?? '',
      article_title: article?.title ?? article?.titleEn ?? '',
    };
  };
  const facts = files.facts.facts.map((fact) => ({
    id: fact.id,
    kind: fact.kind,
    metric: fact.metric,
    value: fact.value,
    scale: fact.scale,
    unit: fact.unit,
    qualifier: fact.qualifier,
    period:
      fact.period.type === 'open'
        ? 'open'
        : fact.period.type === 'span'
          ? `${fact.period.from}-${fact.period.to}`
          : `${fact.period.type === 'as-of' ? 'as of ' : ''}${fact.period.year}`,
    speaker_id: fact.kind === 'stated' ? (fact.speaker ?? '') : '',
    speaker_en: fact.kind === 'stated' && fact.speaker ? (people.get(fact.speaker)?.nameEn ?? '') : '',
    ...articleColumns(fact.kind === 'stated' ? fact.article : null),
    quote: fact.kind === 'stated' ? fact.quote.text : '',
    formula:
      fact.kind === 'derived'
        ? `${fact.formula} (${Object.entries(fact.inputs)
            .map(([name, id]) => `${name}=${id}`)
            .join(', ')})`
        : '',
    note_en: fact.noteEn ?? '',
    note_ru: fact.noteRu ?? '',
  }));
  const quotes = files.quotes.quotes.map((quote) => ({
    id: quote.id,
    speaker_id: quote.speaker ?? '',
    speaker_en: quote.speaker ? (people.get(quote.speaker)?.nameEn ?? '') : '',
    form: quote.form,
    topics: quote.topics.join(' '),
    about: quote.about.join(' '),
    ...articleColumns(quote.location.article),
    quote: quote.location.text,
  }));
  const peopleRows = files.entities.people.map((person) => ({
    id: person.id,
    name_ru: person.nameRu,
    name_en: person.nameEn,
    role_in_corpus: person.corpusRole,
    country: person.country ?? '',
    country_evidence_en: person.countryEvidenceEn,
    country_evidence_ru: person.countryEvidenceRu,
    roles_as_stated: person.roles.map((role) => role.textRu).join(' | '),
    mentions: person.mentionCount,
    quoted: person.isQuoted,
  }));
  const organisations = files.entities.organisations.map((organisation) => ({ ...organisation }));
  const corridors = files.entities.corridors.map((corridor) => ({
    id: corridor.id,
    name_ru: corridor.nameRu,
    name_en: corridor.nameEn,
    kind: corridor.kind,
    status: corridor.status,
    direction: corridor.direction,
    schematic_waypoints: corridor.waypoints
      .map((point) => `${point.nameEn} (${point.lat}, ${point.lon})${point.isNamedInSource ? '' : ' [not named in the articles]'}`)
      .join(' – '),
    kind_inferred: corridor.isKindInferred,
    inference_en: corridor.inferenceEn ?? '',
    inference_ru: corridor.inferenceRu ?? '',
    quotes: corridor.quotes.join(' '),
    note_en: corridor.noteEn ?? '',
    note_ru: corridor.noteRu ?? '',
  }));
  const events = files.events.events.map((event) => ({
    id: event.id,
    name_en: event.nameEn,
    name_ru: event.nameRu,
    date: event.date,
    end_date: event.endDate ?? '',
    precision: event.precision,
    date_evidence_en: event.dateEvidenceEn,
    date_evidence_ru: event.dateEvidenceRu,
    evidence: event.evidence.map((item) => `${item.article}: ${item.text}`).join(' | '),
  }));
  const mentions = files.mentions.mentions.map((mention) => ({ ...mention }));
  const citation = [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below, with the version you used."',
    'title: "Partnership Atlas: Kazakhstan–Russia relations in five news articles"',
    'type: dataset',
    'authors:',
    '  - name: "Partnership Atlas"',
    `version: "${datasetVersion}"`,
    'abstract: "Facts, quotes, people, organisations, corridors and mentions from five Russian-language articles (Feb 2023 – Nov 2025), each traced to a verbatim sentence; sources: Sputnik Kazakhstan, Kazpravda.kz and two unnamed Kazakhstani outlets."',
    'keywords: [Kazakhstan, Russia, trade, corridors, EAEU]',
    '',
  ].join('\n');
  return {
    'export/facts.csv': table(facts),
    'export/quotes.csv': table(quotes),
    'export/people.csv': table(peopleRows),
    'export/organisations.csv': table(organisations),
    'export/corridors.csv': table(corridors),
    'export/events.csv': table(events),
    'export/mentions.csv': table(mentions),
    'export/CITATION.cff': citation,
  };
}
