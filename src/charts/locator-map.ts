/**
 * A small locator map: labelled points on a Mercator projection fitted to them, over a light graticule
 * and, when given, county boundaries. Labels alternate left and right of their points to limit overlaps.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Lang } from '../lib/i18n/lang.ts';
import {
  ACCENT, chartWords, describe, emptyChart, GRID, labelRoom, linkTo, MUTED, r, svgFrame, svgText, TEXT_SAFETY, textWidth, truncate,
  type ChartOutput, type ChartWords,
} from './core.ts';

export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
  href?: string;
}

export interface LocatorMapData {
  points: MapPoint[];
  /** County outlines (GeoJSON, either winding order). None is shipped; a deployment may add one. */
  boundaries?: FeatureCollection;
}

export interface LocatorMapOptions {
  title: string;
  desc?: string;
  /** The language of the chart's own words; default 'zh'. */
  lang?: Lang;
}

const WIDTH = 640;
const MIN_HEIGHT = 280;
const MAX_HEIGHT = 560;
const PAD_Y = 24;
const MAX_LABEL = 150;
/** The map shows at least this many degrees each way, so one point (or close ones) is not zoomed to a dot. */
const MIN_SPAN = 0.3;

export function locatorMap(data: LocatorMapData, options: LocatorMapOptions): ChartOutput {
  const { title } = options;
  const points = data.points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const w = chartWords(options.lang);
  const columns = [w.t('col.name'), w.t('col.lat'), w.t('col.lon')];
  if (points.length === 0) return emptyChart('map', title, columns, w.lang);

  const boundaries = (data.boundaries?.features ?? []).map(rewindForD3);
  const maxLabel = labelRoom(MAX_LABEL, w.lang);
  const padX = Math.min(maxLabel, Math.max(...points.map((p) => textWidth(p.label)))) + 16;
  const target: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...boundaries, { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: paddedCorners(points) } }],
  };
  // The frame's height follows the area's shape (tall for a north–south prefecture), within limits.
  const [[, top], [, bottom]] = geoPath(geoMercator().fitWidth(WIDTH - 2 * padX, target)).bounds(target);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, bottom - top + 2 * PAD_Y)));
  const projection = geoMercator()
    .fitExtent([[padX, PAD_Y], [WIDTH - padX, height - PAD_Y]], target)
    .clipExtent([[0, 0], [WIDTH, height]]);
  const path = geoPath(projection).digits(1);

  let body = `<rect width="${WIDTH}" height="${height}" fill="#f8f9fa" stroke="${GRID}"/>`;
  body += `<path d="${graticule(projection, height)}" fill="none" stroke="#e3e6ea"/>`;
  for (const f of boundaries) body += `<path d="${path(f) ?? ''}" fill="#fff" stroke="${MUTED}" stroke-width="0.75"/>`;

  const projected = points
    .map((p) => ({ p, xy: projection([p.lon, p.lat]) ?? [0, 0] }))
    .sort((a, b) => a.xy[1] - b.xy[1] || a.xy[0] - b.xy[0]);
  // Dots and placed labels in a grid, so each label is checked against its neighbours only (linear in
  // the number of points, not quadratic).
  const obstacles = new RectGrid();
  projected.forEach(({ xy: [x, y] }, i) => obstacles.add({ x0: x - 6, y0: y - 6, x1: x + 6, y1: y + 6 }, i));
  projected.forEach(({ p, xy: [x, y] }, i) => {
    const label = truncate(p.label, maxLabel);
    const spot = placeLabel(x, y, textWidth(label) * TEXT_SAFETY, i % 2 === 0, (box) => obstacles.overlapWith(box, i), height);
    obstacles.add(spot.box, -1);
    const mark =
      `<circle cx="${r(x)}" cy="${r(y)}" r="5" fill="${ACCENT}" stroke="#fff" stroke-width="1.5"/>` +
      svgText(label, { x: spot.x, y: spot.y, anchor: spot.anchor, halo: true, full: p.label, lang: w.textLang(p.label) });
    body += linkTo(p.href, mark);
  });

  const desc = describe(options.desc, summary(title, points, w));
  return {
    svg: svgFrame({ kind: 'map', width: WIDTH, height, title, desc, body, lang: w.lang }),
    table: { columns, rows: points.map((p) => [p.label, p.lat, p.lon]) },
    title,
    desc,
  };
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Rect;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Rectangles bucketed in square cells: the total overlap of a box with the rectangles stored (each
 * counted once, in the order they were added) touches only the cells the box covers.
 */
