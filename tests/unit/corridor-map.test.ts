/** The corridor map's model on the real dataset, in English and Russian, and its label choices. */
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/place-labels';
import type { Corridor } from '../../src/data/schemas/dataset';
import {
  buildCorridorMap,
  highlightCorridorMap,
  inferenceLines,
  type CorridorMapModel,
} from '../../src/features/corridors/build-corridor-map';
import { dotBox, placeMapLabels, segmentHitsBox, type CountryShape } from '../../src/features/corridors/place-map-labels';
import { ensureLanguage } from '../../src/i18n/i18n';
import { createLocale, ENGLISH } from '../../src/lib/format';
import { NO_FILTERS, type DataFilters } from '../../src/lib/filters';
import { loadAllDatasets, loadMapShapes } from '../../src/testing/dataset-fixture';

const data = { ...loadAllDatasets(), shapes: loadMapShapes() };
beforeAll(() => ensureLanguage('ru'));

/** The map box of the dashboard at 1280 px and on a 390 px phone. */
const SIZES = [
  { name: 'desktop', width: 1230, height: 620 },
  { name: 'phone', width: 358, height: 400 },
] as const;
const map = (language: 'en' | 'ru', size: { width: number; height: number }, filters: DataFilters = NO_FILTERS) =>
  buildCorridorMap(data, filters, size, createLocale(language));

function overlaps(model: CorridorMapModel): string[] {
  const clashes: string[] = [];
  model.labels.forEach((a, index) =>
    model.labels.slice(index + 1).forEach((b) => boxesOverlap(a.box, b.box) && clashes.push(`${a.text} × ${b.text}`)),
  );
  return clashes;
}

