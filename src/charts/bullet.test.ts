import { describe, expect, it } from 'vitest';
import { bulletChart } from './bullet.ts';
import { matchSvgSnapshot } from './snapshot.ts';

const fixture = { label: '亩均税收', value: 18.6, benchmark: 15.2 };

describe('bulletChart', () => {
  it('bulletChart(value above benchmark) matches the stored snapshot', () => {
    matchSvgSnapshot('bullet', bulletChart(fixture, { title: '湘西高新区 2024 年亩均税收', unit: '万元/亩', benchmarkLabel: '全州基准' }).svg);
  });

  it('bulletChart(...).desc gives value, benchmark and the ratio', () => {
    expect(bulletChart(fixture, { title: '亩均税收', unit: '万元/亩' }).desc).toBe('亩均税收：亩均税收为 18.6 万元/亩，基准 15.2 万元/亩，相当于基准的 122.4%。');
  });

  it('bulletChart(...).table holds value and benchmark as given', () => {
    expect(bulletChart(fixture, { title: 't', unit: '万元/亩' }).table).toEqual({
      columns: ['指标', '数值（万元/亩）', '基准（万元/亩）'],
      rows: [['亩均税收', 18.6, 15.2]],
    });
  });

  it('bulletChart(value null) shows — and keeps the benchmark marker', () => {
    const out = bulletChart({ label: '亩均税收', value: null, benchmark: 15.2 }, { title: 't' });
    expect(out.svg).toContain('>—</text>');
    expect(out.svg).toContain('基准 15.2');
    expect(out.desc).toBe('t：亩均税收无数据，基准 15.2。');
  });

  it('bulletChart(benchmark null) draws the bar without a marker', () => {
    const out = bulletChart({ label: '亩均税收', value: 3, benchmark: null }, { title: 't' });
    expect(out.svg).not.toContain('>基准');
    expect(out.desc).toBe('t：亩均税收为 3，无基准值。');
  });

  it('bulletChart(max) uses max as the track end', () => {
    const out = bulletChart({ label: '得分', value: 50, benchmark: 60, max: 100 }, { title: 't' });
    expect(out.svg).not.toContain('NaN');
  });

  it('bulletChart(both null) says 暂无数据', () => {
    expect(bulletChart({ label: 'x', value: null, benchmark: null }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('bulletChart in English', () => {
  const en = { label: 'Tax per mu', value: 18.6, benchmark: 15.2 };
  const enOptions = { title: 'Jishou Hi-tech Zone: tax per mu in 2024', unit: '万元/亩', benchmarkLabel: 'Prefecture benchmark', lang: 'en' as const };

  it('bulletChart(value above benchmark, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('bullet-en', bulletChart(en, enOptions).svg);
  });

  it('bulletChart(..., {lang: "en"}).desc and table are in English with CNY per mu', () => {
    const out = bulletChart(en, enOptions);
    expect(out.desc).toBe('Jishou Hi-tech Zone: tax per mu in 2024: Tax per mu CNY 186,000 per mu, Prefecture benchmark CNY 152,000 per mu, 122.4% of the benchmark.');
    expect(out.table.columns).toEqual(['Indicator', 'Value (CNY 10,000 per mu)', 'Prefecture benchmark (CNY 10,000 per mu)']);
  });

  it('bulletChart(value null, no benchmark label, {lang: "en"}) says no data and Benchmark', () => {
    const out = bulletChart({ label: 'Tax per mu', value: null, benchmark: 2 }, { title: 't', lang: 'en' });
    expect(out.desc).toBe('t: no data for Tax per mu, Benchmark 2.');
    expect(bulletChart({ label: 'x', value: null, benchmark: null }, { title: 't', lang: 'en' }).svg).toContain('>No data</text>');
  });
});
