/**
 * Which feed items the monthly dispatch adds: one per month with progress data, dated on the month's
 * as-of date (from the data, never the clock), newest first. Only the items: the feed route serialises.
 */
import type { Lang } from '../lib/i18n/lang.ts';
import { translator } from '../lib/i18n/dict.ts';
import { dispatch } from '../lib/i18n/dict/dispatch.ts';
import { getDispatch } from './dispatch.ts';
import { monthLabel, quarterLabel } from './dispatch-view.ts';
import { formatDateZh, formatRatio } from '../lib/format/number.ts';
import { formatDateEn, formatRatioEn } from '../lib/format/en.ts';
import { quarterDates, quarterSlug } from '../lib/data/periods.ts';

export interface DispatchFeedItem {
  title: string;
  /** Path parts for the page's url(): ['dispatch', '2026-10']. */
  path: [string, string];
  date: string;
  description: string;
  categories: string[];
}

export function dispatchFeedItems(lang: Lang): DispatchFeedItem[] {
  const t = translator(dispatch, lang);
  const ratio = (x: number | null) => (lang === 'en' ? formatRatioEn(x) : formatRatio(x));
  const d = getDispatch();
  return [...d.months].reverse().map((m) => {
    const r = d.month(m).rates;
    return {
      title: t('month.title', { month: monthLabel(m, lang) }),
      path: ['dispatch', m],
      date: r.asOf,
      description: t('home.dispatch.text', { performance: ratio(r.all.performanceRate), start: ratio(r.all.startRate), production: ratio(r.all.productionRate), funds: ratio(r.all.fundsRate) }),
      categories: [t('dispatch.title')],
    };
  });
}

/**
 * Which feed items the quarterly inspection adds: one per quarter with findings, dated on the quarter's
 * last day (or the data date, for a quarter that holds it), with its counts as of the data date.
 */
export function inspectionFeedItems(lang: Lang, asOf: string): DispatchFeedItem[] {
  const t = translator(dispatch, lang);
  const date = lang === 'en' ? formatDateEn(asOf) : formatDateZh(asOf);
  const d = getDispatch();
  return [...d.quarters].reverse().map((q) => {
    const { counts } = d.quarter(q);
    const end = quarterDates(q)[1];
    return {
      title: t('q.title', { quarter: quarterLabel(q, lang) }),
      path: ['inspections', quarterSlug(q)],
      date: end < asOf ? end : asOf,
      description: t('q.intro', { quarter: quarterLabel(q, lang), n: counts.total, date, on_time: counts.on_time, late: counts.late, overdue: counts.overdue, pending: counts.pending }),
      categories: [t('insp.title')],
    };
  });
}