describe('buildCorridorMap', () => {
  it('projects every corridor and hub, keeping the frame when filters hide some', () => {
    const all = map('en', SIZES[0]);
    expect(all.shownCount).toBe(13);
    expect(all.corridors.every((corridor) => corridor.d.startsWith('M'))).toBe(true);
    for (const hub of all.hubs) {
      expect(hub.x).toBeGreaterThan(0);
      expect(hub.x).toBeLessThan(all.width);
      expect(hub.y).toBeGreaterThan(0);
      expect(hub.y).toBeLessThan(all.mapHeight);
    }
    const space = map('en', SIZES[0], { ...NO_FILTERS, topics: ['space'] });
    expect(space.shownCount).toBeLessThan(all.shownCount);
    const baikonur = (model: CorridorMapModel) => model.hubs.find((hub) => hub.id === 'baikonur-complex');
    expect(baikonur(space)).toEqual(baikonur(all));
  });

  it('highlights the selection without placing names again', () => {
    const base = map('en', SIZES[0]);
    const model = highlightCorridorMap(base, new Set(['caspian-corridor']));
    expect(model.corridors.find((c) => c.id === 'caspian-corridor')?.isHighlighted).toBe(true);
    expect(model.corridors.find((c) => c.id === 'transsib-joint-section')?.isHighlighted).toBe(false);
    expect(model.table.rows.find((row) => row.key === 'caspian-corridor')?.isHighlighted).toBe(true);
    expect(model.labels).toBe(base.labels);
  });

  for (const size of SIZES) {
    for (const language of ['en', 'ru'] as const) {
      it(`places names that never overlap, Kazakhstan's among them: ${size.name}, ${language}`, () => {
        const model = map(language, size);
        expect(overlaps(model)).toEqual([]);
        const texts = model.labels.map((label) => label.text);
        expect(texts).toContain(language === 'en' ? 'KAZAKHSTAN' : 'КАЗАХСТАН');
        expect(texts).toContain(language === 'en' ? 'RUSSIA' : 'РОССИЯ');
        // No name covers a dot or a hub other than its own.
        const marks = [
          ...model.places.map((place) => ({ id: place.id, x: place.x, y: place.y })),
          ...model.hubs.map((hub) => ({ id: hub.place, x: hub.x, y: hub.y })),
        ];
        for (const label of model.labels) {
          for (const mark of marks.filter((candidate) => candidate.id !== label.id)) {
            expect(boxesOverlap(label.box, dotBox('', mark.x, mark.y, 2)), `${label.text} covers a mark`).toBe(false);
          }
        }
        // Every name stays inside the map.
        for (const label of model.labels) {
          expect(label.box.x).toBeGreaterThanOrEqual(0);
          expect(label.box.x + label.box.width).toBeLessThanOrEqual(model.width);
          expect(label.box.y + label.box.height).toBeLessThanOrEqual(model.mapHeight);
        }
      });
    }
  }

  it('names Petropavl and Omsk apart on a desktop, and the Central Asian countries', () => {
    for (const language of ['en', 'ru'] as const) {
      const model = map(language, SIZES[0]);
      const label = (id: string) => model.labels.find((candidate) => candidate.id === id);
      expect(label('petropavl')).toBeDefined();
      expect(label('omsk')).toBeDefined();
      expect(boxesOverlap(label('petropavl')!.box, label('omsk')!.box)).toBe(false);
      for (const id of ['860', '795', '417', '364', '004', '156']) expect(label(`country-${id}`), `country ${id}`).toBeDefined();
      // Corridor names where there is room: most of them on a desktop.
      expect(model.labels.filter((candidate) => candidate.kind === 'corridor').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('speaks Russian in Russian mode: names, key, table, notes and source', () => {
    const model = map('ru', SIZES[1]);
    const visible = [
      model.anatomy.title,
      model.anatomy.subtitle,
      model.anatomy.source,
      ...model.anatomy.notes,
      ...model.labels.map((label) => label.text),
      ...model.key.items.map((item) => item.label),
      ...model.table.columns.map((column) => column.label),
      ...model.table.rows.flatMap((row) => Object.values(row.cells).map((cell) => cell.text)),
      ...model.corridors.flatMap((corridor) => [corridor.ariaLabel, corridor.tooltip.title, ...corridor.tooltip.lines]),
    ];
    // Latin letters only in the source's proper name (Natural Earth) and CSV-free text.
    const latin = visible.filter((text) => /[A-Za-z]{2,}/.test(text.replaceAll('Natural Earth', '').replaceAll('Enter', '')));
    expect(latin).toEqual([]);
    expect(model.corridors.every((corridor) => corridor.tooltip.originalName === null)).toBe(true);
  });

  it('builds the table and CSV from the same rows, sorted by status', () => {
    const model = map('en', SIZES[0]);
    expect(model.table.rows).toHaveLength(13);
    expect(model.anatomy.csv.rows).toHaveLength(13);
    expect(model.table.initialSort).toEqual({ key: 'status', direction: 'ascending' });
    const gas = model.table.rows.find((row) => row.key === 'gas-pipeline-russia-china')!;
    expect(gas.cells.status).toEqual({ text: 'Proposed', sort: 3 });
    expect(gas.cells.route?.text).toBe('Tyumen – Kostanay – Astana – Karaganda – Balkhash – Khorgos');
    expect(Object.keys(model.anatomy.csv.rows[0]!)).not.toContain('id');
  });

  it('shows the inference column and note when a corridor has something inferred, and not otherwise', () => {
    const certain = (corridor: Corridor): Corridor => ({
      ...corridor,
      isKindInferred: false,
      inferenceEn: null,
      inferenceRu: null,
      waypoints: corridor.waypoints.map((point) => ({ ...point, isNamedInSource: true })),
    });
    const withCorridors = (corridors: Corridor[]) =>
      buildCorridorMap({ ...data, entities: { ...data.entities, corridors } }, NO_FILTERS, SIZES[1], ENGLISH);
    const none = withCorridors(data.entities.corridors.map(certain));
    expect(none.table.columns.map((column) => column.key)).not.toContain('inferred');
    expect(none.anatomy.notes).toHaveLength(1);
    const one = withCorridors(
      data.entities.corridors.map((corridor) =>
        corridor.id === 'afghanistan-transit' ? { ...certain(corridor), isKindInferred: true } : certain(corridor),
      ),
    );
    expect(one.table.columns.map((column) => column.key)).toContain('inferred');
    expect(one.table.rows.find((row) => row.key === 'afghanistan-transit')?.cells.kind?.text).toBe('Rail (inferred)');
    expect(one.anatomy.notes).toHaveLength(2);
  });

  it('lays the key out within the width, one row per 22 px', () => {
    for (const size of SIZES) {
      const { key, width } = map('ru', size);
      for (const item of key.items) expect(item.x).toBeLessThan(width - 40);
      const rows = new Set(key.items.map((item) => item.y));
      expect(key.height).toBeGreaterThanOrEqual(rows.size * 22);
    }
  });
});

describe('inferenceLines', () => {
  const base = data.entities.corridors.find((corridor) => corridor.id === 'afghanistan-transit')!;
  it('says which waypoints no article names and whether the mode is inferred, in the reader’s language', () => {
    const corridor: Corridor = {
      ...base,
      isKindInferred: true,
      inferenceEn: 'Drawn as rail after the Termez–Mazar-i-Sharif line.',
      inferenceRu: 'Нарисован как железная дорога по линии Термез – Мазари-Шариф.',
      waypoints: base.waypoints.map((point, index) => ({ ...point, isNamedInSource: index === 0 })),
    };
    expect(inferenceLines(corridor, ENGLISH)).toEqual([
      'Not named in the articles: Termez, Mazar-i-Sharif, Kabul, Peshawar.',
      'The articles do not state the mode; it is inferred.',
      'Drawn as rail after the Termez–Mazar-i-Sharif line.',
    ]);
    const ru = inferenceLines(corridor, createLocale('ru'));
    expect(ru[0]).toBe('В статьях не названы: Термез, Мазари-Шариф, Кабул, Пешавар.');
    expect(ru[2]).toBe(corridor.inferenceRu);
  });

  it('says nothing for a corridor with nothing inferred, and never an English note to a Russian reader', () => {
    const certain: Corridor = {
      ...base,
      isKindInferred: false,
      inferenceEn: null,
      inferenceRu: null,
      waypoints: base.waypoints.map((point) => ({ ...point, isNamedInSource: true })),
    };
    expect(inferenceLines(certain, ENGLISH)).toEqual([]);
    expect(inferenceLines({ ...certain, inferenceEn: 'English only' }, createLocale('ru'))).toEqual([]);
  });
});

describe('placeMapLabels', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };
  const square = (x: number, y: number, size: number) => [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
    ] as [number, number][],
  ];
  const country = (id: string, text: string, rings: [number, number][][]): CountryShape => ({ id, text, isFocus: false, rings });
  const place = (inputs: Partial<Parameters<typeof placeMapLabels>[0]>) =>
    placeMapLabels({ bounds, cities: [], countries: [], corridors: [], places: [], obstacles: [], segments: [], ...inputs });

  it('names a country only where the whole name fits inside it', () => {
    const { labels, dropped } = place({
      countries: [country('big', 'BIGLAND', square(20, 20, 200)), country('small', 'SMALLISTAN', square(250, 20, 30))],
    });
    expect(labels.map((label) => label.id)).toEqual(['big']);
    expect(dropped).toEqual(['small']);
    const { box } = labels[0]!;
    expect(box.x).toBeGreaterThanOrEqual(20);
    expect(box.x + box.width).toBeLessThanOrEqual(220);
  });

  it('keeps a country name off the routes when there is room elsewhere', () => {
    const segments: [[number, number], [number, number]][] = [
      [
        [0, 120],
        [400, 120],
      ],
    ];
    const { labels } = place({ countries: [country('c', 'COUNTRY', square(20, 20, 200))], segments });
    expect(segmentHitsBox(segments[0]!, labels[0]!.box)).toBe(false);
  });

  it('gives cities priority by importance, drops what finds no room, and keeps off the others', () => {
    // Two cities 20 px apart on a row of dots: the more mentioned keeps its name.
    const cities = [
      { id: 'minor', text: 'Omsk', x: 120, y: 100, priority: 1, offset: 6 },
      { id: 'major', text: 'Petropavl', x: 100, y: 100, priority: 9, offset: 6 },
    ];
    const obstacles = [dotBox('major', 100, 100, 4), dotBox('minor', 120, 100, 4)];
    const { labels } = place({ cities, obstacles });
    expect(labels.map((label) => label.id)).toContain('major');
    expect(labels.every((a, i) => labels.slice(i + 1).every((b) => !boxesOverlap(a.box, b.box)))).toBe(true);
    // In a single row, with a third dot east of Omsk, Omsk finds no free side: it is dropped.
    const crowded = place({
      cities,
      obstacles: [...obstacles, dotBox('east', 150, 100, 4)],
      bounds: { x: 0, y: 85, width: 400, height: 30 },
    });
    expect(crowded.labels.map((label) => label.id)).toEqual(['major']);
    expect(crowded.dropped).toEqual(['minor']);
  });

  it('puts a corridor name beside its route, clear of the city names', () => {
    const line: [number, number][] = [
      [40, 150],
      [360, 150],
    ];
    const { labels } = place({
      cities: [{ id: 'mid', text: 'Midtown', x: 200, y: 150, priority: 5, offset: 6 }],
      corridors: [{ id: 'route', text: 'The corridor', line, priority: 1 }],
      obstacles: [dotBox('mid', 200, 150, 4)],
      segments: [[line[0]!, line[1]!]],
    });
    const [city, corridor] = [labels.find((label) => label.id === 'mid')!, labels.find((label) => label.id === 'route')!];
    expect(corridor).toBeDefined();
    expect(boxesOverlap(city.box, corridor.box)).toBe(false);
    expect(segmentHitsBox([line[0]!, line[1]!], corridor.box)).toBe(false);
  });
});
