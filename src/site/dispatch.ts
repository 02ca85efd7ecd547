/**
 * The monthly dispatch and the quarterly inspection, computed once per build: every month's rates
 * (cached), every quarter's findings, and each project's, park's and chain's share of them.
 */
import { dispatchMonths, monthDispatch, progressByProject, type DispatchInput, type LifeProject, type MonthDispatch, type MonthRates } from '../lib/evaluation/dispatch.ts';
import { inspectionQuarters, quarterSummary, type QuarterSummary } from '../lib/evaluation/inspections.ts';
import type { Inspection, Project, ProjectProgress } from '../lib/data/tables.ts';
import { getSite } from './portal.ts';

export interface DispatchViews {
  input: DispatchInput;
  /** Months with progress data, oldest first; empty for a region without project_progress.csv. */
  months: string[];
  latestMonth: string | undefined;
  month(m: string): MonthDispatch;
  /** Every month's rates, oldest first (for the line charts). */
  series(): MonthRates[];
  quarters: string[];
  quarter(q: string): QuarterSummary<Inspection>;
  progressOf(projectId: string): ProjectProgress[];
  findingsOfProject(projectId: string): Inspection[];
  /** The months in which a project newly became overdue, oldest first: one pass over the months per build, not one per project page. */
  overdueMonthsOf(projectId: string): string[];
  projectById: Map<string, Project>;
}

let cached: DispatchViews | undefined;

export function lifeProjects(projects: readonly Project[]): LifeProject[] {
  return projects.map((p) => ({
    id: p.id, chain_id: p.chain_id, park_id: p.park_id, stage: p.stage, contracted_investment_wan: p.contracted_investment_wan, funds_in_place_wan: p.funds_in_place_wan,
    signed_on: p.signed_on, planned_start_on: p.planned_start_on, actual_start_on: p.actual_start_on, planned_completion_on: p.planned_completion_on, production_on: p.production_on, terminated_on: p.terminated_on,
  }));
}

export function getDispatch(): DispatchViews {
  if (cached) return cached;
  const site = getSite();
  const t = site.tables;
  const progress = progressByProject(t.projectProgress);
  const input: DispatchInput = { projects: lifeProjects(t.projects), progress, portalAsOf: site.portal.as_of, countyOf: (p) => site.parkById.get(p.park_id)?.county_id ?? '' };
  const months = dispatchMonths(t.projectProgress);
  const rateCache = new Map<string, MonthRates>();
  const monthCache = new Map<string, MonthDispatch>();
  const quarters = inspectionQuarters(t.inspections);
  const quarterCache = new Map<string, QuarterSummary<Inspection>>();
  const findingsByProject = new Map<string, Inspection[]>();
  for (const f of t.inspections) if (f.project_id !== null) (findingsByProject.get(f.project_id) ?? findingsByProject.set(f.project_id, []).get(f.project_id)!).push(f);
  let overdueMonths: Map<string, string[]> | undefined;
  cached = {
    input,
    months,
    latestMonth: months.at(-1),
    month(m) {
      let d = monthCache.get(m);
      if (!d) monthCache.set(m, (d = monthDispatch(input, m, months, rateCache)));
      return d;
    },
    series() {
      return months.map((m) => this.month(m).rates);
    },
    quarters,
    quarter(q) {
      let s = quarterCache.get(q);
      if (!s) quarterCache.set(q, (s = quarterSummary(t.inspections, q, site.portal.as_of)));
      return s;
    },
    progressOf: (id) => (progress.get(id) ?? []) as ProjectProgress[],
    findingsOfProject: (id) => [...(findingsByProject.get(id) ?? [])].sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : a.id < b.id ? -1 : 1)),
    overdueMonthsOf(id) {
      if (!overdueMonths) {
        overdueMonths = new Map();
        for (const m of months) {
          // Each project once a month, as `newlyOverdue.includes(id)` per month asked before.
          for (const pid of new Set(this.month(m).newlyOverdue)) {
            let list = overdueMonths.get(pid);
            if (!list) overdueMonths.set(pid, (list = []));
            list.push(m);
          }
        }
      }
      return overdueMonths.get(id) ?? [];
    },
    projectById: new Map(t.projects.map((p) => [p.id, p])),
  };
  return cached;
}
