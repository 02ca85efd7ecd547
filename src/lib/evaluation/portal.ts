/**
 * The evaluation of a whole dataset: settings from data/scoring/, every release year evaluated,
 * five-good results, project rates. Called once per build (src/site) and by `npm run score`.
 */
import type { Tables } from '../data/dataset.ts';
import type { Project } from '../data/tables.ts';
import { DEFAULT_CAP, evaluateYears, type EvaluationSettings, type YearEvaluation } from './evaluate.ts';
import { INDICATOR_KEYS, type IndicatorKey, type ParkYearInput } from './indicators.ts';
import type { Grade } from './rank.ts';

/** Settings from scoring/indicators.csv and scoring/grades.csv; null when an indicator has no row. */
export function settingsFromTables(t: Pick<Tables, 'scoringIndicators' | 'scoringGrades'>): EvaluationSettings | null {
  const rows = new Map(t.scoringIndicators.map((r) => [r.indicator, r]));
  if (!INDICATOR_KEYS.every((k) => rows.has(k))) return null;
  const indicators = Object.fromEntries(
    INDICATOR_KEYS.map((k) => {
      const r = rows.get(k)!;
      return [k, { weight: r.weight, benchmark: r.benchmark, cap: r.cap ?? DEFAULT_CAP }];
    }),
  ) as Record<IndicatorKey, EvaluationSettings['indicators'][IndicatorKey]>;
  return { indicators, grades: t.scoringGrades.map((g) => ({ grade: g.grade as Grade, min_score: g.min_score, quota_ratio: g.quota_ratio })) };
}

export function parkYearInputs(t: Pick<Tables, 'parkIndicators'>): ParkYearInput[] {
  return t.parkIndicators.map((r) => ({
    park_id: r.park_id,
    year: r.year,
    industrial_land_mu: r.industrial_land_mu,
    industrial_investment_wan: r.industrial_investment_wan,
    industrial_output_wan: r.industrial_output_wan,
    lead_industry_output_wan: r.lead_industry_output_wan,
    tax_wan: r.tax_wan,
    value_added_wan: r.value_added_wan,
    energy_tce: r.energy_tce,
    exempt_reason: r.exempt_reason,
  }));
}

/** Every year in releases.csv, evaluated in order (drafts too: they are computed, not published). */
export function evaluateReleases(t: Pick<Tables, 'parkIndicators' | 'scoringIndicators' | 'scoringGrades' | 'scoringReleases'>): YearEvaluation[] {
  const settings = settingsFromTables(t);
  if (!settings) return [];
  return evaluateYears(
    parkYearInputs(t),
    settings,
    t.scoringReleases.map((r) => ({ year: r.year, method: r.grade_method })),
  );
}

export function projectInputs(projects: readonly Project[]) {
  return projects.map((p) => ({
    id: p.id,
    chain_id: p.chain_id,
    park_id: p.park_id,
    stage: p.stage,
    contracted_investment_wan: p.contracted_investment_wan,
    funds_in_place_wan: p.funds_in_place_wan,
    signed_on: p.signed_on,
    planned_start_on: p.planned_start_on,
    actual_start_on: p.actual_start_on,
    planned_completion_on: p.planned_completion_on,
    production_on: p.production_on,
  }));
}
