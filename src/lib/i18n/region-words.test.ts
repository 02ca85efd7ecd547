import { describe, expect, it } from 'vitest';
import { regionLevel, regionWords } from './region-words.ts';
import { setRegionWords, translator, defineDict } from './dict.ts';

describe('regionLevel', () => {
  it('湘西州 → 州 / prefecture; 青禾市 → 市 / city; an explicit level wins', () => {
    expect(regionLevel({ short_zh: '湘西州' })).toEqual({ zh: '州', en: 'prefecture' });
    expect(regionLevel({ short_zh: '青禾市' })).toEqual({ zh: '市', en: 'city' });
    expect(regionLevel({ short_zh: '阿里地区' })).toEqual({ zh: '地区', en: 'prefecture' });
    expect(regionLevel({ short_zh: '某某', level_zh: '盟', level_en: 'league' })).toEqual({ zh: '盟', en: 'league' });
  });
});

describe('translator with region words', () => {
  const d = defineDict({ h: '{year} 年{wholeRegion}园区概况' }, { h: 'The parks of {wholeRegion} in {year}' });
  it('fills {wholeRegion} from the registered region: 全市 / the whole city for 青禾市', () => {
    setRegionWords((lang) => regionWords({ short_zh: '青禾市' }, lang));
    expect(translator(d, 'zh')('h', { year: 2024 })).toBe('2024 年全市园区概况');
    expect(translator(d, 'en')('h', { year: 2024 })).toBe('The parks of the whole city in 2024');
    setRegionWords((lang) => regionWords({ short_zh: '湘西州' }, lang));
    expect(translator(d, 'zh')('h', { year: 2025 })).toBe('2025 年全州园区概况');
  });
});
