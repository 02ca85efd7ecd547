import { describe, expect, it } from 'vitest';
import { compareChunkCount, compareChunkOf, compareIndex, comparePerCounty, compareView, partsHtml, type CompareInput } from './compare-view.ts';
import { contactLineHtml } from './contact-line.ts';
import type { ParkFigures } from './invest.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const county = { ...t.counties[0]!, name_zh: '甲县', name_en: null };
const park = { ...t.parks[0]!, id: 'p1', name_zh: '甲园<高新区>', short_name_zh: '甲园', name_en: null, planned_area_mu: 1200, contact_name_zh: '招商局', contact_phone: '0743-1234567', contact_email: 'a@example.org', address_zh: '甲县一路 1 号' };
/** A park with two plots of land (10 and 20 亩, 30 and 50 万元/亩), no factory, graded A, 2nd. */
const figures = {
  park,
  county,
  latest: undefined,
  score: { grade: 'A', rank: 2, total: 88.5, values: { investment_per_mu: 350.5, output_per_mu: 800, tax_per_mu: 20.25, lead_industry_share: 0.625, energy_intensity_fall: null } },
  chains: [],
  land: { count: 2, areaMu: 30, price: { min: 30, max: 50 } },
  factory: { count: 0, floorM2: 0, rent: null },
  infrastructure: new Map([['water_supply', { item: 'water_supply', status: 'complete' }]]),
  projects: { signed: 0, contractedWan: 0, fundsRate: null, started: 0, producing: 0, performanceRate: null },
} as unknown as ParkFigures;
const input = (lang: 'zh' | 'en'): CompareInput => ({
  lang,
  url: (...parts) => `${lang === 'en' ? '/en/' : '/'}${parts.join('/')}/`,
  latestYear: 2025,
  sitesHref: (p) => `/invest/sites/?park=${p.id}`,
  infrastructureHref: (p) => `/invest/infrastructure/#park-${p.id}`,
});

describe('compareView: a park’s column as HTML', () => {
  const zh = compareView(input('zh')).column(figures);
  const en = compareView(input('en')).column(figures);

  it('heads the column with the park’s name linked to its page, escaped, marked Chinese on English pages', () => {
    expect(zh.head).toBe('<a href="/parks/p1/">甲园&lt;高新区&gt;</a>');
    expect(en.head).toBe('<a href="/en/parks/p1/" lang="zh-CN">甲园&lt;高新区&gt;</a>');
  });

  it('fills each row from the figures: area, grade, rank, indicators with their unit, land on offer', () => {
    expect(zh.id).toBe('p1');
    expect(zh.cells['planned-area']).toBe('1,200 亩');
    expect(zh.cells['county']).toBe('甲县');
    expect(en.cells['county']).toBe('<span lang="zh-CN">甲县</span>');
    expect(zh.cells['grade']).toBe('A 类');
    expect(zh.cells['rank']).toBe('第 2 名');
    expect(zh.cells['investment_per_mu']).toBe('350.50 万元/亩');
    // 62.5 %, one decimal.
    expect(zh.cells['lead_industry_share']).toBe('62.5%');
    expect(zh.cells['land']).toBe('2 宗，30 亩');
    expect(zh.cells['factory']).toBe('无');
    expect(zh.cells['space-link']).toBe('<a href="/invest/sites/?park=p1">查看 2 处</a>');
    expect(zh.cells['infrastructure-link']).toBe('<a href="/invest/infrastructure/#park-p1">各项设施详情</a>');
    expect(zh.cells['water_supply']).toBe('已建成');
    expect(zh.cells['gas_supply']).toBe('未填报');
  });

  it('gives whom to call: the office, a dialable phone link and a mailto: naming the park', () => {
    expect(zh.cells['contact']).toContain('<a class="tel" href="tel:07431234567">0743-1234567</a>');
    expect(zh.cells['contact']).toContain(`href="mailto:a@example.org?subject=${encodeURIComponent('投资咨询：甲园<高新区>')}"`);
    expect(en.cells['contact']).toContain('<span class="contact-name" lang="zh-CN">招商局</span>');
  });

  it('has a cell for every row it lists, in every group', () => {
    const view = compareView(input('zh'));
    const keys = view.groups.flatMap((g) => g.rows.map((r) => r.key));
    expect(Object.keys(zh.cells).sort()).toEqual([...keys].sort());
    expect(view.groups.map((g) => g.key)).toEqual(['facts', 'industry', 'evaluation', 'space', 'infrastructure', 'projects', 'contact']);
    // No published evaluation: no evaluation rows.
    expect(compareView({ ...input('zh'), latestYear: undefined }).groups.map((g) => g.key)).not.toContain('evaluation');
  });
});

describe('the comparison’s files', () => {
  it('puts 100 parks in a columns file: parks 1–100 in columns-1, 101 in columns-2', () => {
    expect([compareChunkOf(0), compareChunkOf(99), compareChunkOf(100), compareChunkOf(2499)]).toEqual([1, 1, 2, 25]);
    expect([compareChunkCount(0), compareChunkCount(10), compareChunkCount(100), compareChunkCount(101), compareChunkCount(2500)]).toEqual([1, 1, 1, 2, 25]);
  });

  it('lists the parks for the picker: short name (Chinese marked on English pages), county, file', () => {
    const other = { ...figures, park: { ...park, id: 'p2', short_name_zh: null, name_zh: '乙园', name_en: 'Park B' } } as ParkFigures;
    expect(compareIndex([figures, other], 'en')).toEqual({ parks: [{ id: 'p1', name: '甲园', zh: true, county: '甲县', chunk: 1 }, { id: 'p2', name: 'Park B', county: '甲县', chunk: 1 }] });
    expect(compareIndex([figures], 'zh').parks[0]).toEqual({ id: 'p1', name: '甲园', county: '甲县', chunk: 1 });
  });

  it('gives a comparison page per county above 60 parks (the sample has 10)', () => {
    expect([comparePerCounty(10), comparePerCounty(60), comparePerCounty(61)]).toEqual([false, false, true]);
  });
});

describe('partsHtml and contactLineHtml', () => {
  it('escape every value and mark names that stay Chinese', () => {
    expect(partsHtml(['a & b ', { label: '<甲>', lang: 'zh-CN' }, ' ', { href: '/x/?a=1&b=2', text: 'go' }])).toBe('a &amp; b <span lang="zh-CN">&lt;甲&gt;</span> <a href="/x/?a=1&amp;b=2">go</a>');
  });

  it('says — when there is nothing to call', () => {
    expect(contactLineHtml({ lang: 'zh', subject: 's' })).toBe('<span class="contact-line">—</span>');
    expect(contactLineHtml({ lang: 'en', name: 'Office', nameLang: 'en', subject: 's' })).toBe('<span class="contact-line"><span class="contact-name">Office</span></span>');
  });
});
