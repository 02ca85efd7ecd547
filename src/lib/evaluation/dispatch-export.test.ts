import { describe, expect, it } from 'vitest';
import { DISPATCH_COLUMNS, dispatchRows } from './dispatch-export.ts';
import { monthRates, progressByProject, type DispatchInput, type LifeProject } from './dispatch.ts';
import { dispatchEntry } from '../opendata/dispatch-entry.ts';

const P = (id: string, v: Partial<LifeProject>): LifeProject => ({ id, chain_id: 'c1', park_id: 'k1', stage: 'signed', contracted_investment_wan: 1000, funds_in_place_wan: null, signed_on: '2025-01-01', planned_start_on: null, actual_start_on: null, planned_completion_on: null, production_on: null, terminated_on: null, ...v });
const input: DispatchInput = {
  projects: [P('a', { actual_start_on: '2025-02-10', stage: 'started' }), P('b', { park_id: 'k2', chain_id: 'c2' })],
  progress: progressByProject([
    { project_id: 'a', month: '2025-01', investment_completed_wan: 0, funds_in_place_wan: 100, stage: 'signed' },
    { project_id: 'a', month: '2025-02', investment_completed_wan: 50, funds_in_place_wan: 300, stage: 'started' },
  ]),
  portalAsOf: '2025-03-31',
  countyOf: (p) => (p.park_id === 'k1' ? 'x' : 'y'),
};

describe('dispatchRows(now, before)', () => {
  it('one row overall then per county, chain and park; changes blank without a month before', () => {
    const rows = dispatchRows(monthRates(input, '2025-01'), null);
    expect(rows.map((r) => `${r[2]}:${r[3]}`)).toEqual(['all:', 'county:x', 'county:y', 'chain:c1', 'chain:c2', 'park:k1', 'park:k2']);
    expect(rows[0]!.slice(-4)).toEqual([null, null, null, null]);
    expect(rows[0]!.length).toBe(DISPATCH_COLUMNS.length);
  });
  it('February on January, overall: start rate 0 → 1/2, funds 100/2000 → 300/2000', () => {
    const row = dispatchRows(monthRates(input, '2025-02'), monthRates(input, '2025-01'))[0]!;
    const col = (name: (typeof DISPATCH_COLUMNS)[number]) => row[DISPATCH_COLUMNS.indexOf(name)];
    expect([col('start_rate'), col('start_change'), col('funds_rate'), col('funds_change')]).toEqual([0.5, 0.5, 0.15, 0.1]);
  });
  it('the open-data entry describes every column', () => {
    expect(dispatchEntry([], '2025-03-31', { short_zh: '青禾市' }).fields.map((f) => f.name)).toEqual([...DISPATCH_COLUMNS]);
  });
});

describe('dispatchEntry(rows, asOf, region)', () => {
  it('names the whole region by its own level word: 全市 for 青禾市, 全州 for 湘西州', () => {
    expect(dispatchEntry([], '2025-03-31', { short_zh: '青禾市' }).descriptionZh).toContain('全市及各县市区');
    expect(dispatchEntry([], '2025-03-31', { short_zh: '湘西州' }).descriptionZh).toContain('全州及各县市区');
  });
});
