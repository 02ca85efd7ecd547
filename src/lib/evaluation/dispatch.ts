/**
 * The monthly dispatch (按月调度): the four project rates as of the end of a month, overall and by
 * county, chain, park and signing year, with the change from the month before, and what happened in
 * the month (projects newly started, newly in production, newly overdue, terminated).
 *
 * Definitions (the programme publishes none for a monthly figure; these follow the yearly rates of
 * projects.ts, which this module reuses):
 * - A month's as-of date is its last day, or the portal's as-of date when that is earlier.
 * - The projects counted are every project signed on or before that date, whatever year it was
 *   signed in (each project is tracked over its whole life); terminated ones stay in the
 *   denominators. `bySignedYear` splits them by signing year as the yearly rates do.
 * - A project's stage on that date comes from its dates in projects.csv (started on actual_start_on,
 *   in production on production_on, terminated on terminated_on), and a date after the as-of date
 *   has not happened yet. Overdue is isOverdue() on that date.
 * - Funds in place are the latest monthly report on or before the month (project_progress.csv); a
 *   project with no report yet counts as not reported, as in the yearly rates.
 * - The change from the month before is given only when the month before has progress data.
 */
import { monthEnd, previousMonth } from '../data/periods.ts';
import { isOverdue, projectRates, signedYear, type ProjectInput, type ProjectRates } from './projects.ts';

export type Stage = ProjectInput['stage'];

/** A project with its whole life: ProjectInput plus the termination date. */
export interface LifeProject extends ProjectInput {
  terminated_on: string | null;
}

export interface ProgressInput {
  project_id: string;
  month: string;
  investment_completed_wan: number;
  funds_in_place_wan: number | null;
  stage: Stage;
}

/** The stage a project was at on `date`, from its dates alone. */
export function stageOn(p: Pick<LifeProject, 'actual_start_on' | 'production_on' | 'terminated_on'>, date: string): Stage {
  if (p.terminated_on !== null && p.terminated_on <= date) return 'terminated';
  if (p.production_on !== null && p.production_on <= date) return 'in_production';
  if (p.actual_start_on !== null && p.actual_start_on <= date) return 'started';
  return 'signed';
}

/** The as-of date of a month's dispatch: its last day, or the portal's as-of date when earlier. */
export function monthAsOf(month: string, portalAsOf: string): string {
  const end = monthEnd(month);
  return end < portalAsOf ? end : portalAsOf;
}

/** Reports by project, oldest month first. */
export function progressByProject<R extends ProgressInput>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    if (!out.has(r.project_id)) out.set(r.project_id, []);
    out.get(r.project_id)!.push(r);
  }
  for (const list of out.values()) list.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return out;
}

/** The latest report on or before `month`. */
export function reportFor<R extends ProgressInput>(reports: readonly R[] | undefined, month: string): R | undefined {
  let found: R | undefined;
  for (const r of reports ?? []) if (r.month <= month) found = r;
  return found;
}

/** The project as it stood on `asOf` (undefined before it was signed): stage and dates on that day, funds from `report`. */
export function projectOn(p: LifeProject, asOf: string, report: ProgressInput | undefined): LifeProject | undefined {
  if (p.signed_on > asOf) return undefined;
  const on = (d: string | null) => (d !== null && d <= asOf ? d : null);
  return {
    ...p,
    stage: stageOn(p, asOf),
    actual_start_on: on(p.actual_start_on),
    production_on: on(p.production_on),
    terminated_on: on(p.terminated_on),
    funds_in_place_wan: report ? report.funds_in_place_wan : null,
  };
}

/** Distinct months with progress data, oldest first. */
export function dispatchMonths(rows: readonly { month: string }[]): string[] {
  return [...new Set(rows.map((r) => r.month))].sort();
}

export interface MonthRates {
  month: string;
  asOf: string;
  all: ProjectRates;
  byCounty: Map<string, ProjectRates>;
  byChain: Map<string, ProjectRates>;
  byPark: Map<string, ProjectRates>;
  bySignedYear: Map<number, ProjectRates>;
  /** Σ cumulative investment completed in the latest reports of the projects counted. */
  investmentCompletedWan: number;
}

export interface DispatchInput {
  projects: readonly LifeProject[];
  progress: ReadonlyMap<string, readonly ProgressInput[]>;
  portalAsOf: string;
  countyOf: (p: ProjectInput) => string;
}

function grouped<K>(list: readonly LifeProject[], asOf: string, key: (p: LifeProject) => K): Map<K, ProjectRates> {
  const groups = new Map<K, LifeProject[]>();
  for (const p of list) {
    const k = key(p);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(p);
  }
  return new Map([...groups.keys()].sort().map((k) => [k, projectRates(groups.get(k)!, asOf)]));
}

