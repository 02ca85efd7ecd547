/**
 * The per-mu evaluation checked against numbers worked out by hand. Every expected value below is
 * written as the arithmetic that gives it, not copied from the code's output.
 */
import { describe, expect, it } from 'vitest';
import { evaluateYear, evaluateYears, type EvaluationSettings } from './evaluate.ts';
import type { ParkYearInput } from './indicators.ts';

const settings: EvaluationSettings = {
  indicators: {
    investment_per_mu: { weight: 20, benchmark: 'auto', cap: 1.5 },
    output_per_mu: { weight: 25, benchmark: 'auto', cap: 1.5 },
    tax_per_mu: { weight: 30, benchmark: 'auto', cap: 1.5 },
    lead_industry_share: { weight: 15, benchmark: 'auto', cap: 1.5 },
    energy_intensity_fall: { weight: 10, benchmark: 'auto', cap: 1.5 },
  },
  grades: [
    { grade: 'A', min_score: 110, quota_ratio: 0.2 },
    { grade: 'B', min_score: 90, quota_ratio: 0.4 },
    { grade: 'C', min_score: 70, quota_ratio: 0.35 },
    { grade: 'D', min_score: null, quota_ratio: 0.05 },
  ],
};

const row = (park_id: string, year: number, v: Partial<ParkYearInput>): ParkYearInput => ({
  park_id,
  year,
  industrial_land_mu: null,
  industrial_investment_wan: null,
  industrial_output_wan: null,
  lead_industry_output_wan: null,
  tax_wan: null,
  value_added_wan: null,
  energy_tce: null,
  exempt_reason: null,
  ...v,
});

// land, investment, output, lead output, tax, value added, energy
const full = (park: string, year: number, land: number, inv: number, out: number, lead: number, tax: number, va: number, energy: number) =>
  row(park, year, { industrial_land_mu: land, industrial_investment_wan: inv, industrial_output_wan: out, lead_industry_output_wan: lead, tax_wan: tax, value_added_wan: va, energy_tce: energy });

const ROWS: ParkYearInput[] = [
  // 2022: only what the 2023 energy indicator needs.
  row('a', 2022, { energy_tce: 6000, value_added_wan: 8000 }), // intensity 0.75
  row('b', 2022, { energy_tce: 12000, value_added_wan: 20000 }), // 0.6
  row('c', 2022, { energy_tce: 4000, value_added_wan: 4000 }), // 1.0
  full('a', 2023, 100, 3000, 30000, 21000, 1500, 8000, 5000), // intensity 0.625
  full('b', 2023, 200, 6000, 50000, 25000, 2000, 20000, 10000), // 0.5
  full('c', 2023, 100, 3000, 30000, 27000, 2500, 5000, 4000), // 0.8
  row('e', 2023, { energy_tce: 1000, value_added_wan: 1000 }), // incomplete: ungraded in 2023
  full('a', 2024, 100, 5000, 40000, 30000, 2000, 10000, 5000), // 0.5
  full('b', 2024, 200, 6000, 60000, 30000, 2000, 20000, 8000), // 0.4
  full('c', 2024, 100, 1000, 20000, 18000, 1000, 5000, 5000), // 1.0 (rose)
  // An exempt new park and a park missing its tax: both would move the benchmarks if counted.
  { ...full('d', 2024, 10, 90000, 900000, 900000, 90000, 1000, 1), exempt_reason: '新设园区' },
  { ...full('e', 2024, 10, 90000, 900000, 900000, 90000, 1000, 1), tax_wan: null },
];

