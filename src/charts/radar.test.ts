import { describe, expect, it } from 'vitest';
import { radarChart, type RadarData } from './radar.ts';
import { matchSvgSnapshot } from './snapshot.ts';

const axes = [
  { key: 'planning', label: '规划定位好', max: 20 },
  { key: 'innovation', label: '创新平台好', max: 20 },
  { key: 'projects', label: '产业项目好', max: 20 },
  { key: 'institutions', label: '体制机制好', max: 20 },
  { key: 'image', label: '发展形象好', max: 20 },
];
// Illustrative scores, not official.
const fixture: RadarData = {
  axes,
  series: [
    { label: '湘西高新区', values: { planning: 18, innovation: 16.5, projects: 17, institutions: 15, image: 18 } },
    { label: '全州平均', values: { planning: 15.2, innovation: 12.4, projects: 14.8, institutions: 14.1, image: 15.6 } },
  ],
};

describe('radarChart', () => {
  it('radarChart(park vs prefecture average) matches the stored snapshot', () => {
    matchSvgSnapshot('radar', radarChart(fixture, { title: '湘西高新区 2024 年“五好”评分', unit: '分' }).svg);
  });

  it('radarChart(...) draws gridlines at 25/50/75/100% and labels them', () => {
    const { svg } = radarChart(fixture, { title: 't' });
    expect(svg.match(/<polygon /g)).toHaveLength(4);
    for (const p of ['25%', '50%', '75%', '100%']) expect(svg).toContain(`>${p}</text>`);
  });

  it('radarChart(...).table has one row per axis with its max and each series value', () => {
    const { table } = radarChart(fixture, { title: 't' });
    expect(table.columns).toEqual(['维度', '满分', '湘西高新区', '全州平均']);
    expect(table.rows[1]).toEqual(['创新平台好', 20, 16.5, 12.4]);
  });

  it('radarChart(series with a null) leaves the shape open and writes — for the missing value', () => {
    const out = radarChart({ axes, series: [{ label: '甲', values: { planning: 10, innovation: null, projects: 12, institutions: 9, image: 11 } }] }, { title: 't' });
    expect(out.svg).toContain('>—</text>');
    expect(out.svg).not.toContain('fill-opacity');
    expect(out.svg).toMatch(/<path d="M[^"z]+" fill="none"/);
    expect(out.table.rows[1]).toEqual(['创新平台好', 20, null]);
  });

  it('radarChart(three series) keeps the first two', () => {
    const out = radarChart({ axes, series: [...fixture.series, { label: '第三', values: {} }] }, { title: 't' });
    expect(out.table.columns).toEqual(['维度', '满分', '湘西高新区', '全州平均']);
  });

  it('radarChart(no series) says 暂无数据', () => {
    expect(radarChart({ axes, series: [] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('radarChart in English', () => {
  const en: RadarData = {
    axes: [
      { key: 'planning', label: 'Planning', max: 20 },
      { key: 'innovation', label: 'Innovation', max: 20 },
      { key: 'projects', label: 'Projects', max: 20 },
      { key: 'institutions', label: 'Institutions', max: 20 },
      { key: 'image', label: 'Image', max: 20 },
    ],
    series: [
      { label: 'Jishou Hi-tech Zone', values: { planning: 18, innovation: 16.5, projects: 17, institutions: 15, image: 18 } },
      { label: 'Prefecture average', values: { planning: 15.2, innovation: 12.4, projects: 14.8, institutions: 14.1, image: null } },
    ],
  };

  it('radarChart(park vs prefecture average, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('radar-en', radarChart(en, { title: 'Jishou Hi-tech Zone: “five goods” scores, 2024', unit: '分', lang: 'en' }).svg);
  });

  it('radarChart(..., {lang: "en"}).desc and table are in English with points', () => {
    const out = radarChart({ axes: en.axes.slice(0, 3), series: [en.series[0]!] }, { title: 't', unit: '分', lang: 'en' });
    expect(out.desc).toBe('t: Jishou Hi-tech Zone: Planning 18 points (of 20 points), Innovation 16.5 points (of 20 points), Projects 17 points (of 20 points).');
    expect(out.table.columns).toEqual(['Dimension', 'Full marks (points)', 'Jishou Hi-tech Zone (points)']);
  });
});
