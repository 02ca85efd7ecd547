/**
 * A target's standing and its progress as a yearly series, and a cluster's output as the sum of its
 * chains'. Pure: rows in, numbers out. Edge cases are defined: no progress yet (no latest value, not
 * met), a target of 0 to be reached from above (share undefined), a year where one chain of a cluster
 * has no output (that year left out of the sum rather than under-counted).
 */
import type { ChainIndicator, Target, TargetProgress } from '../data/tables.ts';

export interface TargetStanding {
  /** The newest progress row (by date), if any. */
  latest: TargetProgress | undefined;
  /** The latest value meets the target in its direction. */
  met: boolean;
  /**
   * How far along, 0–1 (capped): for "at least" targets, (latest − baseline) ÷ (target − baseline),
   * with a baseline of 0 when none is given; for "at most" targets, (baseline − latest) ÷ (baseline −
   * target), which needs a baseline. Null when it cannot be worked out.
   */
  share: number | null;
  /** The deadline has passed on the as-of date and the target is not met. */
  overdue: boolean;
}

export function targetStanding(target: Pick<Target, 'direction' | 'target_value' | 'baseline_value' | 'deadline'>, progress: readonly TargetProgress[], asOf: string): TargetStanding {
  const latest = [...progress].sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0)).at(-1);
  const atLeast = target.direction === 'at_least';
  const met = latest !== undefined && (atLeast ? latest.value >= target.target_value : latest.value <= target.target_value);
  let share: number | null = null;
  if (latest) {
    const base = atLeast ? (target.baseline_value ?? 0) : target.baseline_value;
    if (base !== null) {
      const span = atLeast ? target.target_value - base : base - target.target_value;
      const done = atLeast ? latest.value - base : base - latest.value;
      if (span > 0) share = Math.min(Math.max(done / span, 0), 1);
    }
  }
  return { latest, met, share, overdue: !met && target.deadline < asOf };
}

export interface YearPoint {
  x: number;
  y: number;
}

/**
 * The target as years for a line chart: the baseline at its year, then for each year with progress
 * the last value reported that year; and the target itself, every year from the first year shown
 * to the deadline's year (or the last value's year, if later).
 */
export function targetYearSeries(target: Pick<Target, 'target_value' | 'baseline_value' | 'baseline_year' | 'deadline'>, progress: readonly TargetProgress[]): { values: YearPoint[]; target: YearPoint[] } {
  const byYear = new Map<number, { asOf: string; value: number }>();
  if (target.baseline_value !== null && target.baseline_year !== null) byYear.set(target.baseline_year, { asOf: '', value: target.baseline_value });
  for (const p of progress) {
    const year = Number(p.as_of.slice(0, 4));
    const had = byYear.get(year);
    if (!had || p.as_of >= had.asOf) byYear.set(year, { asOf: p.as_of, value: p.value });
  }
  const values = [...byYear].map(([x, v]) => ({ x, y: v.value })).sort((a, b) => a.x - b.x);
  const deadlineYear = Number(target.deadline.slice(0, 4));
  const first = Math.min(values[0]?.x ?? deadlineYear, deadlineYear);
  const last = Math.max(deadlineYear, values.at(-1)?.x ?? deadlineYear);
  return { values, target: Array.from({ length: last - first + 1 }, (_, i) => ({ x: first + i, y: target.target_value })) };
}

/**
 * A cluster's output by year: the sum of its chains' output (万元), only for years in which every one
 * of its chains reports an output. Years ascending.
 */
export function clusterOutput(chainIds: readonly string[], indicators: readonly Pick<ChainIndicator, 'chain_id' | 'year' | 'output_wan'>[]): YearPoint[] {
  const wanted = new Set(chainIds);
  const byYear = new Map<number, Map<string, number>>();
  for (const r of indicators) {
    if (!wanted.has(r.chain_id) || r.output_wan === null) continue;
    if (!byYear.has(r.year)) byYear.set(r.year, new Map());
    byYear.get(r.year)!.set(r.chain_id, r.output_wan);
  }
  return [...byYear]
    .filter(([, m]) => m.size === wanted.size)
    .map(([x, m]) => ({ x, y: [...m.values()].reduce((s, v) => s + v, 0) }))
    .sort((a, b) => a.x - b.x);
}
