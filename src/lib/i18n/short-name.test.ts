import { describe, expect, it } from 'vitest';
import { shortName } from './short-name.ts';

describe('shortName', () => {
  const park = { name_zh: '吉首高新技术产业开发区', name_en: 'Jishou Hi-tech Industrial Development Zone', short_name_zh: '吉首高新区', short_name_en: 'Jishou Hi-tech' };
  it('shortName(park, "zh") → 吉首高新区; (park, "en") → Jishou Hi-tech', () => {
    expect(shortName(park, 'zh')).toBe('吉首高新区');
    expect(shortName(park, 'en')).toBe('Jishou Hi-tech');
  });
  it('falls back: no short_name_en → name_en; no English at all → the Chinese short name', () => {
    expect(shortName({ ...park, short_name_en: null }, 'en')).toBe('Jishou Hi-tech Industrial Development Zone');
    expect(shortName({ name_zh: '白酒', short_name_zh: null }, 'en')).toBe('白酒');
  });
});
