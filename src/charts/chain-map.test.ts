import { describe, expect, it } from 'vitest';
import { chainMap, fillTwoLines, type ChainMapData } from './chain-map.ts';
import { matchSvgSnapshot } from './snapshot.ts';

// An illustrative chain: segment names are generic, firm counts invented.
const fixture: ChainMapData = {
  segments: [
    { id: 'mn-ore', label: '锰矿采选', stage: 'upstream', strength: 'strong', firms: 6, href: '/chains/manganese/#mn-ore' },
    { id: 'zn-ore', label: '铅锌精矿', stage: 'upstream', strength: 'weak', firms: 3 },
    { id: 'v-ore', label: '钒资源开发', stage: 'upstream', strength: 'missing', firms: 0 },
    { id: 'emm', label: '电解金属锰', stage: 'midstream', strength: 'strong', firms: 12 },
    { id: 'ez', label: '电解锌', stage: 'midstream', strength: 'weak', firms: 4 },
    { id: 'mn3o4', label: '四氧化三锰及锰基材料', stage: 'midstream', strength: 'weak', firms: 2 },
    { id: 'cathode', label: '锂电池正极材料', stage: 'downstream', strength: 'missing', firms: 0 },
    { id: 'alloy', label: '合金与特种钢材', stage: 'downstream', strength: 'weak', firms: 1 },
    { id: 'recycle', label: '尾渣资源综合利用', stage: 'downstream', strength: 'strong', firms: 5 },
  ],
  links: [
    { from: 'mn-ore', to: 'emm' },
    { from: 'zn-ore', to: 'ez' },
    { from: 'mn-ore', to: 'mn3o4' },
    { from: 'mn3o4', to: 'cathode' },
    { from: 'emm', to: 'alloy' },
    { from: 'emm', to: 'recycle' },
    { from: 'v-ore', to: 'mn3o4' },
  ],
};

describe('chainMap', () => {
  it('chainMap(manganese chain) matches the stored snapshot', () => {
    matchSvgSnapshot('chain-map', chainMap(fixture, { title: '锰锌新材料产业链图谱' }).svg);
  });

  it('chainMap(...) writes every segment name with "N 家企业" and marks missing ones 补链', () => {
    const { svg } = chainMap(fixture, { title: 't' });
    expect(svg).toContain('>锰矿采选</text>');
    expect(svg).toContain('>12 家企业</text>');
    expect(svg.match(/>补链<\/text>/g)).toHaveLength(2);
    expect(svg.match(/>薄弱<\/text>/g)).toHaveLength(4);
  });

  it('chainMap(...) draws one arrow per link, using a marker whose id comes from the content', () => {
    const { svg } = chainMap(fixture, { title: 't' });
    expect(svg.match(/marker-end=/g)).toHaveLength(fixture.links.length);
    const id = /<marker id="([^"]+)"/.exec(svg)?.[1];
    expect(id).toMatch(/^chain-[a-z0-9]+-arrow$/);
    expect(svg).toContain(`url(#${id})`);
  });

  it('chainMap(links within a column and across two columns) still draws both arrows', () => {
    const { svg } = chainMap({ segments: fixture.segments, links: [{ from: 'emm', to: 'mn3o4' }, { from: 'v-ore', to: 'cathode' }] }, { title: 't' });
    expect(svg.match(/marker-end=/g)).toHaveLength(2);
    expect(svg).not.toContain('NaN');
  });

  it('chainMap(link to an unknown segment) skips that link', () => {
    const { svg } = chainMap({ segments: fixture.segments, links: [{ from: 'emm', to: 'nowhere' }] }, { title: 't' });
    expect(svg).not.toContain('marker-end=');
  });

  it('chainMap(...).table lists 环节, 上中下游, 强弱, 企业数', () => {
    const { table } = chainMap(fixture, { title: 't' });
    expect(table.columns).toEqual(['环节', '上中下游', '强弱', '企业数']);
    expect(table.rows[2]).toEqual(['钒资源开发', '上游', '缺失', 0]);
    expect(table.rows[3]).toEqual(['电解金属锰', '中游', '强', 12]);
  });

  it('chainMap(...).desc counts stages, strengths, firms and names the 补链 targets', () => {
    expect(chainMap(fixture, { title: '锰锌链' }).desc).toBe(
      '锰锌链：共 9 个环节（上游 3 个、中游 3 个、下游 3 个），其中强 3 个、弱 4 个、缺失 2 个，企业合计 33 家；补链目标：钒资源开发、锂电池正极材料。',
    );
  });

  it('chainMap({segments: []}) says 暂无数据', () => {
    expect(chainMap({ segments: [], links: [] }, { title: 't' }).svg).toContain('暂无数据');
  });
});

