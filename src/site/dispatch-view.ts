/**
 * What the dispatch, inspection and project pages print that depends on the language: month and
 * quarter names, changes in percentage points, the rate history chart, a project's timeline. Pure:
 * unit-tested without Astro.
 */
import type { Lang } from '../lib/i18n/lang.ts';
import { translator } from '../lib/i18n/dict.ts';
import { dispatch } from '../lib/i18n/dict/dispatch.ts';
import { lineChart } from '../charts/line.ts';
import type { ChartOutput } from '../charts/core.ts';
import { RATE_KEYS, type MonthRates, type RateKey } from '../lib/evaluation/dispatch.ts';
import type { ProjectRates } from '../lib/evaluation/projects.ts';
import { formatNumber, NO_VALUE } from '../lib/format/number.ts';
import { formatNumberEn } from '../lib/format/en.ts';
import { roundHalfUp } from '../lib/evaluation/round.ts';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-10` → 2026年10月 / October 2026. */
export function monthLabel(month: string, lang: Lang): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === 'en' ? `${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/** `2026-Q3` → 2026年第三季度 / Q3 2026. */
export function quarterLabel(quarter: string, lang: Lang): string {
  const y = quarter.slice(0, 4);
  const n = Number(quarter.slice(6));
  return lang === 'en' ? `Q${n} ${y}` : `${y}年第${'一二三四'[n - 1]}季度`;
}

/** Months as chart x values: a running month count. */
export const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthOfIndex = (x: number) => `${Math.floor(x / 12)}-${String((x % 12) + 1).padStart(2, '0')}`;

/** A change in a rate, in percentage points with one decimal: +2.5 个百分点 / +2.5 pp; null → —. */
export function pointsChange(change: number | null, lang: Lang): string {
  if (change === null) return NO_VALUE;
  const t = translator(dispatch, lang);
  const points = roundHalfUp(Math.abs(change) * 100, 1);
  if (points === 0) return t('points.same');
  const value = lang === 'en' ? formatNumberEn(points, 1) : formatNumber(points, 1);
  return t(change > 0 ? 'points.up' : 'points.down', { value });
}

export const rateName = (k: RateKey, lang: Lang) => translator(dispatch, lang)(`rate.${k}`);

/** The four rates month by month, in percent, for one group (`pick` chooses it from a month's rates). */
export function rateHistoryChart(series: readonly MonthRates[], pick: (m: MonthRates) => ProjectRates | undefined, title: string, lang: Lang): ChartOutput {
  const t = translator(dispatch, lang);
  return lineChart(
    {
      series: RATE_KEYS.map((k) => ({
        key: k,
        label: rateName(k, lang),
        points: series.map((m) => {
          const r = pick(m)?.[k];
          return { x: monthIndex(m.month), y: r === null || r === undefined ? null : roundHalfUp(r * 100, 1) };
        }),
      })),
    },
    { title, unit: '%', lang, xFormat: monthOfIndex, xLabel: t('col.month'), xTicks: 8 },
  );
}

/** Days from `a` to `b` (ISO dates), whole days. */
export function daysBetween(a: string, b: string): number {
  const d = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((d(b) - d(a)) / 86400000);
}

/** How an actual date compares with the plan, as of `asOf`. */
export function againstPlan(planned: string | null, actual: string | null, asOf: string, lang: Lang): string {
  const t = translator(dispatch, lang);
  if (planned === null) return t('diff.none');
  if (actual === null) return planned < asOf ? t('diff.overdue', { days: daysBetween(planned, asOf) }) : t('diff.notYet');
  const days = daysBetween(planned, actual);
  return days === 0 ? t('diff.onTime') : days > 0 ? t('diff.late', { days }) : t('diff.early', { days: -days });
}
