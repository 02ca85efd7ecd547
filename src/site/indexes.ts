/**
 * Lookups built once per build so pages never scan whole tables: rows grouped by park, chain,
 * segment and county. Each list keeps the table's row order.
 */
import type { ContentEntry, PolicyFrontmatter, UpdateFrontmatter } from '../lib/data/content.ts';
import type { ChainIndicator, ChainLink, ChainSegment, Enterprise, FiveGoodScore, ParkIndicator, ParkInfrastructure, Project, Site, TargetProgress } from '../lib/data/tables.ts';
import { policyStatus, type PolicyStatus } from '../lib/data/policy-status.ts';
import { getSite } from './portal.ts';
import { appliesEverywhere } from './policy-scope.ts';
import { projectsNewestFirst } from './chain-lists.ts';

/** Rows grouped by a key (or several keys each), each group in the rows' order. */
export function groupBy<T>(rows: readonly T[], key: (r: T) => string | string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const keys = key(r);
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      let list = m.get(k);
      if (!list) m.set(k, (list = []));
      list.push(r);
    }
  }
  return m;
}

export interface Indexes {
  parkIndicatorsByPark: Map<string, ParkIndicator[]>;
  fiveGoodByPark: Map<string, FiveGoodScore[]>;
  infrastructureByPark: Map<string, ParkInfrastructure[]>;
  sitesByPark: Map<string, Site[]>;
  sitesByChain: Map<string, Site[]>;
  enterprisesByPark: Map<string, Enterprise[]>;
  enterprisesByChain: Map<string, Enterprise[]>;
  /** Key `${chain_id}|${segment_id}`. */
  enterprisesBySegment: Map<string, Enterprise[]>;
  projectsByPark: Map<string, Project[]>;
  projectsByChain: Map<string, Project[]>;
  segmentsByChain: Map<string, ChainSegment[]>;
  linksByChain: Map<string, ChainLink[]>;
  chainIndicatorsByChain: Map<string, ChainIndicator[]>;
  parksByCounty: Map<string, string[]>;
  /** Parks on a chain: from parks.chain_ids and chains.key_park_ids together, by id. */
  parksByChain: Map<string, string[]>;
  progressByTarget: Map<string, TargetProgress[]>;
  /** Policies that apply to a park: named directly, through its county, or naming no park or county (all parks). */
  policiesForPark(parkId: string): ContentEntry<PolicyFrontmatter>[];
  /** Policies that apply to a chain: named directly, or naming no chain (all chains). */
  policiesForChain(chainId: string): ContentEntry<PolicyFrontmatter>[];
  policyStatusOf: Map<string, PolicyStatus>;
  updatesByPark: Map<string, ContentEntry<UpdateFrontmatter>[]>;
  updatesByChain: Map<string, ContentEntry<UpdateFrontmatter>[]>;
  /** Updates newest first. */
  updatesSorted: ContentEntry<UpdateFrontmatter>[];
  /** Policies newest first. */
  policiesSorted: ContentEntry<PolicyFrontmatter>[];
  /** Projects newest signing first, then by id: the projects list, sorted once per build, not on each of its pages. */
  projectsSorted: Project[];
  /** The chains a park is on (parksByChain turned round), in chain order of parksByChain. */
  chainsByPark: Map<string, string[]>;
  /** A chain's projects newest signing first (projectsNewestFirst), sorted once per chain, not on each page that lists them. */
  chainProjectsNewestFirst(chainId: string): Project[];
}

let cached: Indexes | undefined;

