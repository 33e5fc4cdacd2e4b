/**
 * The corridor map's model: everything the dashboard, the embed, the exports and print draw,
 * in the reader's language. A conic equal-area projection centred on Kazakhstan, fitted to every
 * corridor and hub (so the frame stays put while filters change); country outlines from Natural
 * Earth (map/countries.json, written by the data build); each corridor as a projected line with
 * its kind and status; city, country, corridor and waypoint names placed without overlap; the
 * key under the map; the table, CSV, notes and source line. Pure: data, filters, size and
 * locale in; SVG path strings, points and strings out.
 */
import { geoConicEqualArea, geoInterpolate, geoPath, geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3';
import type { ChartModelBase, TableRow } from '../../charts/chart-model';
import { estimateTextWidth } from '../../charts/text-width';
import type { CorridorKind, CorridorStatus } from '../../data/schemas/common';
import type { Corridor, DatasetFiles, Hub, MapShapes } from '../../data/schemas/dataset';
import { pick } from '../../i18n/i18n';
import type { Locale } from '../../lib/format';
import { buildSubjectFilter, type DataFilters } from '../../lib/filters';
import { corridorShortName, countryName } from './map-names';
import { dotBox, placeMapLabels, type CountryShape, type MapLabel, type Obstacle, type Point, type Segment } from './place-map-labels';

export type { MapLabel } from './place-map-labels';

export interface PlacedCountry {
  id: string;
  d: string;
  /** Kazakhstan and Russia are drawn a shade darker. */
  isFocus: boolean;
}

/** What the tooltip says about a corridor or hub. */
export interface MapTooltip {
  title: string;
  /** The Russian original, shown in English mode only. */
  originalName: string | null;
  lines: string[];
}

export interface PlacedCorridor {
  id: string;
  kind: CorridorKind;
  status: CorridorStatus;
  isDirected: boolean;
  d: string;
  /** Where the tooltip points: the route's middle. */
  anchor: Point;
  /** The places along the route, by id in `places`. */
  placeIds: string[];
  isHighlighted: boolean;
  ariaLabel: string;
  tooltip: MapTooltip;
}

export interface PlacedHub {
  id: string;
  /** The dataset place it stands at, if any. */
  place: string | null;
  kind: CorridorKind;
  status: CorridorStatus;
  x: number;
  y: number;
  isHighlighted: boolean;
  ariaLabel: string;
  tooltip: MapTooltip;
}

/** A dot on the map: a city the articles name, or another waypoint. */
export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
  isCity: boolean;
}

/** One entry of the key drawn under the map, at its position in the key band. */
export type KeySwatch =
  | { type: 'heading' }
  | { type: 'kind'; kind: CorridorKind }
  | { type: 'hub'; kind: CorridorKind | null }
  | { type: 'status'; status: CorridorStatus }
  | { type: 'direction' }
  | { type: 'city' }
  | { type: 'place' };

export interface KeyItem {
  id: string;
  label: string;
  swatch: KeySwatch;
  /** Left of the swatch (of the text, for a heading) and the row's middle, in px of the key band. */
  x: number;
  y: number;
}

export interface MapKey {
  label: string;
  items: KeyItem[];
  height: number;
}

export interface CorridorMapModel extends ChartModelBase {
  width: number;
  /** The whole drawing: the map and the key under it. */
  height: number;
  mapHeight: number;
  /** False until the country outlines have loaded (the rest does not wait for them). */
  hasShapes: boolean;
  countries: PlacedCountry[];
  corridors: PlacedCorridor[];
  hubs: PlacedHub[];
  places: MapPlace[];
  /** Names that found room; none overlaps another. */
  labels: MapLabel[];
  key: MapKey;
  /** The map's accessible name and the count line over it. */
  mapLabel: string;
  countLine: string;
  shownCount: number;
  totalCount: number;
}

export type CorridorMapData = Pick<DatasetFiles, 'entities' | 'quotes' | 'facts' | 'articles'> & { shapes: MapShapes | null };

