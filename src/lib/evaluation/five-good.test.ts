import { describe, expect, it } from 'vitest';
import { fiveGoodYear, FIVE_GOOD_KEYS, type FiveGoodInput } from './five-good.ts';

const scores = (park_id: string, year: number, values: number[]): FiveGoodInput[] => FIVE_GOOD_KEYS.map((dimension, i) => ({ park_id, year, dimension, score: values[i]!, max_score: 20 })).filter((r) => !Number.isNaN(r.score));

describe('fiveGoodYear(rows, year)', () => {
  const rows = [...scores('a', 2024, [18, 16, 15, 17, 14]), ...scores('b', 2024, [20, 20, 10, 15, 15]), ...scores('c', 2024, [19, 19, 19, 19, NaN]), ...scores('a', 2023, [1, 1, 1, 1, 1])];
  const r = fiveGoodYear(rows, 2024);
  it('totals each park and ranks complete ones; ties share a rank', () => {
    // a: 18+16+15+17+14 = 80; b: 20+20+10+15+15 = 80 → both rank 1
    expect(r.map((x) => [x.park_id, x.total, x.max, x.rank])).toEqual([
      ['a', 80, 100, 1],
      ['b', 80, 100, 1],
      ['c', 76, 80, null], // a dimension is missing: listed, not ranked
    ]);
  });
  it('keeps each dimension with its score ÷ max', () => {
    expect(r[0]!.dimensions.planning).toEqual({ score: 18, max: 20, ratio: 0.9 });
    expect(r[2]!.dimensions.image).toBeNull();
  });
});
