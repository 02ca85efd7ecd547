import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatGrouped } from './grouped.ts';

const LOCALES = ['zh-CN', 'en-GB'] as const;
const intl = (value: number, locale: string, min: number, max: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);

/** Min and max fraction digits as the site uses them (0–2 mostly) and beyond. */
const digits = fc.integer({ min: 0, max: 8 }).chain((max) => fc.tuple(fc.integer({ min: 0, max }), fc.constant(max)));

/** Numbers with few decimals, where halfway cases (…5 in the first digit cut) are common. */
const decimals = fc.tuple(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k);

describe('formatGrouped is Intl.NumberFormat, character for character', () => {
  it('on any double (fast-check)', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(...LOCALES), digits, (x, locale, [min, max]) => {
        expect(formatGrouped(x, locale, min, max)).toBe(intl(x, locale, min, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on doubles in the range the site shows, none of them left to Intl (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((x) => !String(x).includes('e')), fc.constantFrom(...LOCALES), digits, (x, locale, [min, max]) => {
        expect(formatGrouped(x, locale, min, max)).toBe(intl(x, locale, min, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on amounts with a few decimals, halfway cases included (fast-check)', () => {
    fc.assert(
      fc.property(decimals, fc.constantFrom(...LOCALES), digits, (x, locale, [min, max]) => {
        expect(formatGrouped(x, locale, min, max)).toBe(intl(x, locale, min, max));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on the hard cases written out', () => {
    const cases = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 0.15, 0.125, 999.995, 9.995, 99999.95, -0.004, -0.006, 1000, 999.9999, 123456789012345680000, 1e21, -1e21, 1e-7, 0.000001, 5e-324, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 0.1 + 0.2, 1234567.5];
    for (const x of cases) for (const locale of LOCALES) for (let max = 0; max <= 4; max++) for (let min = 0; min <= max; min++) {
      expect(formatGrouped(x, locale, min, max), `${x} ${locale} ${min}–${max}`).toBe(intl(x, locale, min, max));
    }
  });

  it('rounds the shortest decimal half away from zero, as ICU does (not the double’s exact value)', () => {
    // 1.005 is the double 1.00499999999999989…: toFixed(2) says "1.00", Intl and this say "1.01".
    expect(formatGrouped(1.005, 'zh-CN', 0, 2)).toBe('1.01');
    expect(formatGrouped(-2.5, 'en-GB', 0, 0)).toBe('-3');
    expect(formatGrouped(-0.004, 'zh-CN', 0, 2)).toBe('-0');
    expect(formatGrouped(1234567.5, 'zh-CN', 2, 2)).toBe('1,234,567.50');
  });
});