/** Natural Earth ids (ISO 3166-1 numeric) of the two partners. */
const FOCUS_COUNTRIES = new Set(['398', '643']);
const STATUS_ORDER: CorridorStatus[] = ['operating', 'under-development', 'planned', 'proposed'];
const KIND_ORDER: CorridorKind[] = ['rail', 'road', 'pipeline', 'sea', 'multimodal', 'space'];
const MARGIN = 24;
/** Southern edge of the points the frame is fitted to (° N). */
const FRAME_SOUTH = 30;
const CITY_RADIUS = 3.5;
const PLACE_RADIUS = 2.5;
const HUB_RADIUS = 8;

/** A corridor's route as drawn: great-circle arcs between its waypoints, sampled. */
function densify(corridor: Corridor): [number, number][] {
  const points: [number, number][] = [];
  corridor.waypoints.forEach((point, index) => {
    const next = corridor.waypoints[index + 1];
    if (!next) return void points.push([point.lon, point.lat]);
    const interpolate = geoInterpolate([point.lon, point.lat], [next.lon, next.lat]);
    for (let step = 0; step < 6; step++) points.push(interpolate(step / 6));
  });
  return points;
}

/** A feature's outline in px after clipping to the map: one ring per visible part. */
function visibleRings(feature: MapShapes['features'][number], stream: (sink: GeoStream) => GeoStream): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] | null = null;
  const sink: GeoStream = {
    point: (x, y) => void ring?.push([x, y]),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring && ring.length > 2) rings.push(ring);
      ring = null;
    },
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  geoStream(feature as unknown as GeoPermissibleObjects, stream(sink));
  return rings;
}

const placeKey = (lat: number, lon: number) => `${lat.toFixed(1)},${lon.toFixed(1)}`;

/** Lays the key out in rows that fit the width: the kind group, then the status group. */
function buildKey(width: number, groups: { heading: string; items: Omit<KeyItem, 'x' | 'y'>[] }[], label: string): MapKey {
  const ROW = 22;
  const items: KeyItem[] = [];
  let y = 10 + ROW / 2;
  for (const group of groups) {
    let x = 12;
    const entries: Omit<KeyItem, 'x' | 'y'>[] = [
      { id: `heading-${group.heading}`, label: group.heading, swatch: { type: 'heading' } },
      ...group.items,
    ];
    for (const entry of entries) {
      const textWidth = estimateTextWidth(entry.label, 13, entry.swatch.type === 'heading');
      const itemWidth = (entry.swatch.type === 'heading' ? 0 : 36) + textWidth + 18;
      if (x > 12 && x + itemWidth > width - 8) {
        x = 12;
        y += ROW;
      }
      items.push({ ...entry, x, y });
      x += itemWidth;
    }
    y += ROW;
  }
  return { label, items, height: y - ROW / 2 + 6 };
}

/**
 * The corridor map for the current filters, at `size` (the map's own box; the key adds its band
 * below), in `locale`'s language. `highlighted`: ids related to the selection, or null for all.
 */
