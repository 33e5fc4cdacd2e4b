/**
 * The corridor map's geometry: a conic equal-area projection centred on Kazakhstan and fitted to
 * every corridor and hub (so the frame stays put while filters change), country shapes from
 * Natural Earth (map/countries.json, written by the data build from world-atlas), and each corridor as a projected line with
 * its style. Pure: shapes, datasets, size and filters in; SVG path strings and points out.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3';
import type { CorridorKind, CorridorStatus } from '../../data/schemas/common';
import type { Corridor, Entities, Hub, MapShapes } from '../../data/schemas/dataset';
import { pick, type Language } from '../../i18n/i18n';

export interface PlacedCountry {
  id: string;
  name: string;
  d: string;
  /** Kazakhstan and Russia are drawn a shade darker. */
  isFocus: boolean;
}

export interface PlacedCorridor {
  id: string;
  name: string;
  nameRu: string;
  kind: CorridorKind;
  status: CorridorStatus;
  isDirected: boolean;
  d: string;
  /** Where to put the tooltip and the label: the middle waypoint. */
  anchor: [number, number];
  route: string;
  isHighlighted: boolean;
}

export interface PlacedHub {
  id: string;
  name: string;
  nameRu: string;
  kind: CorridorKind;
  status: CorridorStatus;
  x: number;
  y: number;
  isHighlighted: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface CorridorMapModel {
  width: number;
  height: number;
  countries: PlacedCountry[];
  corridors: PlacedCorridor[];
  hubs: PlacedHub[];
  cities: PlacedLabel[];
  /** How many of all corridors and hubs pass the filters. */
  shownCount: number;
  totalCount: number;
}

/** Natural Earth ids (ISO 3166-1 numeric) of the two partners. */
const FOCUS_COUNTRIES = new Set(['398', '643']);

export interface CorridorMapOptions {
  width: number;
  height: number;
  passes: (id: string) => boolean;
  /** Ids to highlight (the selection's related corridors and hubs), or null for all. */
  highlighted: Set<string> | null;
  language?: Language;
}

export function buildCorridorMap(
  shapes: MapShapes,
  entities: Pick<Entities, 'corridors' | 'hubs' | 'places'>,
  options: CorridorMapOptions,
): CorridorMapModel {
  const { width, height, passes, highlighted, language = 'en' } = options;
  const allPoints: [number, number][] = [
    ...entities.corridors.flatMap((corridor) => corridor.waypoints.map((point): [number, number] => [point.lon, point.lat])),
    ...entities.hubs.map((hub): [number, number] => [hub.lon, hub.lat]),
  ];
  const projection = geoConicEqualArea()
    .parallels([35, 55])
    .rotate([-68, 0])
    .fitExtent(
      [
        [24, 24],
        [width - 24, height - 24],
      ],
      { type: 'MultiPoint', coordinates: allPoints },
    );
  const path = geoPath(projection);
  const project = (lon: number, lat: number): [number, number] => projection([lon, lat]) ?? [0, 0];

  const countries = shapes.features.flatMap((country): PlacedCountry[] => {
    const d = path(country as unknown as GeoPermissibleObjects);
    return d ? [{ id: String(country.id), name: country.properties.name, d, isFocus: FOCUS_COUNTRIES.has(String(country.id)) }] : [];
  });

  const isHighlighted = (id: string) => highlighted === null || highlighted.has(id);
  const corridors = entities.corridors
    .filter((corridor) => passes(corridor.id))
    .map((corridor) => placeCorridor(corridor, path, project, isHighlighted(corridor.id), language));
  const hubs = entities.hubs
    .filter((hub) => passes(hub.id))
    .map((hub: Hub): PlacedHub => {
      const [x, y] = project(hub.lon, hub.lat);
      return {
        id: hub.id,
        name: hub.nameEn,
        nameRu: hub.nameRu,
        kind: hub.kind,
        status: hub.status,
        x,
        y,
        isHighlighted: isHighlighted(hub.id),
      };
    });
  const cities = entities.places
    .filter((place) => place.kind === 'city')
    .map((place) => {
      const [x, y] = project(place.lon, place.lat);
      return { id: place.id, text: pick(language, place.nameEn, place.nameRu), x, y };
    });
  return {
    width,
    height,
    countries,
    corridors,
    hubs,
    cities,
    shownCount: corridors.length + hubs.length,
    totalCount: entities.corridors.length + entities.hubs.length,
  };
}

function placeCorridor(
  corridor: Corridor,
  path: ReturnType<typeof geoPath>,
  project: (lon: number, lat: number) => [number, number],
  isHighlighted: boolean,
  language: Language,
): PlacedCorridor {
  const line = { type: 'LineString' as const, coordinates: corridor.waypoints.map((point) => [point.lon, point.lat]) };
  const middle = corridor.waypoints[Math.floor((corridor.waypoints.length - 1) / 2)]!;
  return {
    id: corridor.id,
    name: pick(language, corridor.nameEn, corridor.nameRu),
    nameRu: corridor.nameRu,
    kind: corridor.kind,
    status: corridor.status,
    isDirected: corridor.direction === 'forward',
    d: path(line) ?? '',
    anchor: project(middle.lon, middle.lat),
    route: corridor.waypoints.map((point) => pick(language, point.nameEn, point.nameRu)).join(' – '),
    isHighlighted,
  };
}
