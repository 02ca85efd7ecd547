/**
 * Land and factory space for investors: which sites count as "on offer", their area in one unit the
 * finder can filter on, the chains they suit, and price bands a select can offer. Pure: no Astro.
 */
import { ticks } from 'd3-array';
import type { Site } from '../data/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber, NO_VALUE } from '../format/number.ts';
import { formatNumberEn } from '../format/en.ts';

/**
 * Statuses the site finder lists. `available` is on offer now; `idle` (闲置) is land or floor space
 * the park is clearing and wants to let again (盘活), so an investor may take it; `reserved` has an
 * interested firm but no contract, so it may still come free and the park can point to similar plots.
 * `taken` (已落地) is let and left out.
 */
export const OFFERED_STATUSES = ['available', 'idle', 'reserved'] as const satisfies readonly Site['status'][];

export function isOffered(site: Pick<Site, 'status'>): boolean {
  return (OFFERED_STATUSES as readonly string[]).includes(site.status);
}

/** 1 亩 = 10000/15 m² (≈ 666.67 m²), the statutory definition. */
export const M2_PER_MU = 10000 / 15;

/**
 * The site's area in m², so land and factory space share one filter: land area (亩 → m²) for land,
 * floor area for factory space. null when the row has none (the data check requires it).
 */
export function siteAreaM2(site: Pick<Site, 'kind' | 'area_mu' | 'floor_area_m2'>): number | null {
  // × 10000 ÷ 15 rather than × M2_PER_MU: exact for whole multiples of 15 亩 (150 亩 = 100,000 m², not 99,999.99…).
  if (site.kind === 'land') return site.area_mu === null ? null : (site.area_mu * 10000) / 15;
  return site.floor_area_m2;
}

/** The reference price a site is offered at, in its kind's unit: land 万元/亩, factory rent 元/平方米·月. */
export function sitePrice(site: Pick<Site, 'kind' | 'price_wan_per_mu' | 'rent_yuan_per_m2_month'>): number | null {
  return site.kind === 'land' ? site.price_wan_per_mu : site.rent_yuan_per_m2_month;
}

export const PRICE_UNITS = { land: '万元/亩', factory: '元/平方米·月' } as const;

/** The same units for English readers: land prices become yuan (× 10,000), rents stay in yuan. */
export const PRICE_UNITS_EN = { land: 'CNY per mu', factory: 'CNY per m² per month' } as const;

/** A price in the kind's unit as a number in the language's unit: land 万元/亩 → CNY per mu in English. */
function priceNumber(kind: Site['kind'], price: number, lang: Lang): string {
  if (lang === 'zh') return formatNumber(price, 2);
  return kind === 'land' ? formatNumberEn(price * 10_000, 0) : formatNumberEn(price, 2);
}

/** A price or a range of prices with the unit: "21.8 万元/亩" | "CNY 218,000 per mu"; "18–22.5 万元/亩" | "CNY 180,000–225,000 per mu". */
function withPriceUnit(kind: Site['kind'], numbers: string, lang: Lang): string {
  return lang === 'zh' ? `${numbers} ${PRICE_UNITS[kind]}` : `CNY ${numbers} ${PRICE_UNITS_EN[kind].replace(/^CNY /, '')}`;
}

/** A reference price with its unit: land 21.8 → "21.8 万元/亩" | "CNY 218,000 per mu"; null → —. */
export function formatSitePrice(kind: Site['kind'], price: number | null, lang: Lang): string {
  if (price === null || !Number.isFinite(price)) return NO_VALUE;
  return withPriceUnit(kind, priceNumber(kind, price, lang), lang);
}

/** A range of prices with one unit: "18–22.5 万元/亩" | "CNY 180,000–225,000 per mu"; one price when min = max. */
export function formatPriceRange(kind: Site['kind'], range: { min: number; max: number }, lang: Lang): string {
  if (range.min === range.max) return formatSitePrice(kind, range.min, lang);
  return withPriceUnit(kind, `${priceNumber(kind, range.min, lang)}–${priceNumber(kind, range.max, lang)}`, lang);
}

/**
 * The chains a site suits. A site that names none is general-purpose (通用) and suits every chain, so
 * choosing any chain in the finder still lists it.
 */
export function siteChainFit(site: Pick<Site, 'chain_ids'>, allChainIds: readonly string[]): { chains: string[]; anyChain: boolean } {
  const anyChain = site.chain_ids.length === 0;
  return { chains: anyChain ? [...allChainIds] : allChainIds.filter((id) => site.chain_ids.includes(id)), anyChain };
}

export interface PriceBand {
  kind: Site['kind'];
  /** Upper bound, inclusive, in the kind's unit. */
  max: number;
  /** The filter token: `land-le-20`, `factory-le-12`. */
  token: string;
}

/**
 * "At most" price bands per kind, from round numbers spanning the prices found (d3 ticks, about four
 * per kind), the last one at or above the highest price so every priced site is in at least one band.
 * A kind without any price gets no band.
 */
export function priceBands(sites: readonly Pick<Site, 'kind' | 'price_wan_per_mu' | 'rent_yuan_per_m2_month'>[]): PriceBand[] {
  const out: PriceBand[] = [];
  for (const kind of ['land', 'factory'] as const) {
    const prices = sites.filter((s) => s.kind === kind).map(sitePrice).filter((p): p is number => p !== null);
    if (prices.length === 0) continue;
    const lo = Math.min(...prices);
    const hi = Math.max(...prices);
    let steps = lo === hi ? [] : ticks(lo, hi, 4).filter((t) => t >= lo);
    const step = steps.length >= 2 ? steps[1]! - steps[0]! : null;
    if (steps.length === 0 || steps[steps.length - 1]! < hi) {
      // Close the range with the next round number above the highest price.
      const top = step !== null ? steps[steps.length - 1]! + step * Math.ceil((hi - steps[steps.length - 1]!) / step) : niceCeil(hi);
      steps = [...steps, top];
    }
    for (const max of steps) out.push({ kind, max: clean(max), token: `${kind}-le-${clean(max)}` });
  }
  return out;
}

/** The bands a site falls in (its price is at most the band's), or `unpriced` when it has no price. */
export function priceTokens(site: Pick<Site, 'kind' | 'price_wan_per_mu' | 'rent_yuan_per_m2_month'>, bands: readonly PriceBand[]): string[] {
  const price = sitePrice(site);
  if (price === null) return ['unpriced'];
  return bands.filter((b) => b.kind === site.kind && price <= b.max).map((b) => b.token);
}

/** 37 → 40, 8.3 → 9, 0.42 → 0.5: the next round number at or above a value. */
function niceCeil(x: number): number {
  if (x <= 0) return 0;
  const mag = 10 ** Math.floor(Math.log10(x));
  const m = x / mag;
  const nice = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((n) => n >= m - 1e-9) ?? 10;
  return clean(nice * mag);
}

/** Floating-point noise off: 0.30000000000000004 → 0.3. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}
