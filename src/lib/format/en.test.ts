import { describe, expect, it } from 'vitest';
import { formatCny, formatCnyPerMu, formatMu, formatRatioEn } from './en.ts';

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
