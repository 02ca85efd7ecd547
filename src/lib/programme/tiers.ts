/**
 * Firm tiers counted per year over a set of firms (a chain's or a park's): how many firms stood on
 * each tier, so the pyramid of the latest year and the change over the years can be shown. A firm
 * counts once a year, on the tier recorded for it (the table allows one per firm and year).
 */
import { ENTERPRISE_TIERS } from '../data/programme-tables.ts';
import type { ValueOf } from '../data/choices.ts';
import type { EnterpriseTier } from '../data/tables.ts';

export type Tier = ValueOf<typeof ENTERPRISE_TIERS>;

/** The tiers from the top of the pyramid down. */
export const TIER_KEYS: readonly Tier[] = ENTERPRISE_TIERS.map((c) => c.value);

export interface TierYear {
  year: number;
  counts: Record<Tier, number>;
  /** Firms with a tier that year. */
  total: number;
}

/** Counts per tier for each year any of the firms has a tier, years ascending; [] when none has. */
export function tierCounts(rows: readonly EnterpriseTier[], firmIds: ReadonlySet<string>): TierYear[] {
  const byYear = new Map<number, TierYear>();
  for (const r of rows) {
    if (!firmIds.has(r.enterprise_id)) continue;
    let y = byYear.get(r.year);
    if (!y) byYear.set(r.year, (y = { year: r.year, counts: Object.fromEntries(TIER_KEYS.map((k) => [k, 0])) as Record<Tier, number>, total: 0 }));
    y.counts[r.tier] += 1;
    y.total += 1;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
