import { describe, expect, it } from 'vitest';
import { gapHref, gapsChainHref, gapsView, GAP_FIRMS_SHOWN, splitGaps, type GapsInput } from './gaps-view.ts';
import type { ChainGapsView } from './invest.ts';
import { chainGaps, gapAnchor } from '../lib/invest/gaps.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const baijiu = t.chains.find((c) => c.id === 'baijiu')!;
const segments = t.chainSegments.filter((s) => s.chain_id === 'baijiu');
const links = t.chainLinks.filter((l) => l.chain_id === 'baijiu');
const seg = (id: string) => segments.find((s) => s.id === id)!;
const firm = t.enterprises.find((e) => e.chain_id === 'baijiu')!;
/** `n` firms of the 白酒 chain in 吉首高新区, e1…en. */
const firms = (n: number) => Array.from({ length: n }, (_, i) => ({ ...firm, id: `f${i + 1}`, name_zh: `企业${i + 1}`, name_en: null, park_id: 'jishou-hitech' }));
const firmsIn: Record<string, number> = { brewing: 3, bottling: 25, 'brand-marketing': 1 };

// The 白酒 chain's gaps from chain_segments.csv and chain_links.csv, with made-up firm counts.
const chain: ChainGapsView = {
  chain: baijiu,
  gaps: chainGaps(segments, links).map((g) => ({
    anchor: gapAnchor('baijiu', g.segment.id),
    segment: g.segment,
    firms: firms(firmsIn[g.segment.id] ?? 0),
    upstream: g.upstream.map((s) => ({ segment: s, firms: firms(firmsIn[s.id] ?? 0) })),
    downstream: g.downstream.map((s) => ({ segment: s, firms: firms(firmsIn[s.id] ?? 0) })),
  })),
  parks: t.parks.filter((p) => p.id === 'jishou-hitech'),
  policies: [],
  sites: 4,
};
const general = dataset!.content.policies.slice(0, 1);
const url = (lang: 'zh' | 'en') => (...parts: string[]) => `${lang === 'en' ? '/en/' : '/'}${parts.join('/')}/`;
const input = (lang: 'zh' | 'en', split: boolean): GapsInput => ({
  lang,
  url: url(lang),
  portal: dataset!.portal,
  chains: [chain],
  general,
  twins: new Map([[general[0]!.id, { title: 'An English title' }]]),
  parkById: new Map(t.parks.map((p) => [p.id, p])),
  sitesHref: (id) => `/invest/sites/?chain=${id}`,
  policiesHref: (id) => `/invest/policies/?chain=${id}`,
  split,
});

