/**
 * The network's placement choices: which names are shown, at which priority, and where (no two
 * overlap, none outside the chart, nodes are obstacles); the fit of the layout to its box; the
 * chart model in English and Russian; and the same rules at ×10 the data (the bench's synthetic
 * corpus), where the names must thin out rather than pile up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap, type Box, type PlacedLabel } from '../../src/charts/place-labels';
import type { DatasetFiles } from '../../src/data/schemas/dataset';
import { buildNetwork, linkWidth, LINK_WIDTH_CLASSES, neighbourhood, type NetworkModel } from '../../src/features/network/build-network';
import { toScreenNodes } from '../../src/features/network/components/use-network-labels';
import { connectedComponents, fitNetworkToBox } from '../../src/features/network/fit-network';
import { unpackNetwork, wholeNetwork } from '../../src/data/schemas/network-columns';
import {
  LABEL_CELL,
  placeNetworkLabels,
  shortenLabel,
  type LabelNode,
  type NetworkLabelState,
} from '../../src/features/network/network-labels';
import { ensureLanguage } from '../../src/i18n/i18n';
import { createLocale, ENGLISH } from '../../src/lib/format';
import { NO_FILTERS } from '../../src/lib/filters';
import { loadAllDatasets } from '../../src/testing/dataset-fixture';
import { buildSyntheticFiles } from './synthetic-files';

const data = loadAllDatasets();
const DESKTOP = { width: 1216, height: 620 };
const PHONE = { width: 358, height: 380 };
const REST: Omit<NetworkLabelState, 'width' | 'height'> = {
  activeIds: [],
  selectedId: null,
  searchHitId: null,
  focusIds: null,
  isFocusExclusive: false,
};

function labelsAt(model: NetworkModel, state: Partial<NetworkLabelState> = {}) {
  return placeNetworkLabels(toScreenNodes(model.layout, { x: 0, y: 0, k: 1 }), {
    ...REST,
    width: model.width,
    height: model.height,
    ...state,
  });
}

function expectNoClash(placed: PlacedLabel[], size: { width: number; height: number }, obstacles: Box[] = []) {
  for (let i = 0; i < placed.length; i++) {
    const box = placed[i]!.box;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    for (let j = i + 1; j < placed.length; j++)
      expect(boxesOverlap(box, placed[j]!.box), `${placed[i]!.text} × ${placed[j]!.text}`).toBe(false);
    for (const obstacle of obstacles) expect(boxesOverlap(box, obstacle)).toBe(false);
  }
}

describe('shortenLabel', () => {
  it('uses a trailing abbreviation, drops other trailing brackets, and never cuts a name', () => {
    expect(shortenLabel('Commonwealth of Independent States (CIS)')).toBe('CIS');
    expect(shortenLabel('Казахстанский институт стратегических исследований (КИСИ)')).toBe('КИСИ');
    expect(shortenLabel('MGIMO University (and its Astana branch)')).toBe('MGIMO University');
    expect(shortenLabel('Kazakhstan Institute of Public Development')).toBe('Kazakhstan Institute of Public Development');
  });
});

describe('placeNetworkLabels', () => {
  // Five nodes in a tight row: not every name fits; priorities decide.
  const crowd: LabelNode[] = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({
    id,
    label: `Person ${id.toUpperCase()} Longname`,
    shortLabel: `Person ${id.toUpperCase()}`,
    compactLabel: `Person ${id.toUpperCase()}`,
    x: 100 + index * 14,
    y: 100,
    radius: 5,
    mentions: 10 - index,
  }));
  const state: NetworkLabelState = { ...REST, width: 300, height: 200 };
  const ids = (labels: PlacedLabel[]) => labels.map((label) => label.id);

  it('names the most-mentioned first when room is short, and drops the rest', () => {
    const { placed, dropped, tiers } = placeNetworkLabels(crowd, state);
    expect(ids(placed)[0]).toBe('a');
    expect(dropped.length).toBeGreaterThan(0);
    expect(tiers.get('a')).toBe('ambient');
    expectNoClash(placed, state, []);
  });

  it('always names the hovered or focused node, in full, before anything else', () => {
    const { placed, tiers } = placeNetworkLabels(crowd, { ...state, activeIds: ['e'] });
    expect(ids(placed)[0]).toBe('e');
    expect(placed[0]!.text).toBe('Person E Longname');
    expect(tiers.get('e')).toBe('active');
    expectNoClash(placed, state);
  });

  it('ranks selection, then search hit, then the focus neighbourhood above the most mentioned', () => {
    const { placed, tiers } = placeNetworkLabels(crowd, {
      ...state,
      selectedId: 'd',
      searchHitId: 'c',
      focusIds: new Set(['b', 'c', 'd']),
      isFocusExclusive: true,
    });
    expect([tiers.get('d'), tiers.get('c'), tiers.get('b')]).toEqual(['selected', 'search', 'focus']);
    expect(ids(placed)[0]).toBe('d');
    // A selection dims what is outside its neighbourhood: those get no ambient name.
    expect(tiers.has('a')).toBe(false);
    expect(ids(placed)).not.toContain('a');
  });

  it('keeps labels off the nodes (nodes are obstacles)', () => {
    const model = buildNetwork(data, NO_FILTERS, ENGLISH, DESKTOP);
    const { placed } = labelsAt(model);
    const nodes = toScreenNodes(model.layout, { x: 0, y: 0, k: 1 });
    for (const label of placed) {
      const others = nodes.filter((node) => node.id !== label.id);
      const hit = others.find((node) =>
        boxesOverlap(label.box, { x: node.x - node.radius, y: node.y - node.radius, width: 2 * node.radius, height: 2 * node.radius }),
      );
      expect(hit?.id, `${label.text} covers a node`).toBeUndefined();
    }
  });

  it('shows at most one name per grid cell at rest (the label grid)', () => {
    const model = buildNetwork(data, NO_FILTERS, ENGLISH, DESKTOP);
    const { placed } = labelsAt(model);
    const byId = new Map(model.layout.nodes.map((node) => [node.id, node]));
    const cells = placed.map(
      (label) => `${Math.floor(byId.get(label.id)!.x / LABEL_CELL)}:${Math.floor(byId.get(label.id)!.y / LABEL_CELL)}`,
    );
    expect(new Set(cells).size).toBe(cells.length);
  });
});

describe('the real network', () => {
  beforeAll(() => ensureLanguage('ru'));

  for (const [name, size] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    for (const language of ['en', 'ru'] as const) {
      it(`${name}, ${language}: Tokayev and Putin are both named, and no two names overlap, at rest and in focus`, () => {
        const model = buildNetwork(data, NO_FILTERS, createLocale(language), size);
        const rest = labelsAt(model);
        expect(rest.placed.map((label) => label.id)).toEqual(expect.arrayContaining(['kassym-jomart-tokayev', 'vladimir-putin']));
        expectNoClash(rest.placed, size);
        const focus = neighbourhood(model.graph, 'anton-arutyunov', 1);
        const focused = labelsAt(model, { activeIds: ['cis'], selectedId: 'anton-arutyunov', focusIds: focus, isFocusExclusive: true });
        // The hovered name always; the selected one too where there is room (not always on a phone).
        expect(focused.placed.map((label) => label.id)).toEqual(
          expect.arrayContaining(name === 'desktop' ? ['cis', 'anton-arutyunov'] : ['cis']),
        );
        expectNoClash(focused.placed, size);
      });
    }
  }
});

describe('fitNetworkToBox', () => {
  const network = unpackNetwork(wholeNetwork(data.network, data['network-paragraphs']));
  const nodes = network.nodes.map((node) => ({ id: node.id, x: node.x, y: node.y, radius: 3.5 + 3 * Math.sqrt(node.mentionCount) }));

  it('fills the box: the graph spans most of its width and height, inside the margins', () => {
    for (const size of [DESKTOP, PHONE]) {
      const positions = [...fitNetworkToBox(nodes, network.edges, size).values()];
      const xs = positions.map((p) => p.x);
      const ys = positions.map((p) => p.y);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(20);
      expect(Math.max(...xs)).toBeLessThanOrEqual(size.width - 20);
      // (The dataset's own layout used about half of each; the rest is the margin names need.)
      expect((Math.max(...xs) - Math.min(...xs)) / size.width).toBeGreaterThan(0.8);
      expect((Math.max(...ys) - Math.min(...ys)) / size.height).toBeGreaterThan(0.75);
    }
  });

  it('stretches the main component to the box and packs the small ones in a band around it', () => {
    const [main, ...satellites] = connectedComponents(
      nodes.map((node) => node.id),
      network.edges,
    );
    expect(satellites.length).toBeGreaterThan(0);
    const positions = fitNetworkToBox(nodes, network.edges, DESKTOP);
    const mainXs = main!.map((id) => positions.get(id)!.x);
    expect((Math.max(...mainXs) - Math.min(...mainXs)) / DESKTOP.width).toBeGreaterThan(0.6);
    // A satellite pair stays together (not flung across the box).
    for (const component of satellites.filter((members) => members.length === 2)) {
      const [a, b] = component.map((id) => positions.get(id)!);
      expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeLessThan(Math.min(DESKTOP.width, DESKTOP.height) * 0.25);
    }
  });

  it('keeps nodes apart and is deterministic', () => {
    const first = fitNetworkToBox(nodes, network.edges, PHONE);
    const second = fitNetworkToBox(nodes, network.edges, PHONE);
    expect([...first.entries()]).toEqual([...second.entries()]);
    const placed = nodes.map((node) => ({ ...node, ...first.get(node.id)! }));
    let overlapping = 0;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        if (Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y) < placed[i]!.radius + placed[j]!.radius) overlapping++;
    expect(overlapping).toBe(0);
  });
});

describe('buildNetwork', () => {
  beforeAll(() => ensureLanguage('ru'));

  it('says counts with the right plural in both languages, and shows no id', () => {
    const en = buildNetwork(data, NO_FILTERS, ENGLISH, DESKTOP);
    const ru = buildNetwork(data, NO_FILTERS, createLocale('ru'), DESKTOP);
    const one = en.graph.nodes.find((node) => node.mentions === 1)!;
    expect(en.nodeLabels.get(one.id)).toMatch(/, 1 mention$/);
    expect(en.nodeLabels.get('kassym-jomart-tokayev')).toMatch(/, 11 mentions$/);
    expect(ru.nodeLabels.get(one.id)).toMatch(/, 1 упоминание$/);
    expect(ru.nodeLabels.get('kassym-jomart-tokayev')).toMatch(/, 11 упоминаний$/);
    expect(ru.nodeLabels.get('cis')).toMatch(/, 4 упоминания$/);
    expect(ru.anatomy.legend.map((item) => item.label)).toEqual(
      expect.arrayContaining(['1 общий абзац', '2 общих абзаца', '3–4 общих абзаца', '5 и более общих абзацев']),
    );
    expect(en.anatomy.legend.map((item) => item.label)).toEqual(
      expect.arrayContaining(['1 shared paragraph', '5 or more shared paragraphs']),
    );
    const ids = new Set(en.graph.nodes.map((node) => node.id));
    const visible = [
      ...ru.anatomy.legend.map((item) => item.label),
      ...ru.anatomy.notes,
      ...ru.table.rows.flatMap((row) => Object.values(row.cells).map((cell) => cell.text)),
      ...ru.anatomy.csv.rows.flatMap((row) => Object.values(row).map(String)),
    ];
    expect(visible.filter((text) => ids.has(text))).toEqual([]);
    expect(ru.table.rows[0]!.cells.name!.text).toBe('Касым-Жомарт Токаев');
  });

  it('draws line width by shared paragraphs, in the legend’s distinct classes', () => {
    const model = buildNetwork(data, NO_FILTERS, ENGLISH, DESKTOP);
    const widths = LINK_WIDTH_CLASSES.map((entry) => entry.width);
    expect(new Set(widths).size).toBe(4);
    for (let i = 1; i < widths.length; i++) expect(widths[i]! - widths[i - 1]!).toBeGreaterThanOrEqual(0.85);
    // No filter: each link carries all its edge's paragraphs.
    const weights = new Map(
      unpackNetwork(wholeNetwork(data.network, data['network-paragraphs'])).edges.map((edge) => [
        `${edge.source} ${edge.target}`,
        edge.paragraphs.length,
      ]),
    );
    for (const link of model.layout.links) {
      expect(link.weight).toBe(weights.get(`${link.source} ${link.target}`));
      expect(link.width).toBe(linkWidth(link.weight));
    }
    const legendWidths = model.anatomy.legend.filter((item) => item.shape === 'line').map((item) => item.strokeWidth);
    expect(legendWidths).toEqual(widths);
  });
});

describe('at ×10 the data (the bench’s synthetic corpus)', () => {
  let files: DatasetFiles;
  beforeAll(() => {
    files = buildSyntheticFiles(10);
  }, 120_000);

  for (const [name, size] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    it(`${name}: names thin out instead of piling up, and still never overlap`, () => {
      const one = buildNetwork(data, NO_FILTERS, ENGLISH, size);
      const ten = buildNetwork(files, NO_FILTERS, ENGLISH, size);
      expect(ten.graph.nodes.length).toBeGreaterThan(4 * one.graph.nodes.length);
      const atOne = labelsAt(one).placed;
      const atTen = labelsAt(ten).placed;
      expectNoClash(atTen, size);
      // Never more names than grid cells, and a smaller share of the nodes named.
      expect(atTen.length).toBeLessThanOrEqual(Math.ceil(size.width / LABEL_CELL) * Math.ceil(size.height / LABEL_CELL));
      expect(atTen.length / ten.graph.nodes.length).toBeLessThan(atOne.length / one.graph.nodes.length);
      // The names still go to the most mentioned (on a desktop, Tokayev's among them).
      const mentions = new Map(ten.graph.nodes.map((node) => [node.id, node.mentions]));
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(mean(atTen.map((label) => mentions.get(label.id)!))).toBeGreaterThan(2 * mean([...mentions.values()]));
      if (name === 'desktop') expect(atTen.map((label) => label.id)).toContain('kassym-jomart-tokayev');
      const focused = labelsAt(ten, { activeIds: ['vladimir-putin'] });
      expect(focused.placed[0]!.id).toBe('vladimir-putin');
      expectNoClash(focused.placed, size);
    });
  }
});
