import { describe, expect, it } from 'vitest';
import { countOutcomes, inspectionQuarters, outcome, quarterSummary, type FindingInput } from './inspections.ts';

const F = (id: string, v: Partial<FindingInput>): FindingInput => ({ id, quarter: '2025-Q1', park_id: 'k1', chain_id: null, project_id: null, deadline: '2025-04-30', status: 'open', rectified_on: null, ...v });
const AS_OF = '2025-06-30';

describe('outcome(finding, asOf)', () => {
  it('rectified on the deadline is on time; a day after is late', () => {
    expect(outcome(F('a', { status: 'rectified', rectified_on: '2025-04-30' }), AS_OF)).toBe('on_time');
    expect(outcome(F('a', { status: 'rectified', rectified_on: '2025-05-01' }), AS_OF)).toBe('late');
  });
  it('not rectified: overdue once the deadline is before the as-of date; due on the as-of date itself is pending', () => {
    expect(outcome(F('a', { deadline: '2025-06-29', status: 'in_progress' }), AS_OF)).toBe('overdue');
    expect(outcome(F('a', { deadline: '2025-06-30' }), AS_OF)).toBe('pending');
  });
});

describe('quarterSummary(findings, quarter, asOf)', () => {
  const findings = [
    F('q1a', { park_id: 'k1', chain_id: 'c1', status: 'rectified', rectified_on: '2025-04-01' }), // on time
    F('q1b', { park_id: 'k1', status: 'rectified', rectified_on: '2025-05-15' }), // late
    F('q1c', { park_id: null, chain_id: 'c1' }), // overdue (04-30 < 06-30)
    F('q2a', { quarter: '2025-Q2', deadline: '2025-08-31' }), // pending, other quarter
  ];
  it('counts 2025-Q1 by hand: 3 findings, 1 on time, 1 late, 1 overdue; by park k1 = 2 (a, b), by chain c1 = 2 (a, c)', () => {
    const s = quarterSummary(findings, '2025-Q1', AS_OF);
    expect(s.findings.map((f) => f.id)).toEqual(['q1a', 'q1b', 'q1c']);
    expect(s.counts).toEqual({ total: 3, on_time: 1, late: 1, overdue: 1, pending: 0 });
    expect(s.byPark.get('k1')).toEqual({ total: 2, on_time: 1, late: 1, overdue: 0, pending: 0 });
    expect(s.byChain.get('c1')).toEqual({ total: 2, on_time: 1, late: 0, overdue: 1, pending: 0 });
  });
  it('quarters are listed oldest first; an empty list counts zero', () => {
    expect(inspectionQuarters([...findings].reverse())).toEqual(['2025-Q1', '2025-Q2']);
    expect(countOutcomes([], AS_OF)).toEqual({ total: 0, on_time: 0, late: 0, overdue: 0, pending: 0 });
  });
});