describe('evaluateYear(rows, settings, 2024) — hand-worked', () => {
  const [y2023, y2024] = evaluateYears(ROWS, settings, [
    { year: 2023, method: 'thresholds' },
    { year: 2024, method: 'thresholds' },
  ]);
  const e = y2024!;
  const park = (id: string) => e.graded.find((g) => g.park_id === id)!;

  it('computes the five indicators of each park', () => {
    // a: 5000/100, 40000/100, 2000/100, 30000/40000, 1 − (5000/10000)/(5000/8000) = 1 − 0.5/0.625
    expect(park('a').values.investment_per_mu).toBeCloseTo(50, 10);
    expect(park('a').values.output_per_mu).toBeCloseTo(400, 10);
    expect(park('a').values.tax_per_mu).toBeCloseTo(20, 10);
    expect(park('a').values.lead_industry_share).toBeCloseTo(0.75, 10);
    expect(park('a').values.energy_intensity_fall).toBeCloseTo(0.2, 10);
    // c: energy per unit rose from 4000/5000 = 0.8 to 5000/5000 = 1.0: 1 − 1.0/0.8 = −0.25
    expect(park('c').values.energy_intensity_fall).toBeCloseTo(-0.25, 10);
  });

  it('auto benchmarks are Σ numerator ÷ Σ denominator over graded parks only (d exempt, e missing)', () => {
    const b = e.benchmarks!;
    expect(b.investment_per_mu.value).toBeCloseTo((5000 + 6000 + 1000) / 400, 10); // 30
    expect(b.output_per_mu.value).toBeCloseTo((40000 + 60000 + 20000) / 400, 10); // 300
    expect(b.tax_per_mu.value).toBeCloseTo((2000 + 2000 + 1000) / 400, 10); // 12.5
    expect(b.lead_industry_share.value).toBeCloseTo(78000 / 120000, 10); // 0.65
    // 1 − (18000/35000) ÷ (19000/33000) = 1 − 594/665 = 71/665
    expect(b.energy_intensity_fall.value).toBeCloseTo(71 / 665, 10);
    expect(b.tax_per_mu.sums).toEqual({ numerator: 5000, denominator: 400 });
  });

  it('item score = weight × min(max(value ÷ benchmark, 0), cap)', () => {
    const a = park('a').scores;
    expect(a.investment_per_mu).toBeCloseTo(20 * 1.5, 10); // 50/30 = 1.67 → capped at 1.5
    expect(a.output_per_mu).toBeCloseTo((25 * 400) / 300, 10); // 33.33
    expect(a.tax_per_mu).toBeCloseTo(30 * 1.5, 10); // 20/12.5 = 1.6 → cap
    expect(a.lead_industry_share).toBeCloseTo((15 * 0.75) / 0.65, 10); // 17.31
    expect(a.energy_intensity_fall).toBeCloseTo(10 * 1.5, 10); // 0.2 ÷ 71/665 = 1.87 → cap
    expect(park('a').ratios.investment_per_mu).toBeCloseTo(50 / 30, 10); // the ratio is kept before the cap
    // c's energy use per unit rose: a negative value scores 0, never below.
    expect(park('c').scores.energy_intensity_fall).toBe(0);
  });

  it('totals, ranks and threshold grades', () => {
    expect(park('a').total).toBeCloseTo(30 + 100 / 3 + 45 + 225 / 13 + 15, 8); // 140.64
    expect(park('b').total).toBeCloseTo(20 + 25 + 24 + 150 / 13 + 15, 8); // 95.54
    expect(park('c').total).toBeCloseTo((20 * 10) / 30 + (25 * 200) / 300 + 24 + 270 / 13 + 0, 8); // 68.10
    expect(e.graded.map((g) => [g.park_id, g.rank, g.grade])).toEqual([
      ['a', 1, 'A'], // 140.64 ≥ 110
      ['b', 2, 'B'], // 95.54 ≥ 90
      ['c', 3, 'D'], // 68.10 < 70
    ]);
  });

  it('lists the exempt and the incomplete park as ungraded with the reason', () => {
    expect(e.ungraded.map((u) => [u.park_id, u.kind, u.reason.zh])).toEqual([
      ['d', 'exempt', '免予评价：新设园区'],
      ['e', 'missing', '缺少数据：2024 年税收（tax_wan）'],
    ]);
  });

  it('2023: ranks and grades from its own benchmarks (Σ over a, b, c)', () => {
    const g = y2023!.graded;
    const t = (id: string) => g.find((x) => x.park_id === id)!.total;
    // benchmarks 2023: investment 12000/400 = 30, output 110000/400 = 275, tax 6000/400 = 15,
    // lead 73000/110000 = 73/110, energy 1 − (19000/33000)/(22000/32000) = 59/363
    expect(y2023!.benchmarks!.energy_intensity_fall.value).toBeCloseTo(59 / 363, 10);
    expect(t('a')).toBeCloseTo(20 + 300 / 11 + 30 + 1155 / 73 + 1210 / 118, 8); // 103.35
    expect(t('b')).toBeCloseTo(20 + 250 / 11 + 20 + 825 / 73 + 1210 / 118, 8); // 84.28
    expect(t('c')).toBeCloseTo(20 + 300 / 11 + 45 + 1485 / 73 + 726 / 59, 8); // 124.92 (tax capped)
    expect(g.map((x) => [x.park_id, x.rank, x.grade])).toEqual([
      ['c', 1, 'A'],
      ['a', 2, 'B'],
      ['b', 3, 'C'],
    ]);
    expect(y2023!.ungraded.map((u) => u.park_id)).toEqual(['e']);
  });

  it('rank change against the previous year', () => {
    expect(e.graded.map((g) => [g.park_id, g.previousRank, g.rankChange])).toEqual([
      ['a', 2, 1], // 2 → 1: up one
      ['b', 3, 1],
      ['c', 1, -2],
    ]);
  });

  it('a park graded this year but not last year has no rank change ("new")', () => {
    const rows = [...ROWS.filter((r) => r.park_id !== 'e'), { ...full('e', 2024, 100, 3000, 30000, 20000, 1500, 8000, 5000) }, row('e', 2023, { energy_tce: 5000, value_added_wan: 8000 })];
    const [, y24] = evaluateYears(rows, settings, [
      { year: 2023, method: 'thresholds' },
      { year: 2024, method: 'thresholds' },
    ]);
    const eScore = y24!.graded.find((g) => g.park_id === 'e')!;
    expect([eScore.previousRank, eScore.rankChange]).toEqual([null, null]);
  });

  it('shuffling the input rows changes no output', () => {
    const shuffled = [...ROWS].reverse();
    shuffled.push(shuffled.shift()!, shuffled.shift()!);
    const again = evaluateYears(shuffled, settings, [
      { year: 2024, method: 'thresholds' },
      { year: 2023, method: 'thresholds' },
    ]);
    expect(JSON.stringify(again)).toBe(JSON.stringify([y2023, y2024]));
  });
});

