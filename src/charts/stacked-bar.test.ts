import { describe, expect, it } from 'vitest';
import { FLUID_MIN, stackedBarChart, type StackedBarData } from './stacked-bar.ts';
import { matchSvgSnapshot } from './snapshot.ts';

const keys = [
  { key: 'planning', label: '规划定位好' },
  { key: 'innovation', label: '创新平台好' },
  { key: 'projects', label: '产业项目好' },
  { key: 'institutions', label: '体制机制好' },
  { key: 'image', label: '发展形象好' },
];
// Illustrative scores, not official.
const fixture: StackedBarData = {
  keys,
  rows: [
    { label: '湘西高新区', href: '/parks/xiangxi-hitech/', values: { planning: 18, innovation: 16.5, projects: 17, institutions: 15, image: 18 } },
    { label: '泸溪高新区', values: { planning: 17, innovation: 12, projects: 18.5, institutions: 14, image: 16 } },
    { label: '吉首经开区', values: { planning: 16, innovation: 14, projects: 13, institutions: 16, image: 15 } },
    { label: '龙山工业集中区', values: { planning: 12, innovation: 2, projects: 11, institutions: 13 } },
  ],
};

describe('stackedBarChart', () => {
  it('stackedBarChart(five-good scores) matches the stored snapshot', () => {
    matchSvgSnapshot('stacked-bar', stackedBarChart(fixture, { title: '2024 年园区“五好”评分', max: 100, unit: '分' }).svg);
  });

  it('stackedBarChart(...).table has label, each key, 合计, and blanks for a missing part', () => {
    const { table } = stackedBarChart(fixture, { title: 't' });
    expect(table.columns).toEqual(['名称', '规划定位好', '创新平台好', '产业项目好', '体制机制好', '发展形象好', '合计']);
    expect(table.rows[0]).toEqual(['湘西高新区', 18, 16.5, 17, 15, 18, 84.5]);
    expect(table.rows[3]).toEqual(['龙山工业集中区', 12, 2, 11, 13, null, 38]);
  });

  it('stackedBarChart(...) gives each key its own pattern in the legend', () => {
    const { svg } = stackedBarChart(fixture, { title: 't' });
    for (let i = 0; i < keys.length; i++) expect(svg).toMatch(new RegExp(`<pattern id="stacked-[a-z0-9]+-p${i}"`));
  });

  it('stackedBarChart(...).desc names the highest and lowest totals', () => {
    expect(stackedBarChart(fixture, { title: '五好', unit: '分' }).desc).toBe(
      '五好：共 4 项，分为规划定位好、创新平台好、产业项目好、体制机制好、发展形象好，合计最高为湘西高新区（84.5 分），最低为龙山工业集中区（38 分）。',
    );
  });

  it('stackedBarChart({rows: []}) says 暂无数据', () => {
    const out = stackedBarChart({ keys, rows: [] }, { title: '空' });
    expect(out.svg).toContain('暂无数据');
    expect(out.table.columns).toHaveLength(7);
  });
});

describe('stackedBarChart in English', () => {
  const en: StackedBarData = {
    keys: [
      { key: 'planning', label: 'Planning' },
      { key: 'innovation', label: 'Innovation' },
      { key: 'projects', label: 'Projects' },
      { key: 'institutions', label: 'Institutions' },
      { key: 'image', label: 'Image' },
    ],
    rows: [
      { label: 'Jishou Hi-tech Zone', href: '/en/parks/jishou-hitech/', values: { planning: 18, innovation: 16.5, projects: 17, institutions: 15, image: 18 } },
      { label: 'Luxi Hi-tech Zone', values: { planning: 17, innovation: 12, projects: 18.5, institutions: 14, image: 16 } },
      { label: 'Longshan Economic Development Zone', values: { planning: 12, innovation: 2, projects: 11, institutions: 13 } },
    ],
  };

  it('stackedBarChart(five-good scores, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('stacked-bar-en', stackedBarChart(en, { title: '“Five goods” scores by park, 2024', max: 100, unit: '分', lang: 'en' }).svg);
  });

  it('stackedBarChart(..., {lang: "en"}) has English columns, tooltips and desc', () => {
    const out = stackedBarChart(en, { title: 'Scores', unit: '分', lang: 'en' });
    expect(out.table.columns).toEqual(['Name', 'Planning (points)', 'Innovation (points)', 'Projects (points)', 'Institutions (points)', 'Image (points)', 'Total (points)']);
    // A segment with its number on it takes its key's name as tooltip (from its group); one too narrow
    // for its number (Longshan's innovation, 2 points) says key and value.
    expect(out.svg).toMatch(/<g fill="url\(#stacked-\w+-p0\)"><title>Planning<\/title><rect /);
    expect(out.svg).toContain('<title>Innovation: 2 points</title>');
    expect(out.svg).not.toContain('<title>Planning: 18 points</title>');
    expect(out.desc).toBe(
      'Scores: 3 items, made up of Planning, Innovation, Projects, Institutions, Image, highest total Jishou Hi-tech Zone (84.5 points), lowest Longshan Economic Development Zone (38 points).',
    );
  });
});

