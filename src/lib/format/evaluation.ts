/** How evaluation numbers are shown: values with their unit, scores with 2 decimals, rank changes. */
import { INDICATORS, type IndicatorKey } from '../evaluation/indicators.ts';
import { roundHalfUp } from '../evaluation/round.ts';
import { translator } from '../i18n/dict.ts';
import { rankingText } from '../i18n/dict/rankings.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatFixed, NO_VALUE } from './number.ts';

/**
 * An indicator value as in the ranking table, with a fixed number of decimals so a column lines up:
 * a ratio as a percentage with 1 decimal; a per-mu amount in 万元/亩 with 2 decimals in Chinese and in
 * whole yuan per mu in English (the one per-mu unit of the English pages, as `formatCnyPerMu`).
 */
export function formatIndicator(key: IndicatorKey, value: number | null | undefined, lang: Lang = 'zh'): string {
  if (value === null || value === undefined) return NO_VALUE;
  const ratio = INDICATORS[key].unit === 'ratio';
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  return ratio ? `${formatFixed(value * 100, 1, locale)}%` : lang === 'en' ? formatFixed(value * 10_000, 0, locale) : formatFixed(value, 2, locale);
}

/**
 * A score to 2 decimals, rounded half up: the same digits in both languages (no grouping, since
 * scores stay below 1,000), so `lang` is accepted for a uniform call and changes nothing.
 */
export function formatScore(score: number | null | undefined, _lang: Lang = 'zh'): string {
  if (score === null || score === undefined) return NO_VALUE;
  return roundHalfUp(score, 2).toFixed(2);
}

/**
 * "↑2", "↓1", "–", "新" ("New": never ranked before) or "回归" ("Back": ranked in an earlier year, not
 * last year), with words for screen readers in `label`. `gradedBefore` says whether the park was graded
 * in any earlier published year: without it a returning park would read as new.
 */
export function formatRankChange(change: number | null, lang: Lang = 'zh', gradedBefore = false): { text: string; label: string } {
  const t = translator(rankingText, lang);
  if (change === null && gradedBefore) return { text: t('change.back'), label: t('change.backLabel') };
  if (change === null) return { text: t('change.new'), label: t('change.newLabel') };
  if (change > 0) return { text: `↑${change}`, label: t('change.upLabel', { n: change }) };
  if (change < 0) return { text: `↓${-change}`, label: t('change.downLabel', { n: -change }) };
  return { text: '–', label: t('change.sameLabel') };
}
