/**
 * The evaluation alone: 100,000 synthetic parks (two years each, for the energy indicator) scored,
 * ranked and graded by the real evaluateYear, with the sample's weights and grade rules.
 */
import { evaluateYear, type EvaluationSettings } from '../../src/lib/evaluation/evaluate.ts';
import type { ParkYearInput } from '../../src/lib/evaluation/indicators.ts';
import { DEFAULT_SEED, prng } from './generate.ts';
import { median } from './measure.ts';

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

/**
 * The yardstick: the same passes as a plain typed-array loop with no objects per park and nothing a
 * page needs (no reasons, parts or records): read the rows into columns (previous year matched by id),
 * five divisions per park, nine sums for the auto benchmarks, weighted capped scores, one sort of the
 * totals (rounded to 2 decimals) and a grade by threshold. What evaluateYear costs above this is the
 * price of its result objects. Returns the number graded.
 */
export function plainLoop(rows: readonly ParkYearInput[], settings: EvaluationSettings, year: number): number {
  const prevEnergy = new Map<string, number>();
  const prevVa = new Map<string, number>();
  for (const r of rows) if (r.year === year - 1 && r.energy_tce !== null && r.value_added_wan !== null) (prevEnergy.set(r.park_id, r.energy_tce), prevVa.set(r.park_id, r.value_added_wan));
  const n = rows.length;
  const cols = Array.from({ length: 9 }, () => new Float64Array(n));
  let m = 0;
  for (const r of rows) {
    if (r.year !== year || r.exempt_reason !== null) continue;
    const pe = prevEnergy.get(r.park_id);
    const pv = prevVa.get(r.park_id);
    if (r.industrial_land_mu === null || r.industrial_investment_wan === null || r.industrial_output_wan === null || r.lead_industry_output_wan === null || r.tax_wan === null || r.value_added_wan === null || r.energy_tce === null || pe === undefined || pv === undefined) continue;
    cols[0]![m] = r.industrial_land_mu;
    cols[1]![m] = r.industrial_investment_wan;
    cols[2]![m] = r.industrial_output_wan;
    cols[3]![m] = r.lead_industry_output_wan;
    cols[4]![m] = r.tax_wan;
    cols[5]![m] = r.energy_tce;
    cols[6]![m] = r.value_added_wan;
    cols[7]![m] = pe;
    cols[8]![m] = pv;
    m++;
  }
  const sums = new Float64Array(9);
  for (let c = 0; c < 9; c++) for (let i = 0; i < m; i++) sums[c]! += cols[c]![i]!;
  const [land, inv, out, lead, tax, en, va, pen, pva] = cols as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const bench = [sums[1]! / sums[0]!, sums[2]! / sums[0]!, sums[4]! / sums[0]!, sums[3]! / sums[2]!, 1 - sums[5]! / sums[6]! / (sums[7]! / sums[8]!)];
  const w = [settings.indicators.investment_per_mu, settings.indicators.output_per_mu, settings.indicators.tax_per_mu, settings.indicators.lead_industry_share, settings.indicators.energy_intensity_fall];
  const total = new Float64Array(m);
  const score = (v: number, k: number) => w[k]!.weight * Math.min(Math.max(v / bench[k]!, 0), w[k]!.cap);
  for (let i = 0; i < m; i++) {
    total[i] = score(inv[i]! / land[i]!, 0) + score(out[i]! / land[i]!, 1) + score(tax[i]! / land[i]!, 2) + score(lead[i]! / out[i]!, 3) + score(1 - en[i]! / va[i]! / (pen[i]! / pva[i]!), 4);
    total[i] = Math.round(total[i]! * 100) / 100;
  }
  const order = new Uint32Array(m).map((_, i) => i).sort((a, b) => total[b]! - total[a]!);
  const mins = settings.grades.map((g) => g.min_score).filter((x) => x !== null).sort((a, b) => b - a);
  const grade = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    let g = 0;
    while (g < mins.length && total[order[i]!]! < mins[g]!) g++;
    grade[i] = g;
  }
  return grade.length;
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
  // The yardstick, timed the same way.
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    plainLoop(rows, SETTINGS, year);
    const used = process.cpuUsage(c);
    base.push((used.user + used.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  // CPU time includes V8's parallel garbage-collection threads, so it can exceed the wall time.
  return { parks, graded, runs, firstMs: times[0]!, medianMs: sorted[Math.floor(runs / 2)]!, medianCpuMs: cpuSorted[Math.floor(runs / 2)]!, baselineCpuMs: median(base), quotasMs, timesMs: times, cpuMs: cpu };
}
