/**
 * The result's per-park views (values, parts, ratios, scores read from a typed array of inputs) against the
 * same numbers built eagerly, park by park, from indicatorValues and the formulas of the method, on
 * random inputs with gaps, exemptions, decimals and negative falls.
 */
import { describe, expect, it } from 'vitest';
import { evaluateYears, type EvaluationSettings, type ParkScore, type YearEvaluation } from './evaluate.ts';
import { completeInputsInto, INDICATOR_KEYS, INPUT_COUNT, indicatorValues, partsInto, type IndicatorKey, type ParkYearInput } from './indicators.ts';
import { PartsRow, RatioRow, ScoreRow, ScoreTable, ValueRow, type IndicatorRow } from './score-columns.ts';

const settings: EvaluationSettings = {
  indicators: {
    investment_per_mu: { weight: 20, benchmark: 'auto', cap: 1.5 },
    output_per_mu: { weight: 25, benchmark: 'auto', cap: 1.5 },
    tax_per_mu: { weight: 30, benchmark: 40, cap: 1.2 },
    lead_industry_share: { weight: 15, benchmark: 'auto', cap: 1.5 },
    energy_intensity_fall: { weight: 10, benchmark: 0.05, cap: 2 },
  },
  grades: [
    { grade: 'A', min_score: 110, quota_ratio: 0.2 },
    { grade: 'B', min_score: 90, quota_ratio: 0.4 },
    { grade: 'C', min_score: 70, quota_ratio: 0.35 },
    { grade: 'D', min_score: null, quota_ratio: 0.05 },
  ],
};

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Park-years for 2023 and 2024 with the gaps real data has: a missing cell, a zero divisor, an exemption, decimals. */
function randomRows(parks: number, seed: number): ParkYearInput[] {
  const r = random(seed);
  const cell = (x: number) => (r() < 0.03 ? null : r() < 0.01 ? 0 : r() < 0.3 ? Math.round(x * 100) / 100 : Math.round(x));
  const rows: ParkYearInput[] = [];
  for (let i = 0; i < parks; i++) {
    const park_id = `p${String(Math.floor(r() * 1e6)).padStart(6, '0')}-${i}`;
    for (const year of [2023, 2024]) {
      const land = 50 + r() * 5000;
      const output = land * (50 + r() * 700);
      rows.push({
        park_id,
        year,
        industrial_land_mu: cell(land),
        industrial_investment_wan: cell(land * r() * 150),
        industrial_output_wan: cell(output),
        lead_industry_output_wan: cell(output * r()),
        tax_wan: cell(output * r() * 0.1),
        value_added_wan: cell(output * (0.2 + r() * 0.2)),
        energy_tce: cell(output * r() * 0.3),
        exempt_reason: r() < 0.02 ? '新设园区' : null,
      });
    }
  }
  // Shuffled, as a CSV may list them.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

/** What a ParkScore held before its numbers moved into columns: plain objects, built park by park. */
function eager(g: ParkScore, e: YearEvaluation, rows: readonly ParkYearInput[]) {
  const row = rows.find((x) => x.park_id === g.park_id && x.year === e.year)!;
  const prev = rows.find((x) => x.park_id === g.park_id && x.year === e.year - 1);
  const r = indicatorValues(row, prev);
  if (!r.ok) throw new Error(`${g.park_id} is graded but misses ${r.reason.en}`);
  const ratios = {} as Record<IndicatorKey, number>;
  const scores = {} as Record<IndicatorKey, number>;
  let total = 0;
  for (const k of INDICATOR_KEYS) {
    const s = e.settings.indicators[k];
    ratios[k] = r.indicators.values[k] / e.benchmarks![k].value;
    scores[k] = s.weight * Math.min(Math.max(ratios[k], 0), s.cap);
    total += scores[k];
  }
  return { park_id: g.park_id, values: r.indicators.values, parts: r.indicators.parts, ratios, scores, total, rank: g.rank, grade: g.grade, previousRank: g.previousRank, rankChange: g.rankChange };
}

describe('ParkScore views of the typed-array columns', () => {
  for (const seed of [1, 2, 3]) {
    it(`equal the eagerly built objects, number for number (random parks, seed ${seed})`, () => {
      const rows = randomRows(300, seed);
      const evaluations = evaluateYears(rows, settings, [
        { year: 2023, method: 'thresholds' },
        { year: 2024, method: 'quotas' },
      ]);
      const e = evaluations[1]!;
      expect(e.problems).toEqual([]);
      expect(e.graded.length).toBeGreaterThan(200);
      expect(e.ungraded.length).toBeGreaterThan(10);
      for (const g of e.graded) {
        const want = eager(g, e, rows);
        // Each key read from the view, and the view as a plain object (toObject, JSON).
        for (const k of INDICATOR_KEYS) {
          expect(g.values[k]).toBe(want.values[k]);
          expect(g.ratios[k]).toBe(want.ratios[k]);
          expect(g.scores[k]).toBe(want.scores[k]);
          expect(g.parts[k]).toEqual(want.parts[k]);
        }
        expect(g.total).toBe(want.total);
        expect((g.values as IndicatorRow).toObject()).toEqual(want.values);
        expect((g.parts as PartsRow).toObject()).toEqual(want.parts);
        expect(JSON.stringify(g)).toBe(JSON.stringify(want));
      }
    });
  }

  it('a copy made by spreading a ParkScore reads the same numbers (what a test double does)', () => {
    const rows = randomRows(50, 9);
    const e = evaluateYears(rows, settings, [
      { year: 2023, method: 'thresholds' },
      { year: 2024, method: 'thresholds' },
    ])[1]!;
    for (const g of e.graded) {
      const copy = { ...g, total: Math.floor(g.total) };
      expect(INDICATOR_KEYS.map((k) => [copy.values[k], copy.ratios[k], copy.scores[k]])).toEqual(INDICATOR_KEYS.map((k) => [g.values[k], g.ratios[k], g.scores[k]]));
      expect(copy.parts.energy_intensity_fall).toEqual(g.parts.energy_intensity_fall);
    }
  });
});

describe('ScoreTable and its rows', () => {
  // land, investment, output, lead, tax, energy, value added, last year's energy and value added
  const inputs = Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 100, 5000, 40000, 30000, 2000, 5000, 10000, 5000, 8000]);
  // Benchmarks 30, 300, 12.5, 0.65 and 0.1; weights 20, 25, 30, 15, 10; caps 1.5 (energy 2).
  const table = new ScoreTable(inputs, Float64Array.from([30, 300, 12.5, 0.65, 0.1]), Float64Array.from([20, 25, 30, 15, 10]), Float64Array.from([1.5, 1.5, 1.5, 1.5, 2]));

  it('read their own row: values, ratios, item scores and parts by key', () => {
    const at = INPUT_COUNT;
    // 5000/100, 40000/100, 2000/100, 30000/40000, 1 − (5000/10000)/(5000/8000) = 1 − 0.8
    expect(new ValueRow(table, at).toObject()).toEqual({ investment_per_mu: 50, output_per_mu: 400, tax_per_mu: 20, lead_industry_share: 0.75, energy_intensity_fall: 1 - 0.5 / 0.625 });
    const ratios = new RatioRow(table, at);
    expect(INDICATOR_KEYS.map((k) => ratios[k])).toEqual([50 / 30, 400 / 300, 20 / 12.5, 0.75 / 0.65, (1 - 0.5 / 0.625) / 0.1]);
    // Capped: 50/30 → 1.5, 20/12.5 = 1.6 → 1.5, 0.2/0.1 = 2 → 2 (its cap)
    const scores = new ScoreRow(table, at);
    expect(scores.investment_per_mu).toBe(30);
    expect(scores.output_per_mu).toBe(25 * (400 / 300));
    expect(scores.tax_per_mu).toBe(45);
    expect(scores.lead_industry_share).toBe(15 * (0.75 / 0.65));
    expect(scores.energy_intensity_fall).toBe(10 * Math.min((1 - 0.5 / 0.625) / 0.1, 2));
    expect(JSON.parse(JSON.stringify(new PartsRow(table, at)))).toEqual({
      investment_per_mu: { numerator: 5000, denominator: 100 },
      output_per_mu: { numerator: 40000, denominator: 100 },
      tax_per_mu: { numerator: 2000, denominator: 100 },
      lead_industry_share: { numerator: 30000, denominator: 40000 },
      energy_intensity_fall: { energy: 5000, valueAdded: 10000, prevEnergy: 5000, prevValueAdded: 8000 },
    });
    // The first row is the first park's: all ones.
    expect(new ValueRow(table, 0).toObject()).toEqual({ investment_per_mu: 1, output_per_mu: 1, tax_per_mu: 1, lead_industry_share: 1, energy_intensity_fall: 0 });
  });

  it('completeInputsInto writes what partsInto writes from indicatorValues, and nothing when an input is missing', () => {
    for (const row of randomRows(200, 4).filter((x) => x.year === 2024)) {
      const prev: ParkYearInput = { ...row, year: 2023, energy_tce: 7, value_added_wan: 9 };
      const fast = new Float64Array(INPUT_COUNT + 2).fill(-1);
      const ok = completeInputsInto(row, prev, fast, 1);
      const r = indicatorValues(row, prev);
      expect(ok).toBe(r.ok);
      const slow = new Float64Array(INPUT_COUNT + 2).fill(-1);
      if (r.ok) partsInto(r.indicators.parts, slow, 1);
      expect([...fast]).toEqual([...slow]);
    }
  });
});
