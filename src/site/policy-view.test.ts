import { describe, expect, it } from 'vitest';
import { policyPageView } from './policy-view.ts';
import { getIndexes } from './indexes.ts';
import { nameFor, numFor } from './i18n.ts';
import type { Lang } from '../lib/i18n/lang.ts';

// policyPageView reads the once-per-build dataset and content: the bundled sample.
const i18n = (lang: Lang) => ({ lang, name: nameFor(lang), num: numFor(lang), url: (...p: (string | number)[]) => `${lang === 'en' ? '/en' : ''}/${p.join('/')}/` });
const policy = (id: string) => getIndexes().policiesSorted.find((p) => p.id === id)!;

describe('policyPageView(policy, twin, i18n)', () => {
  it("baijiu-support in Chinese: its own title, title_en under it (lang en), its summary as the description", () => {
    const v = policyPageView(policy('baijiu-support'), undefined, i18n('zh'));
    expect(v.text.title).toEqual({ text: '支持白酒产业高质量发展若干措施（示例）', fallback: false });
    expect(v.other).toEqual({ text: 'Measures to support the baijiu industry (sample)', lang: 'en' });
    expect(v.description).toBe('支持白酒企业扩能技改、品牌建设和酒旅融合，培育百亿级白酒产业集群。');
  });

  it('baijiu-support in English with no twin: title_en, the Chinese title under it, and a set description rather than Chinese prose', () => {
    const v = policyPageView(policy('baijiu-support'), undefined, i18n('en'));
    expect(v.text.title.text).toBe('Measures to support the baijiu industry (sample)');
    expect(v.other).toEqual({ text: '支持白酒产业高质量发展若干措施（示例）', lang: 'zh-CN' });
    expect(v.description).toBe('Policy document: Measures to support the baijiu industry (sample)');
  });

  it("an English twin's summary is the English description", () => {
    const v = policyPageView(policy('enterprise-financing'), { summary: 'Loans for park firms.' }, i18n('en'));
    expect(v.description).toBe('Loans for park firms.');
  });

  it('links its chains and parks in the page language, and fills the search filters from them (the parks give Jishou)', () => {
    const v = policyPageView(policy('baijiu-support'), undefined, i18n('en'));
    expect(v.chains.map((c) => c.href)).toEqual(['/en/chains/baijiu/', '/en/chains/green-food/']);
    expect(v.parks).toEqual([
      { label: 'Jishou Green Food Industrial Park', lang: undefined, href: '/en/parks/jishou-food/' },
      { label: 'Jishou Hi-tech Industrial Development Zone', lang: undefined, href: '/en/parks/jishou-hitech/' },
    ]);
    expect(v.everywhere).toBe(false);
    expect(v.search).toEqual({ county: ['Jishou'], chain: ['Baijiu liquor', 'Green food'] });
  });

  it('says in force as of the portal date (2026-10-31) for a policy running 2023-07-05 to 2027-12-31', () => {
    const v = policyPageView(policy('baijiu-support'), undefined, i18n('zh'));
    expect(v.status).toBe('in_force');
    expect(v.statusText).toBe('截至 2026年10月31日 现行有效');
  });
});
