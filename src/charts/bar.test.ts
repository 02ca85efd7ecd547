import { describe, expect, it } from 'vitest';
import { barChart, type BarData } from './bar.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// Illustrative figures, like the sample dataset: not official statistics.
const fixture: BarData = {
  rows: [
    { label: '湘西高新技术产业开发区', value: 412.6, href: '/parks/xiangxi-hitech/' },
    { label: '泸溪高新区', value: 356.2, href: '/parks/luxi-hitech/' },
    { label: '吉首经济开发区', value: 298 },
    { label: '花垣工业集中区', value: 187.45 },
    { label: '龙山工业集中区', value: null },
    { label: '保靖工业集中区', value: 96.3 },
  ],
};
const options = { title: '2024 年各园区亩均税收', unit: '万元', benchmark: 250, benchmarkLabel: '全州平均' };

describe('barChart', () => {
  it('barChart(fixture) matches the stored snapshot', () => {
    matchSvgSnapshot('bar', barChart(fixture, options).svg);
  });

  it('barChart(rows with null) draws — and no bar for the null row, and keeps null in the table', () => {
    const out = barChart({ rows: [{ label: '甲', value: null }] }, { title: 't', unit: '万元' });
    expect(out.svg).toContain('>—</text>');
    expect(out.svg).not.toContain('<rect');
    expect(out.table.rows).toEqual([['甲', null]]);
  });

  it('barChart(fixture).table holds the data numbers unrounded', () => {
    const out = barChart(fixture, options);
    expect(out.table.columns).toEqual(['名称', '数值（万元）']);
    expect(out.table.rows.map((row) => row[1])).toEqual(fixture.rows.map((row) => row.value));
  });

  it('barChart(fixture).desc names the highest, the lowest, the missing and the benchmark', () => {
    expect(barChart(fixture, options).desc).toBe(
      '2024 年各园区亩均税收：共 6 项，最高为湘西高新技术产业开发区（412.6 万元），最低为保靖工业集中区（96.3 万元），1 项无数据，全州平均 250 万元。',
    );
  });

  it('barChart(negative value) draws the bar left of zero', () => {
    const out = barChart({ rows: [{ label: '甲', value: -5 }, { label: '乙', value: 10 }] }, { title: 't' });
    expect(out.svg).toContain('>-5</text>');
  });

  it('barChart(all zero) still gives a valid scale', () => {
    const out = barChart({ rows: [{ label: '甲', value: 0 }] }, { title: 't' });
    expect(out.svg).not.toContain('NaN');
  });

  it('barChart({rows: []}) says 暂无数据', () => {
    const out = barChart({ rows: [] }, { title: '空' });
    expect(out.svg).toContain('暂无数据');
    expect(out.table.rows).toEqual([]);
  });

  it('barChart(href "javascript:…") drops the link', () => {
    const out = barChart({ rows: [{ label: '甲', value: 1, href: 'javascript:alert(1)' }] }, { title: 't' });
    expect(out.svg).not.toContain('javascript:');
    expect(out.svg).not.toContain('<a ');
  });
});

describe('barChart in English', () => {
  const en: BarData = {
    rows: [
      { label: 'Jishou Hi-tech Zone', value: 412.6, href: '/en/parks/jishou-hitech/' },
      { label: 'Luxi Hi-tech Zone', value: 356.2 },
      { label: 'Huayuan Economic Development Zone', value: 187.45 },
      { label: 'Longshan Economic Development Zone', value: null },
      { label: '保靖工业集中区', value: 96.3 },
    ],
  };
  const enOptions = { title: '2024 tax per mu by park', unit: '万元', benchmark: 250, benchmarkLabel: 'Prefecture average', lang: 'en' as const };

  it('barChart(fixture, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('bar-en', barChart(en, enOptions).svg);
  });

  it('barChart(..., {lang: "en"}) writes CNY amounts, English columns and an English desc', () => {
    const out = barChart(en, enOptions);
    expect(out.svg).toContain('>CNY 4.13 million</text>');
    expect(out.table.columns).toEqual(['Name', 'Value (CNY 10,000)']);
    expect(out.desc).toBe(
      '2024 tax per mu by park: 5 items, highest Jishou Hi-tech Zone (CNY 4.13 million), lowest 保靖工业集中区 (CNY 963,000), 1 item without data, Prefecture average CNY 2.5 million.',
    );
  });

  it('barChart(..., {lang: "en"}) marks a label that stays Chinese, and the desc that holds it, lang="zh-CN"', () => {
    const { svg } = barChart(en, enOptions);
    expect(svg).toMatch(/<text [^>]*lang="zh-CN"><title>保靖工业集中区<\/title>|<text [^>]*lang="zh-CN">保靖工业集中区<\/text>/);
    expect(svg).toMatch(/<desc id="[^"]+" lang="zh-CN">/);
    expect(svg).not.toMatch(/lang="zh-CN">Jishou/);
  });

  it('barChart({rows: []}, {lang: "en"}) says No data', () => {
    const out = barChart({ rows: [] }, { title: 'Empty', lang: 'en' });
    expect(out.svg).toContain('>No data</text>');
    expect(out.desc).toBe('Empty: no data.');
    expect(out.table.columns).toEqual(['Name', 'Value']);
  });
});

describe('barChart at a phone’s width', () => {
  const narrow = barChart(fixture, { ...options, width: 360 });

  it('barChart(fixture, {width: 360}) matches the stored snapshot', () => {
    matchSvgSnapshot('bar-narrow', narrow.svg);
  });

  it('barChart(fixture, {width: 360}) keeps the full 11-character label above its bar, not truncated', () => {
    expect(narrow.svg).toMatch(/viewBox="0 0 360 \d+"/);
    expect(narrow.svg).toContain('>湘西高新技术产业开发区</text>');
  });

  it('barChart(fixture, {width: 360}): every bar ends inside 0…360', () => {
    for (const m of narrow.svg.matchAll(/<rect x="([\d.-]+)" y="[\d.-]+" width="([\d.]+)"/g)) expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(360);
  });

  it('barChart(..., {digits: 1}).table.digits = 1: the table and CSV round as the chart shows', () => {
    expect(barChart(fixture, { ...options, digits: 1 }).table.digits).toBe(1);
  });
});