/** The projects as they stood at a month's dispatch, with their reports. */
export function projectsAtMonth(input: DispatchInput, month: string): { asOf: string; list: LifeProject[]; reports: Map<string, ProgressInput> } {
  const asOf = monthAsOf(month, input.portalAsOf);
  const list: LifeProject[] = [];
  const reports = new Map<string, ProgressInput>();
  for (const p of input.projects) {
    const report = reportFor(input.progress.get(p.id), month);
    const at = projectOn(p, asOf, report);
    if (!at) continue;
    list.push(at);
    if (report) reports.set(p.id, report);
  }
  return { asOf, list, reports };
}

/** The four rates as of a month, overall and by county, chain, park and signing year. */
export function monthRates(input: DispatchInput, month: string): MonthRates {
  const { asOf, list, reports } = projectsAtMonth(input, month);
  let investmentCompletedWan = 0;
  for (const p of [...list].sort((a, b) => (a.id < b.id ? -1 : 1))) investmentCompletedWan += reports.get(p.id)?.investment_completed_wan ?? 0;
  return {
    month,
    asOf,
    all: projectRates(list, asOf),
    byCounty: grouped(list, asOf, input.countyOf),
    byChain: grouped(list, asOf, (p) => p.chain_id),
    byPark: grouped(list, asOf, (p) => p.park_id),
    bySignedYear: grouped(list, asOf, signedYear),
    investmentCompletedWan,
  };
}

export const RATE_KEYS = ['performanceRate', 'fundsRate', 'startRate', 'productionRate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** Change of each rate from `before` to `now` (a ratio difference; null when either side has none). */
export function rateChanges(now: ProjectRates | undefined, before: ProjectRates | undefined): Record<RateKey, number | null> {
  const out = {} as Record<RateKey, number | null>;
  for (const k of RATE_KEYS) {
    const a = now?.[k] ?? null;
    const b = before?.[k] ?? null;
    out[k] = a === null || b === null ? null : a - b;
  }
  return out;
}

export interface Mover {
  key: string;
  /** The rate that changed most in this group, and by how much (ratio difference, signed). */
  rate: RateKey;
  change: number;
}

/**
 * The groups that moved most: each group's largest absolute change among the four rates, largest
 * first (ties by key), groups that did not change left out, at most `limit`.
 */
export function movers(now: ReadonlyMap<string, ProjectRates>, before: ReadonlyMap<string, ProjectRates>, limit = 3): Mover[] {
  const out: Mover[] = [];
  for (const [key, r] of now) {
    const changes = rateChanges(r, before.get(key));
    let best: Mover | undefined;
    for (const k of RATE_KEYS) {
      const c = changes[k];
      // Rounded so that float noise (0.1 + 0.2) never decides the order.
      if (c !== null && Math.abs(c) > 1e-12 && (best === undefined || Math.abs(c) - Math.abs(best.change) > 1e-12)) best = { key, rate: k, change: c };
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.key < b.key ? -1 : 1)).slice(0, limit);
}

export interface MonthEvents {
  newlyStarted: string[];
  newlyProducing: string[];
  newlyOverdue: string[];
  terminated: string[];
  newlySigned: string[];
}

/** What happened within a month (after the previous month's end, up to this month's as-of date), project ids sorted. */
export function monthEvents(projects: readonly LifeProject[], month: string, portalAsOf: string): MonthEvents {
  const asOf = monthAsOf(month, portalAsOf);
  const before = monthEnd(previousMonth(month));
  const within = (d: string | null) => d !== null && d > before && d <= asOf;
  const ev: MonthEvents = { newlyStarted: [], newlyProducing: [], newlyOverdue: [], terminated: [], newlySigned: [] };
  for (const p of [...projects].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (within(p.signed_on)) ev.newlySigned.push(p.id);
    if (within(p.actual_start_on)) ev.newlyStarted.push(p.id);
    if (within(p.production_on)) ev.newlyProducing.push(p.id);
    if (within(p.terminated_on)) ev.terminated.push(p.id);
    const now = projectOn(p, asOf, undefined);
    const then = projectOn(p, before, undefined);
    if (now && isOverdue(now, asOf) && !(then && isOverdue(then, before))) ev.newlyOverdue.push(p.id);
  }
  return ev;
}

export interface MonthDispatch extends MonthEvents {
  rates: MonthRates;
  /** The month before, when it has progress data; else null (no changes shown). */
  previous: MonthRates | null;
  countyMovers: Mover[];
  chainMovers: Mover[];
}

/** A month's dispatch. `months` is every month with data (dispatchMonths), to know whether the month before has any. */
export function monthDispatch(input: DispatchInput, month: string, months: readonly string[], cache?: Map<string, MonthRates>): MonthDispatch {
  const ratesOf = (m: string) => {
    let r = cache?.get(m);
    if (!r) {
      r = monthRates(input, m);
      cache?.set(m, r);
    }
    return r;
  };
  const rates = ratesOf(month);
  const prevMonth = previousMonth(month);
  const previous = months.includes(prevMonth) ? ratesOf(prevMonth) : null;
  return {
    rates,
    previous,
    ...monthEvents(input.projects, month, input.portalAsOf),
    countyMovers: previous ? movers(rates.byCounty, previous.byCounty) : [],
    chainMovers: previous ? movers(rates.byChain, previous.byChain) : [],
  };
}
