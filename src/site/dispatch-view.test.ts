import { describe, expect, it } from 'vitest';
import { againstPlan, daysBetween, monthIndex, monthLabel, monthOfIndex, pointsChange, quarterLabel, rateHistoryChart } from './dispatch-view.ts';
import type { MonthRates } from '../lib/evaluation/dispatch.ts';
import { projectRates } from '../lib/evaluation/projects.ts';

describe('labels', () => {
  it('monthLabel and quarterLabel in both languages', () => {
    expect([monthLabel('2026-01', 'zh'), monthLabel('2026-10', 'en')]).toEqual(['2026年1月', 'October 2026']);
    expect([quarterLabel('2025-Q3', 'zh'), quarterLabel('2025-Q4', 'en')]).toEqual(['2025年第三季度', 'Q4 2025']);
  });
  it('monthIndex and monthOfIndex are inverse across a year end', () => {
    for (const m of ['2024-12', '2025-01', '2025-07']) expect(monthOfIndex(monthIndex(m))).toBe(m);
    expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
  });
  it('pointsChange(change) in percentage points, one decimal; 0 is 持平; null is —', () => {
    expect(pointsChange(0.025, 'zh')).toBe('+2.5 个百分点');
    expect(pointsChange(-1 / 3, 'en')).toBe('−33.3 pp');
    expect(pointsChange(0.0001, 'zh')).toBe('持平');
    expect(pointsChange(null, 'zh')).toBe('—');
  });
  it('againstPlan: late, early, on plan, overdue as of a date, not yet', () => {
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(againstPlan('2025-02-01', '2025-04-15', '2025-06-30', 'zh')).toBe('晚 73 天');
    expect(againstPlan('2025-02-01', '2025-01-30', '2025-06-30', 'en')).toBe('2 days early');
    expect(againstPlan('2025-02-01', '2025-02-01', '2025-06-30', 'zh')).toBe('按计划');
    expect(againstPlan('2025-06-01', null, '2025-06-30', 'zh')).toBe('尚未完成，已超过计划 29 天');
    expect(againstPlan('2025-06-30', null, '2025-06-30', 'zh')).toBe('尚未到计划日期');
  });
});

describe('rateHistoryChart', () => {
  it('draws the four rates in percent by month, with — for a month without projects', () => {
    const r = projectRates([{ id: 'a', chain_id: 'c', park_id: 'k', stage: 'started', contracted_investment_wan: 100, funds_in_place_wan: 25, signed_on: '2025-01-01', planned_start_on: null, actual_start_on: '2025-01-02', planned_completion_on: null, production_on: null }], '2025-02-28');
    const month = (m: string, rates: typeof r | undefined) => ({ month: m, rates }) as unknown as MonthRates & { rates: typeof r | undefined };
    const out = rateHistoryChart([month('2025-01', undefined), month('2025-02', r)], (m) => (m as unknown as { rates: typeof r | undefined }).rates, 't', 'zh');
    expect(out.table.columns).toEqual(['月份', '履约率（%）', '资金到位率（%）', '开工率（%）', '竣工投产率（%）']);
    expect(out.table.rows).toEqual([['2025-01', null, null, null, null], ['2025-02', 100, 25, 100, 0]]);
  });
});
