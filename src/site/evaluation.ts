/**
 * The evaluation, computed once per build from the once-per-build dataset, and the views pages read:
 * published years, a park's history, five-good results, project rates.
 */
import { evaluateReleases, parkYearInputs, projectInputs } from '../lib/evaluation/portal.ts';
import type { YearEvaluation, ParkScore, Ungraded } from '../lib/evaluation/evaluate.ts';
import { FIVE_GOOD_KEYS, fiveGoodYear, type FiveGoodKey, type FiveGoodResult } from '../lib/evaluation/five-good.ts';
import { projectRates, ratesBy, signedYear, type ProjectInput, type ProjectRates } from '../lib/evaluation/projects.ts';
import type { ParkYearInput } from '../lib/evaluation/indicators.ts';
import type { ScoringRelease } from '../lib/data/tables.ts';
import { getSite } from './portal.ts';

export interface Release {
  year: number;
  release: ScoringRelease;
  evaluation: YearEvaluation;
}

export interface EvaluationViews {
  inputs: ParkYearInput[];
  /** Years whose status is notice or final, oldest first. */
  published: Release[];
  /** The latest published year (the one /rankings/ shows). */
  latest: Release | undefined;
  byYear: Map<number, Release>;
  /** A park's score in each published year where it was graded, and where it was not, why. */
  parkHistory(parkId: string): { year: number; status: ScoringRelease['status']; score?: ParkScore; ungraded?: Ungraded; evaluation: YearEvaluation }[];
  fiveGood: Map<number, FiveGoodResult[]>;
  fiveGoodYears: number[];
  /** A park's five-good results by year, oldest first (looked up, not scanned: one index per build). */
  fiveGoodOf(parkId: string): FiveGoodResult[];
  /** The prefecture average of each five-good dimension in a year, over the parks scored on it (computed once a year). */
  fiveGoodAverage(year: number): Record<FiveGoodKey, number | null>;
  projects: ProjectInput[];
  projectYears: number[];
  /** Rates of the projects signed in a year, overall and by chain, park and county. */
  rates(year: number): { all: ProjectRates; byChain: Map<string, ProjectRates>; byPark: Map<string, ProjectRates>; byCounty: Map<string, ProjectRates> };
}

let cached: EvaluationViews | undefined;

export function getEvaluation(): EvaluationViews {
  if (cached) return cached;
  const site = getSite();
  const t = site.tables;
  const all = evaluateReleases(t);
  const releaseOf = new Map(t.scoringReleases.map((r) => [r.year, r]));
  const published = all
    .map((evaluation) => ({ year: evaluation.year, release: releaseOf.get(evaluation.year)!, evaluation }))
    .filter((r) => r.release.status !== 'draft')
    .sort((a, b) => a.year - b.year);
  const byYear = new Map(published.map((r) => [r.year, r]));
  // Indexed once, so a park page looks its scores up instead of scanning every year's list.
  const scoreIndex = new Map(published.map((r) => [r.year, new Map(r.evaluation.graded.map((g) => [g.park_id, g]))]));
  const ungradedIndex = new Map(published.map((r) => [r.year, new Map(r.evaluation.ungraded.map((u) => [u.park_id, u]))]));

  const fiveGoodYears = [...new Set(t.fiveGoodScores.map((r) => r.year))].sort((a, b) => a - b);
  const fiveGood = new Map(fiveGoodYears.map((y) => [y, fiveGoodYear(t.fiveGoodScores, y)]));
  const fiveGoodByPark = new Map<string, FiveGoodResult[]>();
  for (const y of fiveGoodYears) {
    for (const r of fiveGood.get(y)!) {
      let list = fiveGoodByPark.get(r.park_id);
      if (!list) fiveGoodByPark.set(r.park_id, (list = []));
      // fiveGoodYear lists a park once a year; keep the first, as a find() over the year would.
      if (list[list.length - 1]?.year !== y) list.push(r);
    }
  }
  const fiveGoodAverages = new Map<number, Record<FiveGoodKey, number | null>>();

  const projects = projectInputs(t.projects);
  const projectYears = [...new Set(projects.map(signedYear))].sort((a, b) => a - b);
  const asOf = site.portal.as_of;
  const countyOf = (p: ProjectInput) => site.parkById.get(p.park_id)?.county_id ?? '';
  const ratesCache = new Map<number, ReturnType<EvaluationViews['rates']>>();

  cached = {
    inputs: parkYearInputs(t),
    published,
    latest: published[published.length - 1],
    byYear,
    parkHistory(parkId) {
      return published.map((r) => {
        const score = scoreIndex.get(r.year)?.get(parkId);
        const ungraded = ungradedIndex.get(r.year)?.get(parkId);
        return { year: r.year, status: r.release.status, evaluation: r.evaluation, ...(score ? { score } : {}), ...(ungraded ? { ungraded } : {}) };
      });
    },
    fiveGood,
    fiveGoodYears,
    fiveGoodOf: (parkId) => fiveGoodByPark.get(parkId) ?? [],
    fiveGoodAverage(year) {
      let a = fiveGoodAverages.get(year);
      if (!a) {
        const results = fiveGood.get(year) ?? [];
        a = Object.fromEntries(
          FIVE_GOOD_KEYS.map((k) => {
            const scored = results.map((r) => r.dimensions[k]).filter((d) => d !== null);
            return [k, scored.length ? scored.reduce((s, d) => s + d.score, 0) / scored.length : null];
          }),
        ) as Record<FiveGoodKey, number | null>;
        fiveGoodAverages.set(year, a);
      }
      return a;
    },
    projects,
    projectYears,
    rates(year) {
      let r = ratesCache.get(year);
      if (!r) {
        r = {
          all: projectRates(projects.filter((p) => signedYear(p) === year), asOf),
          byChain: ratesBy(projects, year, asOf, (p) => p.chain_id),
          byPark: ratesBy(projects, year, asOf, (p) => p.park_id),
          byCounty: ratesBy(projects, year, asOf, countyOf),
        };
        ratesCache.set(year, r);
      }
      return r;
    },
  };
  return cached;
}

/** What the what-if script needs to re-run a year exactly as the build did (inline, or /rankings/<year>-what-if.json on a paged ranking). */
export function whatIfData(release: Release) {
  const e = release.evaluation;
  const year = release.year;
  return {
    year,
    method: e.method,
    settings: e.settings,
    rows: getEvaluation().inputs.filter((r) => r.year === year || r.year === year - 1),
    published: e.graded.map((g) => ({ park_id: g.park_id, rank: g.rank })),
  };
}
