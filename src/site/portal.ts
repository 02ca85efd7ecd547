/**
 * The once-per-build dataset and the views pages read. Loaded on first use and shared by every page:
 * no page re-reads a file or re-scans a table it can look up here.
 */
import type { Dataset } from '../lib/data/dataset.ts';
import { loadOnce } from './shared-load.ts';
import { formatReport } from '../lib/data/report.ts';
import type { Chain, County, Park } from '../lib/data/tables.ts';

export interface Site extends Dataset {
  parkById: Map<string, Park>;
  chainById: Map<string, Chain>;
  countyById: Map<string, County>;
  /** Parks sorted by county then id; chains by their order. */
  parksSorted: Park[];
  chainsSorted: Chain[];
}

let cached: Site | undefined;

export function getSite(): Site {
  if (cached) return cached;
  const { dataset, issues } = loadOnce();
  // The data gate integration stops the build before this on bad data; this is the backstop.
  if (!dataset) throw new Error(`The data check failed:\n${formatReport(issues)}`);
  const { tables } = dataset;
  const countyOrder = new Map(tables.counties.map((c, i) => [c.id, i]));
  cached = {
    ...dataset,
    parkById: new Map(tables.parks.map((p) => [p.id, p])),
    chainById: new Map(tables.chains.map((c) => [c.id, c])),
    countyById: new Map(tables.counties.map((c) => [c.id, c])),
    parksSorted: [...tables.parks].sort((a, b) => (countyOrder.get(a.county_id) ?? 0) - (countyOrder.get(b.county_id) ?? 0) || (a.id < b.id ? -1 : 1)),
    chainsSorted: [...tables.chains].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)),
  };
  return cached;
}
