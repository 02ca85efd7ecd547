/**
 * The quarterly inspection (按季督查): each quarter's findings, whether each was rectified on time,
 * late, or is overdue as of the data date. Definitions (the programme publishes none):
 * - rectified on time: rectified on or before its deadline;
 * - rectified late: rectified after its deadline;
 * - overdue: not rectified and its deadline is before the as-of date (a deadline on the as-of date
 *   itself is not yet overdue, as for projects);
 * - pending: not rectified, deadline not yet passed.
 */
export interface FindingInput {
  id: string;
  quarter: string;
  park_id: string | null;
  chain_id: string | null;
  project_id: string | null;
  deadline: string;
  status: 'open' | 'in_progress' | 'rectified';
  rectified_on: string | null;
}

export type Outcome = 'on_time' | 'late' | 'overdue' | 'pending';

export function outcome(f: FindingInput, asOf: string): Outcome {
  if (f.status === 'rectified' && f.rectified_on !== null) return f.rectified_on <= f.deadline ? 'on_time' : 'late';
  return f.deadline < asOf ? 'overdue' : 'pending';
}

export interface OutcomeCounts {
  total: number;
  on_time: number;
  late: number;
  overdue: number;
  pending: number;
}

export function countOutcomes(findings: readonly FindingInput[], asOf: string): OutcomeCounts {
  const c: OutcomeCounts = { total: 0, on_time: 0, late: 0, overdue: 0, pending: 0 };
  for (const f of findings) {
    c.total++;
    c[outcome(f, asOf)]++;
  }
  return c;
}

/** Distinct quarters with findings, oldest first (`YYYY-QN` sorts as text). */
export function inspectionQuarters(findings: readonly { quarter: string }[]): string[] {
  return [...new Set(findings.map((f) => f.quarter))].sort();
}

export interface QuarterSummary<F extends FindingInput> {
  quarter: string;
  findings: F[];
  counts: OutcomeCounts;
  /** Counts by park and by chain (a finding naming both counts in each); keys sorted. */
  byPark: Map<string, OutcomeCounts>;
  byChain: Map<string, OutcomeCounts>;
}

function countBy<F extends FindingInput>(list: readonly F[], key: (f: F) => string | null, asOf: string): Map<string, OutcomeCounts> {
  const groups = new Map<string, F[]>();
  for (const f of list) {
    const k = key(f);
    if (k === null) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(f);
  }
  return new Map([...groups.keys()].sort().map((k) => [k, countOutcomes(groups.get(k)!, asOf)]));
}

export function quarterSummary<F extends FindingInput>(findings: readonly F[], quarter: string, asOf: string): QuarterSummary<F> {
  const list = findings.filter((f) => f.quarter === quarter).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { quarter, findings: list, counts: countOutcomes(list, asOf), byPark: countBy(list, (f) => f.park_id, asOf), byChain: countBy(list, (f) => f.chain_id, asOf) };
}
