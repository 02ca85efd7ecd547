import { describe, expect, it } from 'vitest';
import { around, byCount, namedLabel, upperFirst, zhOnly } from './named.ts';

const en = { lang: 'en' as const, name: (zh: string, e?: string | null) => (e ? { text: e, fallback: false } : { text: zh, fallback: true }) };
const zh = { lang: 'zh' as const, name: (t: string) => ({ text: t, fallback: false }) };

describe('namedLabel(i18n, zh, en) and zhOnly(i18n)', () => {
  it('namedLabel gives the English name unmarked, or the Chinese one with lang zh-CN on an English page', () => {
    expect(namedLabel(en, '吉首', 'Jishou')).toEqual({ label: 'Jishou', lang: undefined });
    expect(namedLabel(en, '吉首', null)).toEqual({ label: '吉首', lang: 'zh-CN' });
    expect(namedLabel(zh, '吉首', 'Jishou')).toEqual({ label: '吉首', lang: undefined });
  });
  it('zhOnly is zh-CN on an English page and undefined on a Chinese one', () => {
    expect([zhOnly(en), zhOnly(zh)]).toEqual(['zh-CN', undefined]);
  });
});

describe('around(text, placeholder)', () => {
  it("around('{county}全域：', 'county') is ['', '全域：']; a missing placeholder leaves the text before", () => {
    expect(around('{county}全域：', 'county')).toEqual(['', '全域：']);
    expect(around('All of {county}: ', 'county')).toEqual(['All of ', ': ']);
    expect(around('no placeholder', 'county')).toEqual(['no placeholder', '']);
  });
});

describe('byCount(key, n) and upperFirst(text)', () => {
  it("byCount('x', 1) is 'x.one'; 0 and 2 keep 'x'", () => {
    expect([byCount('x', 0), byCount('x', 1), byCount('x', 2)]).toEqual(['x', 'x.one', 'x']);
  });
  it("upperFirst('industrial land') is 'Industrial land'; Chinese is unchanged", () => {
    expect(upperFirst('industrial land')).toBe('Industrial land');
    expect(upperFirst('工业用地')).toBe('工业用地');
    expect(upperFirst('')).toBe('');
  });
});
