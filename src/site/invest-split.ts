/**
 * The investor finders split by county at national scale (issue 19: no page above 300 KiB). A finder
 * with more rows than its threshold keeps its introduction, filters' explanation and map at its own
 * address, lists the counties with their counts there, and puts each county's rows on
 * `/invest/<finder>/county/<county-id>/`. Links into the finder for one park (`?park=<id>` from park,
 * chain and comparison pages) then point at that park's county page, so they land on the park's rows
 * without JavaScript; the filter script still reads `?park=` there. At or below the threshold (the
 * sample) the finder stays one page, exactly as before, and no county page is built.
 */
export type Finder = 'sites' | 'infrastructure' | 'contacts' | 'policies';

/**
 * Rows above which a finder is split: a site row is about 1.3 KB of HTML (607 KiB for 449 sites at the
 * bench's M size), so 150 rows keep the page near 200 KiB; a park of the infrastructure finder is about
 * 2.2 KB (its table row and its section; 340 KiB for 150 parks), so 100 parks. A park's card of the
 * contacts page is about 1.1 KB (2.8 MB for 2,500 parks at L), so 150 parks. A policy in force is
 * about 1.3 KB in the policy finder (with `*` for "every park": 400 policies at L), so 150 policies;
 * the policy finder splits by county and by chain (src/site/policy-finder.ts).
 */
export const SPLIT_THRESHOLD: Record<Finder, number> = { sites: 150, infrastructure: 100, contacts: 150, policies: 150 };

export function splitByCounty(finder: Finder, rows: number): boolean {
  return rows > SPLIT_THRESHOLD[finder];
}

/** Rows per county, in the order the counties are given; counties without rows are left out. */
export function countyCounts<C extends { id: string }>(counties: readonly C[], countyOfRows: readonly string[]): { county: C; n: number }[] {
  const n = new Map<string, number>();
  for (const id of countyOfRows) n.set(id, (n.get(id) ?? 0) + 1);
  return counties.filter((c) => n.has(c.id)).map((county) => ({ county, n: n.get(county.id)! }));
}

/**
 * The address of a finder for one park: its county page when the finder is split, else the finder;
 * with `?park=<id>` for the filter script either way. `base` is the finder's address (ending in `/`).
 */
export function finderParkHref(base: string, split: boolean, park: { id: string; county_id: string }): string {
  return `${split ? countyHref(base, park.county_id) : base}?park=${encodeURIComponent(park.id)}`;
}

/** The address of a park's section (`#park-<id>`) in a finder, on its county's page when the finder is split. */
export function finderParkAnchor(base: string, split: boolean, park: { id: string; county_id: string }): string {
  return `${split ? countyHref(base, park.county_id) : base}#park-${encodeURIComponent(park.id)}`;
}

export function countyHref(base: string, countyId: string): string {
  return `${base}county/${encodeURIComponent(countyId)}/`;
}
