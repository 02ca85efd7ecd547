/**
 * Ranking and grading. Ties: totals equal when rounded to 2 decimals share a rank, and the next rank
 * skips (1, 2, 2, 4) — the "competition" ranking of d3.rank's ties. Equal parks are listed by id.
 */
import { roundHalfUp } from './round.ts';

export const GRADE_ORDER = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADE_ORDER)[number];

export interface GradeRule {
  grade: Grade;
  /** Lowest total of the grade (threshold method); null for the last grade. */
  min_score: number | null;
  /** Share of graded parks (quota method), 0–1. */
  quota_ratio: number | null;
}

/** Sorts by total (rounded to 2 decimals) descending, then id; gives each its competition rank. */
export function rankByTotal<T extends { id: string; total: number }>(items: readonly T[]): (T & { rank: number })[] {
  const byId = [...items.keys()].sort((a, b) => (items[a]!.id < items[b]!.id ? -1 : items[a]!.id > items[b]!.id ? 1 : 0));
  const { order, rank } = rankOrder(Float64Array.from(byId, (i) => items[i]!.total));
  return Array.from(order, (k, j) => ({ ...items[byId[k]!]!, rank: rank[j]! }));
}

/**
 * The ranking of totals given in id order: `order[j]` is the index of the j-th best (by total rounded to
 * 2 decimals, descending; equal totals by index, i.e. by id), `rank[j]` its competition rank. Typed
 * arrays and one sort of indexes: no object per item.
 */
export function rankOrder(totals: ArrayLike<number>): { order: Uint32Array; rank: Uint32Array } {
  const n = totals.length;
  // Round each total once (not inside the comparator: that would round n·log n times).
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = roundHalfUp(totals[i]!, 2);
  return rankOrderPacked(t) ?? rankOrderCompared(t);
}

/**
 * rankOrder by one native sort of numbers, without a comparator called n·log n times: each rounded
 * total in cents and its index packed into one integer key, −cents × 2^bits + index, exact in a double
 * while |cents| < 2^(53 − bits). Ascending keys are descending totals, equal totals by index. Null when
 * a total is not finite or too large to pack (then rankOrderCompared sorts).
 */
function rankOrderPacked(t: Float64Array): { order: Uint32Array; rank: Uint32Array } | null {
  const n = t.length;
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** bits;
  const limit = 2 ** (52 - bits);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // t is rounded to 2 decimals, so t × 100 is within a rounding error of its whole number of cents.
    const cents = Math.round(t[i]! * 100);
    if (!(Math.abs(cents) < limit)) return null;
    keys[i] = -cents * scale + i;
  }
  keys.sort();
  const order = new Uint32Array(n);
  const rank = new Uint32Array(n);
  let r = 0;
  let prev = NaN;
  for (let j = 0; j < n; j++) {
    const k = keys[j]!;
    const negCents = Math.floor(k / scale);
    const i = k - negCents * scale;
    order[j] = i;
    if (negCents !== prev) {
      r = j + 1;
      prev = negCents;
    }
    rank[j] = r;
  }
  return { order, rank };
}

function rankOrderCompared(t: Float64Array): { order: Uint32Array; rank: Uint32Array } {
  const n = t.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => t[b]! - t[a]! || a - b);
  const rank = new Uint32Array(n);
  let r = 0;
  let prev = NaN;
  for (let j = 0; j < n; j++) {
    const v = t[order[j]!]!;
    if (v !== prev) {
      r = j + 1;
      prev = v;
    }
    rank[j] = r;
  }
  return { order, rank };
}

/** Grade by score thresholds: the best grade whose min_score the total (rounded to 2 decimals) reaches. */
export function gradeByThreshold(total: number, rules: readonly GradeRule[]): Grade {
  return thresholdGrader(rules)(total);
}

/** gradeByThreshold with the rules put in grade order once, for grading many totals. */
export function thresholdGrader(rules: readonly GradeRule[]): (total: number) => Grade {
  const ordered = [...rules].sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
  const last = ordered[ordered.length - 1]?.grade ?? 'D';
  return (total) => {
    const t = roundHalfUp(total, 2);
    for (const r of ordered) if (r.min_score !== null && t >= r.min_score) return r.grade;
    return last;
  };
}

/**
 * How many parks reach each grade or better under the quota method, for n graded parks.
 * Counts are cumulative and rounded half up: the parks at grade g or better are
 * round(n × (sum of the quota ratios of g and the grades above it)). Rounding the cumulative share
 * (not each grade's own share) keeps the counts adding up to n. With 10 parks and 20/40/35/5%:
 * A = round(2) = 2, A–B = round(6) = 6, A–C = round(9.5) = 10, so 2 A, 4 B, 4 C and no D.
 */
export function quotaCumulativeCounts(n: number, rules: readonly GradeRule[]): { grade: Grade; upTo: number }[] {
  const ordered = [...rules].sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
  let share = 0;
  return ordered.map((r, i) => {
    share += r.quota_ratio ?? 0;
    const upTo = i === ordered.length - 1 ? n : Math.min(n, roundHalfUp(n * share, 0));
    return { grade: r.grade, upTo };
  });
}

/**
 * Grade by rank quotas: a park of rank r gets the first grade whose cumulative count reaches r.
 * Parks tied at a boundary share the better grade (a tie is never broken by id).
 */
export function gradeByQuota(rank: number, cumulative: readonly { grade: Grade; upTo: number }[]): Grade {
  for (const c of cumulative) if (rank <= c.upTo) return c.grade;
  return cumulative[cumulative.length - 1]?.grade ?? 'D';
}
