/**
 * Everything a park page shows, gathered from the once-per-build indexes and evaluation: no scans of
 * whole tables. Kept out of the page so the page stays markup.
 */
import type { Park } from '../lib/data/tables.ts';
import { INDICATOR_KEYS, INDICATORS, type IndicatorKey } from '../lib/evaluation/indicators.ts';
import { isOverdue } from '../lib/evaluation/projects.ts';
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { getEvaluation } from './evaluation.ts';
import { parkPolicies } from './park-policies.ts';

export type ParkView = ReturnType<typeof buildParkView>;

const views = new Map<string, ParkView>();

/** A park's view, built once per build and park (the park page in each language and the comparison share it). */
export function parkView(park: Park): ParkView {
  let v = views.get(park.id);
  if (!v) views.set(park.id, (v = buildParkView(park)));
  return v;
}

function buildParkView(park: Park) {
  const site = getSite();
  const ix = getIndexes();
  const ev = getEvaluation();
  const history = ev.parkHistory(park.id);
  const latest = history[history.length - 1];
  const indicatorRows = ix.parkIndicatorsByPark.get(park.id) ?? [];

  /** Each indicator over the published years, with the prefecture benchmark. */
  const series = INDICATOR_KEYS.map((key: IndicatorKey) => ({
    key,
    def: INDICATORS[key],
    points: history.map((h) => ({ x: h.year, y: h.score?.values[key] ?? null })),
    benchmark: history.filter((h) => h.evaluation.benchmarks).map((h) => ({ x: h.year, y: h.evaluation.benchmarks![key].value })),
  }));

  // Five-good: the latest year the park was scored, and the prefecture average of that year (both
  // looked up in once-per-build indexes: a scan of every park here made the build parks × parks).
  const fiveGoodHistory = ev.fiveGoodOf(park.id);
  const fiveGoodLatest = fiveGoodHistory[fiveGoodHistory.length - 1];
  const fiveGoodLatestYear = fiveGoodLatest?.year;
  const fiveGoodAverage = fiveGoodLatestYear === undefined ? undefined : ev.fiveGoodAverage(fiveGoodLatestYear);

  const enterprises = ix.enterprisesByPark.get(park.id) ?? [];
  const projects = [...(ix.projectsByPark.get(park.id) ?? [])].sort((a, b) => (a.signed_on < b.signed_on ? 1 : -1));
  const projectRatesByYear = ev.projectYears.map((y) => ({ year: y, rates: ev.rates(y).byPark.get(park.id) })).filter((r) => r.rates);
  const chains = [...new Set([...park.chain_ids, ...enterprises.map((e) => e.chain_id)])].map((id) => site.chainById.get(id)).filter((c) => c !== undefined);

  return {
    county: site.countyById.get(park.county_id),
    history,
    latest,
    indicatorRows,
    series,
    fiveGoodLatest,
    fiveGoodLatestYear,
    fiveGoodAverage,
    fiveGoodHistory,
    enterprises,
    chains,
    projects: projects.map((p) => ({ ...p, overdue: isOverdue(p, site.portal.as_of) })),
    projectRatesByYear,
    sites: ix.sitesByPark.get(park.id) ?? [],
    infrastructure: ix.infrastructureByPark.get(park.id) ?? [],
    ...parkPolicies(ix.policiesForPark(park.id)),
    updates: ix.updatesByPark.get(park.id) ?? [],
  };
}
