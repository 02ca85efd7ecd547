/**
 * Links into the investor pages for one park or chain, wherever a split page puts its rows
 * (src/site/invest-split.ts, gaps-view.ts, policy-finder.ts): each split is decided once per build.
 */
import { inForcePolicies, investGaps, investSites } from './invest.ts';
import { gapHref, gapsChainHref, splitGaps } from './gaps-view.ts';
import { policiesChainHref, policiesParkHref } from './policy-finder.ts';
import { finderParkAnchor, finderParkHref, splitByCounty } from './invest-split.ts';
import { getSite } from './portal.ts';

/** A value computed on first use, then kept for the build. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

const sitesSplit = once(() => splitByCounty('sites', investSites().rows.length));
/** Whether the infrastructure finder is split by county (one row per park). */
export const infrastructureSplit = once(() => splitByCounty('infrastructure', getSite().parksSorted.length));
/** Whether the contacts page puts the parks' offices on a page per county (one card per park). */
export const contactsSplitByCounty = once(() => splitByCounty('contacts', getSite().parksSorted.length));
/** Whether /invest/gaps/ puts each chain's gaps on a page of its own (src/site/gaps-view.ts). */
export const gapsSplitByChain = once(() => splitGaps(investGaps().reduce((n, c) => n + c.gaps.length, 0)));
/** Whether the policy finder is split by county and by chain (policies in force above the threshold). */
export const policiesSplitByPlace = once(() => splitByCounty('policies', inForcePolicies().length));

type ParkRef = { id: string; county_id: string };

/** The site finder for one park: `base?park=<id>`, or its county's page when the finder is split. */
export const parkSitesHref = (base: string, park: ParkRef) => finderParkHref(base, sitesSplit(), park);
/** A park's section of the infrastructure finder: `base#park-<id>`, on its county's page when split. */
export const parkInfrastructureHref = (base: string, park: ParkRef) => finderParkAnchor(base, infrastructureSplit(), park);
/** A park's contact card: `base#park-<id>`, on its county's page when the contacts are split. */
export const parkContactsHref = (base: string, park: ParkRef) => finderParkAnchor(base, contactsSplitByCounty(), park);
/** The policy finder for one park: `?park=<id>`, on its county's page when the finder is split. */
export const parkPoliciesHref = (base: string, park: ParkRef) => policiesParkHref(base, policiesSplitByPlace(), park);
/** The policy finder for one chain: `?chain=<id>`, or the chain's page when the finder is split. */
export const chainPoliciesHref = (base: string, chainId: string) => policiesChainHref(base, policiesSplitByPlace(), chainId);
/** A chain's gaps: `base#chain-<id>`, or its own page when the gaps are split by chain. */
export const chainGapsHref = (base: string, chainId: string) => gapsChainHref(base, gapsSplitByChain(), chainId);
/** One gap (`#gap-<chain>--<segment>`), on its chain's page when the gaps are split by chain. */
export const gapLinkHref = (base: string, chainId: string, anchor: string) => gapHref(base, gapsSplitByChain(), chainId, anchor);
