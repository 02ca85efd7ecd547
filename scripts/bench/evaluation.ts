/**
 * The evaluation alone: 100,000 synthetic parks (two years each, for the energy indicator) scored,
 * ranked and graded by the real evaluateYear, with the sample's weights and grade rules.
 */
import { evaluateYear, type EvaluationSettings } from '../../src/lib/evaluation/evaluate.ts';
import type { ParkYearInput } from '../../src/lib/evaluation/indicators.ts';
import { DEFAULT_SEED, prng } from './generate.ts';

export const SETTINGS: EvaluationSettings = {
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

export function syntheticParkYears(parks: number, year: number, seed = DEFAULT_SEED): ParkYearInput[] {
  const rng = prng(seed);
  const rows: ParkYearInput[] = [];
  for (let i = 0; i < parks; i++) {
    const park_id = `park-${String(i + 1).padStart(6, '0')}`;
    const land = rng.between(500, 8000);
    const output = land * rng.between(100, 800);
    const va = output * rng.between(0.2, 0.35);
    const intensity = rng.between(0.1, 0.6);
    for (const [y, f] of [[year - 1, 1], [year, rng.between(0.88, 1.04)]] as const) {
      rows.push({
        park_id,
        year: y,
        industrial_land_mu: Math.round(land),
        industrial_investment_wan: Math.round(land * rng.between(20, 150)),
        industrial_output_wan: Math.round(output),
        lead_industry_output_wan: Math.round(output * rng.between(0.3, 0.9)),
        tax_wan: rng.chance(0.01) ? null : Math.round(output * rng.between(0.02, 0.1)),
        value_added_wan: Math.round(va),
        energy_tce: Math.round(va * intensity * f),
        exempt_reason: y === year && rng.chance(0.005) ? 'exempt' : null,
      });
    }
  }
  return rows;
}

/** Times evaluateYear on `parks` parks: the first run (after a small warm-up), the median of `runs`, and one by quotas. */
export function evaluateHundredThousand(parks = 100_000, runs = 5) {
  const year = 2025;
  const rows = syntheticParkYears(parks, year);
  evaluateYear(syntheticParkYears(1000, year), SETTINGS, year, 'thresholds'); // warm-up on a small set
  const times: number[] = [];
  const cpu: number[] = [];
  let graded = 0;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    const e = evaluateYear(rows, SETTINGS, year, 'thresholds');
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    graded = e.graded.length;
  }
  const t = performance.now();
  evaluateYear(rows, SETTINGS, year, 'quotas');
  const quotasMs = performance.now() - t;
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  // CPU time includes V8's parallel garbage-collection threads, so it can exceed the wall time.
  return { parks, graded, runs, firstMs: times[0]!, medianMs: sorted[Math.floor(runs / 2)]!, medianCpuMs: cpuSorted[Math.floor(runs / 2)]!, quotasMs, timesMs: times, cpuMs: cpu };
}
