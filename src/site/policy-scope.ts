/**
 * Where a policy applies, as the policies list filters it. A policy that names no park and no county
 * applies across the prefecture, and one that names no chain is not limited to a chain: both get every
 * token, so choosing any park, county or chain in the filter still finds them.
 */
export interface PolicyScope {
  /** Chain ids, in the given chain order: every chain when the policy names none. */
  chains: string[];
  /** Park ids, in the given park order: named parks and every park of a named county. */
  parks: string[];
  /** County ids, in the given county order: named counties and the county of every named park. */
  counties: string[];
  /** The policy names no chain. */
  anyChain: boolean;
  /** The policy names no park and no county: it applies to the whole prefecture (全州). */
  everywhere: boolean;
}

export interface ScopeContext {
  chainIds: readonly string[];
  parkIds: readonly string[];
  countyIds: readonly string[];
  countyOfPark(parkId: string): string | undefined;
  parksOfCounty(countyId: string): readonly string[];
}

/** A policy that names no park and no county applies across the whole region (全州): the one rule the
 *  policies list, a policy's page, the park pages and the per-park look-ups share. */
export function appliesEverywhere(p: { parks: readonly string[]; counties: readonly string[] }): boolean {
  return p.parks.length === 0 && p.counties.length === 0;
}

export function policyScope(p: { chains: readonly string[]; parks: readonly string[]; counties: readonly string[] }, ctx: ScopeContext): PolicyScope {
  const anyChain = p.chains.length === 0;
  const everywhere = appliesEverywhere(p);
  const parks = new Set(p.parks);
  const counties = new Set(p.counties);
  for (const c of p.counties) for (const park of ctx.parksOfCounty(c)) parks.add(park);
  for (const park of p.parks) {
    const c = ctx.countyOfPark(park);
    if (c !== undefined) counties.add(c);
  }
  const chains = new Set(p.chains);
  return {
    chains: anyChain ? [...ctx.chainIds] : ctx.chainIds.filter((id) => chains.has(id)),
    parks: everywhere ? [...ctx.parkIds] : ctx.parkIds.filter((id) => parks.has(id)),
    counties: everywhere ? [...ctx.countyIds] : ctx.countyIds.filter((id) => counties.has(id)),
    anyChain,
    everywhere,
  };
}
