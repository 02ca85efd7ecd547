import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.ts';
import { matchSvgSnapshot } from './snapshot.ts';

const fixture = {
  values: [
    { x: 2020, y: 12.1 },
    { x: 2021, y: 13.4 },
    { x: 2022, y: null },
    { x: 2023, y: 15.9 },
    { x: 2024, y: 18.6 },
  ],
};

describe('sparkline', () => {
  it('sparkline(five years, one gap) matches the stored snapshot', () => {
    matchSvgSnapshot('sparkline', sparkline(fixture, { title: '亩均税收趋势', unit: '万元/亩' }).svg);
  });

  it('sparkline(...) is 120×28 with a dot on the last value and still has title and desc', () => {
    const { svg } = sparkline(fixture, { title: '亩均税收趋势' });
    expect(svg).toContain('viewBox="0 0 120 28"');
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toMatch(/<title id="spark-[a-z0-9]+-title">亩均税收趋势<\/title>/);
  });

  it('sparkline(...).desc gives first, last, highest and lowest', () => {
    expect(sparkline(fixture, { title: '亩均税收', unit: '万元/亩' }).desc).toBe(
      '亩均税收：从 2020 年的 12.1 万元/亩 变为 2024 年的 18.6 万元/亩，最高 18.6 万元/亩，最低 12.1 万元/亩。',
    );
  });

  it('sparkline(...).table keeps null years', () => {
    expect(sparkline(fixture, { title: 't' }).table.rows).toEqual([[2020, 12.1], [2021, 13.4], [2022, null], [2023, 15.9], [2024, 18.6]]);
  });

  it('sparkline(one value) draws the dot without NaN', () => {
    const out = sparkline({ values: [{ x: 2024, y: 3 }] }, { title: 't' });
    expect(out.svg).not.toContain('NaN');
    expect(out.desc).toBe('t：2024 年为 3。');
  });

  it('sparkline(all null) says 暂无数据', () => {
    expect(sparkline({ values: [{ x: 2024, y: null }] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('sparkline in English', () => {
  it('sparkline(five years, one gap, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('sparkline-en', sparkline(fixture, { title: 'Tax per mu over the years', unit: '万元/亩', lang: 'en' }).svg);
  });

  it('sparkline(..., {lang: "en"}).desc gives first, last, highest and lowest in CNY per mu', () => {
    expect(sparkline(fixture, { title: 'Tax per mu', unit: '万元/亩', lang: 'en' }).desc).toBe(
      'Tax per mu: from CNY 121,000 per mu in 2020 to CNY 186,000 per mu in 2024; highest CNY 186,000 per mu, lowest CNY 121,000 per mu.',
    );
    expect(sparkline({ values: [{ x: 2024, y: 3 }] }, { title: 't', lang: 'en' }).desc).toBe('t: 3 in 2024.');
    expect(sparkline(fixture, { title: 't', lang: 'en' }).table.columns).toEqual(['Year', 'Value']);
  });
});
