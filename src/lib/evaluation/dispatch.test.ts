/**
 * The monthly dispatch on a five-project fixture, every expected figure worked out by hand below
 * (not taken from the code): a project that starts late (A), one terminated (B), one that becomes
 * overdue exactly on a month boundary (C), one that goes into production (D), one signed mid-way (E).
 */
import { describe, expect, it } from 'vitest';
import { monthAsOf, monthDispatch, monthEvents, monthRates, movers, progressByProject, rateChanges, stageOn, type DispatchInput, type LifeProject, type ProgressInput } from './dispatch.ts';

const P = (id: string, v: Partial<LifeProject>): LifeProject => ({
  id, chain_id: 'c1', park_id: 'k1', stage: 'signed', contracted_investment_wan: 1000, funds_in_place_wan: null, signed_on: '2025-01-01',
  planned_start_on: null, actual_start_on: null, planned_completion_on: null, production_on: null, terminated_on: null, ...v,
});
// Stages in projects.csv are those on the portal's as-of date (2025-06-30).
const projects = [
  P('A', { chain_id: 'c1', park_id: 'k1', stage: 'started', contracted_investment_wan: 1000, signed_on: '2025-01-10', planned_start_on: '2025-02-01', actual_start_on: '2025-04-15', planned_completion_on: '2026-12-31' }),
  P('B', { chain_id: 'c2', park_id: 'k1', stage: 'terminated', contracted_investment_wan: 2000, signed_on: '2025-01-20', planned_start_on: '2025-03-01', terminated_on: '2025-04-10' }),
  P('C', { chain_id: 'c1', park_id: 'k2', stage: 'signed', contracted_investment_wan: 3000, signed_on: '2024-11-01', planned_start_on: '2025-04-30' }),
  P('D', { chain_id: 'c2', park_id: 'k2', stage: 'in_production', contracted_investment_wan: 4000, signed_on: '2024-06-01', actual_start_on: '2024-08-01', production_on: '2025-05-20', planned_completion_on: '2025-06-30' }),
  P('E', { chain_id: 'c2', park_id: 'k2', stage: 'signed', contracted_investment_wan: 500, signed_on: '2025-05-05', planned_start_on: '2025-09-01' }),
];
const R = (project_id: string, month: string, investment_completed_wan: number, funds_in_place_wan: number | null, stage: ProgressInput['stage']): ProgressInput => ({ project_id, month, investment_completed_wan, funds_in_place_wan, stage });
const progress = [
  R('A', '2025-03', 0, 100, 'signed'), R('A', '2025-04', 200, 300, 'started'), R('A', '2025-05', 400, 500, 'started'),
  R('B', '2025-03', 0, 50, 'signed'), R('B', '2025-04', 0, 50, 'terminated'),
  R('C', '2025-03', 0, null, 'signed'), R('C', '2025-05', 0, 600, 'signed'), // no April report
  R('D', '2025-05', 3900, 4000, 'in_production'), R('D', '2025-03', 3000, 3500, 'started'), R('D', '2025-04', 3200, 3600, 'started'), // any row order
  R('E', '2025-05', 0, null, 'signed'),
];
const county = { k1: 'x', k2: 'y' } as Record<string, string>;
const input: DispatchInput = { projects, progress: progressByProject(progress), portalAsOf: '2025-06-30', countyOf: (p) => county[p.park_id]! };
const months = ['2025-03', '2025-04', '2025-05'];

describe('stageOn(project, date) and monthAsOf(month, portalAsOf)', () => {
  it('a stage starts on its date, not before', () => {
    expect([stageOn(projects[0]!, '2025-04-14'), stageOn(projects[0]!, '2025-04-15')]).toEqual(['signed', 'started']);
    expect([stageOn(projects[1]!, '2025-04-09'), stageOn(projects[1]!, '2025-04-10')]).toEqual(['signed', 'terminated']);
  });
  it('a month ends on its last day, or on the portal as-of date when that is earlier', () => {
    expect(monthAsOf('2024-02', '2025-06-30')).toBe('2024-02-29');
    expect(monthAsOf('2025-06', '2025-06-20')).toBe('2025-06-20');
  });
});

