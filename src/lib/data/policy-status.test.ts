import { describe, expect, it } from 'vitest';
import { policyStatus } from './policy-status.ts';

describe('policyStatus(policy, asOf)', () => {
  const p = { issued_on: '2024-01-10', effective_from: '2024-02-01', effective_to: '2026-12-31' };
  it('is not yet in force before effective_from, in force from it through effective_to, expired after', () => {
    expect(policyStatus(p, '2024-01-31')).toBe('not_yet');
    expect(policyStatus(p, '2024-02-01')).toBe('in_force');
    expect(policyStatus(p, '2026-12-31')).toBe('in_force');
    expect(policyStatus(p, '2027-01-01')).toBe('expired');
  });
  it('falls back to issued_on, and a blank end means in force until replaced', () => {
    expect(policyStatus({ issued_on: '2024-01-10', effective_from: null, effective_to: null }, '2030-01-01')).toBe('in_force');
    expect(policyStatus({ issued_on: '2024-01-10', effective_from: null, effective_to: null }, '2024-01-09')).toBe('not_yet');
  });
});
