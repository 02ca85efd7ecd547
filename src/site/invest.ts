/**
 * What the investor pages (/invest/) show, derived once per build from the shared dataset, indexes and
 * evaluation: the sites on offer with their filter tokens, the 补链 gaps with their neighbours, the
 * policies in force, and each park's figures for the comparison. The pages stay markup.
 */
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';
import type { Chain, ChainSegment, County, Enterprise, Park, Site as SiteRow } from '../lib/data/tables.ts';
import { isOffered, priceBands, priceTokens, siteAreaM2, siteChainFit, sitePrice, type PriceBand } from '../lib/invest/sites.ts';
import { chainGaps, gapAnchor } from '../lib/invest/gaps.ts';
import { projectRates, type ProjectInput, type ProjectRates } from '../lib/evaluation/projects.ts';
import { policyScopes } from './policy-scopes.ts';
import type { PolicyScope } from './policy-scope.ts';
import { getSite } from './portal.ts';
import { getIndexes, groupBy } from './indexes.ts';
import { getEvaluation } from './evaluation.ts';
import { parkView } from './park-view.ts';

export interface OfferedSite {
  site: SiteRow;
  park: Park;
  county: County | undefined;
  /** Land area (亩 → m²) or floor area, for the area filter. */
  areaM2: number | null;
  /** Reference price in the kind's unit (land 万元/亩, factory 元/平方米·月). */
  price: number | null;
  /** Chains it suits, in chain order; every chain when the site names none (`anyChain`). */
  chains: string[];
  anyChain: boolean;
  priceTokens: string[];
}

export interface InvestSites {
  rows: OfferedSite[];
  bands: PriceBand[];
}

let sitesCache: InvestSites | undefined;

/** Sites on offer (available, idle, reserved), by park order then the table's order. */
export function investSites(): InvestSites {
  if (sitesCache) return sitesCache;
  const site = getSite();
  const ix = getIndexes();
  const chainIds = site.chainsSorted.map((c) => c.id);
  const offered = site.parksSorted.flatMap((park) => (ix.sitesByPark.get(park.id) ?? []).filter(isOffered).map((s) => ({ s, park })));
  const bands = priceBands(offered.map((o) => o.s));
  sitesCache = {
    bands,
    rows: offered.map(({ s, park }) => {
      const fit = siteChainFit(s, chainIds);
      return { site: s, park, county: site.countyById.get(park.county_id), areaM2: siteAreaM2(s), price: sitePrice(s), chains: fit.chains, anyChain: fit.anyChain, priceTokens: priceTokens(s, bands) };
    }),
  };
  return sitesCache;
}

export interface SiteTotals {
  land: number;
  landMu: number;
  factory: number;
  floorM2: number;
}

let totalsCache: SiteTotals | undefined;
let sitesByCountyCache: Map<string, OfferedSite[]> | undefined;

/** The whole region's sites on offer, counted once per build (the finder's introduction, on each county's page too). */
export function investSiteTotals(): SiteTotals {
  if (totalsCache) return totalsCache;
  let land = 0, landMu = 0, factory = 0, floorM2 = 0;
  for (const r of investSites().rows) {
    if (r.site.kind === 'land') {
      land++;
      landMu += r.site.area_mu ?? 0;
    } else if (r.site.kind === 'factory') {
      factory++;
      floorM2 += r.site.floor_area_m2 ?? 0;
    }
  }
  totalsCache = { land, landMu, factory, floorM2 };
  return totalsCache;
}

/** The sites on offer in a county, in the finder's order: grouped once per build, not filtered on each county's page. */
export function investSitesOfCounty(countyId: string): OfferedSite[] {
  sitesByCountyCache ??= groupBy(investSites().rows, (r) => r.park.county_id);
  return sitesByCountyCache.get(countyId) ?? [];
}

export interface Neighbour {
  segment: ChainSegment;
  firms: Enterprise[];
}

export interface GapView {
  anchor: string;
  segment: ChainSegment;
  /** Firms already in the segment (a weak segment has some). */
  firms: Enterprise[];
  upstream: Neighbour[];
  downstream: Neighbour[];
}

export interface ChainGapsView {
  chain: Chain;
  gaps: GapView[];
  parks: Park[];
  /** Policies in force that name this chain, newest first (those for every chain: `generalPolicies`). */
  policies: ContentEntry<PolicyFrontmatter>[];
  /** Sites on offer that suit the chain (named, or general-purpose). */
  sites: number;
}

let gapsCache: ChainGapsView[] | undefined;