describe('stackedBarChart at a phone’s width', () => {
  const narrow = stackedBarChart(fixture, { title: '2024 年园区“五好”评分', max: 100, unit: '分', width: 360 });

  it('stackedBarChart(fixture, {width: 360}) matches the stored snapshot', () => {
    matchSvgSnapshot('stacked-bar-narrow', narrow.svg);
  });

  it('stackedBarChart(fixture, {width: 360}) is 360 wide and puts each label above its bar, starting at the left edge', () => {
    expect(narrow.svg).toMatch(/viewBox="0 0 360 \d+"/);
    // 湘西高新区 sits at x = 8 (the padding), anchored at its start, above the first bar.
    expect(narrow.svg).toMatch(/<text x="8" y="[\d.]+"[^>]*>湘西高新区<\/text>/);
    expect(narrow.svg).not.toMatch(/<g text-anchor="end">(?:(?!<\/g>).)*湘西高新区/);
  });

  it('stackedBarChart(fixture, {width: 360}): every mark and text start lies inside 0…360', () => {
    for (const m of narrow.svg.matchAll(/<(?:rect|text) x="([\d.-]+)"(?: y="[\d.-]+")?(?: width="([\d.]+)")?/g)) {
      const x = Number(m[1]);
      const w = Number(m[2] ?? 0);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(360);
    }
  });
});

describe('stackedBarChart, fluid (one drawing for a laptop and a phone)', () => {
  const fluid = stackedBarChart(fixture, { title: '2024 年园区“五好”评分', max: 100, unit: '分', fluid: true });

  it('has no viewBox: it fills its box’s width at a height in px, so its text keeps its size', () => {
    expect(fluid.svg).not.toContain('viewBox');
    // Legend in 2 lines at 300 px (second swatch row at y 28, 14 high, 6 under: 48) + padding 8 + 4 rows × 44 + padding 8 = 240.
    expect(fluid.svg).toMatch(/^<svg [^>]*width="100%" height="240"/);
  });

  it('places every mark across in % and keeps each bar and its total inside a 300 px box', () => {
    const xs = [...fluid.svg.matchAll(/<rect x="([\d.]+)%" y="[\d.]+" width="([\d.]+)%"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(xs.length).toBeGreaterThan(0);
    // The widest total, "84.5 分" (bold 12 px, about 42 px + 10), and its 4 px gap stay inside 300 px.
    for (const end of xs) expect((end / 100) * FLUID_MIN + 4 + 52).toBeLessThanOrEqual(FLUID_MIN);
    // Labels above their bars, at the left padding (8 px of 300 = 2.67 %), linked where a row has a link.
    expect(fluid.svg).toContain('<a href="/parks/xiangxi-hitech/"><text x="2.67%"');
    expect(fluid.svg).toMatch(/<text x="[\d.]+%" dx="4" y="[\d.]+">84\.5 分<\/text>/);
  });

  it('writes a segment’s number when it fits at 300 px, else names key and value in a tooltip', () => {
    // 龙山工业集中区's innovation, 2 points of 100, is 1.9 % wide: no room for its number at any width.
    expect(fluid.svg).toContain('<title>创新平台好：2 分</title>');
    expect(fluid.table).toEqual(stackedBarChart(fixture, { title: '2024 年园区“五好”评分', max: 100, unit: '分' }).table);
  });
});
