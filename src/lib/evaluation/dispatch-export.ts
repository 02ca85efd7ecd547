/**
 * A month's rates as rows for CSV and open data: one row overall and one per county, chain and park,
 * with the counts, the four rates and their change from the month before (blank when that month has
 * no data). Rates are ratios 0–1 rounded to 6 decimals.
 */
import type { CsvCell } from '../format/csv.ts';
import { RATE_KEYS, rateChanges, type MonthRates } from './dispatch.ts';
import type { ProjectRates } from './projects.ts';
import { roundHalfUp } from './round.ts';

export const DISPATCH_COLUMNS = [
  'month', 'as_of', 'group', 'group_id', 'signed', 'performing', 'started', 'producing', 'terminated', 'overdue', 'contracted_wan', 'funds_in_place_wan', 'funds_not_reported',
  'performance_rate', 'funds_rate', 'start_rate', 'production_rate', 'performance_change', 'funds_change', 'start_change', 'production_change',
] as const;

const r6 = (x: number | null) => (x === null ? null : roundHalfUp(x, 6));

export function dispatchRows(now: MonthRates, before: MonthRates | null): CsvCell[][] {
  const row = (group: string, id: string, r: ProjectRates, b: ProjectRates | undefined): CsvCell[] => {
    const c = rateChanges(r, before ? b : undefined);
    return [now.month, now.asOf, group, id, r.signed, r.performing, r.started, r.producing, r.terminated, r.overdue, r6(r.contractedWan), r6(r.fundsInPlaceWan), r.fundsNotReported, ...RATE_KEYS.map((k) => r6(r[k])), ...RATE_KEYS.map((k) => r6(c[k]))];
  };
  const out: CsvCell[][] = [row('all', '', now.all, before?.all)];
  for (const [group, m, bm] of [['county', now.byCounty, before?.byCounty], ['chain', now.byChain, before?.byChain], ['park', now.byPark, before?.byPark]] as const) {
    for (const [id, r] of m) out.push(row(group, id, r, bm?.get(id)));
  }
  return out;
}
