import { describe, expect, it } from 'vitest';
import { policiesChainHref, policiesForChain, policiesInCounty, policiesParkHref, policyFinderView, type PolicyFinderInput } from './policy-finder.ts';
import { policyScope } from './policy-scope.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';
import { setRegionWords } from '../lib/i18n/dict.ts';
import { regionWords } from '../lib/i18n/region-words.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
// As the build does once (src/site/i18n.ts): set phrases such as {wholeRegion} take the sample's region (湘西州 → 全州).
setRegionWords((lang) => regionWords(dataset!.portal.region, lang));
const base = dataset!.content.policies[0]!;
// Two counties, three parks (a and b in county c1, z in c2), two chains.
const counties = [{ id: 'c1', name_zh: '甲县', name_en: 'Jia County' }, { id: 'c2', name_zh: '乙县', name_en: null }];
const parks = [
  { ...t.parks[0]!, id: 'a', county_id: 'c1', name_zh: '甲园', short_name_zh: null, name_en: 'Park A' },
  { ...t.parks[0]!, id: 'b', county_id: 'c1', name_zh: '乙园', short_name_zh: null, name_en: null },
  { ...t.parks[0]!, id: 'z', county_id: 'c2', name_zh: '丙园', short_name_zh: null, name_en: 'Park Z' },
];
const chains = [{ id: 'x', name_zh: '白酒', name_en: 'Baijiu' }, { id: 'y', name_zh: '茶叶', name_en: null }];
const ctx = {
  chainIds: chains.map((c) => c.id),
  parkIds: parks.map((p) => p.id),
  countyIds: counties.map((c) => c.id),
  countyOfPark: (id: string) => parks.find((p) => p.id === id)?.county_id,
  parksOfCounty: (id: string) => parks.filter((p) => p.county_id === id).map((p) => p.id),
};
const policy = (id: string, scope: { chains?: string[]; parks?: string[]; counties?: string[] }) => {
  const data = { ...base.data, title: `政策${id}`, title_en: null, chains: scope.chains ?? [], parks: scope.parks ?? [], counties: scope.counties ?? [] };
  return { policy: { ...base, id, data }, scope: policyScope(data, ctx) };
};
const policies = [
  policy('everywhere', { chains: ['x'] }),
  policy('county-c1', { counties: ['c1'] }),
  policy('park-z', { chains: ['y'], parks: ['z'] }),
];
const input = (lang: 'zh' | 'en'): PolicyFinderInput => ({
  lang,
  url: (...parts) => `${lang === 'en' ? '/en/' : '/'}${parts.join('/')}/`,
  portal: dataset!.portal,
  policies,
  twins: new Map([['park-z', { title: 'Tea in Park Z' }]]),
  chains,
  parks,
  counties,
});
const zh = policyFinderView(input('zh'));
const en = policyFinderView(input('en'));
const byId = (id: string) => zh.rows.find((r) => r.id === id)!;

describe('policyFinderView', () => {
  it('marks a policy for the whole region, or for every chain, with * instead of every id', () => {
    expect(byId('everywhere').tokens).toEqual({ chain: 'x', park: '*', county: '*' });
    // A county's policy: that county and each of its parks; no chain named, so every chain.
    expect(byId('county-c1').tokens).toEqual({ chain: '*', park: 'a b', county: 'c1' });
    expect(byId('park-z').tokens).toEqual({ chain: 'y', park: 'z', county: 'c2' });
  });

  it('says where each applies in the page’s language, names kept Chinese marked on English pages', () => {
    expect(byId('everywhere').places).toBe('全州');
    expect(en.rows.find((r) => r.id === 'everywhere')!.places).toBe('the whole prefecture');
    expect(byId('county-c1').chains).toBe('不限');
    expect(byId('county-c1').places).toEqual([{ label: '甲县（全域）', lang: undefined }]);
    const enRow = (id: string) => en.rows.find((r) => r.id === id)!;
    expect(enRow('park-z').chains).toEqual([{ label: '茶叶', lang: 'zh-CN' }]);
    expect(enRow('park-z').places).toEqual([{ label: 'Park Z', lang: undefined }]);
    expect(enRow('park-z').title).toEqual({ text: 'Tea in Park Z', lang: undefined });
    expect(enRow('everywhere').title).toEqual({ text: '政策everywhere', lang: 'zh-CN' });
  });

  it('offers every chain, park and county, and only the kinds the policies have', () => {
    expect(zh.parkOptions.map((o) => o.value)).toEqual(['a', 'b', 'z']);
    expect(en.countyOptions).toEqual([{ value: 'c1', label: 'Jia County', lang: undefined }, { value: 'c2', label: '乙县', lang: 'zh-CN' }]);
    expect(zh.kinds.map((k) => k.value)).toEqual([base.data.kind]);
  });
});

describe('the policy finder split by county and by chain', () => {
  it('a county’s page has every policy that applies there: the whole region’s, the county’s, its parks’', () => {
    expect(policiesInCounty(zh.rows, 'c1').map((r) => r.id)).toEqual(['everywhere', 'county-c1']);
    expect(policiesInCounty(zh.rows, 'c2').map((r) => r.id)).toEqual(['everywhere', 'park-z']);
  });

  it('a chain’s page has the policies naming it and those naming no chain', () => {
    expect(policiesForChain(zh.rows, 'x').map((r) => r.id)).toEqual(['everywhere', 'county-c1']);
    expect(policiesForChain(zh.rows, 'y').map((r) => r.id)).toEqual(['county-c1', 'park-z']);
  });

  it('park links go to the park’s county page, chain links to the chain’s page, when split', () => {
    expect(policiesParkHref('/invest/policies/', false, { id: 'a', county_id: 'c1' })).toBe('/invest/policies/?park=a');
    expect(policiesParkHref('/invest/policies/', true, { id: 'a', county_id: 'c1' })).toBe('/invest/policies/county/c1/?park=a');
    expect(policiesChainHref('/en/invest/policies/', false, 'x')).toBe('/en/invest/policies/?chain=x');
    expect(policiesChainHref('/en/invest/policies/', true, 'x')).toBe('/en/invest/policies/chain/x/');
  });
});
