/**
 * The region in numbers for a year: totals over every park row of that year (graded or not), and
 * per-mu figures over the parks that report both the amount and their land.
 */
import type { ParkYearInput } from './indicators.ts';

export interface RegionYear {
  year: number;
  parks: number;
  landMu: number;
  outputWan: number;
  taxWan: number;
  /** Σ output ÷ Σ land over parks with both; null when none has both. */
  outputPerMu: number | null;
  taxPerMu: number | null;
}

export function regionYear(rows: readonly ParkYearInput[], year: number): RegionYear {
  const ofYear = rows.filter((r) => r.year === year).sort((a, b) => (a.park_id < b.park_id ? -1 : 1));
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const perMu = (pick: (r: ParkYearInput) => number | null) => {
    const both = ofYear.filter((r) => pick(r) !== null && r.industrial_land_mu !== null);
    const land = sum(both.map((r) => r.industrial_land_mu));
    return land > 0 ? sum(both.map(pick)) / land : null;
  };
  return {
    year,
    parks: ofYear.length,
    landMu: sum(ofYear.map((r) => r.industrial_land_mu)),
    outputWan: sum(ofYear.map((r) => r.industrial_output_wan)),
    taxWan: sum(ofYear.map((r) => r.tax_wan)),
    outputPerMu: perMu((r) => r.industrial_output_wan),
    taxPerMu: perMu((r) => r.tax_wan),
  };
}

/** Relative change from `before` to `after` (0.1 = +10%); null when either is missing or before is 0. */
export function change(after: number | null, before: number | null): number | null {
  if (after === null || before === null || before === 0) return null;
  return after / before - 1;
}
