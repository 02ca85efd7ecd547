/** Links into the investor finders for one park, wherever the finder puts that park's rows (src/site/invest-split.ts). */
import { investSites } from './invest.ts';
import { finderParkAnchor, finderParkHref, splitByCounty } from './invest-split.ts';
import { getSite } from './portal.ts';

let sitesSplit: boolean | undefined;

/** The site finder for one park: `base?park=<id>`, or its county's page when the finder is split. */
export function parkSitesHref(base: string, park: { id: string; county_id: string }): string {
  sitesSplit ??= splitByCounty('sites', investSites().rows.length);
  return finderParkHref(base, sitesSplit, park);
}

let infraSplit: boolean | undefined;

/** Whether the infrastructure finder is split by county (one row per park). */
export function infrastructureSplit(): boolean {
  infraSplit ??= splitByCounty('infrastructure', getSite().parksSorted.length);
  return infraSplit;
}

/** A park's section of the infrastructure finder: `base#park-<id>`, on its county's page when split. */
export function parkInfrastructureHref(base: string, park: { id: string; county_id: string }): string {
  return finderParkAnchor(base, infrastructureSplit(), park);
}
