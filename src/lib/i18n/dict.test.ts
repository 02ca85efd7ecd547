import { describe, expect, it } from 'vitest';
import { fill, type Dict } from './dict.ts';

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
