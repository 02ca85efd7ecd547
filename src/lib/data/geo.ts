/**
 * Optional county boundaries for the locator map: `data/geo/counties.geojson`, supplied by a deployer
 * who has an approved base map. None is shipped (published boundary maps in China need approval).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { hint, type DataIssue } from './issues.ts';

export const BOUNDARIES_FILE = 'geo/counties.geojson';

export function readBoundaries(dataDir: string, shownDataDir: string): { boundaries?: FeatureCollection; issues: DataIssue[] } {
  const path = join(dataDir, BOUNDARIES_FILE);
  if (!existsSync(path)) return { issues: [] };
  const file = `${shownDataDir}/${BOUNDARIES_FILE}`;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { type?: unknown; features?: unknown };
    if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error('not a FeatureCollection');
    return { boundaries: json as FeatureCollection, issues: [] };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { issues: [{ severity: 'error', file, rule: 'geo.invalid', message: { zh: `县界文件不是有效的 GeoJSON FeatureCollection：${msg}`, en: `The boundaries file is not a valid GeoJSON FeatureCollection: ${msg}` }, hint: hint('导出为 GeoJSON（FeatureCollection，WGS-84 经纬度），或删除该文件。', 'Export it as a GeoJSON FeatureCollection in WGS-84, or delete the file.') }] };
  }
}
