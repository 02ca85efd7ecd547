/**
 * One year's per-mu evaluation: indicator values, benchmarks, item scores, totals, ranks, grades and
 * the parks left ungraded with the reason. Pure: the build, `npm run score`, the what-if in the
 * browser and the tests all call this.
 */
import type { Bilingual } from '../data/issues.ts';
import { completeInputsInto, INDICATOR_KEYS, INPUT_COUNT, indicatorValues, partsInto, type IndicatorKey, type IndicatorValues, type ParkYearInput, type MissingInput } from './indicators.ts';
import { gradeByQuota, quotaCumulativeCounts, rankOrder, thresholdGrader, type Grade, type GradeRule } from './rank.ts';
import { PartsRow, RatioRow, ScoreRow, ScoreTable, ValueRow } from './score-columns.ts';

export const DEFAULT_CAP = 1.5;

export interface IndicatorSetting {
  weight: number;
  /** 'auto' = the prefecture aggregate of the parks graded that year; or a fixed published value. */
  benchmark: 'auto' | number;
  /** Cap on value ÷ benchmark. */
  cap: number;
}

export type GradeMethod = 'thresholds' | 'quotas';

export interface EvaluationSettings {
  indicators: Record<IndicatorKey, IndicatorSetting>;
  grades: GradeRule[];
}

export interface Benchmark {
  value: number;
  source: 'auto' | 'fixed';
  /** For auto benchmarks: the sums it was divided from (energy: Σ energy and Σ value added, both years). */
  sums?: Record<string, number>;
}

/**
 * One graded park. values, parts, ratios and scores are read by key (`score.values.tax_per_mu`): they
 * are views of the evaluation's typed array of inputs (score-columns.ts), not plain objects.
 */
export interface ParkScore {
  park_id: string;
  values: Readonly<Record<IndicatorKey, number>>;
  parts: Readonly<IndicatorValues['parts']>;
  /** value ÷ benchmark, before the floor at 0 and the cap. */
  ratios: Readonly<Record<IndicatorKey, number>>;
  /** weight × min(max(ratio, 0), cap). */
  scores: Readonly<Record<IndicatorKey, number>>;
  total: number;
  rank: number;
  grade: Grade;
  /** Previous year's rank, when the park was graded then. */
  previousRank: number | null;
  /** previousRank − rank (positive = moved up); null when new to the ranking. */
  rankChange: number | null;
}

export interface Ungraded {
  park_id: string;
  kind: 'exempt' | 'missing';
  reason: Bilingual;
  missing: MissingInput[];
}

export interface EvaluationProblem {
  indicator: IndicatorKey;
  rule: 'benchmark.auto-not-positive' | 'benchmark.no-graded-parks';
  message: Bilingual;
  hint: Bilingual;
}

export interface YearEvaluation {
  year: number;
  method: GradeMethod;
  settings: EvaluationSettings;
  /** Absent when a problem (e.g. an auto benchmark ≤ 0) stops the scoring. */
  benchmarks: Record<IndicatorKey, Benchmark> | null;
  /** By rank, then id. */
  graded: ParkScore[];
  /** By id. */
  ungraded: Ungraded[];
  problems: EvaluationProblem[];
}

/** The sums the auto benchmarks divide: each of the nine inputs summed over the scored parks, in their order. */
class BenchmarkSums {
  readonly num = new Float64Array(4);
  readonly den = new Float64Array(4);
  energy = 0;
  valueAdded = 0;
  prevEnergy = 0;
  prevValueAdded = 0;

  /** From the first `n` rows of `inputs` (completeInputsInto's order: land, investment, output, lead, tax, energy, value added, last year's two). */
  constructor(inputs: Float64Array, n: number) {
    let land = 0, investment = 0, output = 0, lead = 0, tax = 0, energy = 0, valueAdded = 0, prevEnergy = 0, prevValueAdded = 0;
    for (let i = 0, at = 0; i < n; i++, at += INPUT_COUNT) {
      land += inputs[at]!;
      investment += inputs[at + 1]!;
      output += inputs[at + 2]!;
      lead += inputs[at + 3]!;
      tax += inputs[at + 4]!;
      energy += inputs[at + 5]!;
      valueAdded += inputs[at + 6]!;
      prevEnergy += inputs[at + 7]!;
      prevValueAdded += inputs[at + 8]!;
    }
    this.num.set([investment, output, tax, lead]);
    this.den.set([land, land, land, output]);
    this.energy = energy;
    this.valueAdded = valueAdded;
    this.prevEnergy = prevEnergy;
    this.prevValueAdded = prevValueAdded;
  }

