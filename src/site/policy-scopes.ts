/** Each policy's scope (policy-scope.ts) over the once-per-build dataset, computed once per build. */
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { policyScope, type PolicyScope } from './policy-scope.ts';

let cached: Map<string, PolicyScope> | undefined;

export function policyScopes(): Map<string, PolicyScope> {
  if (cached) return cached;
  const site = getSite();
  const { parksByCounty, policiesSorted } = getIndexes();
  const ctx = {
    chainIds: site.chainsSorted.map((c) => c.id),
    parkIds: site.parksSorted.map((p) => p.id),
    countyIds: site.tables.counties.map((c) => c.id),
    countyOfPark: (id: string) => site.parkById.get(id)?.county_id,
    parksOfCounty: (id: string) => parksByCounty.get(id) ?? [],
  };
  cached = new Map(policiesSorted.map((p) => [p.id, policyScope(p.data, ctx)]));
  return cached;
}
