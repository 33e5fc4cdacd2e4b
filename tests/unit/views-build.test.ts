/** The pure build functions behind each view, on the real dataset. */
import { describe, expect, it } from 'vitest';
import { buildInvestment } from '../../src/features/investment/build-investment';
import { buildNetworkGraph, layoutNetwork, neighbourhood } from '../../src/features/network/build-network';
import { buildOverview } from '../../src/features/overview/build-overview';
import { buildSelectionDetails } from '../../src/features/selection/build-selection-details';
import { buildSourceExcerpts } from '../../src/features/sources/build-source-excerpts';
import { buildTradeTimeline } from '../../src/features/trade/build-trade-timeline';
import { buildFactFilter, buildSubjectFilter, NO_FILTERS, type DataFilters } from '../../src/lib/filters';
import { buildRelated } from '../../src/lib/relations';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';

const data = loadAllDatasets();
const filters = (patch: Partial<DataFilters>): DataFilters => ({ ...NO_FILTERS, ...patch });

describe('filters', () => {
  it('keeps facts by topic and by the years they are about', () => {
    const ids = (f: DataFilters) => data.facts.facts.filter(buildFactFilter(data, f)).map((fact) => fact.id);
    expect(ids(filters({ topics: ['investment'] }))).toEqual(['investment-stock-2025', 'investment-flow-2024']);
    expect(ids(filters({ yearFrom: 2021, yearTo: 2021 }))).toEqual(['trade-turnover-2021']);
    // An open period (a planned capacity) counts for the year it was said in: 2024.
    expect(ids(filters({ yearFrom: 2024, yearTo: 2024, topics: ['energy'] }))).toEqual([
      'gas-pipeline-capacity',
      'gas-purchase-kazakhstan',
      'gas-transit-china',
    ]);
  });

  it('keeps a corridor when a quote naming it passes', () => {
    const passes = buildSubjectFilter(data, filters({ yearFrom: 2023, yearTo: 2023 }));
    expect(passes('baiterek-complex')).toBe(true);
    expect(passes('caspian-corridor')).toBe(false);
  });
});

describe('buildOverview', () => {
  it('gives the latest turnover with its derived change, and investment stock and flow apart', () => {
    const model = buildOverview(data, NO_FILTERS);
    expect(model.tradeLatest?.id).toBe('trade-turnover-2024');
    expect(model.tradeChange?.id).toBe('trade-change-2022-2024');
    expect(model.investmentStock?.id).toBe('investment-stock-2025');
    expect(model.investmentFlow?.id).toBe('investment-flow-2024');
    expect(model.corridorsByStatus).toEqual([
      { status: 'operating', count: 8 },
      { status: 'under-development', count: 3 },
      { status: 'proposed', count: 2 },
    ]);
    expect(model.articles).toBe(5);
  });

  it('follows the filters', () => {
    const model = buildOverview(data, filters({ yearTo: 2023 }));
    expect(model.tradeLatest?.id).toBe('trade-turnover-2022');
    expect(model.tradeChange).toBeNull();
    expect(model.articles).toBe(1);
  });
});

describe('buildTradeTimeline', () => {
  it('has one point per year, derived points marked, and the stated and derived rates', () => {
    const model = buildTradeTimeline(data, NO_FILTERS, null);
    expect(model.points.map((p) => [p.year, p.value, p.isDerived])).toEqual([
      [2021, 23.6, true],
      [2022, 26, false],
      [2024, 28, false],
    ]);
    expect(model.rates.map((rate) => rate.label)).toEqual(['+10% in 2022 (vs 2021)', 'at most +7.7% in 2022–2024']);
  });

  it('dims points not linked to the selection', () => {
    const related = buildRelated({ kind: 'person', id: 'anton-arutyunov' }, data);
    const model = buildTradeTimeline(data, NO_FILTERS, related.facts);
    expect(model.points.filter((p) => p.isHighlighted).map((p) => p.factId)).toEqual(['trade-turnover-2024']);
  });
});

describe('buildInvestment', () => {
  it('never mixes the stock and the flow', () => {
    const model = buildInvestment(data, NO_FILTERS, null);
    expect(model.stock.map((bar) => [bar.periodLabel, bar.valueLabel])).toEqual([['as of 2025', 'more than $26 billion']]);
    expect(model.flow.map((bar) => [bar.periodLabel, bar.valueLabel])).toEqual([['2024', '$4 billion']]);
  });
});

describe('network', () => {
  it('places every node inside the frame, and filtering never moves a node', () => {
    const all = layoutNetwork(buildNetworkGraph(data, NO_FILTERS), 600, 400);
    for (const node of all.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(600);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(400);
    }
    const energy = layoutNetwork(buildNetworkGraph(data, filters({ topics: ['energy'] })), 600, 400);
    const rosatom = (layout: typeof all) => layout.nodes.find((node) => node.id === 'rosatom');
    expect([rosatom(energy)?.x, rosatom(energy)?.y]).toEqual([rosatom(all)?.x, rosatom(all)?.y]);
  });

  it('links a speaker to what they talk about, and focuses one or two steps out', () => {
    const graph = buildNetworkGraph(data, NO_FILTERS);
    const one = neighbourhood(graph, 'anton-arutyunov', 1);
    expect(one.has('eaeu')).toBe(true);
    expect(neighbourhood(graph, 'anton-arutyunov', 2).size).toBeGreaterThan(one.size);
  });

  it('counts only mentions in paragraphs that pass the filters', () => {
    const energy = buildNetworkGraph(data, filters({ topics: ['energy'] }));
    const all = buildNetworkGraph(data, NO_FILTERS);
    expect(energy.nodes.length).toBeLessThan(all.nodes.length);
    expect(energy.nodes.find((node) => node.id === 'rosatom')).toBeDefined();
  });
});

describe('buildSourceExcerpts', () => {
  it("marks a fact's quote exactly where the article has it", () => {
    const [excerpt] = buildSourceExcerpts({ kind: 'fact', id: 'trade-turnover-2024' }, data);
    expect(excerpt?.articleId).toBe('arutyunov-interview-2025');
    const marked = excerpt!.segments.filter((segment) => segment.mark === 'quote').map((segment) => segment.text);
    expect(marked).toEqual(['В прошлом году взаимная торговля между Казахстаном и Россией достигла 28 млрд долларов.']);
  });

  it('marks every mention of a person, in any case form, and leaves page chrome out', () => {
    const excerpts = buildSourceExcerpts({ kind: 'person', id: 'rizzat-tasym' }, data);
    const mentions = excerpts.flatMap((excerpt) =>
      excerpt.segments.filter((segment) => segment.mark === 'mention').map((segment) => segment.text),
    );
    expect(mentions).toContain('Тасыма');
    expect(excerpts.flatMap((excerpt) => excerpt.segments.map((segment) => segment.text)).join('')).not.toContain('© Sputnik');
  });
});

describe('buildSelectionDetails', () => {
  it('describes a corridor with the people who name it', () => {
    const details = buildSelectionDetails({ kind: 'corridor', id: 'gas-pipeline-russia-china' }, data)!;
    expect(details.title).toBe('New gas pipeline from Russia to China through Kazakhstan');
    expect(details.links.map((link) => link.label)).toEqual(expect.arrayContaining(['Akimzhan Arupov', 'Alexei Martynov', 'Rizzat Tasym']));
  });

  it('returns null for an id the dataset does not know', () => {
    expect(buildSelectionDetails({ kind: 'person', id: 'no-such-person' }, data)).toBeNull();
  });
});