export function buildCorridorMap(
  data: CorridorMapData,
  filters: DataFilters,
  size: { width: number; height: number },
  locale: Locale,
  highlighted: Set<string> | null = null,
): CorridorMapModel {
  const { entities, quotes } = data;
  const { t, language } = locale;
  const { width } = size;
  const passes = buildSubjectFilter(data, filters);
  const name = (en: string, ru: string) => pick(language, en, ru);
  const kindName = (kind: CorridorKind) => t(`kind.${kind}`);
  const statusName = (status: CorridorStatus) => t(`status.${status}`);

  // The frame: every waypoint and hub north of 30° N. Kazakhstan and its neighbours then fill the
  // map, large enough to name; the routes to the Persian Gulf and India leave through the bottom
  // edge (their ends are named in the tooltip and the table).
  const allPoints: [number, number][] = [
    ...entities.corridors.flatMap((corridor) => corridor.waypoints.map((point): [number, number] => [point.lon, point.lat])),
    ...entities.hubs.map((hub): [number, number] => [hub.lon, hub.lat]),
  ].filter(([, lat]) => lat >= FRAME_SOUTH);
  const frame = { type: 'MultiPoint' as const, coordinates: allPoints };
  const projection = geoConicEqualArea().parallels([35, 55]).rotate([-68, 0]);
  const fit = (height: number) =>
    projection.fitExtent(
      [
        [MARGIN, MARGIN + 12],
        [width - MARGIN, height - MARGIN],
      ],
      frame,
    );
  // On a narrow screen the frame is limited by the width: the map is then only as tall as its
  // content, with no empty band above and below.
  const [[, top], [, bottom]] = geoPath(fit(size.height)).bounds(frame);
  const mapHeight = Math.min(size.height, Math.max(280, Math.ceil(bottom - top + 2 * MARGIN + 12)));
  fit(mapHeight).clipExtent([
    [-1, -1],
    [width + 1, mapHeight + 1],
  ]);
  // Tenths of a pixel are finer than any screen or print shows; the page draws the map twice (a
  // phone's and a desktop's), so shorter paths make it lighter.
  const path = geoPath(projection).digits(1);
  const project = (lon: number, lat: number): Point => projection([lon, lat]) ?? [0, 0];
  const shapes = data.shapes;
  const countries = (shapes?.features ?? []).flatMap((feature): PlacedCountry[] => {
    const id = String(feature.id ?? '');
    const d = path(feature as unknown as GeoPermissibleObjects);
    return d ? [{ id, d, isFocus: FOCUS_COUNTRIES.has(id) }] : [];
  });
  const isHighlighted = (id: string) => highlighted === null || highlighted.has(id);

  // Who names each corridor and hub: the quotes' speakers, or the article text itself.
  const people = new Map(entities.people.map((person) => [person.id, name(person.nameEn, person.nameRu)]));
  const namedBy = (id: string) =>
    [
      ...new Set(
        quotes.quotes
          .filter((quote) => quote.about.includes(id))
          .map((quote) => (quote.speaker ? (people.get(quote.speaker) ?? t('corridors.articleText')) : t('corridors.articleText'))),
      ),
    ].join(', ');

  // Dots: the cities the articles name, then every other waypoint of a shown corridor.
  const places = new Map<string, MapPlace & { priority: number }>();
  // A hub's place (Baikonur) counts as a named city; its diamond is its dot.
  const hubPlaces = new Set(entities.hubs.flatMap((hub) => (hub.place ? [hub.place] : [])));
  for (const place of entities.places.filter((candidate) => candidate.kind === 'city' || hubPlaces.has(candidate.id))) {
    const [x, y] = project(place.lon, place.lat);
    places.set(placeKey(place.lat, place.lon), {
      id: place.id,
      name: name(place.nameEn, place.nameRu),
      x,
      y,
      isCity: true,
      priority: 100 + place.mentionCount,
    });
  }
  const shownCorridors = entities.corridors.filter((corridor) => passes(corridor.id));
  const placeIdsOf = (corridor: Corridor) =>
    corridor.waypoints.map((point, index) => {
      const key = placeKey(point.lat, point.lon);
      const isEnd = index === 0 || index === corridor.waypoints.length - 1;
      const existing = places.get(key);
      if (existing) {
        if (!existing.isCity) existing.priority += isEnd ? 1.5 : 1;
        return existing.id;
      }
      const [x, y] = project(point.lon, point.lat);
      const id = `waypoint-${key}`;
      places.set(key, { id, name: name(point.nameEn, point.nameRu), x, y, isCity: false, priority: isEnd ? 1.5 : 1 });
      return id;
    });

  const corridors = shownCorridors.map((corridor): PlacedCorridor => {
    const line = { type: 'LineString' as const, coordinates: densify(corridor) };
    const middle = corridor.waypoints[Math.floor((corridor.waypoints.length - 1) / 2)]!;
    const fullName = name(corridor.nameEn, corridor.nameRu);
    const route = corridor.waypoints.map((point) => name(point.nameEn, point.nameRu)).join(' – ');
    const lines = [
      `${kindName(corridor.kind)}${corridor.isKindInferred ? ` (${t('corridors.inferredShort')})` : ''} · ${statusName(corridor.status)}`,
      t('corridors.routeLine', { route }),
      ...inferenceLines(corridor, locale),
      t('corridors.tooltipHint'),
    ];
    return {
      id: corridor.id,
      kind: corridor.kind,
      status: corridor.status,
      isDirected: corridor.direction === 'forward',
      d: path(line) ?? '',
      anchor: project(middle.lon, middle.lat),
      placeIds: placeIdsOf(corridor),
      isHighlighted: isHighlighted(corridor.id),
      ariaLabel: t('corridors.corridorLabel', {
        name: fullName,
        kind: kindName(corridor.kind).toLowerCase(),
        status: statusName(corridor.status).toLowerCase(),
        route,
      }),
      tooltip: { title: fullName, originalName: language === 'en' ? corridor.nameRu : null, lines },
    };
  });

  const hubs = entities.hubs
    .filter((hub) => passes(hub.id))
    .map((hub: Hub): PlacedHub => {
      const [x, y] = project(hub.lon, hub.lat);
      const fullName = name(hub.nameEn, hub.nameRu);
      return {
        id: hub.id,
        place: hub.place,
        kind: hub.kind,
        status: hub.status,
        x,
        y,
        isHighlighted: isHighlighted(hub.id),
        ariaLabel: t('corridors.hubLabel', {
          name: fullName,
          kind: kindName(hub.kind).toLowerCase(),
          status: statusName(hub.status).toLowerCase(),
        }),
        tooltip: {
          title: fullName,
          originalName: language === 'en' ? hub.nameRu : null,
          lines: [
            `${t('corridors.hubOf', { kind: kindName(hub.kind).toLowerCase() })} · ${statusName(hub.status)}`,
            t('corridors.tooltipHint'),
          ],
        },
      };
    });
  const placeList = [...places.values()];

  // What only the name placement needs (the outlines as rings, the routes as segments) is built
  // inside it.
  const placeLabels = (features: MapShapes['features']) => {
    const drawn = new Set(countries.map((country) => country.id));
    const countryShapes = features.flatMap((feature): CountryShape[] => {
      const id = String(feature.id ?? '');
      const text = drawn.has(id) ? countryName(id, language) : null;
      if (!text) return [];
      const rings = visibleRings(feature, (sink) => projection.stream(sink));
      return [{ id: `country-${id}`, text: text.toLocaleUpperCase(language), isFocus: FOCUS_COUNTRIES.has(id), rings }];
    });
    const lines = shownCorridors.map((corridor) => densify(corridor).map(([lon, lat]) => project(lon, lat)));
    const segments = lines.flatMap((line) => line.slice(1).map((point, index): Segment => [line[index]!, point]));
    const obstacles: Obstacle[] = [
      ...placeList.map((place) => dotBox(place.id, place.x, place.y, (place.isCity ? CITY_RADIUS : PLACE_RADIUS) + 1)),
      // A hub at a city blocks every name but the city's own.
      ...hubs.map((hub) => dotBox(hub.place ?? hub.id, hub.x, hub.y, HUB_RADIUS)),
    ];
    return placeMapLabels({
      bounds: { x: 4, y: 4, width: width - 8, height: mapHeight - 8 },
      cities: placeList
        .filter((place) => place.isCity)
        .map((place) => ({ ...place, text: place.name, offset: (hubPlaces.has(place.id) ? HUB_RADIUS : CITY_RADIUS) + 3 })),
      countries: countryShapes,
      corridors: shownCorridors.map((corridor, index) => ({
        id: corridor.id,
        text: corridorShortName(corridor.id, name(corridor.nameEn, corridor.nameRu), language),
        line: lines[index]!,
        // Operating corridors first, then by how many quotes name them.
        priority: (4 - STATUS_ORDER.indexOf(corridor.status)) * 100 + corridor.quotes.length * 10 - index / 100,
      })),
      places: [
        ...exitLabels(shownCorridors, project, width, mapHeight, language),
        ...placeList.filter((place) => !place.isCity).map((place) => ({ ...place, text: place.name, offset: PLACE_RADIUS + 3 })),
      ],
      obstacles,
      segments,
    });
  };
  const { labels } = shapes ? placeLabels(shapes.features) : { labels: [] };

  // The key: only the kinds and statuses the dataset has.
  const kinds = KIND_ORDER.filter(
    (kind) => entities.corridors.some((corridor) => corridor.kind === kind) || entities.hubs.some((hub) => hub.kind === kind),
  );
  const statuses = STATUS_ORDER.filter((status) => [...entities.corridors, ...entities.hubs].some((item) => item.status === status));
  const key = buildKey(
    width,
    [
      {
        heading: t('corridors.keyKind'),
        items: kinds.map((kind) => ({
          id: `kind-${kind}`,
          label: kindName(kind),
          swatch: entities.corridors.some((corridor) => corridor.kind === kind)
            ? { type: 'kind' as const, kind }
            : { type: 'hub' as const, kind },
        })),
      },
      {
        heading: t('corridors.keyStatus'),
        items: [
          ...statuses.map((status) => ({ id: `status-${status}`, label: statusName(status), swatch: { type: 'status' as const, status } })),
          { id: 'direction', label: t('corridors.direction'), swatch: { type: 'direction' as const } },
          { id: 'hub', label: t('corridors.hub'), swatch: { type: 'hub' as const, kind: null } },
          { id: 'city', label: t('corridors.keyCity'), swatch: { type: 'city' as const } },
          { id: 'place', label: t('corridors.keyPlace'), swatch: { type: 'place' as const } },
        ],
      },
    ],
    t('frame.legend'),
  );

  const shownCount = corridors.length + hubs.length;
  const totalCount = entities.corridors.length + entities.hubs.length;
  const table = buildTable(data, locale, passes, isHighlighted, namedBy);
  return {
    anatomy: {
      title: t('corridors.title'),
      subtitle: t('corridors.subtitle'),
      // The note on inferences only once the dataset records them (absent fields are unknown).
      notes: [t('corridors.noteSchematic'), ...(hasInferences(entities.corridors) ? [t('corridors.noteInferred')] : [])],
      // The key is drawn inside the map's SVG (its line styles need more than a swatch), so the
      // exported SVG and print carry it with the drawing: the frame's own legend stays empty.
      legend: [],
      source: t('corridors.source'),
      csv: {
        filename: 'partnership-atlas-corridors',
        rows: table.rows.map((row) => ({
          name_en: row.csv.nameEn,
          name_ru: row.csv.nameRu,
          kind: row.cells.kind?.text ?? '',
          status: row.cells.status?.text ?? '',
          schematic_route: row.cells.route?.text ?? '',
          inferred: row.cells.inferred?.text ?? '',
          named_by: row.cells.namedBy?.text ?? '',
        })),
      },
    },
    table: { ...table, rows: table.rows.map(({ csv: _csv, ...row }) => row) },
    width,
    height: mapHeight + key.height,
    mapHeight,
    hasShapes: data.shapes !== null,
    countries,
    corridors,
    hubs,
    places: placeList.map(({ priority: _priority, ...place }) => place),
    labels,
    key,
    mapLabel: t('corridors.mapLabel', { count: shownCount }),
    countLine: t('corridors.count', { shown: shownCount, total: totalCount }),
    shownCount,
    totalCount,
  };
}