  /** Auto benchmark: Σ numerator ÷ Σ denominator over graded parks (not the mean of their ratios). */
  benchmark(key: IndicatorKey): Benchmark {
    if (key === 'energy_intensity_fall') {
      const sums = { energy: this.energy, valueAdded: this.valueAdded, prevEnergy: this.prevEnergy, prevValueAdded: this.prevValueAdded };
      return { value: 1 - sums.energy / sums.valueAdded / (sums.prevEnergy / sums.prevValueAdded), source: 'auto', sums };
    }
    const k = INDICATOR_KEYS.indexOf(key);
    const sums = { numerator: this.num[k]!, denominator: this.den[k]! };
    return { value: sums.numerator / sums.denominator, source: 'auto', sums };
  }
}

/** Sorts rows by id, stably; rows already in id order (as a CSV usually lists them) cost one pass of plain comparisons and no sort. */
function sortById(rows: ParkYearInput[]): void {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = !(rows[i]!.park_id < rows[i - 1]!.park_id);
  if (!sorted) rows.sort((a, b) => (a.park_id < b.park_id ? -1 : a.park_id > b.park_id ? 1 : 0));
}

/**
 * Evaluates `year` from all park-year rows (the previous year is needed for the energy indicator).
 * `previous` is last year's evaluation, for the rank change.
 */
