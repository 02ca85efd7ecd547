import { describe, expect, it } from 'vitest';
import { funnelChart } from './funnel.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// Illustrative counts, not official.
const fixture = {
  stages: [
    { label: '签约', value: 48 },
    { label: '开工', value: 31 },
    { label: '竣工投产', value: 17 },
  ],
};

describe('funnelChart', () => {
  it('funnelChart(signed → started → producing) matches the stored snapshot', () => {
    matchSvgSnapshot('funnel', funnelChart(fixture, { title: '2024 年签约项目推进情况', unit: '个' }).svg);
  });

  it('funnelChart(...) writes each count with its share of the first stage', () => {
    const { svg } = funnelChart(fixture, { title: 't', unit: '个' });
    expect(svg).toContain('>48 个（100%）</text>');
    expect(svg).toContain('>31 个（64.6%）</text>');
    expect(svg).toContain('>17 个（35.4%）</text>');
  });

  it('funnelChart(...).table holds the counts as given and the shares to 0.1', () => {
    expect(funnelChart(fixture, { title: 't', unit: '个' }).table).toEqual({
      columns: ['阶段', '数量（个）', '占第一阶段（%）'],
      rows: [['签约', 48, 100], ['开工', 31, 64.6], ['竣工投产', 17, 35.4]],
    });
  });

  it('funnelChart(...).desc gives every count and the last stage as a share of the first', () => {
    expect(funnelChart(fixture, { title: '项目', unit: '个' }).desc).toBe('项目：签约 48 个，开工 31 个，竣工投产 17 个；竣工投产占签约的 35.4%。');
  });

  it('funnelChart(first stage 0) gives — as the share, not NaN or Infinity', () => {
    const out = funnelChart({ stages: [{ label: '签约', value: 0 }, { label: '开工', value: 0 }] }, { title: 't' });
    expect(out.svg).not.toMatch(/NaN|Infinity/);
    expect(out.table.rows).toEqual([['签约', 0, null], ['开工', 0, null]]);
  });

  it('funnelChart({stages: []}) says 暂无数据', () => {
    expect(funnelChart({ stages: [] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('funnelChart in English', () => {
  const en = { stages: [{ label: 'Signed', value: 48 }, { label: 'Started', value: 31 }, { label: 'In production', value: 17 }] };

  it('funnelChart(signed → started → producing, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('funnel-en', funnelChart(en, { title: 'Projects signed in 2024', unit: '个', lang: 'en' }).svg);
  });

  it('funnelChart(..., {lang: "en"}) writes counts with shares, English columns and desc', () => {
    const out = funnelChart(en, { title: 'Projects', unit: '个', lang: 'en' });
    expect(out.svg).toContain('>31 (64.6%)</text>');
    expect(out.table.columns).toEqual(['Stage', 'Number (number)', 'Share of the first stage (%)']);
    expect(out.desc).toBe('Projects: Signed 48, Started 31, In production 17; In production is 35.4% of Signed.');
  });
});
