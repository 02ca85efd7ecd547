import { describe, expect, it } from 'vitest';
import { formatCny, formatCnyPerMu, formatMu, formatRatioEn, cnyColumnFormatter } from './en.ts';

describe('English formats', () => {
  it('formatCny: 万元 become CNY (1 万元 = 10,000 yuan)', () => {
    expect(formatCny(1234)).toBe('CNY 12.34 million'); // 1234 × 10,000 = 12,340,000
    expect(formatCny(250000)).toBe('CNY 2.5 billion'); // 2,500,000,000
    expect(formatCny(12.3)).toBe('CNY 123,000');
    expect(formatCny(null)).toBe('—');
  });
  it('formatMu: 亩 also in hectares (15 亩 = 1 ha)', () => {
    expect(formatMu(1500)).toBe('1,500 mu (100 ha)');
    expect(formatMu(100)).toBe('100 mu (6.7 ha)');
  });
  it('formatCnyPerMu and formatRatioEn', () => {
    expect(formatCnyPerMu(30.5)).toBe('CNY 305,000 per mu');
    expect(formatRatioEn(0.1234)).toBe('12.3%');
  });
});

describe('cnyColumnFormatter', () => {
  it('a column reaching CNY 1 billion is all in billions: [878600, 65200] 万元 → CNY 8.79 billion, CNY 0.65 billion', () => {
    const f = cnyColumnFormatter([878600, 65200]);
    expect([f(878600), f(65200), f(null)]).toEqual(['CNY 8.79 billion', 'CNY 0.65 billion', '—']);
  });
  it('a column below CNY 1 billion is in millions: [9500] 万元 → CNY 95.00 million', () => {
    expect(cnyColumnFormatter([9500])(9500)).toBe('CNY 95.00 million');
  });
});
