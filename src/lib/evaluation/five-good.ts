/** The provincial "five-good" (五好) park assessment: each dimension's score, the total and the rank. */
import { rankByTotal } from './rank.ts';

export const FIVE_GOOD_KEYS = ['planning', 'innovation', 'projects', 'institutions', 'image'] as const;
export type FiveGoodKey = (typeof FIVE_GOOD_KEYS)[number];

export interface FiveGoodInput {
  park_id: string;
  year: number;
  dimension: FiveGoodKey;
  score: number;
  max_score: number;
}

export interface FiveGoodResult {
  park_id: string;
  year: number;
  dimensions: Record<FiveGoodKey, { score: number; max: number; ratio: number } | null>;
  total: number;
  max: number;
  /** Ranked only when all five dimensions are scored; null otherwise. */
  rank: number | null;
  complete: boolean;
}

/** Results of one year, ranked parks first (by rank, then id), then incomplete ones by id. */
export function fiveGoodYear(rows: readonly FiveGoodInput[], year: number): FiveGoodResult[] {
  const byPark = new Map<string, FiveGoodInput[]>();
  for (const r of rows) {
    if (r.year !== year) continue;
    if (!byPark.has(r.park_id)) byPark.set(r.park_id, []);
    byPark.get(r.park_id)!.push(r);
  }
  const results: FiveGoodResult[] = [...byPark.keys()].sort().map((park_id) => {
    const dims = Object.fromEntries(FIVE_GOOD_KEYS.map((k) => [k, null])) as FiveGoodResult['dimensions'];
    for (const r of byPark.get(park_id)!) dims[r.dimension] = { score: r.score, max: r.max_score, ratio: r.score / r.max_score };
    const present = FIVE_GOOD_KEYS.map((k) => dims[k]).filter((d) => d !== null);
    return {
      park_id,
      year,
      dimensions: dims,
      total: present.reduce((s, d) => s + d.score, 0),
      max: present.reduce((s, d) => s + d.max, 0),
      rank: null,
      complete: present.length === FIVE_GOOD_KEYS.length,
    };
  });
  const ranked = rankByTotal(results.filter((r) => r.complete).map((r) => ({ id: r.park_id, total: r.total })));
  const rankOf = new Map(ranked.map((r) => [r.id, r.rank]));
  for (const r of results) r.rank = rankOf.get(r.park_id) ?? null;
  return results.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.park_id < b.park_id ? -1 : 1));
}
