import { describe, expect, it } from 'vitest';
import { CLUSTER_LEVELS } from './leads-targets-tables.ts';
import { PARK_LEVELS, label, pageLabel } from './choices.ts';
import { fill } from '../i18n/dict.ts';
import { regionWords } from '../i18n/region-words.ts';

describe('pageLabel(choices, value, lang): the region’s own level in its words', () => {
  const onPage = (value: 'national' | 'prefecture', lang: 'zh' | 'en', short_zh: string) => fill(pageLabel(PARK_LEVELS, value, lang), regionWords({ short_zh }, lang));

  it("pageLabel(PARK_LEVELS, 'prefecture') reads 州级 / prefecture in 湘西州 and 市级 / city in 青禾市", () => {
    expect(onPage('prefecture', 'zh', '湘西州')).toBe('州级');
    expect(onPage('prefecture', 'en', '湘西州')).toBe('prefecture');
    expect(onPage('prefecture', 'zh', '青禾市')).toBe('市级');
    expect(onPage('prefecture', 'en', '青禾市')).toBe('city');
  });

  it("pageLabel(PARK_LEVELS, 'national') is the plain label: 国家级 / national", () => {
    expect(onPage('national', 'zh', '青禾市')).toBe('国家级');
    expect(onPage('national', 'en', '青禾市')).toBe('national');
  });

  it('staff documents and check messages keep the generic 地市级 (label), in parks and in clusters alike', () => {
    expect(label(PARK_LEVELS, 'prefecture', 'zh')).toBe('地市级');
    expect(label(CLUSTER_LEVELS, 'prefecture', 'zh')).toBe('地市级');
    expect(pageLabel(CLUSTER_LEVELS, 'prefecture', 'zh')).toBe('{regionLevel}级');
  });
});