/** Every chain that has a missing or weak segment, in chain order. */
export function investGaps(): ChainGapsView[] {
  if (gapsCache) return gapsCache;
  const site = getSite();
  const ix = getIndexes();
  const offered = investSites().rows;
  const firmsOf = (chainId: string, segmentId: string) => ix.enterprisesBySegment.get(`${chainId}|${segmentId}`) ?? [];
  gapsCache = site.chainsSorted
    .map((chain) => ({
      chain,
      gaps: chainGaps(ix.segmentsByChain.get(chain.id) ?? [], ix.linksByChain.get(chain.id) ?? []).map((g) => ({
        anchor: gapAnchor(chain.id, g.segment.id),
        segment: g.segment,
        firms: firmsOf(chain.id, g.segment.id),
        upstream: g.upstream.map((segment) => ({ segment, firms: firmsOf(chain.id, segment.id) })),
        downstream: g.downstream.map((segment) => ({ segment, firms: firmsOf(chain.id, segment.id) })),
      })),
      parks: (ix.parksByChain.get(chain.id) ?? []).map((id) => site.parkById.get(id)).filter((p): p is Park => p !== undefined),
      // Policies for every chain are listed once above the chains, not repeated under each.
      policies: ix.policiesForChain(chain.id).filter((p) => ix.policyStatusOf.get(p.id) === 'in_force' && p.data.chains.length > 0),
      sites: offered.filter((o) => o.chains.includes(chain.id)).length,
    }))
    .filter((c) => c.gaps.length > 0);
  return gapsCache;
}

/** Policies in force that name no chain, so apply to every chain: the gaps page lists them once. */
export function generalPolicies(): ContentEntry<PolicyFrontmatter>[] {
  const ix = getIndexes();
  return ix.policiesSorted.filter((p) => p.data.chains.length === 0 && ix.policyStatusOf.get(p.id) === 'in_force');
}

/** Policies in force on the portal's as-of date, newest first, with where they apply. */
export function inForcePolicies(): { policy: ContentEntry<PolicyFrontmatter>; scope: PolicyScope }[] {
  const ix = getIndexes();
  const scopes = policyScopes();
  return ix.policiesSorted.filter((p) => ix.policyStatusOf.get(p.id) === 'in_force').map((policy) => ({ policy, scope: scopes.get(policy.id)! }));
}

/** A park's figures side by side with others: facts, evaluation, space on offer, infrastructure, projects. */
let offeredByPark: Map<string, OfferedSite[]> | undefined;
let projectsByPark: Map<string, ProjectInput[]> | undefined;
const figuresCache = new Map<string, ParkFigures>();

export function parkFigures(park: Park): ParkFigures {
  let f = figuresCache.get(park.id);
  if (!f) figuresCache.set(park.id, (f = buildParkFigures(park)));
  return f;
}

function buildParkFigures(park: Park) {
  const v = parkView(park);
  // Grouped once per build: filtering every site and project for each park was parks × rows.
  offeredByPark ??= groupBy(investSites().rows, (o) => o.park.id);
  projectsByPark ??= groupBy(getEvaluation().projects, (p) => p.park_id);
  const offered = offeredByPark.get(park.id) ?? [];
  const land = offered.filter((o) => o.site.kind === 'land');
  const factory = offered.filter((o) => o.site.kind === 'factory');
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const range = (xs: (number | null)[]) => {
    const ns = xs.filter((x): x is number => x !== null);
    return ns.length ? { min: Math.min(...ns), max: Math.max(...ns) } : null;
  };
  const projects: ProjectRates = projectRates(projectsByPark.get(park.id) ?? [], getSite().portal.as_of);
  return {
    park,
    county: v.county,
    latest: v.latest,
    score: v.latest?.score,
    chains: v.chains,
    land: { count: land.length, areaMu: sum(land.map((o) => o.site.area_mu)), price: range(land.map((o) => o.price)) },
    factory: { count: factory.length, floorM2: sum(factory.map((o) => o.site.floor_area_m2)), rent: range(factory.map((o) => o.price)) },
    infrastructure: new Map(v.infrastructure.map((i) => [i.item, i])),
    projects,
  };
}

export type ParkFigures = ReturnType<typeof buildParkFigures>;


/**
 * The pair the comparison shows before anyone chooses (and without JavaScript): the two best-ranked
 * parks of the latest published evaluation, else the first two parks.
 */
let pairCache: string[] | undefined;

export function defaultComparePair(): string[] {
  // Every park page asks (through its investor links): sort once per build.
  if (pairCache) return pairCache;
  const site = getSite();
  const graded = getEvaluation().latest?.evaluation.graded ?? [];
  const ranked = [...graded].sort((a, b) => a.rank - b.rank || (a.park_id < b.park_id ? -1 : 1)).map((g) => g.park_id);
  const ids = [...ranked, ...site.parksSorted.map((p) => p.id)];
  pairCache = [...new Set(ids)].slice(0, 2);
  return pairCache;
}