/**
 * Where routes leave the frame (to the Persian Gulf, to India), the names of the places beyond
 * the edge, at the point of exit: "↓ Bandar Abbas, Mumbai".
 */
function exitLabels(
  corridors: Corridor[],
  project: (lon: number, lat: number) => Point,
  width: number,
  height: number,
  language: Locale['language'],
) {
  const isInside = ([x, y]: Point) => x >= 0 && x <= width && y >= 0 && y <= height;
  const exits = new Map<string, { id: string; text: string; x: number; y: number; priority: number; offset: number }>();
  for (const corridor of corridors) {
    const outside = corridor.waypoints.filter((point) => !isInside(project(point.lon, point.lat)));
    if (outside.length === 0) continue;
    const line = densify(corridor).map(([lon, lat]) => project(lon, lat));
    const exitIndex = line.findIndex((point, index) => index > 0 && isInside(line[index - 1]!) && !isInside(point));
    if (exitIndex < 1) continue;
    const [x, y] = line[exitIndex - 1]!;
    const arrow = y > height - 40 ? '↓' : y < 40 ? '↑' : x < 40 ? '←' : '→';
    const text = `${arrow} ${outside.map((point) => pick(language, point.nameEn, point.nameRu)).join(', ')}`;
    if (![...exits.values()].some((exit) => exit.text.includes(text.slice(2)))) {
      exits.set(corridor.id, {
        id: `exit-${corridor.id}`,
        text,
        x: Math.min(width - 8, Math.max(8, x)),
        y: Math.min(height - 8, y),
        priority: 50,
        offset: 4,
      });
    }
  }
  return [...exits.values()];
}

