/**
 * Where the map's names go, in px of the unzoomed map, none overlapping another: Kazakhstan's
 * and Russia's names first, then the cities (by how often the articles mention them), the other
 * countries, the corridor names and last the other waypoints' names. Cities and waypoints use the shared greedy placer
 * (charts/place-labels) with every dot and hub as an obstacle; country and corridor names need
 * more than one anchor to try, so they search their own candidates and test each one with the
 * same placer, against everything placed before. What finds no room is dropped: its dot stays
 * and the tooltip names it.
 */
import { polygonArea, polygonCentroid, polygonContains } from 'd3';
import { boxesOverlap, placeLabels, type Box, type LabelRequest, type PlacedLabel } from '../../charts/place-labels';
import { estimateTextWidth } from '../../charts/text-width';

export type MapLabelKind = 'city' | 'country' | 'corridor' | 'place';

export interface MapLabel {
  id: string;
  kind: MapLabelKind;
  text: string;
  /** Baseline anchor of the text and its SVG text-anchor. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  /** The box the label reserves (text plus clear space). */
  box: Box;
  /** The two partners' names are drawn a size larger. */
  isFocus?: boolean;
  /** Letter spacing (em) of a country name. */
  tracking?: number;
}

export type Point = [number, number];
export type Segment = [Point, Point];

/** Type sizes (px). Nothing on the map is smaller than 12 px (house style). */
export const LABEL_FONT = { city: 12, place: 12, corridor: 12, country: 12, focusCountry: 13 } as const;
/** Letter spacing of country names (em): spaced capitals, as on reference maps; tighter if only that fits. */
export const COUNTRY_TRACKINGS = [0.14, 0.04, 0] as const;
/**
 * Widths are estimated (charts/text-width), within about 10% of the real faces: labels reserve
 * room as if set 1 px larger, so the drawn text stays inside its box in every browser.
 */
const SAFETY = 1;

/** A country's visible outline, in px, with its label text. */
export interface CountryShape {
  id: string;
  text: string;
  isFocus: boolean;
  rings: Point[][];
}

/** A dot or a hub the names must not cover; `id` lets a label ignore its own dot. */
export type Obstacle = Box & { id?: string };

