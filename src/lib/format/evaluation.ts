/** How evaluation numbers are shown: values with their unit, scores with 2 decimals, rank changes. */
import { INDICATORS, type IndicatorKey } from '../evaluation/indicators.ts';
import { roundHalfUp } from '../evaluation/round.ts';
import { formatNumber, formatRatio, NO_VALUE } from './number.ts';

export function formatIndicator(key: IndicatorKey, value: number | null | undefined): string {
  if (value === null || value === undefined) return NO_VALUE;
  return INDICATORS[key].unit === 'ratio' ? formatRatio(value, 1) : `${formatNumber(value, 2)}`;
}

export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return NO_VALUE;
  return roundHalfUp(score, 2).toFixed(2);
}

/** "↑2", "↓1", "–" or "新" (new to the ranking), with words for screen readers in `label`. */
export function formatRankChange(change: number | null): { text: string; label: string } {
  if (change === null) return { text: '新', label: '新进入排名' };
  if (change > 0) return { text: `↑${change}`, label: `上升 ${change} 位` };
  if (change < 0) return { text: `↓${-change}`, label: `下降 ${-change} 位` };
  return { text: '–', label: '名次不变' };
}
