/** What the dataset says, checked against the articles: the numbers people will cite. */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import type { DatasetFiles, Fact } from '../../src/data/schemas/dataset';
import { realInputs } from './pipeline-inputs';
import { unpackNetwork, wholeNetwork } from '../../src/data/schemas/network-columns';

const result = buildDataset(realInputs());
if (!result.ok) throw new Error('the dataset does not build');
const files: DatasetFiles = result.files;
const fact = (id: string): Fact => files.facts.facts.find((candidate) => candidate.id === id)!;

describe('facts', () => {
  it('gives the 2024 trade turnover as $28 billion with its verbatim quote and offsets', () => {
    const turnover = fact('trade-turnover-2024');
    expect(turnover).toMatchObject({
      kind: 'stated',
      value: 28,
      scale: 'billion',
      unit: 'USD',
      absoluteValue: 28e9,
      period: { type: 'year', year: 2024 },
    });
    if (turnover.kind !== 'stated') throw new Error('stated');
    const article = realInputs().corpus['000_5ada0b6c8d1aab49.txt']!;
    expect(article.slice(turnover.quote.start, turnover.quote.end)).toBe(turnover.quote.text);
    expect(turnover.quote.text).toContain('28 млрд долларов');
  });

  it('marks the 2021 turnover as derived, with its formula and inputs', () => {
    expect(fact('trade-turnover-2021')).toMatchObject({
      kind: 'derived',
      value: 23.6,
      qualifier: 'about',
      inputs: { turnover2022: 'trade-turnover-2022', growth2022: 'trade-growth-2022' },
    });
  });

  it('keeps the cumulative investment stock apart from the annual flow', () => {
    expect(fact('investment-stock-2025')).toMatchObject({
      metric: 'investment-stock',
      qualifier: 'more-than',
      value: 26,
      period: { type: 'as-of' },
    });
    expect(fact('investment-flow-2024')).toMatchObject({ metric: 'investment-flow', value: 4, period: { type: 'year', year: 2024 } });
  });
});

describe('mentions', () => {
  const mentionsOf = (entity: string) => files.mentions.mentions.filter((mention) => mention.entity === entity);

  it('finds inflected forms of a surname', () => {
    const surfaces = mentionsOf('anton-arutyunov').map((mention) => mention.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['Антон Арутюнов', 'Антоном Арутюновым', 'Антона Арутюнова']));
  });

  it('keeps photo credits apart from quotes and mentions', () => {
    expect(mentionsOf('vitaly-belousov').every((mention) => mention.role === 'credit')).toBe(true);
    expect(mentionsOf('anton-arutyunov').find((mention) => mention.surface === 'Антона Арутюнова')?.role).toBe('credit');
    expect(mentionsOf('alexei-martynov').every((mention) => mention.role === 'quoted')).toBe(true);
    expect(mentionsOf('vladimir-putin').some((mention) => mention.role === 'mentioned')).toBe(true);
  });

  it('never counts a mention from page chrome: names in credits and captions are credits only', () => {
    const popularHeadlines = files.mentions.mentions.filter(
      (mention) => mention.article === 'arutyunov-interview-2025' && mention.surface === 'Астаны',
    );
    expect(popularHeadlines).toEqual([]);
    const caption = mentionsOf('rizzat-tasym').filter((mention) => mention.surface === 'Тасым Риззат');
    expect(caption.length).toBeGreaterThan(0);
    expect(new Set(caption.map((mention) => mention.role))).toEqual(new Set(['credit']));
    const tasym = files.entities.people.find((person) => person.id === 'rizzat-tasym')!;
    expect(tasym.mentionCount).toBe(mentionsOf('rizzat-tasym').filter((mention) => mention.role !== 'credit').length);
  });

  it('marks who is named only in page furniture: Akorda (a photo credit), Manabayev (a caption)', () => {
    const organisation = (id: string) => files.entities.organisations.find((candidate) => candidate.id === id)!;
    const person = (id: string) => files.entities.people.find((candidate) => candidate.id === id)!;
    expect(organisation('akorda').isCreditOnly).toBe(true);
    expect(organisation('eaeu').isCreditOnly).toBe(false);
    expect(person('aibek-manabayev').isCreditOnly).toBe(true);
    expect(person('anton-arutyunov').isCreditOnly).toBe(false);
  });

  it('links co-mentioned people and organisations, leaving photographers out of the network', () => {
    const network = unpackNetwork(wholeNetwork(files.network, files['network-paragraphs']));
    const ids = new Set(network.nodes.map((node) => node.id));
    expect(ids.has('vitaly-belousov')).toBe(false);
    const edge = network.edges.find(
      (candidate) => candidate.source === 'alexei-martynov' && candidate.target === 'institute-newest-states',
    );
    expect(edge?.weight).toBeGreaterThanOrEqual(1);
  });
});

