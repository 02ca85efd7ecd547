/**
 * Numbers and units for English readers: 万元 and 亿元 become CNY amounts, areas in 亩 also show
 * hectares (1 亩 = 666.67 m² = 1/15 ha), dates are ISO.
 */
import { NO_VALUE } from './number.ts';
import { formatGrouped } from './grouped.ts';

export function formatNumberEn(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const shown = Number(value.toFixed(digits));
  return formatGrouped(shown === 0 ? 0 : value, 'en-GB', 0, digits);
}

/** An amount in 万元 (10,000 yuan) as CNY: 1234 → "CNY 12.34 million"; 250000 → "CNY 2.5 billion". */
export function formatCny(wan: number | null | undefined): string {
  if (wan === null || wan === undefined || !Number.isFinite(wan)) return NO_VALUE;
  const yuan = wan * 10_000;
  if (Math.abs(yuan) >= 1e9) return `CNY ${formatNumberEn(yuan / 1e9, 2)} billion`;
  if (Math.abs(yuan) >= 1e6) return `CNY ${formatNumberEn(yuan / 1e6, 2)} million`;
  return `CNY ${formatNumberEn(yuan, 0)}`;
}

/**
 * One unit for a whole column of amounts in 万元, in English: billions (two decimals) when the column's
 * largest amount reaches CNY 1 billion, else millions; so a column never mixes the two.
 */
export function cnyColumnFormatter(values: readonly (number | null | undefined)[]): (wan: number | null | undefined) => string {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(Math.abs));
  const billions = max * 10_000 >= 1e9;
  const fixed = (x: number) => formatGrouped(x, 'en-GB', 2, 2);
  return (wan) => {
    if (wan === null || wan === undefined || !Number.isFinite(wan)) return NO_VALUE;
    return billions ? `CNY ${fixed((wan * 10_000) / 1e9)} billion` : `CNY ${fixed((wan * 10_000) / 1e6)} million`;
  };
}

/** 亩 with hectares: 1500 → "1,500 mu (100 ha)". */
export function formatMu(mu: number | null | undefined): string {
  if (mu === null || mu === undefined || !Number.isFinite(mu)) return NO_VALUE;
  return `${formatNumberEn(mu, 1)} mu (${formatNumberEn(mu / 15, 1)} ha)`;
}

/** A per-mu amount in 万元/亩 as CNY per mu: 30.5 → "CNY 305,000 per mu". */
export function formatCnyPerMu(wanPerMu: number | null | undefined): string {
  if (wanPerMu === null || wanPerMu === undefined || !Number.isFinite(wanPerMu)) return NO_VALUE;
  return `CNY ${formatNumberEn(wanPerMu * 10_000, 0)} per mu`;
}

export function formatRatioEn(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${formatNumberEn(value * 100, digits)}%`;
}

/** ISO dates stay ISO: unambiguous for every reader. */
export function formatDateEn(iso: string | null | undefined): string {
  return iso ?? NO_VALUE;
}
