import { describe, expect, it } from 'vitest';
import { chainPageView, parkLabel } from './chain-view.ts';
import { getSite } from './portal.ts';

// chainPageView reads the once-per-build dataset: the bundled sample (data/ under the working folder).
const baijiu = () => getSite().chainById.get('baijiu')!;

describe('chainPageView(chain, lang, summaries)', () => {
  it("chainPageView(baijiu, 'zh') titles the page 白酒产业链, with the English name under it (lang en)", () => {
    const v = chainPageView(baijiu(), 'zh', { zh: '中文摘要', en: 'English summary' });
    expect(v.title).toBe('白酒产业链');
    expect(v.other).toEqual({ text: 'Baijiu liquor', lang: 'en' });
    expect(v.summary).toBe('中文摘要');
    expect(v.description).toBe('中文摘要');
  });

  it("chainPageView(baijiu, 'en') titles the page 'Baijiu liquor chain', with 白酒产业链 under it (lang zh-CN), and the English summary", () => {
    const v = chainPageView(baijiu(), 'en', { zh: '中文摘要', en: 'English summary' });
    expect(v.title).toBe('Baijiu liquor chain');
    expect(v.other).toEqual({ text: '白酒产业链', lang: 'zh-CN' });
    expect(v.summary).toBe('English summary');
  });

  it("chainPageView(baijiu, 'en', no English summary) shows no Chinese summary: the description is the set sentence", () => {
    const v = chainPageView(baijiu(), 'en', { zh: '中文摘要' });
    expect(v.summary).toBeUndefined();
    expect(v.description).toBe('The Baijiu liquor chain: chain leader, the “five ones”, segments and firms, gaps to fill, investment projects and policies.');
  });

  it('names the two missing segments of the sample (bottles and packaging; e-commerce and logistics) in the map caption, in each language', () => {
    expect(chainPageView(baijiu(), 'zh', {}).gaps).toBe('（本链 2 个：酒瓶与包装材料、电商与物流）');
    expect(chainPageView(baijiu(), 'en', {}).gaps).toBe(' (2 in this chain: Bottles and packaging, E-commerce and logistics)');
  });

  it('draws the segment map twice: 720 wide, and 360 wide for phones, every segment linking its list below', () => {
    const v = chainPageView(baijiu(), 'zh', {});
    expect(v.map.svg).toContain('viewBox="0 0 720 ');
    expect(v.mapNarrow.svg).toContain('viewBox="0 0 360 ');
    const segments = getSite().tables.chainSegments.filter((s) => s.chain_id === 'baijiu');
    for (const s of segments) expect(v.mapNarrow.svg).toContain(`href="#seg-${s.id}"`);
    expect(v.mapNarrow.table.rows).toHaveLength(segments.length);
  });
});

describe('parkLabel(parkId, lang)', () => {
  it("parkLabel('jishou-hitech') is the short name in either language", () => {
    expect(parkLabel('jishou-hitech', 'zh')).toEqual({ text: '吉首高新区', fallback: false });
    expect(parkLabel('jishou-hitech', 'en')).toEqual({ text: 'Jishou Hi-tech', fallback: false });
  });
  it('parkLabel(unknown id) is the id itself', () => {
    expect(parkLabel('no-such-park', 'en')).toEqual({ text: 'no-such-park', fallback: false });
  });
});
