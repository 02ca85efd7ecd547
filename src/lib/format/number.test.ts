import { describe, expect, it } from 'vitest';
import { formatDateZh, formatNumber, formatRatio, formatWan, wanColumnFormatter } from './number.ts';

describe('formatNumber and friends', () => {
  it('groups digits and drops trailing zeros', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(2, 2)).toBe('2');
  });
  it('never shows "-0" for a tiny negative value', () => {
    expect(formatRatio(-0.0003)).toBe('0%');
    expect(formatNumber(-0.004, 2)).toBe('0');
    expect(formatNumber(-0.006, 2)).toBe('-0.01');
  });
  it('shows null as —', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatWan(undefined)).toBe('—');
  });
  it('shows 万元 as 亿元 from 10,000 万元 up', () => {
    expect(formatWan(9999)).toBe('9,999 万元');
    expect(formatWan(123456)).toBe('12.35 亿元');
  });
  it('writes dates the Chinese way', () => {
    expect(formatDateZh('2025-03-01')).toBe('2025年3月1日');
  });
});

describe('wanColumnFormatter', () => {
  it('a column reaching 10,000 万元 is all in 亿元: [878600, 65200] → 87.86 亿元, 6.52 亿元', () => {
    const f = wanColumnFormatter([878600, 65200, null]);
    expect([f(878600), f(65200), f(null)]).toEqual(['87.86 亿元', '6.52 亿元', '—']);
  });
  it('a column below 10,000 万元 stays in 万元: [9500, 120.5] → 9,500.0 万元, 120.5 万元', () => {
    const f = wanColumnFormatter([9500, 120.5]);
    expect([f(9500), f(120.5)]).toEqual(['9,500.0 万元', '120.5 万元']);
  });
});
