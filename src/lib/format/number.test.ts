import { describe, expect, it } from 'vitest';
import { formatDateZh, formatNumber, formatRatio, formatWan } from './number.ts';

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
