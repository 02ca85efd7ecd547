import { describe, expect, it } from 'vitest';
import { formatIndicator, formatRankChange, formatScore } from './evaluation.ts';

describe('formatIndicator', () => {
  it('formatIndicator(per-mu key, 1234.567) → "1,234.57" (万元/亩) in Chinese, "12,345,670" (CNY per mu) in English; null → —', () => {
    expect(formatIndicator('tax_per_mu', 1234.567)).toBe('1,234.57');
    expect(formatIndicator('tax_per_mu', 1234.567, 'en')).toBe('12,345,670');
    expect(formatIndicator('tax_per_mu', null, 'en')).toBe('—');
  });
  it('formatIndicator(per-mu key, 281.8) keeps two decimals: "281.80"', () => {
    expect(formatIndicator('output_per_mu', 281.8)).toBe('281.80');
  });
  it('formatIndicator(ratio key, 0.6543 | 0.59) → "65.4%" | "59.0%" in both languages', () => {
    expect(formatIndicator('lead_industry_share', 0.6543)).toBe('65.4%');
    expect(formatIndicator('lead_industry_share', 0.6543, 'en')).toBe('65.4%');
    expect(formatIndicator('lead_industry_share', 0.59)).toBe('59.0%');
  });
});

describe('formatScore', () => {
  it('formatScore(12.345) rounds half up to "12.35" in both languages; undefined → —', () => {
    expect(formatScore(12.345)).toBe('12.35');
    expect(formatScore(12.345, 'en')).toBe('12.35');
    expect(formatScore(undefined, 'en')).toBe('—');
  });
});

describe('formatRankChange', () => {
  it('formatRankChange(2 | -1 | 0 | null) in Chinese: ↑2 上升 2 位, ↓1 下降 1 位, – 名次不变, 新 新进入排名', () => {
    expect(formatRankChange(2)).toEqual({ text: '↑2', label: '上升 2 位' });
    expect(formatRankChange(-1)).toEqual({ text: '↓1', label: '下降 1 位' });
    expect(formatRankChange(0)).toEqual({ text: '–', label: '名次不变' });
    expect(formatRankChange(null)).toEqual({ text: '新', label: '新进入排名' });
  });
  it('formatRankChange(2 | -1 | 0 | null, "en"): up 2, down 1, rank unchanged, New', () => {
    expect(formatRankChange(2, 'en')).toEqual({ text: '↑2', label: 'up 2' });
    expect(formatRankChange(-1, 'en')).toEqual({ text: '↓1', label: 'down 1' });
    expect(formatRankChange(0, 'en')).toEqual({ text: '–', label: 'rank unchanged' });
    expect(formatRankChange(null, 'en')).toEqual({ text: 'New', label: 'new to the ranking' });
  });
});

describe('formatRankChange for a returning park', () => {
  it('formatRankChange(null, lang, gradedBefore = true) → 回归 / Back, not 新', () => {
    expect(formatRankChange(null, 'zh', true)).toEqual({ text: '回归', label: '上年未参评，此前参评过' });
    expect(formatRankChange(null, 'en', true)).toEqual({ text: 'Back', label: 'not graded last year, graded before' });
    expect(formatRankChange(2, 'zh', true)).toEqual({ text: '↑2', label: '上升 2 位' });
  });
});
