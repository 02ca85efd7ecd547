/**
 * Which policies a park page lists. Those that apply region-wide (naming no park or county) are listed
 * while there are at most REGION_POLICIES_LISTED of them; above that the page counts them and links the
 * policy finder for the park, which lists every one (at national scale 72 of them took about 14 KiB of
 * each of 5,000 park pages, and a reader looking for the park's own policies had to find them among 72).
 */
import { appliesEverywhere } from './policy-scope.ts';

export const REGION_POLICIES_LISTED = 12;

interface PolicyLike {
  data: { parks: readonly string[]; counties: readonly string[] };
}

const regionWide = (p: PolicyLike) => appliesEverywhere(p.data);

/** The policies a park page lists (in the order given), and how many region-wide ones it counts instead. */
export function parkPolicies<P extends PolicyLike>(all: readonly P[], listed = REGION_POLICIES_LISTED): { policies: P[]; regionWideNotListed: number } {
  const wide = all.filter(regionWide).length;
  if (wide <= listed) return { policies: [...all], regionWideNotListed: 0 };
  return { policies: all.filter((p) => !regionWide(p)), regionWideNotListed: wide };
}
