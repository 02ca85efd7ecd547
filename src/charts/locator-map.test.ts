import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { locatorMap, type MapPoint } from './locator-map.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// The sample dataset's park locations (illustrative).
const points: MapPoint[] = [
  { id: 'jishou-hitech', label: '吉首高新区', lat: 28.289, lon: 109.733, href: '/parks/jishou-hitech/' },
  { id: 'jishou-food', label: '吉首食品园', lat: 28.238, lon: 109.661 },
  { id: 'luxi-hitech', label: '泸溪高新区', lat: 28.203, lon: 110.188 },
  { id: 'luxi-storage', label: '泸溪钒储能园', lat: 28.236, lon: 110.248 },
  { id: 'fenghuang-industrial', label: '凤凰工业区', lat: 27.969, lon: 109.623 },
  { id: 'huayuan-econ', label: '花垣经开区', lat: 28.595, lon: 109.468 },
  { id: 'baojing-industrial', label: '保靖工业区', lat: 28.712, lon: 109.644 },
  { id: 'guzhang-industrial', label: '古丈工业区', lat: 28.605, lon: 109.966 },
  { id: 'yongshun-econ', label: '永顺经开区', lat: 28.983, lon: 109.872 },
  { id: 'longshan-econ', label: '龙山经开区', lat: 29.438, lon: 109.462 },
];

/** A square around 吉首 wound counter-clockwise, as RFC 7946 files are. */
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: { name: '示例县' },
    geometry: { type: 'Polygon', coordinates: [[[109.5, 28.1], [109.9, 28.1], [109.9, 28.4], [109.5, 28.4], [109.5, 28.1]]] },
  }],
};

function circles(svg: string): [number, number][] {
  return [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('locatorMap', () => {
  it('locatorMap(ten parks) matches the stored snapshot', () => {
    matchSvgSnapshot('locator-map', locatorMap({ points }, { title: '湘西州园区分布' }).svg);
  });

  it('locatorMap(ten parks) keeps every point inside the frame, north up and east right', () => {
    const xy = circles(locatorMap({ points }, { title: 't' }).svg);
    expect(xy).toHaveLength(10);
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(640);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(560);
    }
    // Points are drawn top to bottom: 龙山 (northmost) first, 凤凰 (southmost) last.
    const marks = locatorMap({ points }, { title: 't' }).svg.split('</desc>')[1] ?? '';
    expect(marks.indexOf('龙山')).toBeLessThan(marks.indexOf('凤凰'));
  });

  it('locatorMap(one point) centres it without NaN or Infinity', () => {
    const out = locatorMap({ points: [points[0] as MapPoint] }, { title: '吉首高新区位置' });
    expect(out.svg).not.toMatch(/NaN|Infinity/);
    const [[x, y]] = circles(out.svg) as [[number, number]];
    expect(x).toBeCloseTo(320, 0);
    expect(y).toBeCloseTo(Number(/viewBox="0 0 640 (\d+)"/.exec(out.svg)?.[1]) / 2, 0);
    expect(out.desc).toBe('吉首高新区位置：吉首高新区位于北纬 28.29°、东经 109.73°。');
  });

  it('locatorMap(two points at the same place) still fits', () => {
    const p = points[0] as MapPoint;
    expect(locatorMap({ points: [p, { ...p, id: 'b', label: '乙' }] }, { title: 't' }).svg).not.toMatch(/NaN|Infinity/);
  });

  it('locatorMap(href) wraps the point and its label in a link', () => {
    expect(locatorMap({ points }, { title: 't' }).svg).toMatch(/<a href="\/parks\/jishou-hitech\/"><circle [^>]+\/><text[^>]+>吉首高新区<\/text><\/a>/);
  });

  it('locatorMap(counter-clockwise boundary) draws the county, not the rest of the globe', () => {
    const out = locatorMap({ points: [points[0] as MapPoint], boundaries: square }, { title: 't' });
    const d = /<path d="([^"]+)" fill="#fff"/.exec(out.svg)?.[1] ?? '';
    expect(d).not.toBe('');
    // The square fills most of the frame; were it read as "globe minus square" it would be clipped to the frame's edges.
    const xs = [...d.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(1);
    expect(Math.max(...xs)).toBeLessThan(639);
  });

  it('locatorMap(...).table gives name, latitude and longitude as given', () => {
    expect(locatorMap({ points }, { title: 't' }).table.rows[0]).toEqual(['吉首高新区', 28.289, 109.733]);
  });

  it('locatorMap({points: []}) says 暂无数据', () => {
    expect(locatorMap({ points: [] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('locatorMap in English', () => {
  const en: MapPoint[] = [
    { id: 'jishou-hitech', label: 'Jishou Hi-tech Zone', lat: 28.289, lon: 109.733, href: '/en/parks/jishou-hitech/' },
    { id: 'luxi-hitech', label: 'Luxi Hi-tech Zone', lat: 28.203, lon: 110.188 },
    { id: 'longshan-econ', label: 'Longshan Economic Development Zone', lat: 29.438, lon: 109.462 },
  ];

  it('locatorMap(three parks, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('locator-map-en', locatorMap({ points: en }, { title: 'Where the parks are', lang: 'en' }).svg);
  });

  it('locatorMap(..., {lang: "en"}).desc gives the extent in degrees N and E; table columns in English', () => {
    const out = locatorMap({ points: en }, { title: 'Parks', lang: 'en' });
    expect(out.desc).toBe('Parks: 3 places (Jishou Hi-tech Zone, Luxi Hi-tech Zone, Longshan Economic Development Zone) between 28.2° N and 29.44° N, 109.46° E and 110.19° E.');
    expect(out.table.columns).toEqual(['Name', 'Latitude', 'Longitude']);
    expect(locatorMap({ points: en.slice(0, 1) }, { title: 'Park', lang: 'en' }).desc).toBe('Park: Jishou Hi-tech Zone at 28.29° N, 109.73° E.');
  });
});