describe('evaluateYear: edge cases', () => {
  it('a single park is its own benchmark: every ratio 1, total = Σ weights = 100', () => {
    const rows = [row('solo', 2023, { energy_tce: 100, value_added_wan: 100 }), full('solo', 2024, 50, 500, 5000, 3000, 250, 200, 150)];
    const r = evaluateYear(rows, settings, 2024, 'thresholds');
    expect(r.graded).toHaveLength(1);
    // energy fall 1 − 0.75/1 = 0.25 > 0, so it too is its own benchmark (ratio 1)
    expect(r.graded[0]!.total).toBeCloseTo(100, 10);
    expect([r.graded[0]!.rank, r.graded[0]!.grade]).toEqual([1, 'B']); // 100 ≥ 90, < 110
  });

  it('an auto benchmark ≤ 0 is a problem that says to set a fixed benchmark', () => {
    // Both parks' energy use per unit of value added stayed the same: the aggregate fall is 0.
    const rows = [row('a', 2023, { energy_tce: 50, value_added_wan: 100 }), row('b', 2023, { energy_tce: 30, value_added_wan: 100 }), full('a', 2024, 10, 10, 100, 50, 5, 100, 50), full('b', 2024, 10, 10, 100, 50, 5, 100, 30)];
    const r = evaluateYear(rows, settings, 2024, 'thresholds');
    expect(r.benchmarks).toBeNull();
    expect(r.graded).toEqual([]);
    expect(r.problems.map((p) => [p.indicator, p.rule, p.hint.zh])).toEqual([['energy_intensity_fall', 'benchmark.auto-not-positive', '在 scoring/indicators.csv 中为 energy_intensity_fall 设定一个固定的正数基准。']]);
  });

  it('a fixed benchmark is used as published, even when the aggregate would be ≤ 0', () => {
    const fixed: EvaluationSettings = { ...settings, indicators: { ...settings.indicators, energy_intensity_fall: { weight: 10, benchmark: 0.05, cap: 1.5 } } };
    const rows = [row('a', 2023, { energy_tce: 50, value_added_wan: 100 }), full('a', 2024, 10, 10, 100, 50, 5, 100, 45)];
    const r = evaluateYear(rows, fixed, 2024, 'thresholds');
    expect(r.benchmarks!.energy_intensity_fall).toEqual({ value: 0.05, source: 'fixed' });
    // fall = 1 − 0.45/0.5 = 0.1; 0.1/0.05 = 2 → capped at 1.5 → 15
    expect(r.graded[0]!.scores.energy_intensity_fall).toBeCloseTo(15, 10);
  });

  it('the first year with no previous year leaves every park ungraded, naming the missing year', () => {
    const r = evaluateYear([full('a', 2024, 10, 10, 100, 50, 5, 100, 45)], settings, 2024, 'thresholds');
    expect(r.ungraded.map((u) => u.reason.zh)).toEqual(['缺少数据：2023 年综合能源消费量（energy_tce）、2023 年工业增加值（value_added_wan）']);
    expect(r.problems.map((p) => p.rule)).toContain('benchmark.no-graded-parks');
  });

  it('matches each park with its own previous year, whatever else the previous year holds', () => {
    // Last year: x has no row, y's comes after z's, w only had last year. This year y and z, then x.
    // Intensity: y 45/100 this year against 60/100 last year → fall 1 − 0.45/0.6 = 0.25;
    // z 40/100 against 50/100 → 1 − 0.4/0.5 = 0.2; x has no previous year → ungraded.
    const rows = [
      row('w', 2023, { energy_tce: 1, value_added_wan: 1 }),
      row('z', 2023, { energy_tce: 50, value_added_wan: 100 }),
      row('y', 2023, { energy_tce: 60, value_added_wan: 100 }),
      full('z', 2024, 10, 10, 100, 50, 5, 100, 40),
      full('y', 2024, 10, 10, 100, 50, 5, 100, 45),
      full('x', 2024, 10, 10, 100, 50, 5, 100, 45),
    ];
    const r = evaluateYear(rows, settings, 2024, 'thresholds');
    const fall = Object.fromEntries(r.graded.map((g) => [g.park_id, g.values.energy_intensity_fall]));
    expect(fall['y']).toBeCloseTo(0.25, 12);
    expect(fall['z']).toBeCloseTo(0.2, 12);
    expect(r.ungraded.map((u) => u.park_id)).toEqual(['x']);
  });

  it('quota grades: 10 parks at 20/40/35/5% give 2 A, 4 B, 4 C, 0 D', () => {
    // Ten parks with falling totals: scores differ only by tax.
    const rows: ParkYearInput[] = [];
    for (let i = 0; i < 10; i++) {
      rows.push(row(`p${i}`, 2023, { energy_tce: 100, value_added_wan: 100 }));
      rows.push(full(`p${i}`, 2024, 100, 1000, 10000, 5000, 1000 - i * 50, 100, 90));
    }
    const r = evaluateYear(rows, settings, 2024, 'quotas');
    expect(r.graded.map((g) => g.grade).join('')).toBe('AABBBBCCCC');
  });
});
