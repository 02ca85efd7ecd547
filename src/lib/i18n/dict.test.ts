import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fill, setRegionWords, translator, type Dict } from './dict.ts';
import type { Lang } from './lang.ts';

const REGION_PLACEHOLDERS = new Set(['wholeRegion', 'regionLevel', 'regionLevelEn', 'RegionLevel']);

// Every dictionary file of the site, whoever added it.
const files = import.meta.glob<Record<string, Dict<string>>>('./dict/*.ts', { eager: true });

describe('interface dictionaries', () => {
  it('exist', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
  });
  for (const [file, mod] of Object.entries(files)) {
    for (const [name, dict] of Object.entries(mod)) {
      if (!dict || typeof dict !== 'object' || !('zh' in dict) || !('en' in dict)) continue;
      it(`${file} ${name}: every key in both languages, none empty, same placeholders`, () => {
        expect(Object.keys(dict.en).sort()).toEqual(Object.keys(dict.zh).sort());
        for (const key of Object.keys(dict.zh)) {
          const zh = dict.zh[key]!;
          const en = dict.en[key]!;
          expect(zh.trim(), `${key} (zh)`).not.toBe('');
          expect(en.trim(), `${key} (en)`).not.toBe('');
          // The region's words ({wholeRegion}…) are filled for every string, so a language may use them or not.
          const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => !REGION_PLACEHOLDERS.has(p!)).sort();
          expect(params(en), `${key} placeholders`).toEqual(params(zh));
          // The language switch names Chinese in Chinese (it is marked lang="zh-CN" on the page).
          if (!key.startsWith('lang.')) expect(en, `${key}: English text with Chinese characters`).not.toMatch(/[\u3400-\u9fff]/);
        }
      });
    }
  }
});

describe('fill(text, params)', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('{n} parks in {county}', { n: 3, county: 'Luxi' })).toBe('3 parks in Luxi');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('translator(dict, lang)', () => {
  afterEach(() => setRegionWords(() => ({})));

  // What the translator did before it cut texts at their placeholders once: fill over the region's
  // words and the call's values merged (the call's win).
  const merged = (text: string, region: Record<string, string>, params?: Record<string, string | number>) => (text.includes('{') ? fill(text, params ? { ...region, ...params } : region) : text);
  const dicts = Object.values(files).flatMap((mod) => Object.values(mod).filter((d): d is Dict<string> => !!d && typeof d === 'object' && 'zh' in d && 'en' in d));
  const region = (lang: Lang): Record<string, string> => ({ wholeRegion: lang === 'en' ? 'the whole prefecture' : '全州', regionLevel: '州级', regionLevelEn: 'prefecture', RegionLevel: 'Prefecture' });

  it('gives what fill gives over the region’s words and the values, for every text of every dictionary', () => {
    setRegionWords(region);
    const value = fc.oneof(fc.string(), fc.integer(), fc.double());
    for (const dict of dicts) {
      for (const lang of ['zh', 'en'] as const) {
        const t = translator(dict, lang);
        for (const key of Object.keys(dict[lang])) {
          const names = [...dict[lang][key]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          fc.assert(
            fc.property(fc.option(fc.dictionary(fc.constantFrom(...names, 'other', 'wholeRegion'), value), { nil: undefined }), (params) => {
              expect(t(key, params)).toBe(merged(dict[lang][key]!, region(lang), params));
            }),
            { numRuns: 5 },
          );
        }
      }
    }
  });

  it('fills as fill does on made-up texts: the call’s values over the region’s, unknown ones left visible, "{}" and "{a b}" left as they are', () => {
    setRegionWords(region);
    const text = fc.array(fc.oneof(fc.constantFrom('{n}', '{wholeRegion}', '{x_1}', '{}', '{a b}', '{', '}', '{toString}'), fc.string()), { maxLength: 8 }).map((xs) => xs.join('') + '{n}');
    const params = fc.option(fc.dictionary(fc.constantFrom('n', 'wholeRegion', 'x_1', 'other'), fc.oneof(fc.string(), fc.integer())), { nil: undefined });
    fc.assert(
      fc.property(text, params, fc.constantFrom<Lang>('zh', 'en'), (s, p, lang) => {
        const t = translator({ zh: { k: s }, en: { k: s } } as Dict<'k'>, lang);
        expect(t('k', p)).toBe(merged(s, region(lang), p));
      }),
      { numRuns: 5_000 },
    );
  });
});