describe('monthRates(input, month): the four rates as of a month, by hand', () => {
  it('March (as of 03-31): A, B, C, D signed; A and B overdue (planned starts 02-01, 03-01 passed), C not yet (04-30)', () => {
    const m = monthRates(input, '2025-03');
    expect(m.asOf).toBe('2025-03-31');
    expect(m.all).toMatchObject({ signed: 4, performing: 2, started: 1, producing: 0, terminated: 0, overdue: 2, contractedWan: 10000, fundsInPlaceWan: 100 + 50 + 3500, fundsNotReported: 1 });
    expect([m.all.performanceRate, m.all.startRate, m.all.productionRate, m.all.fundsRate]).toEqual([2 / 4, 1 / 4, 0 / 4, 3650 / 10000]);
  });
  it('April (as of 04-30): A started late, so no longer overdue; B terminated; C planned to start on 04-30 itself is not overdue; C has no April report, so its March blank carries', () => {
    const m = monthRates(input, '2025-04');
    expect(m.all).toMatchObject({ signed: 4, performing: 3, started: 2, producing: 0, terminated: 1, overdue: 0, fundsInPlaceWan: 300 + 50 + 3600, fundsNotReported: 1 });
    expect([m.all.performanceRate, m.all.startRate, m.all.productionRate, m.all.fundsRate]).toEqual([3 / 4, 2 / 4, 0, 3950 / 10000]);
  });
  it('May (as of 05-31): E signed; C now overdue (04-30 passed); D in production; B stays in the denominators', () => {
    const m = monthRates(input, '2025-05');
    expect(m.all).toMatchObject({ signed: 5, performing: 3, started: 2, producing: 1, terminated: 1, overdue: 1, contractedWan: 10500, fundsInPlaceWan: 500 + 50 + 600 + 4000, fundsNotReported: 1 });
    expect([m.all.performanceRate, m.all.startRate, m.all.productionRate, m.all.fundsRate]).toEqual([3 / 5, 2 / 5, 1 / 5, 5150 / 10500]);
    expect(m.investmentCompletedWan).toBe(400 + 0 + 0 + 3900 + 0);
  });
  it('May by county, chain, park and signing year', () => {
    const m = monthRates(input, '2025-05');
    // county x = A, B; county y = C, D, E.
    expect([...m.byCounty.keys()]).toEqual(['x', 'y']);
    expect(m.byCounty.get('x')).toMatchObject({ signed: 2, performing: 1, started: 1, producing: 0, fundsInPlaceWan: 550 });
    expect(m.byCounty.get('y')).toMatchObject({ signed: 3, performing: 2, started: 1, producing: 1, overdue: 1, fundsInPlaceWan: 4600, contractedWan: 7500 });
    // chain c1 = A, C; c2 = B, D, E.
    expect(m.byChain.get('c1')!.performanceRate).toBe(1 / 2);
    expect(m.byChain.get('c2')!.performanceRate).toBe(2 / 3);
    expect(m.byPark.get('k2')!.productionRate).toBe(1 / 3);
    // signed in 2024: C, D; in 2025: A, B, E.
    expect([...m.bySignedYear.keys()]).toEqual([2024, 2025]);
    expect(m.bySignedYear.get(2024)).toMatchObject({ signed: 2, performing: 1, producing: 1 });
    expect(m.bySignedYear.get(2025)).toMatchObject({ signed: 3, performing: 2, started: 1, terminated: 1 });
  });
});

describe('monthEvents(projects, month, portalAsOf)', () => {
  it('April: A newly started, B terminated, nobody newly overdue (C is due on 04-30 itself)', () => {
    expect(monthEvents(projects, '2025-04', '2025-06-30')).toEqual({ newlyStarted: ['A'], newlyProducing: [], newlyOverdue: [], terminated: ['B'], newlySigned: [] });
  });
  it('May: C newly overdue on the month boundary, D newly in production, E newly signed', () => {
    expect(monthEvents(projects, '2025-05', '2025-06-30')).toEqual({ newlyStarted: [], newlyProducing: ['D'], newlyOverdue: ['C'], terminated: [], newlySigned: ['E'] });
  });
  it('March: A and B become overdue within the month only if they were not at the end of February (A was: 02-01 passed)', () => {
    expect(monthEvents(projects, '2025-03', '2025-06-30').newlyOverdue).toEqual(['B']);
  });
});

describe('monthDispatch(input, month, months): changes and movers', () => {
  it('the first month with data has no previous month, so no changes and no movers', () => {
    const d = monthDispatch(input, '2025-03', months);
    expect(d.previous).toBeNull();
    expect([d.countyMovers, d.chainMovers]).toEqual([[], []]);
  });
  it('April on March: 履约率 +1/4, 开工率 +1/4, 竣工投产率 0, 资金到位率 +300/10000', () => {
    const d = monthDispatch(input, '2025-04', months);
    const c = rateChanges(d.rates.all, d.previous!.all);
    expect(c.performanceRate).toBeCloseTo(3 / 4 - 2 / 4, 12);
    expect(c.startRate).toBeCloseTo(2 / 4 - 1 / 4, 12);
    expect(c.productionRate).toBe(0);
    expect(c.fundsRate).toBeCloseTo(3950 / 10000 - 3650 / 10000, 12);
  });
  it('May on April, by county: y moved most (履约率 1 → 2/3, a tie with 竣工投产率 0 → 1/3 goes to the first rate), then x (资金到位率 350/3000 → 550/3000)', () => {
    const d = monthDispatch(input, '2025-05', months);
    expect(d.countyMovers.map((m) => m.key)).toEqual(['y', 'x']);
    expect(d.countyMovers[0]!.rate).toBe('performanceRate');
    expect(d.countyMovers[0]!.change).toBeCloseTo(2 / 3 - 1, 12);
    expect(d.countyMovers[1]!.rate).toBe('fundsRate');
    expect(d.countyMovers[1]!.change).toBeCloseTo(550 / 3000 - 350 / 3000, 12);
  });
  it('movers(now, before) leaves out groups that did not move and keeps at most `limit`', () => {
    const m = monthRates(input, '2025-05').byCounty;
    expect(movers(m, m)).toEqual([]);
    expect(movers(m, monthRates(input, '2025-04').byCounty, 1).map((x) => x.key)).toEqual(['y']);
  });
});
