import { describe, expect, it } from 'vitest';
import { loadDataset } from '../lib/data/dataset.ts';
import { evaluateReleases, parkYearInputs } from '../lib/evaluation/portal.ts';
import { INDICATOR_KEYS } from '../lib/evaluation/indicators.ts';
import { MINI, SAMPLE } from '../../tests/helpers/fixture.ts';
import { join } from 'node:path';
import { rankingView, type RankingViewInput } from './ranking-view.ts';

function inputFor(dirs: { dataDir: string; contentDir: string }, year: number, lang: 'zh' | 'en'): RankingViewInput {
  const { dataset } = loadDataset(dirs);
  const t = dataset!.tables;
  const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)?.status !== 'draft');
  return {
    lang,
    evaluation: published.find((e) => e.year === year)!,
    published,
    parkById: new Map(t.parks.map((p) => [p.id, p])),
    countyById: new Map(t.counties.map((c) => [c.id, c])),
    inputs: parkYearInputs(t),
    exemptReasonEn: (id, y) => t.parkIndicators.find((r) => r.park_id === id && r.year === y)?.exempt_reason_en,
    parkHref: (id) => `/${lang === 'en' ? 'en/' : ''}parks/${id}/`,
    region: lang === 'en' ? dataset!.portal.region.short_en : dataset!.portal.region.short_zh,
  };
}

describe('rankingView(sample 2025)', () => {
  const zh = rankingView(inputFor(SAMPLE, 2025, 'zh'));
  const en = rankingView(inputFor(SAMPLE, 2025, 'en'));

  it('rows come in rank order with the park’s full name, county, grade and a two-decimal total', () => {
    expect(zh.rows.map((r) => r.rank)).toEqual([...zh.rows.map((r) => r.rank)].sort((a, b) => a - b));
    const top = zh.rows[0]!;
    expect(top.name).toEqual({ text: '吉首高新技术产业开发区' });
    expect(top.county).toEqual({ text: '吉首市' });
    expect(top.total).toMatch(/^\d+\.\d\d$/);
    expect(top.href).toBe('/parks/jishou-hitech/');
  });

  it('a park graded in 2023, ungraded in 2024 (missing tax) and graded in 2025 is "back", not "new"', () => {
    // data/scoring/releases.csv: 2024 — 永顺经开区因税收数据缺失暂不评级.
    const yongshun = zh.rows.find((r) => r.parkId === 'yongshun-econ')!;
    expect(yongshun.change).toEqual({ text: '回归', label: '上年未参评，此前参评过' });
    expect(en.rows.find((r) => r.parkId === 'yongshun-econ')!.change.text).toBe('Back');
  });

  it('a park graded for the first time in its first published year is "new"', () => {
    const first = rankingView(inputFor(SAMPLE, 2022, 'zh'));
    expect(first.rows.every((r) => r.change.text === '新')).toBe(true);
  });

  it('every detail row has five indicators, per-mu values with two decimals in Chinese and whole yuan in English', () => {
    for (const r of zh.rows) expect(r.cells.map((c) => c.key)).toEqual([...INDICATOR_KEYS]);
    const zhTax = zh.rows[0]!.cells.find((c) => c.key === 'tax_per_mu')!.value;
    const enTax = en.rows[0]!.cells.find((c) => c.key === 'tax_per_mu')!.value;
    expect(zhTax).toMatch(/^[\d,]+\.\d\d$/);
    expect(enTax).toMatch(/^[\d,]+$/);
    // 30.96 万元/亩 = 309,600 yuan per mu: the same figure in two units.
    expect(Number(enTax.replace(/,/g, '')) / 10_000).toBeCloseTo(Number(zhTax.replace(/,/g, '')), 1);
    expect(en.indicators[0]!.valueHeader).toBe('Value (CNY per mu)');
    expect(zh.rows[0]!.cells.find((c) => c.key === 'lead_industry_share')!.value).toMatch(/^\d+\.\d%$/);
  });

  it('the benchmark row names the region from portal.json, not a hard-coded 州', () => {
    expect(zh.benchmarks!.label).toBe('基准（湘西州参评园区汇总值）');
    expect(en.benchmarks!.label).toBe('Benchmark (pooled over the graded parks of Xiangxi)');
  });

  it('chart labels are short names: 吉首高新区 / Jishou Hi-tech', () => {
    expect(zh.chartRows[0]!.label).toBe('吉首高新区');
    expect(en.chartRows[0]!.label).toBe('Jishou Hi-tech');
  });

  it('an exempt park’s Chinese-only reason is marked zh-CN on the English page, after the English word "Exempt: "', () => {
    // 2025: 泸溪钒储能产业园 is exempt (park_indicators.csv, exempt_reason).
    const u = en.ungraded.find((x) => x.href.endsWith('/luxi-storage/'))!;
    expect(u.reason.prefix).toBe('Exempt: ');
    // The sample has exempt_reason_en: the English reason shows, not the Chinese.
    expect(u.reason).toEqual({ prefix: 'Exempt: ', text: 'New park in its first full statistical year: not graded yet, as the rules provide (sample)' });
  });
});

describe('rankingView(mini region)', () => {
  it('the second region’s benchmark row says 青禾市, and nothing of 湘西', () => {
    const v = rankingView(inputFor({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') }, 2024, 'zh'));
    expect(v.benchmarks!.label).toBe('基准（青禾市参评园区汇总值）');
    expect(JSON.stringify(v)).not.toMatch(/湘西|州/);
  });
});