export function dotBox(id: string, x: number, y: number, radius: number): Obstacle {
  return { id, x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

const toLabel = (kind: MapLabelKind, placed: PlacedLabel, isFocus?: boolean): MapLabel => ({
  id: placed.id,
  kind,
  text: placed.text,
  x: placed.x,
  y: placed.y,
  textAnchor: placed.textAnchor,
  box: placed.box,
  ...(isFocus ? { isFocus } : {}),
});

/**
 * Whether the segment crosses (or lies in) the box: Liang–Barsky clipping, after a bounding-box
 * test that rejects most segments at once. Allocation-free: it runs for every candidate spot of
 * every country name against every route segment (the map's costliest loop when a page hydrates).
 */
export function segmentHitsBox([[x1, y1], [x2, y2]]: Segment, box: Box): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  if ((x1 < box.x && x2 < box.x) || (x1 > right && x2 > right) || (y1 < box.y && y2 < box.y) || (y1 > bottom && y2 > bottom)) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  // The four edges, as (p, q) pairs: left, right, top, bottom.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? x1 - box.x : edge === 1 ? right - x1 : edge === 2 ? y1 - box.y : bottom - y1;
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** How many segments cross the box, counting no further than `limit` (a better spot is known). */
function crossings(box: Box, segments: Segment[], limit = Infinity): number {
  let count = 0;
  for (const segment of segments) if (segmentHitsBox(segment, box) && ++count >= limit) return count;
  return count;
}

/** Whether the whole box lies inside the ring (its edges sampled every 5 px). */
function boxInsideRing(box: Box, ring: Point[]): boolean {
  const stepsX = Math.max(2, Math.ceil(box.width / 5));
  const stepsY = Math.max(1, Math.ceil(box.height / 5));
  const points: Point[] = [];
  for (let i = 0; i <= stepsX; i++) {
    const x = box.x + (box.width * i) / stepsX;
    points.push([x, box.y], [x, box.y + box.height]);
  }
  for (let j = 1; j < stepsY; j++) {
    const y = box.y + (box.height * j) / stepsY;
    points.push([box.x, y], [box.x + box.width, y]);
  }
  return points.every((point) => polygonContains(ring, point));
}

/** Width of a country name as drawn: capitals spaced by `tracking` em. */
export function countryLabelWidth(text: string, fontSize: number, tracking: number, isBold: boolean): number {
  return estimateTextWidth(text, fontSize + SAFETY, isBold) + tracking * fontSize * Math.max(0, [...text].length - 1);
}

/**
 * A country's name, centred where the whole label fits inside the country's visible outline and
 * covers no dot, no placed label and, if it can, no route: candidates on a grid (about 700 per
 * part, at least 5 px apart), tried from the middle of the largest visible part outwards; spaced
 * capitals first, then tighter spacing if only that fits.
 */
function placeCountry(country: CountryShape, taken: Box[], obstacles: Obstacle[], segments: Segment[], bounds: Box): MapLabel | null {
  const fontSize = country.isFocus ? LABEL_FONT.focusCountry : LABEL_FONT.country;
  const height = (fontSize + SAFETY) * 1.2;
  for (const tracking of COUNTRY_TRACKINGS) {
    const width = countryLabelWidth(country.text, fontSize, tracking, country.isFocus);
    const best = bestCountrySpot(country, width, height, taken, obstacles, segments, bounds);
    if (!best) continue;
    return {
      id: country.id,
      kind: 'country',
      text: country.text,
      x: best.x + best.width / 2,
      y: best.y + 2 + height * 0.8,
      textAnchor: 'middle',
      box: best,
      tracking,
      ...(country.isFocus ? { isFocus: true } : {}),
    };
  }
  return null;
}

function bestCountrySpot(
  country: CountryShape,
  width: number,
  height: number,
  taken: Box[],
  obstacles: Obstacle[],
  segments: Segment[],
  bounds: Box,
): Box | null {
  const rings = country.rings
    .map((ring) => ({ ring, area: Math.abs(polygonArea(ring)) }))
    .filter(({ area }) => area > width * height * 1.5)
    .sort((a, b) => b.area - a.area);
  let best: { box: Box; cross: number } | null = null;
  for (const { ring } of rings) {
    const [cx, cy] = polygonCentroid(ring);
    const xs = ring.map((point) => point[0]);
    const ys = ring.map((point) => point[1]);
    const [x0, x1] = [Math.min(...xs) + width / 2, Math.max(...xs) - width / 2];
    const [y0, y1] = [Math.min(...ys) + height / 2, Math.max(...ys) - height / 2];
    if (x0 > x1 || y0 > y1) continue;
    const step = Math.max(5, Math.sqrt(((x1 - x0 + 1) * (y1 - y0 + 1)) / 700));
    const candidates: Point[] = [];
    for (let x = x0; x <= x1; x += step) for (let y = y0; y <= y1; y += step) candidates.push([x, y]);
    candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    for (const [x, y] of candidates) {
      const box = { x: x - width / 2 - 2, y: y - height / 2 - 2, width: width + 4, height: height + 4 };
      if (
        box.x < bounds.x ||
        box.y < bounds.y ||
        box.x + box.width > bounds.x + bounds.width ||
        box.y + box.height > bounds.y + bounds.height
      )
        continue;
      if (taken.some((other) => boxesOverlap(box, other)) || obstacles.some((obstacle) => boxesOverlap(box, obstacle))) continue;
      const cross = crossings(box, segments, best?.cross);
      if (best && cross >= best.cross) continue;
      if (!polygonContains(ring, [x, y]) || !boxInsideRing(box, ring)) continue;
      best = { box, cross };
      if (cross === 0) return box;
    }
  }
  return best?.box ?? null;
}

export interface PointLabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Higher first. */
  priority: number;
  /** The dot's radius, plus a little. */
  offset: number;
}

export interface RouteLabelInput {
  id: string;
  text: string;
  /** The route as drawn, in px. */
  line: Point[];
  priority: number;
}

export interface MapLabelInputs {
  bounds: Box;
  cities: PointLabelInput[];
  countries: CountryShape[];
  corridors: RouteLabelInput[];
  places: PointLabelInput[];
  /** Every dot and hub. */
  obstacles: Obstacle[];
  /** Every route's segments, which names avoid crossing where they can. */
  segments: Segment[];
}

export interface MapLabelPlacement {
  labels: MapLabel[];
  /** Ids of the names that found no room (shown in tooltips and on hover only). */
  dropped: string[];
}

/** Points along a polyline at the given shares of its length. */
export function pointsAlong(line: Point[], shares: number[]): Point[] {
  const lengths = line.slice(1).map((point, index) => Math.hypot(point[0] - line[index]![0], point[1] - line[index]![1]));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return shares.map((share) => {
    let rest = share * total;
    for (let index = 0; index < lengths.length; index++) {
      const length = lengths[index]!;
      if (rest <= length || index === lengths.length - 1) {
        const t = length === 0 ? 0 : Math.min(1, rest / length);
        const [a, b] = [line[index]!, line[index + 1]!];
        return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      }
      rest -= length;
    }
    return line[0]!;
  });
}

const ROUTE_SHARES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

export function placeMapLabels(inputs: MapLabelInputs): MapLabelPlacement {
  const { bounds, obstacles, segments } = inputs;
  const labels: MapLabel[] = [];
  const dropped: string[] = [];
  const takenBoxes = () => labels.map((label, index): Obstacle => ({ ...label.box, id: `label-${index}` }));
  const pointRequest = (input: PointLabelInput, fontSize: number): LabelRequest => ({
    id: input.id,
    text: input.text,
    x: input.x,
    y: input.y,
    offset: input.offset,
    fontSize: fontSize + SAFETY,
    priority: input.priority,
  });

  const countries = [...inputs.countries].sort(
    (a, b) => Number(b.isFocus) - Number(a.isFocus) || ringsArea(b.rings) - ringsArea(a.rings) || a.id.localeCompare(b.id),
  );
  const placeCountries = (list: CountryShape[]) => {
    for (const country of list) {
      const label = placeCountry(country, takenBoxes(), obstacles, segments, bounds);
      if (label) labels.push(label);
      else dropped.push(country.id);
    }
  };
  // 1. The two partners' names: the map is about them.
  placeCountries(countries.filter((country) => country.isFocus));

  // 2. Cities: the names the articles give.
  const cities = placeLabels(
    inputs.cities.map((city) => pointRequest(city, LABEL_FONT.city)),
    { bounds, obstacles: [...obstacles, ...takenBoxes()] },
  );
  labels.push(...cities.placed.map((placed) => toLabel('city', placed)));
  dropped.push(...cities.dropped);

  // 3. The other countries, the larger visible ones first.
  placeCountries(countries.filter((country) => !country.isFocus));

  // 4. Corridor names, beside their route, covering no other name and crossing no line (a name
  //    across another route reads as that route's).
  for (const corridor of [...inputs.corridors].sort((a, b) => b.priority - a.priority)) {
    let best: { label: PlacedLabel; cross: number } | null = null;
    for (const [x, y] of pointsAlong(corridor.line, ROUTE_SHARES)) {
      const { placed } = placeLabels(
        [
          {
            id: corridor.id,
            text: corridor.text,
            x,
            y,
            offset: 7,
            fontSize: LABEL_FONT.corridor + SAFETY,
            priority: 0,
            positions: ['top', 'bottom', 'top-right', 'bottom-left', 'top-left', 'bottom-right', 'right', 'left'],
          },
        ],
        { bounds, obstacles: [...obstacles, ...takenBoxes()] },
      );
      const label = placed[0];
      if (!label) continue;
      const cross = crossings(label.box, segments);
      if (!best || cross < best.cross) best = { label, cross };
      if (cross === 0) break;
    }
    if (best && best.cross === 0) labels.push(toLabel('corridor', best.label));
    else dropped.push(corridor.id);
  }

  // 5. The other waypoints' names, where room is left.
  const places = placeLabels(
    inputs.places.map((place) => pointRequest(place, LABEL_FONT.place)),
    { bounds, obstacles: [...obstacles, ...takenBoxes()] },
  );
  labels.push(...places.placed.map((placed) => toLabel('place', placed)));
  dropped.push(...places.dropped);
  return { labels, dropped };
}

const ringsArea = (rings: Point[][]) => rings.reduce((sum, ring) => sum + Math.abs(polygonArea(ring)), 0);