class RectGrid {
  private static readonly CELL = 64;
  private readonly cells = new Map<string, number[]>();
  private readonly rects: Rect[] = [];
  private readonly owners: number[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  private each(box: Rect, f: (key: string) => void): void {
    const c = RectGrid.CELL;
    for (let gx = Math.floor(box.x0 / c); gx <= Math.floor(box.x1 / c); gx++) for (let gy = Math.floor(box.y0 / c); gy <= Math.floor(box.y1 / c); gy++) f(`${gx},${gy}`);
  }

  /** Stores a rectangle; `owner` is a point's index (its own dot is skipped for its label), or -1. */
  add(box: Rect, owner: number): void {
    const k = this.rects.length;
    this.rects.push(box);
    this.owners.push(owner);
    this.seen.push(0);
    this.each(box, (key) => {
      let list = this.cells.get(key);
      if (!list) this.cells.set(key, (list = []));
      list.push(k);
    });
  }

  /** Σ overlap of `box` with every stored rectangle except the dot of point `self`. */
  overlapWith(box: Rect, self: number): number {
    const stamp = ++this.stamp;
    const hits: number[] = [];
    this.each(box, (key) => {
      for (const k of this.cells.get(key) ?? []) {
        if (this.seen[k] === stamp) continue;
        this.seen[k] = stamp;
        if (this.owners[k] !== self || this.owners[k] === -1) hits.push(k);
      }
    });
    // Summed in the order added, as a plain scan over all of them would.
    hits.sort((a, b) => a - b);
    let sum = 0;
    for (const k of hits) sum += overlap(box, this.rects[k]!);
    return sum;
  }
}

/**
 * Crude label placement: try right and left (alternating which comes first, point by point from the top),
 * then above and below; keep the first spot that overlaps nothing already placed, else the least bad one.
 */
function placeLabel(x: number, y: number, w: number, rightFirst: boolean, overlapTaken: (box: Rect) => number, height: number): Spot {
  const h = 16;
  const right: Spot = { x: x + 8, y, anchor: 'start', box: { x0: x + 8, y0: y - h / 2, x1: x + 8 + w, y1: y + h / 2 } };
  const left: Spot = { x: x - 8, y, anchor: 'end', box: { x0: x - 8 - w, y0: y - h / 2, x1: x - 8, y1: y + h / 2 } };
  const above: Spot = { x, y: y - 15, anchor: 'middle', box: { x0: x - w / 2, y0: y - 15 - h / 2, x1: x + w / 2, y1: y - 15 + h / 2 } };
  const below: Spot = { x, y: y + 15, anchor: 'middle', box: { x0: x - w / 2, y0: y + 15 - h / 2, x1: x + w / 2, y1: y + 15 + h / 2 } };
  const candidates = rightFirst ? [right, left, above, below] : [left, right, above, below];
  const frame = { x0: 0, y0: 0, x1: WIDTH, y1: height };
  const cost = (s: Spot) =>
    overlapTaken(s.box) + (w * h - overlap(s.box, frame)) * 10;
  let best = candidates[0] as Spot;
  let bestCost = cost(best);
  for (const c of candidates.slice(1)) {
    if (bestCost === 0) break;
    const k = cost(c);
    if (k < bestCost) [best, bestCost] = [c, k];
  }
  return best;
}

/** Meridians and parallels every half degree: straight lines on Mercator, so drawn directly. */
function graticule(projection: GeoProjection, height: number): string {
  const [w, n] = projection.invert?.([0, 0]) ?? [0, 0];
  const [e, s] = projection.invert?.([WIDTH, height]) ?? [0, 0];
  let d = '';
  for (let k = Math.ceil(w * 2); k <= Math.floor(e * 2); k++) d += `M${r(projection([k / 2, n])?.[0] ?? 0)},0V${height}`;
  for (let k = Math.ceil(s * 2); k <= Math.floor(n * 2); k++) d += `M0,${r(projection([w, k / 2])?.[1] ?? 0)}H${WIDTH}`;
  return d;
}

/** Corners of the points' bounding box, widened to MIN_SPAN degrees where narrower. */
function paddedCorners(points: MapPoint[]): Position[] {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const widen = (lo: number, hi: number): [number, number] => {
    const extra = Math.max(0, MIN_SPAN - (hi - lo)) / 2;
    return [lo - extra, hi + extra];
  };
  const [w, e] = widen(Math.min(...lons), Math.max(...lons));
  const [s, n] = widen(Math.min(...lats), Math.max(...lats));
  return [[w, s], [e, n]];
}

/**
 * d3-geo reads polygon rings clockwise; GeoJSON files (RFC 7946) often wind them the other way, which d3
 * takes for "the whole globe minus the county". Such polygons are reversed.
 */
function rewindForD3(feature: Feature): Feature {
  const g = feature.geometry as Geometry | null;
  if (!g) return feature;
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: fix(g.coordinates) } satisfies Polygon };
  if (g.type === 'MultiPolygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(fix) } satisfies MultiPolygon };
  return feature;
}

function summary(title: string, points: MapPoint[], w: ChartWords): string {
  const { t } = w;
  const lat = (v: number) => t(v < 0 ? 'map.south' : 'map.north', { deg: w.number(Math.abs(v), 2) });
  const lon = (v: number) => t(v < 0 ? 'map.west' : 'map.east', { deg: w.number(Math.abs(v), 2) });
  const names = points.map((p) => p.label).join(t('enum'));
  if (points.length === 1) {
    const p = points[0] as MapPoint;
    return t('map.one', { title, label: p.label, lat: lat(p.lat), lon: lon(p.lon) });
  }
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return t('map.many', { title, n: points.length, names, south: lat(Math.min(...lats)), north: lat(Math.max(...lats)), west: lon(Math.min(...lons)), east: lon(Math.max(...lons)) });
}
