import { describe, expect, it } from 'vitest';
import { lineChart, type LineData } from './line.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// Illustrative output per mu (万元/亩), not official.
const fixture: LineData = {
  series: [
    { key: 'xiangxi-hitech', label: '湘西高新区', points: [{ x: 2020, y: 310 }, { x: 2021, y: 335 }, { x: 2022, y: 352.5 }, { x: 2023, y: 371 }, { x: 2024, y: 402 }] },
    { key: 'luxi-hitech', label: '泸溪高新区', points: [{ x: 2020, y: 280 }, { x: 2021, y: null }, { x: 2022, y: 305 }, { x: 2023, y: 326 }, { x: 2024, y: 344 }] },
    { key: 'longshan', label: '龙山工业集中区', points: [{ x: 2021, y: 150 }, { x: 2022, y: 162 }, { x: 2023, y: null }, { x: 2024, y: 171 }] },
  ],
  benchmark: { label: '全州平均', points: [{ x: 2020, y: 240 }, { x: 2021, y: 252 }, { x: 2022, y: 266 }, { x: 2023, y: 281 }, { x: 2024, y: 295 }] },
};

describe('lineChart', () => {
  it('lineChart(three parks + benchmark) matches the stored snapshot', () => {
    matchSvgSnapshot('line', lineChart(fixture, { title: '亩均工业产值', unit: '万元/亩' }).svg);
  });

  it('lineChart(...) breaks the line at a null year (two M commands for one series)', () => {
    const { svg } = lineChart({ series: [{ key: 'a', label: '甲', points: [{ x: 2020, y: 1 }, { x: 2021, y: 2 }, { x: 2022, y: null }, { x: 2023, y: 3 }, { x: 2024, y: 4 }] }] }, { title: 't' });
    const d = /<path d="([^"]+)" fill="none" stroke="#0b5394"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('lineChart(...).table has one row per year and null where a year is missing', () => {
    const { table } = lineChart(fixture, { title: 't' });
    expect(table.columns).toEqual(['年份', '湘西高新区', '泸溪高新区', '龙山工业集中区', '全州平均']);
    expect(table.rows.map((row) => row[0])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(table.rows[0]).toEqual([2020, 310, 280, null, 240]);
    expect(table.rows[3]).toEqual([2023, 371, 326, null, 281]);
  });

  it('lineChart(..., {unit}) names the unit in the table headers', () => {
    expect(lineChart(fixture, { title: 't', unit: '万元/亩' }).table.columns[1]).toBe('湘西高新区（万元/亩）');
  });

  it('lineChart(...) labels every year with the plain year, never 2,024', () => {
    const { svg } = lineChart(fixture, { title: 't' });
    for (const year of [2020, 2021, 2022, 2023, 2024]) expect(svg).toContain(`>${year}</text>`);
    expect(svg).not.toContain('2,02');
  });

  it('lineChart(...) draws a different marker shape for each series', () => {
    const { svg } = lineChart(fixture, { title: 't' });
    // Each shape is drawn once in <defs> and placed at every point of its series with <use>.
    const shapes = new Map([...svg.matchAll(/<path id="([^"]+)" d="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    expect(new Set(shapes.values()).size).toBe(3);
    const uses = [...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(uses.every((id) => shapes.has(id))).toBe(true);
    // 5 + 4 + 3 points with a value (the benchmark has no markers).
    expect(uses).toHaveLength(12);
  });

  it('lineChart(...).desc gives first and last values of each series', () => {
    expect(lineChart(fixture, { title: '亩均产值', unit: '万元/亩' }).desc).toBe(
      '亩均产值：湘西高新区从 2020 年的 310 万元/亩 变为 2024 年的 402 万元/亩；泸溪高新区从 2020 年的 280 万元/亩 变为 2024 年的 344 万元/亩；龙山工业集中区从 2021 年的 150 万元/亩 变为 2024 年的 171 万元/亩；全州平均从 2020 年的 240 万元/亩 变为 2024 年的 295 万元/亩。',
    );
  });

  it('lineChart(one year) centres the single point', () => {
    const { svg } = lineChart({ series: [{ key: 'a', label: '甲', points: [{ x: 2024, y: 5 }] }] }, { title: 't' });
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('>2024</text>');
  });

  it('lineChart(all null) says 暂无数据', () => {
    const out = lineChart({ series: [{ key: 'a', label: '甲', points: [{ x: 2024, y: null }] }] }, { title: 't' });
    expect(out.svg).toContain('暂无数据');
  });
});

describe('lineChart in English', () => {
  const en: LineData = {
    series: [
      { key: 'jishou-hitech', label: 'Jishou Hi-tech Zone', points: [{ x: 2020, y: 310 }, { x: 2021, y: 335 }, { x: 2022, y: 352.5 }, { x: 2023, y: 371 }, { x: 2024, y: 402 }] },
      { key: 'longshan', label: '龙山工业集中区', points: [{ x: 2021, y: 150 }, { x: 2022, y: 162 }, { x: 2023, y: null }, { x: 2024, y: 171 }] },
    ],
    benchmark: { label: 'Prefecture benchmark', points: [{ x: 2020, y: 240 }, { x: 2022, y: 266 }, { x: 2024, y: 295 }] },
  };

  it('lineChart(two parks + benchmark, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('line-en', lineChart(en, { title: 'Industrial output per mu', unit: '万元/亩', lang: 'en' }).svg);
  });

  it('lineChart(..., {unit: "万元/亩", lang: "en"}) labels the axis in CNY thousand per mu', () => {
    const { svg } = lineChart(en, { title: 't', unit: '万元/亩', lang: 'en' });
    expect(svg).toContain('>Unit: CNY thousand per mu</text>');
    expect(svg).toContain('>4,000</text>');
  });

  it('lineChart(..., {unit: "万元", lang: "en"}) labels the axis in CNY million', () => {
    const { svg } = lineChart({ series: [{ key: 'a', label: 'Output', points: [{ x: 2023, y: 150000 }, { x: 2024, y: 200000 }] }] }, { title: 't', unit: '万元', lang: 'en' });
    expect(svg).toContain('>Unit: CNY million</text>');
    expect(svg).toContain('>2,000</text>');
    expect(svg).toContain('>Output 2,000</text>');
  });

  it('lineChart(..., {lang: "en"}).desc and table are in English', () => {
    const out = lineChart(en, { title: 'Output per mu', unit: '万元/亩', lang: 'en' });
    expect(out.desc).toBe(
      'Output per mu: Jishou Hi-tech Zone from CNY 3,100,000 per mu in 2020 to CNY 4,020,000 per mu in 2024; 龙山工业集中区 from CNY 1,500,000 per mu in 2021 to CNY 1,710,000 per mu in 2024; Prefecture benchmark from CNY 2,400,000 per mu in 2020 to CNY 2,950,000 per mu in 2024.',
    );
    expect(out.table.columns).toEqual(['Year', 'Jishou Hi-tech Zone (CNY 10,000 per mu)', '龙山工业集中区 (CNY 10,000 per mu)', 'Prefecture benchmark (CNY 10,000 per mu)']);
  });

  it('lineChart(..., {xFormat, xLabel, xTicks}) writes a month index as its month in ticks, table and description', () => {
    const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
    const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1;
    const fx = (x: number) => `${Math.floor(x / 12)}-${String((x % 12) + 1).padStart(2, '0')}`;
    const out = lineChart({ series: [{ key: 'p', label: '履约率', points: months.map((m, i) => ({ x: index(m), y: 50 + i * 10 })) }] }, { title: 't', xFormat: fx, xLabel: '月份', xTicks: 2, unit: '%' });
    expect(out.table.columns[0]).toBe('月份');
    expect(out.table.rows.map((r) => r[0])).toEqual(months);
    expect(out.svg).toContain('>2025-11</text>');
    expect(out.svg).toContain('>2026-01</text>');
    expect(out.svg).not.toContain('>2025-12</text>'); // every second month with xTicks 2
    expect(out.desc).toContain('从2025-11的');
    expect(out.desc).not.toContain('年');
    matchSvgSnapshot('line-months', out.svg);
  });
});