describe('gapsView(白酒 chain of the sample)', () => {
  const zh = gapsView(input('zh', false));
  const en = gapsView(input('en', false));
  const split = gapsView(input('en', true));

  it('counts the missing and weak segments of chain_segments.csv: 2 missing (packaging, e-commerce), 5 weak', () => {
    expect(zh.rows.map((r) => r.anchor)).toEqual(['sorghum', 'wheat-koji', 'packaging-glass', 'bottling', 'brand-marketing', 'ecommerce-logistics', 'liquor-tourism'].map((s) => `gap-baijiu--${s}`));
    expect([zh.intro.missing, zh.intro.weak]).toEqual(['2 个缺失环节', '5 个薄弱环节']);
    expect([en.intro.missing, en.intro.weak]).toEqual(['2 missing segments', '5 weak segments']);
    expect(zh.chains[0]!.heading).toBe('{chain}产业链（缺失 2 个、薄弱 5 个）');
  });

  it('on one page, a gap links its own anchor and the chain its section; split, the chain’s page', () => {
    expect(zh.rows[0]!.href).toBe('/invest/gaps/#gap-baijiu--sorghum');
    expect(zh.chains[0]!.href).toBe('/invest/gaps/#chain-baijiu');
    expect(zh.generalHref).toBe('#general-policies');
    expect(split.rows[0]!.href).toBe('/en/invest/gaps/chain/baijiu/#gap-baijiu--sorghum');
    expect(split.chains[0]!.href).toBe('/en/invest/gaps/chain/baijiu/');
    expect(split.chains[0]!.gaps[0]!.href).toBe('/en/invest/gaps/chain/baijiu/#gap-baijiu--sorghum');
    // The policies for every chain stay on the gaps page: a chain's page links back to them.
    expect(split.generalHref).toBe('/en/invest/gaps/#general-policies');
  });

  it('neighbours come from chain_links.csv, each with its strength and firm count, linking the chain map', () => {
    // packaging-glass → bottling (weak, 25 firms); nothing links into packaging-glass.
    const packaging = zh.chains[0]!.gaps.find((g) => g.segmentId === 'packaging-glass')!;
    expect(packaging.upstream).toEqual([]);
    expect(packaging.downstream).toEqual([{ href: '/chains/baijiu/#seg-bottling', name: { label: '灌装生产', lang: undefined }, text: '{name}（薄弱，25 家企业）' }]);
    // sorghum → brewing (strong, 3 firms).
    expect(en.chains[0]!.gaps[0]!.downstream[0]!.text).toBe('{name} (strong, 3 firms)');
    // brand-marketing has 1 firm: the singular in English.
    const bottling = en.chains[0]!.gaps.find((g) => g.segmentId === 'bottling')!;
    expect(bottling.downstream.map((n) => n.text)).toEqual(['{name} (weak, 1 firm)', '{name} (missing, 0 firms)']);
  });

  it(`names at most ${GAP_FIRMS_SHOWN} firms of a gap and links the chain’s segment for the rest`, () => {
    const bottling = zh.chains[0]!.gaps.find((g) => g.segmentId === 'bottling')!;
    expect(bottling.firms).toHaveLength(20);
    expect(bottling.firms[0]).toEqual({ firm: { label: '企业1', lang: undefined }, park: { label: '吉首高新区', lang: undefined }, parkHref: '/parks/jishou-hitech/' });
    expect(bottling.moreFirms).toEqual({ text: '另有 5 家，见产业链页面', href: '/chains/baijiu/#seg-bottling' });
    expect(zh.chains[0]!.gaps.find((g) => g.segmentId === 'brand-marketing')!.moreFirms).toBeUndefined();
  });

  it('shows the segment’s name in the other language when the data has both; English pages mark Chinese', () => {
    const sorghum = (v: typeof zh) => v.chains[0]!.gaps[0]!;
    expect(sorghum(zh).segment).toEqual({ label: '酿酒高粱种植', lang: undefined });
    expect(sorghum(zh).otherName).toEqual({ text: 'Sorghum growing', lang: 'en' });
    expect(sorghum(en).segment).toEqual({ label: 'Sorghum growing', lang: undefined });
    expect(sorghum(en).otherName).toEqual({ text: '酿酒高粱种植', lang: 'zh-CN' });
    const noEnglish = gapsView({ ...input('en', false), chains: [{ ...chain, gaps: [{ ...chain.gaps[0]!, segment: { ...seg('sorghum'), name_en: null } }] }] });
    expect(noEnglish.chains[0]!.gaps[0]!.segment).toEqual({ label: '酿酒高粱种植', lang: 'zh-CN' });
    expect(noEnglish.chains[0]!.gaps[0]!.otherName).toBeUndefined();
  });

  it('lists the policies for every chain once, titled from the English twin on English pages', () => {
    expect(zh.general).toEqual([expect.objectContaining({ id: general[0]!.id, title: general[0]!.data.title, lang: undefined, href: `/policies/${general[0]!.id}/` })]);
    expect(en.general[0]).toEqual(expect.objectContaining({ title: 'An English title', lang: undefined, href: `/en/policies/${general[0]!.id}/` }));
    const noTwin = gapsView({ ...input('en', false), twins: new Map() });
    expect(noTwin.general[0]!.lang).toBe(general[0]!.data.title_en ? undefined : 'zh-CN');
  });

  it('talks to the task force, in English where chains.csv has it, with the mail subject naming the gap', () => {
    const g = en.chains[0]!.gaps[0]!;
    expect(g.talk.name).toBe(baijiu.task_force_en ?? baijiu.task_force_zh);
    expect(g.talk.nameLang).toBe(baijiu.task_force_en ? 'en' : 'zh');
    expect(zh.chains[0]!.gaps[0]!.subject).toBe(`补链招商咨询：${baijiu.name_zh}·酿酒高粱种植`);
  });
});

describe('the gaps split', () => {
  it('puts each chain on its own page above 80 gaps (the sample has 75)', () => {
    expect([splitGaps(75), splitGaps(80), splitGaps(81)]).toEqual([false, false, true]);
  });

  it('links a chain and a gap on the one page or on the chain’s page', () => {
    expect(gapsChainHref('/invest/gaps/', false, 'baijiu')).toBe('/invest/gaps/#chain-baijiu');
    expect(gapsChainHref('/invest/gaps/', true, 'baijiu')).toBe('/invest/gaps/chain/baijiu/');
    expect(gapHref('/en/invest/gaps/', false, 'baijiu', 'gap-baijiu--sorghum')).toBe('/en/invest/gaps/#gap-baijiu--sorghum');
    expect(gapHref('/en/invest/gaps/', true, 'baijiu', 'gap-baijiu--sorghum')).toBe('/en/invest/gaps/chain/baijiu/#gap-baijiu--sorghum');
  });
});
