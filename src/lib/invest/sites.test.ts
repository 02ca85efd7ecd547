import { describe, expect, it } from 'vitest';
import { formatPriceRange, formatSitePrice, isOffered, M2_PER_MU, priceBands, priceTokens, siteAreaM2, siteChainFit, sitePrice } from './sites.ts';

const land = (price: number | null, area = 10) => ({ kind: 'land' as const, area_mu: area, floor_area_m2: null, price_wan_per_mu: price, rent_yuan_per_m2_month: null });
const factory = (rent: number | null, floor = 5000) => ({ kind: 'factory' as const, area_mu: null, floor_area_m2: floor, price_wan_per_mu: null, rent_yuan_per_m2_month: rent });

describe('isOffered(site)', () => {
  it('isOffered lists available, idle and reserved sites and leaves taken ones out', () => {
    expect(['available', 'idle', 'reserved', 'taken'].map((status) => isOffered({ status: status as 'taken' }))).toEqual([true, true, true, false]);
  });
});

describe('siteAreaM2(site)', () => {
  it('siteAreaM2(land of 15 亩) is 10,000 m²; factory space is its floor area', () => {
    expect(siteAreaM2(land(null, 15))).toBe(10000);
    expect(siteAreaM2(land(null, 1))).toBeCloseTo(M2_PER_MU, 9);
    expect(siteAreaM2(land(null, 150))).toBe(100000);
    expect(siteAreaM2(factory(null, 18000))).toBe(18000);
  });
  it('siteAreaM2 is null when the area is blank', () => {
    expect(siteAreaM2({ kind: 'land', area_mu: null, floor_area_m2: 300 })).toBeNull();
    expect(siteAreaM2({ kind: 'factory', area_mu: 3, floor_area_m2: null })).toBeNull();
  });
});

describe('sitePrice(site)', () => {
  it('sitePrice is the land price for land and the rent for factory space', () => {
    expect(sitePrice(land(21.8))).toBe(21.8);
    expect(sitePrice(factory(7))).toBe(7);
    expect(sitePrice({ kind: 'factory', price_wan_per_mu: 30, rent_yuan_per_m2_month: null })).toBeNull();
  });
});

describe('siteChainFit(site, chains)', () => {
  it('siteChainFit keeps the named chains in the given chain order', () => {
    expect(siteChainFit({ chain_ids: ['c', 'a'] }, ['a', 'b', 'c'])).toEqual({ chains: ['a', 'c'], anyChain: false });
  });
  it('siteChainFit of a site naming no chain is every chain (general-purpose)', () => {
    expect(siteChainFit({ chain_ids: [] }, ['a', 'b'])).toEqual({ chains: ['a', 'b'], anyChain: true });
  });
});

describe('priceBands(sites) and priceTokens(site, bands)', () => {
  const sites = [land(9.1), land(21.8), land(38.7), land(null), factory(6.1), factory(14.6)];
  const bands = priceBands(sites);
  it('priceBands([9.1, 21.8, 38.7] 万元/亩; [6.1, 14.6] 元/m²·月) gives round upper bounds, the last covering the highest price', () => {
    expect(bands.filter((b) => b.kind === 'land').map((b) => b.max)).toEqual([10, 20, 30, 40]);
    expect(bands.filter((b) => b.kind === 'factory').map((b) => b.max)).toEqual([8, 10, 12, 14, 16]);
    expect(bands[0]!.token).toBe('land-le-10');
  });
  it('priceTokens gives every band at or above the price, of the site’s own kind', () => {
    expect(priceTokens(land(21.8), bands)).toEqual(['land-le-30', 'land-le-40']);
    expect(priceTokens(land(20), bands)).toEqual(['land-le-20', 'land-le-30', 'land-le-40']);
    expect(priceTokens(factory(6.1), bands)).toEqual(['factory-le-8', 'factory-le-10', 'factory-le-12', 'factory-le-14', 'factory-le-16']);
  });
  it('priceTokens of a site without a price is [unpriced]', () => {
    expect(priceTokens(land(null), bands)).toEqual(['unpriced']);
  });
  it('priceBands of one price is one round band at or above it; of no prices, none', () => {
    expect(priceBands([land(18.3)]).map((b) => b.max)).toEqual([20]);
    expect(priceBands([land(null), factory(null)])).toEqual([]);
  });
  it('priceBands has no floating-point noise in its tokens', () => {
    expect(priceBands([factory(0.1), factory(0.7)]).map((b) => b.token)).toEqual(['factory-le-0.2', 'factory-le-0.4', 'factory-le-0.6', 'factory-le-0.8']);
  });
});

describe('formatSitePrice(kind, price, lang) and formatPriceRange(kind, range, lang)', () => {
  it("formatSitePrice('land', 21.8, 'zh') is 21.8 万元/亩; in English CNY 218,000 per mu", () => {
    expect(formatSitePrice('land', 21.8, 'zh')).toBe('21.8 万元/亩');
    expect(formatSitePrice('land', 21.8, 'en')).toBe('CNY 218,000 per mu');
  });
  it("formatSitePrice('factory', 12.5, lang) keeps yuan per m² per month; null is —", () => {
    expect(formatSitePrice('factory', 12.5, 'zh')).toBe('12.5 元/平方米·月');
    expect(formatSitePrice('factory', 12.5, 'en')).toBe('CNY 12.5 per m² per month');
    expect(formatSitePrice('factory', null, 'en')).toBe('—');
  });
  it('formatPriceRange gives one unit for the range, and one price when min = max', () => {
    expect(formatPriceRange('land', { min: 18, max: 22.5 }, 'zh')).toBe('18–22.5 万元/亩');
    expect(formatPriceRange('land', { min: 18, max: 22.5 }, 'en')).toBe('CNY 180,000–225,000 per mu');
    expect(formatPriceRange('factory', { min: 9, max: 9 }, 'en')).toBe('CNY 9 per m² per month');
  });
});
