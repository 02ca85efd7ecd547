import { describe, expect, it } from 'vitest';
import { methodologyView, type MethodologyInput } from './methodology-view.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { evaluateReleases, parkYearInputs } from '../lib/evaluation/portal.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)?.status !== 'draft');
const latest = published[published.length - 1]!;
const input = (lang: 'zh' | 'en'): MethodologyInput => ({
  lang,
  scoringIndicators: t.scoringIndicators,
  latest: { year: latest.year, evaluation: latest },
  inputs: parkYearInputs(t),
  parkById: new Map(t.parks.map((p) => [p.id, p])),
  chainById: new Map(t.chains.map((c) => [c.id, c])),
  checkThresholds: t.checkThresholds,
  acknowledged: dataset!.acknowledged,
  officeName: dataset!.portal.objection_contact.name_zh,
});
const zh = methodologyView(input('zh'));
const en = methodologyView(input('en'));

describe('methodologyView(sample): the settings table', () => {
  it('scoring/indicators.csv: tax per mu weighs 30, benchmark auto, cap 1.5; energy fall has no cap (the default)', () => {
    const tax = zh.indicators.find((r) => r.key === 'tax_per_mu')!;
    expect([tax.name, tax.formula, tax.weight, tax.cap]).toEqual(['亩均税收', '税收 ÷ 工业用地面积', 30, 1.5]);
    expect(en.indicators.find((r) => r.key === 'tax_per_mu')!.formula).toBe('tax ÷ industrial land');
    expect(zh.indicators.map((r) => r.weight).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('methodologyView(sample): the worked example, 2025', () => {
  const ex = zh.example!;
  it('is the top park, 吉首高新区, with its 2025 row of park_indicators.csv', () => {
    expect(ex.year).toBe(2025);
    expect(ex.park).toEqual({ text: '吉首高新技术产业开发区', lang: undefined });
    // park_indicators.csv, jishou-hitech 2025: land 3531 亩, investment 490949, tax 109312; 2024 value added 423873.
    expect(ex.inputs.land).toBe('3,531');
    expect(ex.inputs.tax).toBe('109,312');
    expect(ex.inputs.prevValueAdded).toBe('423,873');
    expect(en.example!.inputs.land).toBe('3,531 mu (235.4 ha)');
    expect(en.example!.inputs.tax).toBe('109,312 (CNY 1.09 billion)');
  });

  it('tax per mu: 109,312 ÷ 3,531 = 30.9578; above the 1.5 cap, so 30 × 1.5 = 45.00 points', () => {
    const tax = ex.steps.find((s) => s.key === 'tax_per_mu')!;
    expect(tax.value).toMatch(/^：109,312 ÷ 3,531 = 30\.9578；/);
    expect(tax.ratio).toMatch(/超过上限按 1\.5 计/);
    expect(tax.score).toBe('得分 30 × 1.5 = ');
    expect(tax.points).toBe('45.00');
  });

  it('the total adds the five scores: 24.84 + 33.37 + 45.00 + 13.44 + 15.00 = 131.65, first, grade A', () => {
    expect(ex.sum).toBe('24.84 + 33.37 + 45.00 + 13.44 + 15.00');
    expect(ex.total).toBe('131.65');
    expect([ex.rank, ex.grade]).toEqual([1, 'A']);
  });
});

describe('methodologyView(sample): plausibility', () => {
  it('thresholds.csv: each setting by its short name and value', () => {
    expect(zh.thresholds[0]).toEqual({ name: '同比跳变倍数', value: 3 });
    expect(en.thresholds[0]).toEqual({ name: 'year-on-year factor', value: 3 });
  });

  it('the one acknowledged warning: 钒储能 2022 investment, with its English reason; the Chinese officer name marked on the English page', () => {
    const [a] = en.acknowledged;
    expect(a!.year).toBe('2022');
    expect(a!.column).toBe('Investment');
    expect(a!.reason.text).toMatch(/^Investment rose from 95 million/);
    expect(a!.reason.lang).toBeUndefined();
    expect(a!.by).toEqual({ text: '州工业和信息化局（示例）', lang: 'zh-CN' });
    expect(zh.acknowledged[0]!.subject.text).toBe('钒储能');
    expect(zh.acknowledged[0]!.rule).toBe('同比跳变');
  });
});
