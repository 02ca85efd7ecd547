import { describe, expect, it } from 'vitest';
import { gradeByQuota, gradeByThreshold, quotaCumulativeCounts, rankByTotal, rankOrder, type GradeRule } from './rank.ts';
import { roundHalfUp } from './round.ts';

const rules: GradeRule[] = [
  { grade: 'A', min_score: 110, quota_ratio: 0.2 },
  { grade: 'B', min_score: 90, quota_ratio: 0.4 },
  { grade: 'C', min_score: 70, quota_ratio: 0.35 },
  { grade: 'D', min_score: null, quota_ratio: 0.05 },
];

describe('rankByTotal(items)', () => {
  it('ranks highest first; totals equal to 2 decimals share a rank and the next skips (1, 2, 2, 4)', () => {
    const r = rankByTotal([
      { id: 'x', total: 80 },
      { id: 'c', total: 90.004 },
      { id: 'b', total: 89.996 },
      { id: 'a', total: 100 },
    ]);
    expect(r.map((i) => [i.id, i.rank])).toEqual([
      ['a', 1],
      ['b', 2], // 89.996 → 90.00
      ['c', 2], // 90.004 → 90.00; tied parks are listed by id
      ['x', 4],
    ]);
  });
  it('does not tie totals that differ at the second decimal', () => {
    expect(rankByTotal([{ id: 'a', total: 90.01 }, { id: 'b', total: 90.0 }]).map((i) => i.rank)).toEqual([1, 2]);
  });
  it('ranks an empty list as empty and a single park first', () => {
    expect(rankByTotal([])).toEqual([]);
    expect(rankByTotal([{ id: 'a', total: 0 }])[0]!.rank).toBe(1);
  });
});

describe('gradeByThreshold(total, rules)', () => {
  it('gives the best grade whose min_score is reached, comparing the total rounded to 2 decimals', () => {
    expect(gradeByThreshold(110, rules)).toBe('A');
    expect(gradeByThreshold(109.995, rules)).toBe('A'); // rounds to 110.00
    expect(gradeByThreshold(109.994, rules)).toBe('B');
    expect(gradeByThreshold(70, rules)).toBe('C');
    expect(gradeByThreshold(0, rules)).toBe('D');
  });
});

describe('quotaCumulativeCounts(n, rules)', () => {
  it('rounds cumulative shares half up: 10 parks → A 2, A–B 6, A–C round(9.5) = 10, all 10', () => {
    expect(quotaCumulativeCounts(10, rules).map((c) => c.upTo)).toEqual([2, 6, 10, 10]);
  });
  it('3 parks → A round(0.6) = 1, A–B round(1.8) = 2, A–C round(2.85) = 3', () => {
    expect(quotaCumulativeCounts(3, rules).map((c) => c.upTo)).toEqual([1, 2, 3, 3]);
  });
  it('1 park → A round(0.2) = 0, A–B round(0.6) = 1: a lone park gets B', () => {
    const c = quotaCumulativeCounts(1, rules);
    expect(gradeByQuota(1, c)).toBe('B');
  });
  it('20 parks → 4 A, 8 B, 7 C, 1 D', () => {
    const c = quotaCumulativeCounts(20, rules);
    const grades = Array.from({ length: 20 }, (_, i) => gradeByQuota(i + 1, c)).join('');
    expect(grades).toBe('AAAABBBBBBBBCCCCCCCD');
  });
  it('parks tied at a boundary share the better grade', () => {
    const c = quotaCumulativeCounts(10, rules); // A up to rank 2
    expect([gradeByQuota(2, c), gradeByQuota(3, c)]).toEqual(['A', 'B']);
    // two parks tied at rank 2 both get A, so A has 3 parks
    expect(['x', 'y', 'z'].map((_, i) => gradeByQuota([1, 2, 2][i]!, c))).toEqual(['A', 'A', 'A']);
  });
});

describe('roundHalfUp(x, digits)', () => {
  it('rounds halves up where binary floating point would not', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(9.5, 0)).toBe(10);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
  });
});

describe('rankOrder (typed arrays, totals given in id order)', () => {
  it('orders by the total rounded to 2 decimals, ties by position, with competition ranks', () => {
    // Rounded: 90, 95, 95, 80 → 95.004 and 95 tie at 95.00; the earlier (index 1) comes first.
    const { order, rank } = rankOrder([90, 95.004, 95, 80]);
    expect([...order]).toEqual([1, 2, 0, 3]);
    expect([...rank]).toEqual([1, 1, 3, 4]);
  });
  it('rankByTotal gives the same order for ids given out of order', () => {
    const r = rankByTotal([{ id: 'c', total: 80 }, { id: 'b', total: 95 }, { id: 'a', total: 95.004 }]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([['a', 1], ['b', 1], ['c', 3]]);
  });
  it('orders negative, zero, huge and non-finite totals as a plain comparison of the rounded totals would', () => {
    // Rounded: −5, 0, 0 (−0.001 → −0), 1e300, 12.35 (12.345 half up), 12.35: ranks by hand.
    const { order, rank } = rankOrder([-5, 0, -0.001, 1e300, 12.345, 12.35]);
    expect([...order]).toEqual([3, 4, 5, 1, 2, 0]);
    expect([...rank]).toEqual([1, 2, 2, 4, 4, 6]);
  });
  it('agrees with a sort of (rounded total, index) pairs on many totals with ties', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const totals = Array.from({ length: 5000 }, () => Math.round(next() * 3000) / 20 + (next() < 0.3 ? 0.004 : 0) - 10);
    const pairs = totals.map((t, i) => ({ t: roundHalfUp(t, 2), i })).sort((a, b) => b.t - a.t || a.i - b.i);
    const { order, rank } = rankOrder(totals);
    expect([...order]).toEqual(pairs.map((p) => p.i));
    // Competition ranks: a total equal to the one before shares its rank; otherwise the rank is its place.
    const ranks: number[] = [];
    pairs.forEach((p, j) => ranks.push(j > 0 && pairs[j - 1]!.t === p.t ? ranks[j - 1]! : j + 1));
    expect([...rank]).toEqual(ranks);
    expect(new Set(ranks).size, 'the totals have ties').toBeLessThan(ranks.length);
  });
});
