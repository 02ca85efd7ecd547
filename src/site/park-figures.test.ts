import { describe, expect, it } from 'vitest';
import { parkFigures } from './park-figures.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const portal = dataset!.portal;
const sites = t.sites.filter((s) => s.park_id === 'jishou-food');
const infra = t.parkInfrastructure.filter((i) => i.park_id === 'jishou-food');
// A small hand-made history: 2023 exempt (with an English reason), 2024 exempt (Chinese only), 2025 missing tax.
const indicatorRows = [
  { year: 2023, exempt_reason: '园区整合', exempt_reason_en: 'park merger' },
  { year: 2024, exempt_reason: '新设园区', exempt_reason_en: null },
];
const zh = parkFigures({ lang: 'zh', portal, indicatorRows });
const en = parkFigures({ lang: 'en', portal, indicatorRows });

describe('parkFigures: source line and indicators', () => {
  it('the chart source is the publisher in the page’s language, marked as sample data', () => {
    // portal.json: publisher_zh 湘西州园区产业链公开平台（示例）, sample_data true.
    expect(zh.source).toBe('湘西州园区产业链公开平台（示例）（示例数据）');
    expect(en.source).toBe('Xiangxi Parks and Industrial Chains Portal (sample) (sample data)');
  });

  it('per-mu indicators carry their unit in the Chinese row heading; ratios do not', () => {
    expect(zh.indicatorLabel('tax_per_mu')).toBe('亩均税收（万元/亩）');
    expect(en.indicatorLabel('tax_per_mu')).toBe('Tax per mu');
    expect(zh.indicatorLabel('lead_industry_share')).toBe('主导产业占比');
  });

  it('a per-mu value: 10.3825 万元/亩 reads 10.38 in Chinese and CNY 103,825 per mu in English', () => {
    expect(zh.indicatorText('tax_per_mu', 10.3825)).toBe('10.38');
    expect(en.indicatorText('tax_per_mu', 10.3825)).toBe('CNY 103,825 per mu');
    // Ratios plot in per cent: 0.572 → 57.2.
    expect(en.asShown('lead_industry_share', 0.572)).toBeCloseTo(57.2, 10);
    expect([zh.chartUnit('tax_per_mu'), zh.chartUnit('lead_industry_share')]).toEqual(['万元/亩', '%']);
    expect(en.unitText('tax_per_mu')).toBe('CNY 10,000 per mu');
  });
});

describe('parkFigures.reasonOf', () => {
  const exempt = (year: number) => ({ year, ungraded: { kind: 'exempt' as const, reason: { zh: `免予评价：x`, en: `Exempt: x` } } });
  it('English takes exempt_reason_en; without one it says "Exempt:" and gives the Chinese reason to mark', () => {
    expect(en.reasonOf(exempt(2023))).toEqual({ text: 'Exempt: park merger', zh: undefined });
    expect(en.reasonOf(exempt(2024))).toEqual({ text: 'Exempt: ', zh: '新设园区' });
  });
  it('a year with no ungraded entry has no data; other reasons read in plain words, without the column name', () => {
    expect(zh.reasonOf({ year: 2022 })).toEqual({ text: '当年无数据', zh: undefined });
    const missing = zh.reasonOf({ year: 2025, ungraded: { kind: 'missing', reason: { zh: '缺少数据：2025 年税收（tax_wan）', en: 'Missing: 2025 tax (tax_wan)' } } });
    expect(missing.text).not.toMatch(/tax_wan/);
    expect(missing.text).toMatch(/^缺少数据：2025 年税收/);
  });
});

describe('parkFigures: sites and infrastructure of 吉首食品园 (sample)', () => {
  it('the land plot: 60 亩 at 18.3 万元/亩, two decimals as every per-mu amount; the factory: 8,500 m² at 11.3 a month', () => {
    const [land, factory] = zh.availableSites(sites);
    expect([zh.siteArea(land!), zh.sitePrice(land!)]).toEqual(['60 亩', '18.30 万元/亩']);
    expect([zh.siteArea(factory!), zh.sitePrice(factory!)]).toEqual(['8,500 平方米', '11.3 元/平方米·月']);
    // 60 mu = 4 ha; 18.3 万元 = CNY 183,000.
    expect([en.siteArea(land!), en.sitePrice(land!)]).toEqual(['60 mu (4 ha)', 'CNY 183,000 per mu']);
    expect(en.sitePrice(factory!)).toBe('CNY 11.3 per m² per month');
  });

  it('a sold site is not offered', () => {
    expect(zh.availableSites([{ ...sites[0]!, status: 'sold' as never }])).toEqual([]);
  });

  it('an infrastructure detail sits in brackets, English from detail_en, else the Chinese marked', () => {
    const sewage = infra.find((i) => i.item === 'sewage_treatment')!;
    expect(zh.infraDetail(sewage)).toEqual({ before: '（', after: '）', detail: { text: '园区污水处理厂已投运，日处理能力约5000吨（示例）', fallback: false } });
    expect(en.infraDetail(sewage)).toEqual({ before: ' (', after: ')', detail: { text: 'Park sewage plant in operation, about 5000 t/day (sample)', fallback: false } });
    expect(en.infraDetail({ detail_zh: '在建', detail_en: null })?.detail).toEqual({ text: '在建', fallback: true });
    expect(en.infraDetail({ detail_zh: null, detail_en: null })).toBeUndefined();
  });
});
