import { describe, expect, it } from 'vitest';
import { projectsView, type ProjectsInput } from './projects-view.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const pick = ['p062', 'p063'];
const input = (lang: 'zh' | 'en'): ProjectsInput => ({
  lang,
  portal: dataset!.portal,
  asOf: '2026-10-31',
  projects: t.projects.filter((p) => pick.includes(p.id)),
  // Two invented signing years: 5 + 3 signed, 4 + 1 started, 2 + 0 producing, 1 + 1 overdue, 10,000 + 2,500 万元.
  yearRates: [
    { signed: 5, started: 4, producing: 2, overdue: 1, contractedWan: 10_000 },
    { signed: 3, started: 1, producing: 0, overdue: 1, contractedWan: 2_500 },
  ],
  chainById: new Map(t.chains.map((c) => [c.id, c])),
  parkById: new Map(t.parks.map((p) => [p.id, p])),
  countyById: new Map(t.counties.map((c) => [c.id, c])),
});
const zh = projectsView(input('zh'));
const en = projectsView(input('en'));
const row = (v: typeof zh, id: string) => v.rows.find((r) => r.p.id === id)!;

describe('projectsView: the funnel adds up the signing years', () => {
  it('8 signed, 5 started, 2 producing, 2 overdue, 12,500 万元', () => {
    expect(zh.total).toEqual({ signed: 8, started: 5, producing: 2, overdue: 2, contractedWan: 12_500 });
    expect(zh.funnel.svg).toContain('<svg');
  });
  it('region and chart source from portal.json in the page’s language', () => {
    expect([zh.region, zh.publisher]).toEqual(['湘西州', '湘西州园区产业链公开平台（示例）']);
    expect([en.region, en.publisher]).toEqual(['Xiangxi', 'Xiangxi Parks and Industrial Chains Portal (sample)']);
  });
});

describe('projectsView rows (sample projects.csv, data as of 2026-10-31)', () => {
  it('p063 started but its planned completion (2026-09-13) has passed with no production: overdue, not producing on plan', () => {
    const r = row(zh, 'p063');
    expect(r.overdue).toBe(true);
    expect(r.overdueReason).toBe('未按计划投产');
    // 26,800 万元 contracted = 2.68 亿元; 14,910 万元 in place = 1.49 亿元.
    expect([r.contracted, r.funds]).toEqual(['2.68 亿元', '1.49 亿元']);
    expect(r.park).toEqual({ label: '吉首高新区', lang: undefined });
    expect(r.county).toEqual({ label: '吉首市', lang: undefined });
  });
  it('p062 started late but its completion (2026-12-10) is ahead: not overdue', () => {
    expect(row(zh, 'p062').overdue).toBe(false);
    expect(row(zh, 'p062').overdueReason).toBeUndefined();
  });
  it('English: the English project name; the investor, origin and note have no English column and are marked zh-CN', () => {
    const r = row(en, 'p063');
    expect(r.name).toEqual({ label: 'Baijiu e-commerce logistics centre (Lixiu)', lang: undefined });
    expect(r.investor).toEqual({ label: '成都澧岫供应链有限公司', lang: 'zh-CN' });
    expect(r.origin).toEqual({ label: '四川成都', lang: 'zh-CN' });
    expect(r.note?.lang).toBe('zh-CN');
    expect(r.stage).toMatch(/^[A-Z]/);
    expect(row(zh, 'p062').note).toBeUndefined();
  });
});