/**
 * The same model with another selection's related ids highlighted (or all, for null): cheap, so
 * a click does not place every name again.
 */
export function highlightCorridorMap(model: CorridorMapModel, highlighted: Set<string> | null): CorridorMapModel {
  const isHighlighted = (id: string) => highlighted === null || highlighted.has(id);
  return {
    ...model,
    corridors: model.corridors.map((corridor) => ({ ...corridor, isHighlighted: isHighlighted(corridor.id) })),
    hubs: model.hubs.map((hub) => ({ ...hub, isHighlighted: isHighlighted(hub.id) })),
    table: { ...model.table, rows: model.table.rows.map((row) => ({ ...row, isHighlighted: isHighlighted(row.key) })) },
  };
}

/**
 * What about a corridor the articles do not say: the waypoints no article names and whether the
 * mode is inferred, with the dataset's own words for it.
 * @internal exported for tests
 */
export function inferenceLines(corridor: Corridor, { t, language }: Locale): string[] {
  const lines: string[] = [];
  const unnamed = corridor.waypoints.filter((point) => !point.isNamedInSource).map((point) => pick(language, point.nameEn, point.nameRu));
  if (unnamed.length > 0) lines.push(t('corridors.notNamed', { places: unnamed.join(', ') }));
  if (corridor.isKindInferred) lines.push(t('corridors.kindInferred'));
  // Only the reader's language: an English note is not shown to a Russian reader.
  const note = language === 'ru' ? corridor.inferenceRu : corridor.inferenceEn;
  if (note) lines.push(note);
  return lines;
}

