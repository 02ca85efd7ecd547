/**
 * The figures part of a park page, in the page's language: indicator names and values, why a year is
 * not graded, the chart source line, the available sites' area and price, and infrastructure details.
 * Pure over its inputs (the park's rows come in as data), so a unit test calls it without Astro; the
 * page (src/pages/[...lang]/parks/[id].astro) renders what it gives.
 */
import type { ParkInfrastructure as Infrastructure, ParkIndicator, Site } from '../lib/data/tables.ts';
import type { Ungraded } from '../lib/evaluation/evaluate.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { INDICATORS, type IndicatorKey } from '../lib/evaluation/indicators.ts';
import { formatIndicator } from '../lib/format/evaluation.ts';
import { translator } from '../lib/i18n/dict.ts';
import { parks as dict } from '../lib/i18n/dict/parks.ts';
import { numFor, portalWords } from './i18n.ts';
import { around } from './named.ts';
import { publicText } from './plain-words.ts';

export interface ParkFiguresInput {
  lang: Lang;
  portal: Parameters<typeof portalWords>[0] & { sample_data?: boolean | undefined };
  /** The park's rows of park_indicators.csv (for an exemption's English reason). */
  indicatorRows: readonly Pick<ParkIndicator, 'year' | 'exempt_reason' | 'exempt_reason_en'>[];
}

/** A reason a year is not graded: `text` in the page's language, then `zh` (Chinese with no English column) marked lang="zh-CN". */
export interface Reason {
  text: string;
  zh: string | undefined;
}

type SiteRow = Pick<Site, 'kind' | 'status' | 'area_mu' | 'floor_area_m2' | 'price_wan_per_mu' | 'rent_yuan_per_m2_month'>;

export function parkFigures({ lang, portal, indicatorRows }: ParkFiguresInput) {
  const t = translator(dict, lang);
  const num = numFor(lang);
  const isRatio = (k: IndicatorKey) => INDICATORS[k].unit === 'ratio';
  const indicatorName = (k: IndicatorKey) => INDICATORS[k][lang];
  const [detailBefore, detailAfter] = around(t('infra.detail'), 'detail');
  return {
    /** Under each chart: the publisher, and "sample data" when it is. */
    source: `${portalWords(portal, lang).publisher}${portal.sample_data ? t('park.sampleSource') : ''}`,
    indicatorName,
    /** The row heading of the latest year's table: per-mu indicators name their unit in Chinese. */
    indicatorLabel: (k: IndicatorKey) => (isRatio(k) ? indicatorName(k) : t('eval.indicatorPerMu', { indicator: indicatorName(k) })),
    /** An indicator value: per-mu amounts as the language writes them (万元/亩, CNY per mu), ratios in %. */
    indicatorText: (k: IndicatorKey, x: number | null | undefined) => (isRatio(k) ? formatIndicator(k, x) : lang === 'en' ? num.perMu(x) : formatIndicator(k, x)),
    /** The chart unit and the unit a caption names. */
    chartUnit: (k: IndicatorKey) => (isRatio(k) ? '%' : '万元/亩'),
    unitText: (k: IndicatorKey) => (isRatio(k) ? '%' : t('perMuUnit')),
    /** A value as the chart plots it: ratios in per cent. */
    asShown: (k: IndicatorKey, x: number) => (isRatio(k) ? x * 100 : x),
    /**
     * Why a year is not graded. English takes an exemption's reason from exempt_reason_en, else says
     * "Exempt:" and gives the Chinese reason marked; other reasons in plain words (the sealed Chinese
     * reason names the column, 税收（tax_wan）; the page does not).
     */
    reasonOf: (h: { year: number; ungraded?: Pick<Ungraded, 'kind' | 'reason'> | undefined }): Reason => {
      if (!h.ungraded) return { text: t('noData'), zh: undefined };
      if (lang === 'en' && h.ungraded.kind === 'exempt') {
        const row = indicatorRows.find((r) => r.year === h.year);
        return row?.exempt_reason_en ? { text: `${t('exempt')}${row.exempt_reason_en}`, zh: undefined } : { text: t('exempt'), zh: row?.exempt_reason ?? undefined };
      }
      return { text: publicText(h.ungraded.reason[lang]), zh: undefined };
    },
    /** Sites an investor can still have: available, idle or reserved. */
    availableSites: <S extends SiteRow>(sites: readonly S[]) => sites.filter((s) => s.status === 'available' || s.status === 'idle' || s.status === 'reserved'),
    /** Land in 亩 (mu); a building's floor area in m². */
    siteArea: (s: SiteRow) => (s.kind === 'land' ? num.mu(s.area_mu) : s.floor_area_m2 === null ? '—' : t('sites.m2', { n: num.number(s.floor_area_m2, 0) })),
    /** Land per mu (two decimals in 万元/亩, as every per-mu amount); a building's monthly rent per m². */
    sitePrice: (s: SiteRow) => (s.kind === 'land' ? num.perMu(s.price_wan_per_mu) : s.rent_yuan_per_m2_month === null ? '—' : t('sites.rent', { n: num.number(s.rent_yuan_per_m2_month, 1) })),
    /** An infrastructure item's detail in brackets: the text either side, and the detail in the page's language (fallback: Chinese on an English page). */
    infraDetail: (i: Pick<Infrastructure, 'detail_zh' | 'detail_en'>) =>
      i.detail_zh ? { before: detailBefore, after: detailAfter, detail: lang === 'en' && i.detail_en ? { text: i.detail_en, fallback: false } : { text: i.detail_zh, fallback: lang === 'en' } } : undefined,
  };
}

export type ParkFigures = ReturnType<typeof parkFigures>;