export function evaluateYear(rows: readonly ParkYearInput[], settings: EvaluationSettings, year: number, method: GradeMethod, previous?: YearEvaluation): YearEvaluation {
  // This year's rows and last year's, each sorted by id, then matched by walking both in step,
  // without a map of 100,000 ids (see `npm run bench`).
  const thisYear: ParkYearInput[] = [];
  const lastYear: ParkYearInput[] = [];
  for (const r of rows) {
    if (r.year === year) thisYear.push(r);
    else if (r.year === year - 1) lastYear.push(r);
  }
  sortById(thisYear);
  sortById(lastYear);
  let at = 0;
  /** Last year's row of a park (the last one given, should there be two), for ids asked in ascending order. */
  const previousRow = (id: string): ParkYearInput | undefined => {
    while (at < lastYear.length && lastYear[at]!.park_id < id) at++;
    let found: ParkYearInput | undefined;
    for (let k = at; k < lastYear.length && lastYear[k]!.park_id === id; k++) found = lastYear[k];
    return found;
  };

  // The parks that can be scored, in id order: their ids, and their nine inputs as the rows of one
  // typed array (no object per park; the result's views read these rows).
  const ids: string[] = [];
  const inputs = new Float64Array(thisYear.length * INPUT_COUNT);
  const ungraded: Ungraded[] = [];
  for (const row of thisYear) {
    if (row.exempt_reason !== null && row.exempt_reason.trim() !== '') {
      ungraded.push({ park_id: row.park_id, kind: 'exempt', reason: { zh: `免予评价：${row.exempt_reason}`, en: `Exempt: ${row.exempt_reason}` }, missing: [] });
      continue;
    }
    const prev = previousRow(row.park_id);
    const at = ids.length * INPUT_COUNT;
    // The common case first (every input there); indicatorValues says what is missing otherwise.
    if (!completeInputsInto(row, prev, inputs, at)) {
      const r = indicatorValues(row, prev);
      if (!r.ok) {
        ungraded.push({ park_id: row.park_id, kind: 'missing', reason: r.reason, missing: r.missing });
        continue;
      }
      partsInto(r.indicators.parts, inputs, at);
    }
    ids.push(row.park_id);
  }
  const candidates = ids.length;
  const sums = new BenchmarkSums(inputs, candidates);

  const problems: EvaluationProblem[] = [];
  const benchmarks = {} as Record<IndicatorKey, Benchmark>;
  for (const key of INDICATOR_KEYS) {
    const s = settings.indicators[key];
    if (s.benchmark !== 'auto') {
      benchmarks[key] = { value: s.benchmark, source: 'fixed' };
      continue;
    }
    if (candidates === 0) {
      problems.push({ indicator: key, rule: 'benchmark.no-graded-parks', message: { zh: `${year} 年没有可评价的园区，无法计算自动基准。`, en: `No park can be graded in ${year}, so there is no auto benchmark.` }, hint: { zh: '补齐当年数据，或把该年度的发布状态设为 draft。', en: 'Complete that year’s data, or set that year’s release status to draft.' } });
      continue;
    }
    const b = sums.benchmark(key);
    if (!(b.value > 0)) {
      problems.push({
        indicator: key,
        rule: 'benchmark.auto-not-positive',
        message: { zh: `${year} 年指标 ${key} 的自动基准为 ${b.value}，不大于 0，无法作为除数。`, en: `The auto benchmark of ${key} for ${year} is ${b.value}, not above 0, so it cannot divide.` },
        hint: { zh: `在 scoring/indicators.csv 中为 ${key} 设定一个固定的正数基准。`, en: `Set a fixed positive benchmark for ${key} in scoring/indicators.csv.` },
      });
      continue;
    }
    benchmarks[key] = b;
  }
  if (problems.length > 0) return { year, method, settings, benchmarks: null, graded: [], ungraded, problems };

  // Per park: the total of its item scores (summed in INDICATOR_KEYS order, from 0, by the formulas
  // its views read values, ratios and scores with); then one sort of indexes and the result objects,
  // one small object and four views each (100,000 parks: see `npm run bench`).
  const n = candidates;
  const table = new ScoreTable(
    inputs,
    Float64Array.from(INDICATOR_KEYS, (k) => benchmarks[k].value),
    Float64Array.from(INDICATOR_KEYS, (k) => settings.indicators[k].weight),
    Float64Array.from(INDICATOR_KEYS, (k) => settings.indicators[k].cap),
  );
  const totals = new Float64Array(n);
  for (let i = 0, at = 0; i < n; i++, at += INPUT_COUNT) {
    let total = 0;
    for (let k = 0; k < INDICATOR_KEYS.length; k++) total += table.score(at, k);
    totals[i] = total;
  }
  // Candidates are in id order, so the index is the id tie-break.
  const { order, rank } = rankOrder(totals);
  const cumulative = method === 'quotas' ? quotaCumulativeCounts(n, settings.grades) : [];
  const byThreshold = thresholdGrader(settings.grades);
  const prevRank = new Map<string, number>();
  if (previous) for (const g of previous.graded) prevRank.set(g.park_id, g.rank);
  const graded: ParkScore[] = new Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const id = ids[i]!;
    const previousRank = prevRank.size === 0 ? null : (prevRank.get(id) ?? null);
    const r = rank[j]!;
    const at = i * INPUT_COUNT;
    graded[j] = {
      park_id: id,
      values: new ValueRow(table, at),
      parts: new PartsRow(table, at),
      ratios: new RatioRow(table, at),
      scores: new ScoreRow(table, at),
      total: totals[i]!,
      rank: r,
      grade: method === 'quotas' ? gradeByQuota(r, cumulative) : byThreshold(totals[i]!),
      previousRank,
      rankChange: previousRank === null ? null : previousRank - r,
    };
  }
  return { year, method, settings, benchmarks, graded, ungraded, problems };
}

/** Evaluates several years in order, each with the one before for rank changes. */
export function evaluateYears(rows: readonly ParkYearInput[], settings: EvaluationSettings, years: readonly { year: number; method: GradeMethod }[]): YearEvaluation[] {
  const out: YearEvaluation[] = [];
  const sorted = [...years].sort((a, b) => a.year - b.year);
  for (const { year, method } of sorted) {
    const prev = out.find((e) => e.year === year - 1);
    out.push(evaluateYear(rows, settings, year, method, prev));
  }
  return out;
}