/** Whether any corridor has something inferred (the table then gets its "What is inferred" column). */
const hasInferences = (corridors: Corridor[]) =>
  corridors.some(
    (corridor) => corridor.isKindInferred || Boolean(corridor.inferenceEn) || corridor.waypoints.some((point) => !point.isNamedInSource),
  );

function buildTable(
  data: CorridorMapData,
  locale: Locale,
  passes: (id: string) => boolean,
  isHighlighted: (id: string) => boolean,
  namedBy: (id: string) => string,
) {
  const { t, language } = locale;
  const { entities } = data;
  const statusCell = (status: CorridorStatus) => ({ text: t(`status.${status}`), sort: STATUS_ORDER.indexOf(status) });
  const rows: (TableRow & { csv: { nameEn: string; nameRu: string } })[] = [
    ...entities.corridors.map((corridor) => ({
      key: corridor.id,
      selection: { kind: 'corridor' as const, id: corridor.id },
      isHighlighted: isHighlighted(corridor.id),
      csv: { nameEn: corridor.nameEn, nameRu: corridor.nameRu },
      cells: {
        name: { text: pick(language, corridor.nameEn, corridor.nameRu) },
        kind: { text: `${t(`kind.${corridor.kind}`)}${corridor.isKindInferred ? ` (${t('corridors.inferredShort')})` : ''}` },
        status: statusCell(corridor.status),
        route: { text: corridor.waypoints.map((point) => pick(language, point.nameEn, point.nameRu)).join(' – ') },
        inferred: { text: inferenceLines(corridor, locale).join('; ') },
        namedBy: { text: namedBy(corridor.id) },
      },
    })),
    ...entities.hubs.map((hub) => ({
      key: hub.id,
      selection: { kind: 'hub' as const, id: hub.id },
      isHighlighted: isHighlighted(hub.id),
      csv: { nameEn: hub.nameEn, nameRu: hub.nameRu },
      cells: {
        name: { text: pick(language, hub.nameEn, hub.nameRu) },
        kind: { text: t('corridors.hubOf', { kind: t(`kind.${hub.kind}`).toLowerCase() }) },
        status: statusCell(hub.status),
        route: { text: '—' },
        inferred: { text: '' },
        namedBy: { text: namedBy(hub.id) },
      },
    })),
  ].filter((row) => passes(row.key));
  return {
    caption: t('corridors.tableCaption'),
    columns: [
      { key: 'name', label: t('corridors.name') },
      { key: 'kind', label: t('corridors.kind') },
      { key: 'status', label: t('corridors.status') },
      { key: 'route', label: t('corridors.route') },
      ...(rows.some((row) => row.cells.inferred?.text) ? [{ key: 'inferred', label: t('corridors.inferred') }] : []),
      { key: 'namedBy', label: t('corridors.namedBy') },
    ],
    rows,
    initialSort: { key: 'status', direction: 'ascending' as const },
    emptyMessage: t('corridors.tableEmpty'),
  };
}
