/**
 * The corridor map's country shapes, written once by the data build: Natural Earth 1:110m from the
 * world-atlas package, only the countries that reach into the map's region, coordinates rounded
 * to 0.01° (about 1 km, far below what the map can show). Plain GeoJSON: the browser parses it as
 * data instead of evaluating a 108 kB script, and nothing is fetched from a third party.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** West, south, east, north (degrees): Belarus and the Caspian to Xinjiang and the Arabian Sea. */
const REGION: [number, number, number, number] = [10, 5, 100, 72];

type Coordinates = Position | Coordinates[];

const round = (coordinates: Coordinates): Coordinates =>
  typeof coordinates[0] === 'number'
    ? (coordinates as Position).map((value) => Math.round(value * 100) / 100)
    : (coordinates as Coordinates[]).map(round);

function bounds(coordinates: Coordinates, box = [Infinity, Infinity, -Infinity, -Infinity]): number[] {
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as Position;
    return [Math.min(box[0]!, x!), Math.min(box[1]!, y!), Math.max(box[2]!, x!), Math.max(box[3]!, y!)];
  }
  return (coordinates as Coordinates[]).reduce<number[]>((acc, part) => bounds(part, acc), box);
}

export function buildMapShapes(): string {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  const [west, south, east, north] = REGION;
  const features = all.flatMap((country): Feature[] => {
    const geometry = country.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const [x0, y0, x1, y1] = bounds(geometry.coordinates as Coordinates);
    if (x1! < west || x0! > east || y1! < south || y0! > north) return [];
    return [
      {
        type: 'Feature',
        id: country.id,
        properties: { name: country.properties.name },
        geometry: { type: geometry.type, coordinates: round(geometry.coordinates as Coordinates) } as Geometry,
      },
    ];
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}
