/** What the dataset says, checked against the articles: the numbers people will cite. */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import type { DatasetFiles, Fact } from '../../src/data/schemas/dataset';
import { realInputs } from './pipeline-inputs';

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

  it('never takes a mention from page chrome other than credits', () => {
    const popularHeadlines = files.mentions.mentions.filter(
      (mention) => mention.article === 'arutyunov-interview-2025' && mention.surface === 'Астаны',
    );
    expect(popularHeadlines).toEqual([]);
    const captions = mentionsOf('rizzat-tasym').map((mention) => mention.surface);
    expect(captions).not.toContain('Тасым Риззат');
  });

  it('links co-mentioned people and organisations, leaving photographers out of the network', () => {
    const ids = new Set(files.network.nodes.map((node) => node.id));
    expect(ids.has('vitaly-belousov')).toBe(false);
    const edge = files.network.edges.find(
      (candidate) => candidate.source === 'alexei-martynov' && candidate.target === 'institute-newest-states',
    );
    expect(edge?.weight).toBeGreaterThanOrEqual(1);
  });
});
