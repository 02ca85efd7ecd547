/**
 * One year's per-mu evaluation: indicator values, benchmarks, item scores, totals, ranks, grades and
 * the parks left ungraded with the reason. Pure: the build, `npm run score`, the what-if in the
 * browser and the tests all call this.
 */
import type { Bilingual } from '../data/issues.ts';
import { INDICATOR_KEYS, indicatorValues, type IndicatorKey, type IndicatorValues, type ParkYearInput, type MissingInput } from './indicators.ts';
import { gradeByQuota, gradeByThreshold, quotaCumulativeCounts, rankByTotal, type Grade, type GradeRule } from './rank.ts';

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

export interface ParkScore {
  park_id: string;
  values: Record<IndicatorKey, number>;
  parts: IndicatorValues['parts'];
  /** value ÷ benchmark, before the floor at 0 and the cap. */
  ratios: Record<IndicatorKey, number>;
  /** weight × min(max(ratio, 0), cap). */
  scores: Record<IndicatorKey, number>;
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

/** Sum of a list, in the order given (callers sort first so the result never depends on row order). */
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Auto benchmark: Σ numerator ÷ Σ denominator over graded parks (not the mean of their ratios). */
function autoBenchmark(key: IndicatorKey, graded: { park_id: string; indicators: IndicatorValues }[]): Benchmark {
  if (key === 'energy_intensity_fall') {
    const p = graded.map((g) => g.indicators.parts.energy_intensity_fall);
    const sums = { energy: sum(p.map((x) => x.energy)), valueAdded: sum(p.map((x) => x.valueAdded)), prevEnergy: sum(p.map((x) => x.prevEnergy)), prevValueAdded: sum(p.map((x) => x.prevValueAdded)) };
    return { value: 1 - sums.energy / sums.valueAdded / (sums.prevEnergy / sums.prevValueAdded), source: 'auto', sums };
  }
  const p = graded.map((g) => g.indicators.parts[key]);
  const sums = { numerator: sum(p.map((x) => x.numerator)), denominator: sum(p.map((x) => x.denominator)) };
  return { value: sums.numerator / sums.denominator, source: 'auto', sums };
}

/**
 * Evaluates `year` from all park-year rows (the previous year is needed for the energy indicator).
 * `previous` is last year's evaluation, for the rank change.
 */
export function evaluateYear(rows: readonly ParkYearInput[], settings: EvaluationSettings, year: number, method: GradeMethod, previous?: YearEvaluation): YearEvaluation {
  const previousYear = new Map<string, ParkYearInput>();
  const thisYear: ParkYearInput[] = [];
  for (const r of rows) {
    if (r.year === year) thisYear.push(r);
    else if (r.year === year - 1) previousYear.set(r.park_id, r);
  }
  thisYear.sort((a, b) => (a.park_id < b.park_id ? -1 : a.park_id > b.park_id ? 1 : 0));

  const candidates: { park_id: string; indicators: IndicatorValues }[] = [];
  const ungraded: Ungraded[] = [];
  for (const row of thisYear) {
    if (row.exempt_reason !== null && row.exempt_reason.trim() !== '') {
      ungraded.push({ park_id: row.park_id, kind: 'exempt', reason: { zh: `免予评价：${row.exempt_reason}`, en: `Exempt: ${row.exempt_reason}` }, missing: [] });
      continue;
    }
    const r = indicatorValues(row, previousYear.get(row.park_id));
    if (r.ok) candidates.push({ park_id: row.park_id, indicators: r.indicators });
    else ungraded.push({ park_id: row.park_id, kind: 'missing', reason: r.reason, missing: r.missing });
  }

  const problems: EvaluationProblem[] = [];
  const benchmarks = {} as Record<IndicatorKey, Benchmark>;
  for (const key of INDICATOR_KEYS) {
    const s = settings.indicators[key];
    if (s.benchmark !== 'auto') {
      benchmarks[key] = { value: s.benchmark, source: 'fixed' };
      continue;
    }
    if (candidates.length === 0) {
      problems.push({ indicator: key, rule: 'benchmark.no-graded-parks', message: { zh: `${year} 年没有可评价的园区，无法计算自动基准。`, en: `No park can be graded in ${year}, so there is no auto benchmark.` }, hint: { zh: '补齐当年数据，或把该年度的发布状态设为 draft。', en: 'Complete that year’s data, or set that year’s release status to draft.' } });
      continue;
    }
    const b = autoBenchmark(key, candidates);
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

  const scored = candidates.map((c) => {
    const ratios = {} as Record<IndicatorKey, number>;
    const scores = {} as Record<IndicatorKey, number>;
    for (const key of INDICATOR_KEYS) {
      const s = settings.indicators[key];
      ratios[key] = c.indicators.values[key] / benchmarks[key].value;
      scores[key] = s.weight * Math.min(Math.max(ratios[key], 0), s.cap);
    }
    return { id: c.park_id, c, ratios, scores, total: sum(INDICATOR_KEYS.map((k) => scores[k])) };
  });
  const ranked = rankByTotal(scored);
  const cumulative = method === 'quotas' ? quotaCumulativeCounts(ranked.length, settings.grades) : [];
  const prevRank = new Map(previous?.graded.map((g) => [g.park_id, g.rank]) ?? []);
  const graded: ParkScore[] = ranked.map((r) => {
    const previousRank = prevRank.get(r.id) ?? null;
    return {
      park_id: r.id,
      values: r.c.indicators.values,
      parts: r.c.indicators.parts,
      ratios: r.ratios,
      scores: r.scores,
      total: r.total,
      rank: r.rank,
      grade: method === 'quotas' ? gradeByQuota(r.rank, cumulative) : gradeByThreshold(r.total, settings.grades),
      previousRank,
      rankChange: previousRank === null ? null : previousRank - r.rank,
    };
  });
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
