import { describe, expect, it } from 'vitest';
import { pyramidChart, PYRAMID_WIDTH } from './pyramid.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// Illustrative counts, not official.
const fixture = {
  levels: [
    { label: '链主/头部企业', value: 3 },
    { label: '专精特新“小巨人”', value: 5 },
    { label: '专精特新中小企业', value: 12 },
    { label: '创新型中小企业', value: 20 },
    { label: '规上企业', value: 40 },
  ],
};
const en = {
  levels: [
    { label: 'chain leader or leading firm', value: 3 },
    { label: 'specialised "little giant"', value: 5 },
    { label: 'specialised and innovative SME', value: 12 },
    { label: 'innovative SME', value: 20 },
    { label: 'firm above designated size', value: 40 },
  ],
};

describe('pyramidChart', () => {
  it('pyramidChart(five tiers) matches the stored snapshot', () => {
    matchSvgSnapshot('pyramid', pyramidChart(fixture, { title: '2025 年企业梯度', unit: '家' }).svg);
  });

  it('pyramidChart(...) is 360 wide, narrow enough for a 390 px screen, and marked chart-narrow', () => {
    const { svg } = pyramidChart(fixture, { title: 't', unit: '家' });
    expect(PYRAMID_WIDTH).toBeLessThanOrEqual(390 - 2 * 12);
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${PYRAMID_WIDTH} \\d+"`));
    expect(svg).toContain('class="chart-svg chart-narrow"');
  });

  it('pyramidChart(...) draws bars centred, their widths in proportion to the counts (the largest spans 344)', () => {
    const { svg } = pyramidChart(fixture, { title: 't', unit: '家' });
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), w: Number(m[2]) }));
    // Inner width 360 − 2 × 8 = 344 for 40 firms: 3 → 25.8, 5 → 43, 12 → 103.2, 20 → 172.
    expect(bars.map((b) => b.w)).toEqual([25.8, 43, 103.2, 172, 344]);
    for (const b of bars) expect(Math.abs(b.x + b.w / 2 - 180)).toBeLessThanOrEqual(0.1);
  });

  it('pyramidChart(...) writes each level with its count above its bar', () => {
    const { svg } = pyramidChart(fixture, { title: 't', unit: '家' });
    expect(svg).toContain('>专精特新“小巨人” 5 家</text>');
    expect(svg).toContain('>规上企业 40 家</text>');
  });

  it('pyramidChart(...).table holds the counts and each one’s share of the total to 0.1', () => {
    // Total 80: 3/80 = 3.75% → 3.8, 5/80 = 6.25% → 6.3, 12/80 = 15%, 20/80 = 25%, 40/80 = 50%.
    expect(pyramidChart(fixture, { title: 't', unit: '家' }).table).toEqual({
      columns: ['层级', '数量（家）', '占合计（%）'],
      rows: [['链主/头部企业', 3, 3.8], ['专精特新“小巨人”', 5, 6.3], ['专精特新中小企业', 12, 15], ['创新型中小企业', 20, 25], ['规上企业', 40, 50]],
    });
  });

  it('pyramidChart(...).desc lists every level from the top down and the total', () => {
    expect(pyramidChart(fixture, { title: '企业梯度', unit: '家' }).desc).toBe('企业梯度：自上而下，链主/头部企业 3 家，专精特新“小巨人” 5 家，专精特新中小企业 12 家，创新型中小企业 20 家，规上企业 40 家；合计 80 家。');
  });

  it('pyramidChart(a level of 0 or null) draws no bar for it, writes 0 or —, and never NaN', () => {
    const out = pyramidChart({ levels: [{ label: 'A', value: 0 }, { label: 'B', value: null }, { label: 'C', value: 4 }] }, { title: 't', unit: '家' });
    expect(out.svg).not.toMatch(/NaN|Infinity/);
    expect(out.svg.match(/<rect /g)).toHaveLength(1);
    expect(out.svg).toContain('>A 0 家</text>');
    expect(out.svg).toContain('>B —</text>');
    expect(out.table.rows).toEqual([['A', 0, 0], ['B', null, null], ['C', 4, 100]]);
  });

  it('pyramidChart(all zero) has no bars and shares of —', () => {
    const out = pyramidChart({ levels: [{ label: 'A', value: 0 }, { label: 'B', value: 0 }] }, { title: 't' });
    expect(out.svg).not.toContain('<rect ');
    expect(out.table.rows).toEqual([['A', 0, null], ['B', 0, null]]);
  });

  it('pyramidChart({levels: []}) says 暂无数据', () => {
    expect(pyramidChart({ levels: [] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('pyramidChart in English', () => {
  it('matches the stored English snapshot', () => {
    matchSvgSnapshot('pyramid-en', pyramidChart(en, { title: 'Firm tiers, 2025', lang: 'en' }).svg);
  });
  it('writes its desc and table in English', () => {
    const out = pyramidChart(en, { title: 'Firm tiers', lang: 'en' });
    expect(out.desc).toBe('Firm tiers: from the top down, chain leader or leading firm 3, specialised "little giant" 5, specialised and innovative SME 12, innovative SME 20, firm above designated size 40; 80 in all.');
    expect(out.table.columns).toEqual(['Level', 'Number', 'Share of total (%)']);
  });
});
