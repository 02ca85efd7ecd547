/**
 * The published corrections, read from the seals: each correction with the table it replaced (the
 * original, or the previous correction) and the parks whose rank, grade or total it changed. Pure:
 * the ranking, park and methodology pages, the feeds and the open data all read this.
 */
import type { ScoringCorrection } from '../data/tables.ts';
import type { SealFile, YearSeal } from './guard.ts';
import { compareSeals, parseSeal, type ParkChange } from './seal.ts';

export interface CorrectionRecord {
  year: number;
  n: number;
  correction: ScoringCorrection;
  /** The table this correction replaced, and the corrected one. */
  before: SealFile;
  after: SealFile;
  /** Parks whose rank, grade, status or total changed, in the corrected order. */
  changes: ParkChange[];
}

/** Every correction of every sealed year, newest first (by date, then year and number). */
export function correctionRecords(seals: ReadonlyMap<number, YearSeal>): CorrectionRecord[] {
  const out: CorrectionRecord[] = [];
  for (const s of seals.values()) {
    let before = s.original;
    for (const c of s.corrections) {
      out.push({ year: s.year, n: c.correction.n, correction: c.correction, before, after: c.seal, changes: compareSeals(parseSeal(before.text), parseSeal(c.seal.text)).parks });
      before = c.seal;
    }
  }
  return out.sort((a, b) => (a.correction.corrected_on < b.correction.corrected_on ? 1 : a.correction.corrected_on > b.correction.corrected_on ? -1 : b.year - a.year || b.n - a.n));
}

/** The anchor of a correction notice on its year's ranking page. */
export const correctionAnchor = (r: { year: number; n: number }) => `correction-${r.year}-${r.n}`;
