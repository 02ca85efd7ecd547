import { describe, expect, it } from 'vitest';
import { isOverdue, projectRates, ratesBy, type ProjectInput } from './projects.ts';

const p = (id: string, v: Partial<ProjectInput>): ProjectInput => ({
  id,
  chain_id: 'c1',
  park_id: 'k1',
  stage: 'signed',
  contracted_investment_wan: 1000,
  funds_in_place_wan: null,
  signed_on: '2024-03-01',
  planned_start_on: null,
  actual_start_on: null,
  planned_completion_on: null,
  production_on: null,
  ...v,
});

const AS_OF = '2025-06-30';

describe('isOverdue(project, asOf)', () => {
  it('a planned start before the as-of date without a start is overdue; on the as-of date it is not yet', () => {
    expect(isOverdue(p('x', { planned_start_on: '2025-06-29' }), AS_OF)).toBe(true);
    expect(isOverdue(p('x', { planned_start_on: '2025-06-30' }), AS_OF)).toBe(false);
    expect(isOverdue(p('x', { planned_start_on: '2025-07-01' }), AS_OF)).toBe(false);
  });
  it('a planned completion passed without production is overdue, even when started', () => {
    expect(isOverdue(p('x', { stage: 'started', planned_start_on: '2024-05-01', actual_start_on: '2024-05-10', planned_completion_on: '2025-06-29' }), AS_OF)).toBe(true);
    expect(isOverdue(p('x', { stage: 'started', actual_start_on: '2024-05-10', planned_completion_on: '2025-06-30' }), AS_OF)).toBe(false);
  });
  it('a producing project and a terminated one are never overdue', () => {
    expect(isOverdue(p('x', { stage: 'in_production', actual_start_on: '2024-05-10', production_on: '2025-01-01', planned_completion_on: '2024-12-01' }), AS_OF)).toBe(false);
    expect(isOverdue(p('x', { stage: 'terminated', planned_start_on: '2024-05-01' }), AS_OF)).toBe(false);
  });
});

describe('projectRates(projects, asOf)', () => {
  // Five projects signed in 2024:
  const cohort = [
    p('p1', { stage: 'signed', planned_start_on: '2025-09-01', contracted_investment_wan: 10000, funds_in_place_wan: 0 }), // performing
    p('p2', { stage: 'signed', planned_start_on: '2025-01-01', contracted_investment_wan: 20000, funds_in_place_wan: 2000 }), // overdue
    p('p3', { stage: 'started', actual_start_on: '2024-06-01', planned_completion_on: '2026-01-01', contracted_investment_wan: 30000, funds_in_place_wan: 15000 }), // performing, started
    p('p4', { stage: 'in_production', actual_start_on: '2024-05-01', production_on: '2025-03-01', contracted_investment_wan: 30000, funds_in_place_wan: 30000 }), // performing, started, producing
    p('p5', { stage: 'terminated', contracted_investment_wan: 10000, funds_in_place_wan: null }), // stays in the denominators
  ];
  it('履约率 3/5, 开工率 2/5, 竣工投产率 1/5, 资金到位率 (0 + 2000 + 15000 + 30000) ÷ 100000', () => {
    const r = projectRates(cohort, AS_OF);
    expect(r).toMatchObject({ signed: 5, performing: 3, started: 2, producing: 1, terminated: 1, overdue: 1, contractedWan: 100000, fundsInPlaceWan: 47000, fundsNotReported: 1 });
    expect(r.performanceRate).toBe(3 / 5);
    expect(r.startRate).toBe(2 / 5);
    expect(r.productionRate).toBe(1 / 5);
    expect(r.fundsRate).toBe(47000 / 100000);
  });
  it('an empty cohort has no rates (null), never 0 or NaN', () => {
    const r = projectRates([], AS_OF);
    expect([r.signed, r.performanceRate, r.startRate, r.productionRate, r.fundsRate]).toEqual([0, null, null, null, null]);
  });
  it('an all-terminated cohort has rates of 0 and keeps its funds', () => {
    const r = projectRates([p('t1', { stage: 'terminated', funds_in_place_wan: 500 }), p('t2', { stage: 'terminated' })], AS_OF);
    expect([r.performanceRate, r.startRate, r.productionRate, r.fundsRate]).toEqual([0, 0, 0, 500 / 2000]);
  });
});

describe('ratesBy(projects, year, asOf, group)', () => {
  it('groups the projects signed in that year only, keys sorted', () => {
    const all = [p('a', { chain_id: 'tea' }), p('b', { chain_id: 'silk', stage: 'terminated' }), p('c', { chain_id: 'tea', signed_on: '2023-12-31' })];
    const m = ratesBy(all, 2024, AS_OF, (x) => x.chain_id);
    expect([...m.keys()]).toEqual(['silk', 'tea']);
    expect(m.get('tea')!.signed).toBe(1);
    expect(m.get('silk')!.performanceRate).toBe(0);
  });
});
