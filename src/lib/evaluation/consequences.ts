/**
 * What each grade of the ranking leads to (scoring/consequences.csv), grouped by grade in grade order
 * and, within a grade, rewards first, then support, then accountability (the table's order otherwise).
 * Pure: rows in, groups out.
 */
import type { ScoringConsequence } from '../data/tables.ts';
import { GRADES } from '../data/choices.ts';
import { CONSEQUENCE_KINDS } from '../data/leads-targets-tables.ts';

export interface ConsequenceGroup {
  grade: ScoringConsequence['grade'];
  items: ScoringConsequence[];
}

/** Groups for every grade that has at least one measure, A first. */
export function consequenceGroups(rows: readonly ScoringConsequence[]): ConsequenceGroup[] {
  const kindRank = (k: ScoringConsequence['kind']) => CONSEQUENCE_KINDS.findIndex((c) => c.value === k);
  return GRADES.map((g) => ({
    grade: g.value,
    items: rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.grade === g.value)
      .sort((a, b) => kindRank(a.r.kind) - kindRank(b.r.kind) || a.i - b.i)
      .map(({ r }) => r),
  })).filter((g) => g.items.length > 0);
}
