/**
 * Investment-project rates (履约率, 开工率, 竣工投产率, 资金到位率) for the projects signed in a year,
 * as of a date. Terminated projects stay in the denominators. An empty cohort has no rate (null),
 * never 0 or NaN.
 */

export interface ProjectInput {
  id: string;
  chain_id: string;
  park_id: string;
  stage: 'signed' | 'started' | 'in_production' | 'terminated';
  contracted_investment_wan: number;
  funds_in_place_wan: number | null;
  signed_on: string;
  planned_start_on: string | null;
  actual_start_on: string | null;
  planned_completion_on: string | null;
  production_on: string | null;
}

/**
 * Overdue as of `asOf`: the planned start has passed without a start, or the planned completion has
 * passed without production. "Passed" means strictly before the as-of date: a project planned to
 * start on the as-of date itself is not yet overdue.
 */
export function isOverdue(p: ProjectInput, asOf: string): boolean {
  if (p.stage === 'terminated') return false;
  if (p.planned_start_on !== null && p.planned_start_on < asOf && p.actual_start_on === null) return true;
  if (p.planned_completion_on !== null && p.planned_completion_on < asOf && p.production_on === null) return true;
  return false;
}

/** In performance (履约): not terminated and not overdue. */
export function isPerforming(p: ProjectInput, asOf: string): boolean {
  return p.stage !== 'terminated' && !isOverdue(p, asOf);
}

export interface ProjectRates {
  signed: number;
  performing: number;
  started: number;
  producing: number;
  terminated: number;
  overdue: number;
  contractedWan: number;
  fundsInPlaceWan: number;
  /** Projects whose funds in place are blank (counted as 0 in the funds rate). */
  fundsNotReported: number;
  /** 履约率 = performing ÷ signed. */
  performanceRate: number | null;
  /** 开工率 = started or producing ÷ signed. */
  startRate: number | null;
  /** 竣工投产率 = producing (trial production included) ÷ signed. */
  productionRate: number | null;
  /** 资金到位率 = Σ funds in place ÷ Σ contracted investment. */
  fundsRate: number | null;
}

export function projectRates(projects: readonly ProjectInput[], asOf: string): ProjectRates {
  const n = projects.length;
  let performing = 0;
  let started = 0;
  let producing = 0;
  let terminated = 0;
  let overdue = 0;
  let contractedWan = 0;
  let fundsInPlaceWan = 0;
  let fundsNotReported = 0;
  // Sum in id order so the floating-point result never depends on row order.
  for (const p of [...projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (isPerforming(p, asOf)) performing++;
    if (p.stage === 'started' || p.stage === 'in_production') started++;
    if (p.stage === 'in_production') producing++;
    if (p.stage === 'terminated') terminated++;
    if (isOverdue(p, asOf)) overdue++;
    contractedWan += p.contracted_investment_wan;
    if (p.funds_in_place_wan === null) fundsNotReported++;
    else fundsInPlaceWan += p.funds_in_place_wan;
  }
  const rate = (k: number) => (n === 0 ? null : k / n);
  return {
    signed: n,
    performing,
    started,
    producing,
    terminated,
    overdue,
    contractedWan,
    fundsInPlaceWan,
    fundsNotReported,
    performanceRate: rate(performing),
    startRate: rate(started),
    productionRate: rate(producing),
    fundsRate: contractedWan > 0 ? fundsInPlaceWan / contractedWan : null,
  };
}

/** The signing year of a project. */
export const signedYear = (p: { signed_on: string }) => Number(p.signed_on.slice(0, 4));

/** Rates per group (chain, park, county…) for the projects signed in `year`, keys sorted. */
export function ratesBy(projects: readonly ProjectInput[], year: number, asOf: string, groupOf: (p: ProjectInput) => string): Map<string, ProjectRates> {
  const groups = new Map<string, ProjectInput[]>();
  for (const p of projects) {
    if (signedYear(p) !== year) continue;
    const k = groupOf(p);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(p);
  }
  return new Map([...groups.keys()].sort().map((k) => [k, projectRates(groups.get(k)!, asOf)]));
}