export function getIndexes(): Indexes {
  if (cached) return cached;
  const site = getSite();
  const t = site.tables;
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const parksByChain = new Map<string, Set<string>>();
  const addParkToChain = (chain: string, park: string) => {
    let s = parksByChain.get(chain);
    if (!s) parksByChain.set(chain, (s = new Set()));
    s.add(park);
  };
  for (const p of t.parks) for (const c of p.chain_ids) addParkToChain(c, p.id);
  for (const c of t.chains) for (const p of c.key_park_ids) addParkToChain(c.id, p);

  const updatesSorted = [...site.content.updates].sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : byId(a.id, b.id)));
  const policiesSorted = [...site.content.policies].sort((a, b) => (a.data.issued_on < b.data.issued_on ? 1 : a.data.issued_on > b.data.issued_on ? -1 : byId(a.id, b.id)));
  const policiesByPark = groupBy(policiesSorted, (p) => p.data.parks);
  const policiesByCounty = groupBy(policiesSorted, (p) => p.data.counties);
  const policiesByChain = groupBy(policiesSorted, (p) => p.data.chains);
  // A policy that names no park or county applies to every park; one that names no chain, to every chain.
  const everyPark = policiesSorted.filter((p) => appliesEverywhere(p.data));
  const everyChain = policiesSorted.filter((p) => p.data.chains.length === 0);
  // Newest first, each once: a Set, not list.includes per policy (that made every park page scan the
  // policies × the park's policies, 200 million comparisons at national scale).
  const keepOrder = (list: ContentEntry<PolicyFrontmatter>[]) => {
    const wanted = new Set(list);
    return policiesSorted.filter((p) => wanted.has(p));
  };

  const parksByChainSorted = new Map([...parksByChain].map(([k, v]) => [k, [...v].sort(byId)]));
  const chainsByPark = new Map<string, string[]>();
  for (const [chain, parks] of parksByChainSorted) {
    for (const p of parks) {
      let list = chainsByPark.get(p);
      if (!list) chainsByPark.set(p, (list = []));
      list.push(chain);
    }
  }

  const projectsByChain = groupBy(t.projects, (r) => r.chain_id);
  const chainProjectsSorted = new Map<string, Project[]>();

  cached = {
    parkIndicatorsByPark: groupBy([...t.parkIndicators].sort((a, b) => a.year - b.year), (r) => r.park_id),
    fiveGoodByPark: groupBy(t.fiveGoodScores, (r) => r.park_id),
    infrastructureByPark: groupBy(t.parkInfrastructure, (r) => r.park_id),
    sitesByPark: groupBy(t.sites, (r) => r.park_id),
    sitesByChain: groupBy(t.sites, (r) => r.chain_ids),
    enterprisesByPark: groupBy(t.enterprises, (r) => r.park_id),
    enterprisesByChain: groupBy(t.enterprises, (r) => r.chain_id),
    enterprisesBySegment: groupBy(t.enterprises, (r) => `${r.chain_id}|${r.segment_id ?? ''}`),
    projectsByPark: groupBy(t.projects, (r) => r.park_id),
    projectsByChain,
    segmentsByChain: groupBy([...t.chainSegments].sort((a, b) => a.order - b.order), (r) => r.chain_id),
    linksByChain: groupBy(t.chainLinks, (r) => r.chain_id),
    chainIndicatorsByChain: groupBy([...t.chainIndicators].sort((a, b) => a.year - b.year), (r) => r.chain_id),
    parksByCounty: new Map([...groupBy(t.parks, (p) => p.county_id)].map(([k, v]) => [k, v.map((p) => p.id)])),
    parksByChain: parksByChainSorted,
    progressByTarget: groupBy([...t.targetProgress].sort((a, b) => (a.as_of < b.as_of ? -1 : 1)), (r) => r.target_id),
    policiesForPark(parkId) {
      const county = site.parkById.get(parkId)?.county_id ?? '';
      return keepOrder([...(policiesByPark.get(parkId) ?? []), ...(policiesByCounty.get(county) ?? []), ...everyPark]);
    },
    policiesForChain(chainId) {
      return keepOrder([...(policiesByChain.get(chainId) ?? []), ...everyChain]);
    },
    policyStatusOf: new Map(policiesSorted.map((p) => [p.id, policyStatus(p.data, site.portal.as_of)])),
    updatesByPark: groupBy(updatesSorted, (u) => u.data.parks),
    updatesByChain: groupBy(updatesSorted, (u) => u.data.chains),
    updatesSorted,
    policiesSorted,
    projectsSorted: [...t.projects].sort((a, b) => (a.signed_on < b.signed_on ? 1 : a.signed_on > b.signed_on ? -1 : a.id < b.id ? -1 : 1)),
    chainsByPark,
    chainProjectsNewestFirst(chainId) {
      let list = chainProjectsSorted.get(chainId);
      if (!list) chainProjectsSorted.set(chainId, (list = projectsNewestFirst(projectsByChain.get(chainId) ?? [])));
      return list;
    },
  };
  return cached;
}
