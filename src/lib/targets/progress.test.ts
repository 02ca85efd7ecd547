import { describe, expect, it } from 'vitest';
import { clusterOutput, targetStanding, targetYearSeries } from './progress.ts';

const p = (as_of: string, value: number) => ({ target_id: 't', as_of, value, note_zh: null });

describe('targetStanding(target, progress, asOf)', () => {
  const land = { direction: 'at_least' as const, target_value: 7500, baseline_value: 0, deadline: '2027-12-31' };
  it('takes the newest row whatever the order, and works the share from the baseline', () => {
    // 5960 of 7500 from a baseline of 0: 5960 / 7500 = 0.79466…
    const s = targetStanding(land, [p('2026-09-30', 5960), p('2025-06-30', 2100)], '2026-10-31');
    expect(s.latest?.value).toBe(5960);
    expect(s.met).toBe(false);
    expect(s.share).toBeCloseTo(0.794667, 6);
    expect(s.overdue).toBe(false);
  });
  it('counts from a non-zero baseline: parks with sewage treatment from 6 to 10, now 8, is half way', () => {
    expect(targetStanding({ direction: 'at_least', target_value: 10, baseline_value: 6, deadline: '2027-06-30' }, [p('2026-09-30', 8)], '2026-10-31').share).toBe(0.5);
  });
  it('an at-most target of 0 from a baseline of 1260: 186 left is (1260 − 186) ÷ 1260 done', () => {
    const s = targetStanding({ direction: 'at_most', target_value: 0, baseline_value: 1260, deadline: '2026-12-31' }, [p('2026-09-30', 186)], '2026-10-31');
    expect(s.met).toBe(false);
    expect(s.share).toBeCloseTo(1074 / 1260, 9);
  });
  it('an at-most target without a baseline has no share; reaching it is met', () => {
    const s = targetStanding({ direction: 'at_most', target_value: 0, baseline_value: null, deadline: '2026-12-31' }, [p('2026-09-30', 0)], '2026-10-31');
    expect(s).toMatchObject({ met: true, share: null, overdue: false });
  });
  it('past the deadline and not met is overdue; above the target the share is capped at 1', () => {
    expect(targetStanding(land, [p('2027-12-31', 7000)], '2028-01-01').overdue).toBe(true);
    expect(targetStanding(land, [p('2027-06-30', 9000)], '2028-01-01')).toMatchObject({ met: true, share: 1, overdue: false });
  });
  it('no progress yet: no latest value, not met, no share', () => {
    expect(targetStanding(land, [], '2026-10-31')).toEqual({ latest: undefined, met: false, share: null, overdue: false });
  });
});

describe('targetYearSeries(target, progress)', () => {
  it('puts the baseline at its year and the last value of each year, with the target flat to the deadline year', () => {
    const s = targetYearSeries({ target_value: 7500, baseline_value: 0, baseline_year: 2024, deadline: '2027-12-31' }, [p('2025-12-31', 3850), p('2025-06-30', 2100), p('2026-09-30', 5960), p('2026-06-30', 5200)]);
    expect(s.values).toEqual([{ x: 2024, y: 0 }, { x: 2025, y: 3850 }, { x: 2026, y: 5960 }]);
    expect(s.target).toEqual([2024, 2025, 2026, 2027].map((x) => ({ x, y: 7500 })));
  });
  it('without a baseline starts at the first progress year', () => {
    const s = targetYearSeries({ target_value: 10, baseline_value: null, baseline_year: null, deadline: '2025-12-31' }, [p('2026-03-31', 4)]);
    expect(s.values).toEqual([{ x: 2026, y: 4 }]);
    expect(s.target).toEqual([{ x: 2025, y: 10 }, { x: 2026, y: 10 }]);
  });
});

describe('clusterOutput(chainIds, indicators)', () => {
  it('adds up the chains by year and leaves out a year in which one chain has no output', () => {
    const rows = [
      { chain_id: 'a', year: 2024, output_wan: 100 },
      { chain_id: 'b', year: 2024, output_wan: 50.5 },
      { chain_id: 'a', year: 2025, output_wan: 120 },
      { chain_id: 'b', year: 2025, output_wan: null },
      { chain_id: 'c', year: 2024, output_wan: 999 },
      { chain_id: 'a', year: 2023, output_wan: 90 },
      { chain_id: 'b', year: 2023, output_wan: 40 },
    ];
    expect(clusterOutput(['a', 'b'], rows)).toEqual([{ x: 2023, y: 130 }, { x: 2024, y: 150.5 }]);
  });
});
