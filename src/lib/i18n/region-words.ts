/**
 * The region's words in the interface's set phrases: 全州 / "the prefecture" for 湘西州, 全市 / "the city"
 * for a city. Dictionary strings write {wholeRegion}, {regionLevel}, {regionLevelEn} and {RegionLevel}; `translator`
 * fills them from `setRegionWords`, called once per build with portal.json (src/site/portal.ts), so
 * nothing about 州 is written in src/.
 */
import type { Lang } from './lang.ts';

export interface RegionNames {
  short_zh: string;
  level_zh?: string | undefined;
  level_en?: string | undefined;
}

/** English for the usual Chinese level words; anything else says "region". */
const LEVEL_EN: Record<string, string> = { 州: 'prefecture', 市: 'city', 盟: 'league', 地区: 'prefecture', 县: 'county', 区: 'district', 省: 'province' };

export function regionLevel(region: RegionNames): { zh: string; en: string } {
  const zh = region.level_zh ?? (region.short_zh.endsWith('地区') ? '地区' : region.short_zh.slice(-1));
  return { zh, en: region.level_en ?? LEVEL_EN[zh] ?? 'region' };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The placeholder values for one language. */
export function regionWords(region: RegionNames, lang: Lang): Record<string, string> {
  const level = regionLevel(region);
  return lang === 'en'
    ? { wholeRegion: `the whole ${level.en}`, regionLevel: level.en, regionLevelEn: level.en, RegionLevel: cap(level.en) }
    : { wholeRegion: `全${level.zh}`, regionLevel: level.zh, regionLevelEn: level.en, RegionLevel: cap(level.en) };
}