describe('chainMap in English', () => {
  const en: ChainMapData = {
    segments: [
      { id: 'mn-ore', label: 'Manganese mining', stage: 'upstream', strength: 'strong', firms: 6, href: '/en/chains/manganese/#mn-ore' },
      { id: 'zn-ore', label: 'Lead-zinc concentrate', stage: 'upstream', strength: 'weak', firms: 1 },
      { id: 'emm', label: 'Electrolytic manganese', stage: 'midstream', strength: 'strong', firms: 12 },
      { id: 'mn3o4', label: '四氧化三锰及锰基材料', stage: 'midstream', strength: 'weak', firms: 2 },
      { id: 'cathode', label: 'Battery cathode materials', stage: 'downstream', strength: 'missing', firms: 0 },
    ],
    links: [
      { from: 'mn-ore', to: 'emm' },
      { from: 'mn-ore', to: 'mn3o4' },
      { from: 'mn3o4', to: 'cathode' },
    ],
  };

  it('chainMap(manganese chain, {lang: "en"}) matches the stored snapshot', () => {
    matchSvgSnapshot('chain-map-en', chainMap(en, { title: 'Manganese and zinc new materials chain', lang: 'en' }).svg);
  });

  it('chainMap(..., {lang: "en"}) names stages, strengths, tags and firms in English', () => {
    const out = chainMap(en, { title: 'Chain', lang: 'en' });
    for (const text of ['Upstream (2)', 'Midstream (2)', 'Downstream (1)', '6 firms', '1 firm', 'Weak', 'Gap', 'Dotted: missing (investment target)']) {
      expect(out.svg).toContain(`>${text}</text>`);
    }
    expect(out.table.columns).toEqual(['Segment', 'Stage', 'Strength', 'Firms']);
    expect(out.table.rows[0]).toEqual(['Manganese mining', 'Upstream', 'Strong', 6]);
    expect(out.desc).toBe(
      'Chain: 5 segments (upstream 2, midstream 2, downstream 1); by strength strong 2, weak 2, missing 1; firms in all: 21; gaps to fill: Battery cathode materials.',
    );
  });

  it('chainMap(..., {lang: "en"}) marks a segment name that stays Chinese lang="zh-CN", arrows included', () => {
    const { svg } = chainMap(en, { title: 'Chain', lang: 'en' });
    expect(svg).toContain('lang="zh-CN">四氧化三锰及锰基材料</text>');
    expect(svg).toContain('<title lang="zh-CN">Manganese mining → 四氧化三锰及锰基材料</title>');
  });
});

describe('chainMap(..., {width: 360}): the phone version stacks the stages', () => {
  const narrow = chainMap(fixture, { title: '锰锌新材料产业链图谱', width: 360 });
  const rects = [...narrow.svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="4"/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);

  it('chainMap(manganese chain, {width: 360}) matches the stored snapshot', () => {
    matchSvgSnapshot('chain-map-narrow', narrow.svg);
  });

  it('is 360 wide, and every segment box lies inside it, two abreast at most', () => {
    expect(narrow.svg).toContain('viewBox="0 0 360 ');
    expect(rects).toHaveLength(fixture.segments.length);
    for (const [x, , w] of rects) {
      expect(x).toBeGreaterThanOrEqual(8);
      expect(x + w).toBeLessThanOrEqual(352);
    }
    // Three segments a stage: a row of two and a row of one, in each of the three bands.
    expect(new Set(rects.map(([x]) => x)).size).toBe(2);
    expect(new Set(rects.map(([, y]) => y)).size).toBe(6);
  });

  it('no two boxes overlap, and upstream sits above midstream above downstream', () => {
    for (const [i, a] of rects.entries()) for (const b of rects.slice(i + 1)) {
      const apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
      expect(apart, `${a} / ${b}`).toBe(true);
    }
    const yOf = (label: string) => Number(narrow.svg.match(new RegExp(`y="([\\d.]+)"[^>]*>(?:<title>[^<]*</title>)?${label}`))![1]);
    expect(yOf('锰矿采选')).toBeLessThan(yOf('电解金属锰'));
    expect(yOf('电解金属锰')).toBeLessThan(yOf('锂电池正极材料'));
  });

  it('keeps the same table, description and one arrow per link as the wide map', () => {
    const wide = chainMap(fixture, { title: '锰锌新材料产业链图谱' });
    expect(narrow.table).toEqual(wide.table);
    expect(narrow.desc).toBe(wide.desc);
    expect(narrow.svg.match(/marker-end=/g)).toHaveLength(fixture.links.length);
  });

  it('a long English name wraps onto a second line instead of running past its box', () => {
    const { svg } = chainMap({ segments: [{ id: 'a', label: 'Electrolytic manganese metal and alloys', stage: 'upstream', strength: 'strong', firms: 2 }], links: [] }, { title: 'Chain', lang: 'en', width: 360 });
    const lines = [...svg.matchAll(/font-weight="bold" font-size="13"[^>]*>(?:<title>[^<]*<\/title>)?([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ').replace('…', '')).toMatch(/^Electrolytic manganese/);
    expect('Electrolytic manganese metal and alloys'.startsWith(lines.join(' ').replace('…', ''))).toBe(true);
  });
});

describe('fillTwoLines(text, maxWidth, fontSize)', () => {
  it('fillTwoLines(short name) is one line', () => {
    expect(fillTwoLines('电解锌', 140, 13)).toEqual(['电解锌']);
  });
  it('fillTwoLines(English name) fills the first line with whole words, and the second line carries on from there', () => {
    const name = 'Manganese mining and dressing';
    const [a, b] = fillTwoLines(name, 140, 13);
    expect(`${a} ${b}`).toBe(name);
    // The next word would not have fitted on the first line.
    const next = b!.split(' ')[0]!;
    expect(fillTwoLines(`${a} ${next}`, 140, 13)).toHaveLength(2);
  });
  it('fillTwoLines(Chinese name too long for two lines) breaks between characters and ends the second line with …', () => {
    const lines = fillTwoLines('四氧化三锰及锰基材料与高纯硫酸锰及其深加工产品', 100, 13);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[0]!.length + lines[1]!.length - 1).toBeLessThan(24);
  });
});