describe('corrections from a careful reading (issue 7)', () => {
  const article = (id: string) => files.articles.articles.find((candidate) => candidate.id === id)!;
  const corridor = (id: string) => files.entities.corridors.find((candidate) => candidate.id === id)!;
  const quote = (id: string) => files.quotes.quotes.find((candidate) => candidate.id === id);
  const event = (id: string) => files.events.events.find((candidate) => candidate.id === id)!;

  it('gives the interview a publication range ending before the 12 November visit, with its evidence in both languages', () => {
    const { published } = article('arutyunov-interview-2025');
    expect(published.date).toBe('2025-10');
    expect(published.latest).toBe('2025-11-11');
    expect(published.evidenceRu).toContain('намечен на 12 ноября');
    expect(published.evidenceEn).toContain('намечен на 12 ноября');
    expect(article('kisi-tulindinova-2025').published.latest).toBeNull();
  });

  it('gives every outlet a Russian name and Russian evidence', () => {
    expect(article('arutyunov-interview-2025').outlet.nameRu).toBe('Неназванная казахстанская газета');
    for (const { outlet } of files.articles.articles) {
      expect(outlet.nameRu).toMatch(/[А-Яа-яЁё]|Kazpravda/);
      expect(outlet.evidenceRu).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('marks waypoints no quote names, and says per corridor what is inferred', () => {
    const afghanistan = corridor('afghanistan-transit');
    expect(afghanistan.isKindInferred).toBe(true);
    expect(afghanistan.waypoints.map((point) => point.isNamedInSource)).toEqual([false, false, false, false, false]);
    expect(afghanistan.inferenceEn).toMatch(/Peshawar/);
    expect(afghanistan.inferenceRu).toMatch(/Пешавар/);
    expect(corridor('transsib-joint-section').isKindInferred).toBe(false);
    for (const item of files.entities.corridors) {
      const isInferred = item.isKindInferred || item.waypoints.some((point) => !point.isNamedInSource);
      expect(item.inferenceEn !== null, item.id).toBe(isInferred);
    }
  });

  it('places Baiterek at Site 45 as an operating joint project', () => {
    const baiterek = files.entities.hubs.find((hub) => hub.id === 'baiterek-complex')!;
    expect(baiterek).toMatchObject({ status: 'operating', lat: 45.94, lon: 63.65 });
  });

  it('tags quotes only with what the quoted sentence names', () => {
    expect(quote('q-arutyunov-blocs')!.about).not.toContain('sco');
    expect(quote('q-arutyunov-blocs')!.about).not.toContain('brics');
    expect(quote('q-arutyunov-sco-brics')!.about).toEqual(['sco', 'brics']);
    expect(quote('q-tulindinova-nuclear')!.about).not.toContain('rosatom');
  });

  it('dates the Soyuz-5 launch to late 2023, with no place or participant the article does not name', () => {
    expect(event('soyuz-5-first-launch-plan')).toMatchObject({ date: '2023-10', endDate: '2023-12', place: null, participants: [] });
  });

  it('bounds the 2022→2024 change as "at most", as its note says', () => {
    expect(fact('trade-change-2022-2024').qualifier).toBe('at-most');
    expect(fact('trade-turnover-2021').qualifier).toBe('about');
  });

  it('captures the statements a first reading missed, and the Gulf states', () => {
    expect(quote('q-bobrov-state-visit')!.location.text).toContain('один раз за период полномочий главы государства');
    expect(quote('q-tokayev-milestone')!.speaker).toBe('kassym-jomart-tokayev');
    expect(quote('q-putin-initiators')!.location.text).toContain('обе страны являются инициаторами интеграционных процессов');
    expect(files.entities.places.find((place) => place.id === 'gulf-states')!.mentionCount).toBeGreaterThan(0);
  });

  it('fixes the English labels', () => {
    expect(corridor('china-russia-belarus-corridors').nameEn).toBe('Additional goods corridors from China to Russia and Belarus');
    const role = (id: string) =>
      files.entities.people
        .find((person) => person.id === id)!
        .roles.map((item) => item.textEn)
        .join(' ');
    expect(role('artur-suleimenov')).toContain('Russian geopolitical research centre');
    expect(role('anton-arutyunov')).toContain('assistant lecturer at MPEI');
    expect(role('aibek-manabayev')).toContain('photo caption');
    expect(event('mgimo-astana-branch-2025').nameEn).not.toMatch(/opens/);
    expect(event('declaration-comprehensive-partnership-2025').nameEn).toContain('transition of interstate relations to the level of');
  });

  it('gives every event a short label in both languages', () => {
    for (const item of files.events.events) {
      expect(item.labelEn.length, item.id).toBeLessThanOrEqual(24);
      expect(item.labelRu.length, item.id).toBeLessThanOrEqual(24);
      expect(item.labelRu).toMatch(/[А-Яа-яЁё]/);
    }
    expect(event('putin-state-visit-astana-2024')).toMatchObject({ labelEn: 'Putin in Astana', labelRu: 'Путин в Астане' });
  });

  it('takes paragraph topics from the reviewed list, not keyword hits', () => {
    const text = files.texts.texts.find((candidate) => candidate.article === 'kazpravda-bobrov-2025')!;
    // "кандидат исторических наук" in a biography is not education.
    expect(text.paragraphs[2]!.topics).not.toContain('education');
    expect(text.paragraphs[2]!.topics).toContain('diplomacy');
  });
});
