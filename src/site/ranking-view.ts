/**
 * What one year's ranking page prints, in the page's language: the at-a-glance table (rank, change,
 * park, grade, total), the per-indicator table, the benchmarks row, the ungraded parks and the chart's
 * rows. Pure over its inputs (no Astro, no file reads), so a unit test can call it with any data.
 */
import type { County, Park } from '../lib/data/tables.ts';
import type { YearEvaluation } from '../lib/evaluation/evaluate.ts';
import { INDICATOR_KEYS, INDICATORS, type IndicatorKey, type ParkYearInput } from '../lib/evaluation/indicators.ts';
import { formatIndicator, formatRankChange, formatScore } from '../lib/format/evaluation.ts';
import { translator } from '../lib/i18n/dict.ts';
import { rankingText } from '../lib/i18n/dict/rankings.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { shortName } from '../lib/i18n/short-name.ts';
import { publicText } from './plain-words.ts';

/** Text and, when an English page has to show Chinese, the language to mark it with. */
export interface Text {
  text: string;
  lang?: 'zh-CN';
}

export interface RankingViewInput {
  lang: Lang;
  evaluation: YearEvaluation;
  /** Every published year's evaluation (to tell a park new to the ranking from one back after a gap). */
  published: readonly YearEvaluation[];
  parkById: ReadonlyMap<string, Park>;
  countyById: ReadonlyMap<string, County>;
  /** The park-year inputs (for exemption reasons). */
  inputs: readonly ParkYearInput[];
  /** An exemption reason in English (park_indicators.csv exempt_reason_en), where the data has one. */
  exemptReasonEn?: (parkId: string, year: number) => string | null | undefined;
  /** Link to a park page in the page's language. */
  parkHref: (id: string) => string;
  /** The region's short name as this language writes it ("湘西州", "Xiangxi"). */
  region: string;
  /** The release's note (scoring/releases.csv), in Chinese and, where given, English. */
  note?: { zh: string | null | undefined; en?: string | null | undefined };
}

const named = (en: boolean, zh: string, english?: string | null): Text => (en && english ? { text: english } : en ? { text: zh, lang: 'zh-CN' } : { text: zh });

export function rankingView(input: RankingViewInput) {
  const { lang, evaluation: e } = input;
  const en = lang === 'en';
  const t = translator(rankingText, lang);
  const park = (id: string) => input.parkById.get(id)!;
  const parkName = (id: string) => named(en, park(id).name_zh, park(id).name_en);
  const countyName = (id: string): Text => {
    const c = input.countyById.get(park(id).county_id);
    return c ? named(en, c.name_zh, c.name_en) : { text: '' };
  };
  /** Short names keep a chart's labels inside a phone's width; the full name is in the table. */
  const indicatorName = (k: IndicatorKey) => (en ? INDICATORS[k].en : INDICATORS[k].zh);
  // Every park graded in an earlier published year, gathered once (was a scan of every year's list per
  // row without a rank change).
  let before: Set<string> | undefined;
  const gradedBefore = (id: string) => {
    before ??= new Set(input.published.filter((p) => p.year < e.year).flatMap((p) => p.graded.map((g) => g.park_id)));
    return before.has(id);
  };

  /** "New" only for a park never graded before; a park back after a year out says so. */
  const change = (rankChange: number | null, id: string) => formatRankChange(rankChange, lang, rankChange === null && gradedBefore(id));

  const rows = e.graded.map((g) => ({
    parkId: g.park_id,
    href: input.parkHref(g.park_id),
    name: parkName(g.park_id),
    county: countyName(g.park_id),
    rank: g.rank,
    change: change(g.rankChange, g.park_id),
    grade: g.grade,
    total: formatScore(g.total, lang),
    cells: INDICATOR_KEYS.map((k) => ({ key: k, value: formatIndicator(k, g.values[k], lang), score: formatScore(g.scores[k], lang) })),
  }));

  const indicators = INDICATOR_KEYS.map((k) => ({
    key: k,
    name: indicatorName(k),
    weight: e.settings.indicators[k].weight,
    weightText: t('col.weight', { weight: e.settings.indicators[k].weight }),
    valueHeader: INDICATORS[k].unit === 'ratio' ? t('col.value') : t('col.valuePerMu'),
  }));

  const benchmarks = e.benchmarks
    ? {
        label: INDICATOR_KEYS.every((k) => e.benchmarks![k].source === 'auto') ? t('benchmark.auto', { region: input.region }) : t('benchmark.mixed'),
        cells: INDICATOR_KEYS.map((k) => ({ key: k, value: formatIndicator(k, e.benchmarks![k].value, lang), cap: t('cap', { cap: e.settings.indicators[k].cap }) })),
      }
    : null;

  // This year's inputs by park, for the exemption reasons (indexed once, not a scan of every park-year per park).
  let yearInputs: Map<string, ParkYearInput> | undefined;
  const exemptReason = (id: string) => {
    if (!yearInputs) {
      yearInputs = new Map();
      for (const r of input.inputs) if (r.year === e.year && !yearInputs.has(r.park_id)) yearInputs.set(r.park_id, r);
    }
    return yearInputs.get(id)?.exempt_reason ?? '';
  };
  const ungraded = e.ungraded.map((u) => ({
    href: input.parkHref(u.park_id),
    name: parkName(u.park_id),
    // An exempt park's reason is the publisher's own text, in Chinese: an English page says so.
    reason: en && u.kind === 'exempt' ? { prefix: t('ungraded.exempt'), ...named(en, exemptReason(u.park_id), input.exemptReasonEn?.(u.park_id, e.year)) } : { prefix: '', text: publicText(en ? u.reason.en : u.reason.zh) },
  }));

  return {
    year: e.year,
    note: input.note?.zh ? named(en, input.note.zh, input.note.en) : null,
    caption: t('caption', { year: e.year, n: e.graded.length }),
    detailsCaption: t('details.caption', { year: e.year }),
    rows,
    indicators,
    benchmarks,
    ungraded,
    weightSum: INDICATOR_KEYS.reduce((s, k) => s + e.settings.indicators[k].weight, 0),
    chartKeys: indicators.map((i) => ({ key: i.key, label: i.name })),
    chartRows: e.graded.map((g) => ({ label: shortName(park(g.park_id), lang), href: input.parkHref(g.park_id), values: g.scores })),
  };
}

export type RankingView = ReturnType<typeof rankingView>;
