/**
 * Language-aware helpers for pages and components. The language comes from the page's own URL
 * (`/en/…` is English), so a component needs no prop to know it:
 *
 *   const { lang, t, url, num } = i18nFor(Astro);
 *
 * `url()` links within the page's language; `file()` points at language-neutral files (CSV, JSON).
 */
import { HTML_LANG, langOfPath, LANGS, PREFIX, twinPath, type Lang } from '../lib/i18n/lang.ts';
import { fill, setRegionWords, translator } from '../lib/i18n/dict.ts';
import { regionWords } from '../lib/i18n/region-words.ts';
import { getSite } from './portal.ts';
import { common } from '../lib/i18n/dict/common.ts';
import { pageLabel, type ValueOf } from '../lib/data/choices.ts';
import type { Choice } from '../lib/data/cells.ts';
import { formatDateZh, formatFixed, formatNumber, formatRatio, formatWan, formatWithUnit } from '../lib/format/number.ts';
import { formatCny, formatCnyPerMu, formatDateEn, formatMu, formatNumberEn, formatRatioEn } from '../lib/format/en.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The page path relative to the base, without a leading slash: `en/parks/x/`. */
export function pagePath(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

export function langOf(astro: { url: URL }): Lang {
  return langOfPath(pagePath(astro.url.pathname));
}

/** Static paths for a page that exists in every language (`src/pages/[...lang]/…`). */
export function langPaths<P extends Record<string, string | undefined>, T>(paths: { params: P; props: T }[] = [{ params: {} as P, props: {} as T }]) {
  return LANGS.flatMap((lang) => paths.map((p) => ({ params: { ...p.params, lang: lang === 'zh' ? undefined : lang }, props: p.props })));
}

/** Numbers, amounts, areas and dates as a language writes them (what `i18nFor(Astro).num` gives a page). */
export function numFor(lang: Lang) {
  const en = lang === 'en';
  return {
    number: (x: number | null | undefined, digits = 2) => (en ? formatNumberEn(x, digits) : formatNumber(x, digits)),
    /** An amount in 万元. */
    wan: (x: number | null | undefined) => (en ? formatCny(x) : formatWan(x)),
    /** A per-mu amount in 万元/亩, always two decimals (a column lines up); English: CNY per mu. */
    perMu: (x: number | null | undefined) => (en ? formatCnyPerMu(x) : x === null || x === undefined ? formatWithUnit(x, '万元/亩') : `${formatFixed(x, 2)} 万元/亩`),
    /** An area in 亩. */
    mu: (x: number | null | undefined) => (en ? formatMu(x) : formatWithUnit(x, '亩')),
    /** An area in 亩 with hectares in brackets, in both languages: 7,200 亩（480 公顷）, 7,200 mu (480 ha). */
    area: (x: number | null | undefined) => (en ? formatMu(x) : x === null || x === undefined ? formatWithUnit(x, '亩') : `${formatWithUnit(x, '亩')}（${formatWithUnit(x / 15, '公顷')}）`),
    ratio: (x: number | null | undefined, digits = 1) => (en ? formatRatioEn(x, digits) : formatRatio(x, digits)),
    date: (iso: string | null | undefined) => (en ? formatDateEn(iso) : formatDateZh(iso)),
  };
}

/** A name in a language; English falls back to Chinese (then `fallback` is true: mark it lang="zh-CN"). */
export function nameFor(lang: Lang) {
  const en = lang === 'en';
  return (zh: string, enName?: string | null) => (en && enName ? { text: enName, fallback: false } : { text: zh, fallback: en });
}

/** The portal's own words in a language (portal.json): its title, publisher and the region's short name. */
export function portalWords(portal: { title_zh: string; title_en: string; publisher_zh: string; publisher_en: string; region: { short_zh: string; short_en: string; name_zh: string; name_en: string } }, lang: Lang) {
  const en = lang === 'en';
  return {
    title: en ? portal.title_en : portal.title_zh,
    publisher: en ? portal.publisher_en : portal.publisher_zh,
    region: en ? portal.region.short_en : portal.region.short_zh,
    /** The region's full name (湘西土家族苗族自治州). */
    regionName: en ? portal.region.name_en : portal.region.name_zh,
    /** What a page's <title> ends with: the site's title in Chinese; in English the region's short name
     *  alone (the full English site name would push many titles past 70 characters). */
    titleTail: en ? portal.region.short_en : portal.title_zh,
  };
}

let regionRegistered = false;

export function i18nFor(astro: { url: URL }) {
  // Set phrases ({wholeRegion}: 全州, 全市…) take the region's words from portal.json, once per build.
  if (!regionRegistered) {
    const { region } = getSite().portal;
    setRegionWords((l) => regionWords(region, l));
    regionRegistered = true;
  }
  const lang = langOf(astro);
  return {
    lang,
    htmlLang: HTML_LANG[lang],
    /** Interface text of the shared dictionary. */
    t: translator(common, lang),
    /** A link within this language: `url('parks', id)` → `/en/parks/<id>/`. */
    url: (...parts: (string | number)[]) => (parts.length === 0 ? `${base}${PREFIX[lang]}` : `${base}${PREFIX[lang]}${parts.join('/')}/`),
    /** A language-neutral file: `file('data', 'parks.csv')`. */
    file: (...parts: (string | number)[]) => `${base}${parts.join('/')}`,
    /** This page in the other language. */
    twin: (pathname: string) => `${base}${twinPath(pagePath(pathname))}`,
    /** A coded value's label, e.g. label(PARK_LEVELS, 'national'); the region's own level in its words (州级, 市级). */
    label: <T extends readonly Choice[]>(choices: T, value: ValueOf<T>) => fill(pageLabel(choices, value, lang), regionWords(getSite().portal.region, lang)),
    /** A name in this language; English falls back to Chinese (then `fallback` is true: mark it lang="zh-CN"). */
    name: nameFor(lang),
    num: numFor(lang),
  };
}

export type I18n = ReturnType<typeof i18nFor>;
