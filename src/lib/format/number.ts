/** Numbers as a Chinese reader expects them: grouped digits, 万元 or 亿元, a dash for "no value". */

// Grouped digits exactly as Intl.NumberFormat writes them, without a call into ICU per number
// (./grouped.ts, checked against Intl; at national scale Intl's format was a few per cent of the build).
import { formatGrouped } from './grouped.ts';

export const NO_VALUE = '—';

/** A plain number with digit grouping; null → —. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  // -0.0003 shown with 1 decimal must read "0", not "-0".
  const shown = Number(value.toFixed(digits));
  return formatGrouped(shown === 0 ? 0 : value, 'zh-CN', 0, digits);
}

/**
 * A number with exactly `digits` decimals (281.8 → "281.80"): table columns line their decimals up.
 * The language picks the grouping ("zh-CN" and "en-GB" both group with commas).
 */
export function formatFixed(value: number | null | undefined, digits = 2, locale: 'zh-CN' | 'en-GB' = 'zh-CN'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const shown = Number(value.toFixed(digits));
  return formatGrouped(shown === 0 ? 0 : value, locale, digits, digits);
}

/** An amount in 万元, shown in 亿元 from 10,000 万元 up: 123456 → "12.35 亿元". */
export function formatWan(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  // Always two decimals in 亿元, so a column of amounts lines up (142.60 beside 87.86).
  if (Math.abs(value) >= 10000) return `${formatFixed(value / 10000, 2)} 亿元`;
  return `${formatNumber(value, 1)} 万元`;
}

/**
 * One unit for a whole column of amounts in 万元: 亿元 with two decimals when the column's largest
 * amount reaches 10,000 万元, else 万元 with one decimal. A column then never mixes 亿元 and 万元.
 */
export function wanColumnFormatter(values: readonly (number | null | undefined)[]): (value: number | null | undefined) => string {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(Math.abs));
  return (value) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
    return max >= 10000 ? `${formatFixed(value / 10000, 2)} 亿元` : `${formatFixed(value, 1)} 万元`;
  };
}

/** A ratio 0–1 as a percentage: 0.1234 → "12.3%". */
export function formatRatio(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${formatNumber(value * 100, digits)}%`;
}

/** An area with its unit: formatArea(1200.5, '亩') → "1,200.5 亩". */
export function formatWithUnit(value: number | null | undefined, unit: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${formatNumber(value, digits)} ${unit}`;
}

/** ISO date → 2025年3月1日. */
export function formatDateZh(iso: string | null | undefined): string {
  if (!iso) return NO_VALUE;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
