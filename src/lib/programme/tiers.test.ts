import { describe, expect, it } from 'vitest';
import { TIER_KEYS, tierCounts } from './tiers.ts';
import type { EnterpriseTier } from '../data/tables.ts';

const row = (enterprise_id: string, year: number, tier: EnterpriseTier['tier']): EnterpriseTier => ({ enterprise_id, year, tier, note_zh: null, note_en: null });

describe('tierCounts(rows, firms)', () => {
  it('TIER_KEYS run from the top of the pyramid down', () => {
    expect(TIER_KEYS).toEqual(['chain_leader', 'little_giant', 'specialized', 'innovative_sme', 'above_scale']);
  });
  it('counts each firm of the set once a year on its tier, years ascending; other firms are left out', () => {
    const rows = [row('a', 2024, 'specialized'), row('a', 2023, 'innovative_sme'), row('b', 2024, 'specialized'), row('c', 2024, 'chain_leader'), row('x', 2024, 'above_scale'), row('x', 2022, 'above_scale')];
    const out = tierCounts(rows, new Set(['a', 'b', 'c']));
    expect(out.map((y) => y.year)).toEqual([2023, 2024]);
    expect(out[0]).toEqual({ year: 2023, total: 1, counts: { chain_leader: 0, little_giant: 0, specialized: 0, innovative_sme: 1, above_scale: 0 } });
    expect(out[1]).toEqual({ year: 2024, total: 3, counts: { chain_leader: 1, little_giant: 0, specialized: 2, innovative_sme: 0, above_scale: 0 } });
  });
  it('tierCounts(rows, no firms) and tierCounts([], firms) are []', () => {
    expect(tierCounts([row('a', 2024, 'specialized')], new Set())).toEqual([]);
    expect(tierCounts([], new Set(['a']))).toEqual([]);
  });
});
