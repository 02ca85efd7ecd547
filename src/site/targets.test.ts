import { describe, expect, it } from 'vitest';
import { targetValueText } from './targets.ts';
import { numFor } from './i18n.ts';

const zh = { lang: 'zh' as const, num: numFor('zh') };
const en = { lang: 'en' as const, num: numFor('en') };
const unit = (unit_zh: string, unit_en: string | null = null) => ({ unit_zh, unit_en });

describe('targetValueText(target, value, i18n): one rule per unit, as elsewhere on the site', () => {
  it('10,000 万元 reads 1.00 亿元 in Chinese (亿元 from 10,000 万元 up) and CNY 100 million in English', () => {
    expect(targetValueText(unit('万元'), 10000, zh)).toBe('1.00 亿元');
    expect(targetValueText(unit('万元'), 10000, en)).toBe('CNY 100 million');
  });
  it('8,000 万元 stays in 万元', () => {
    expect(targetValueText(unit('万元'), 8000, zh)).toBe('8,000 万元');
  });
  it('7,500 亩 has its hectares in brackets in both languages: 7,500 ÷ 15 = 500', () => {
    expect(targetValueText(unit('亩'), 7500, zh)).toBe('7,500 亩（500 公顷）');
    expect(targetValueText(unit('亩'), 7500, en)).toBe('7,500 mu (500 ha)');
  });
  it('other units are written as given: 10 个园区 / 10 parks; 12.6 万平方米 is 126,000 m² in English', () => {
    expect(targetValueText(unit('个园区', 'parks'), 10, zh)).toBe('10 个园区');
    expect(targetValueText(unit('个园区', 'parks'), 10, en)).toBe('10 parks');
    expect(targetValueText(unit('万平方米', 'ten thousand m²'), 12.6, en)).toBe('126,000 m²');
  });
});
