import { describe, expect, it } from 'vitest';
import { change, regionYear } from './region.ts';
import type { ParkYearInput } from './indicators.ts';

const r = (park_id: string, year: number, land: number | null, output: number | null, tax: number | null): ParkYearInput => ({ park_id, year, industrial_land_mu: land, industrial_investment_wan: null, industrial_output_wan: output, lead_industry_output_wan: null, tax_wan: tax, value_added_wan: null, energy_tce: null, exempt_reason: null });

describe('regionYear(rows, year)', () => {
  it('sums every park of the year; per-mu figures only over parks that report both amount and land', () => {
    const rows = [r('a', 2024, 100, 30000, 1000), r('b', 2024, 300, 60000, null), r('c', 2024, null, 10000, 500), r('a', 2023, 1, 1, 1)];
    const y = regionYear(rows, 2024);
    expect(y).toEqual({
      year: 2024,
      parks: 3,
      landMu: 400,
      outputWan: 100000,
      taxWan: 1500,
      outputPerMu: (30000 + 60000) / (100 + 300), // c has no land
      taxPerMu: 1000 / 100, // only a has both tax and land
    });
  });
  it('has no per-mu figure for a year without land', () => {
    expect(regionYear([r('a', 2024, null, 5, 5)], 2024).outputPerMu).toBeNull();
  });
});

describe('change(after, before)', () => {
  it('is the relative change, null without a base', () => {
    expect(change(110, 100)).toBeCloseTo(0.1, 12);
    expect(change(90, 100)).toBeCloseTo(-0.1, 12);
    expect(change(5, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });
});
