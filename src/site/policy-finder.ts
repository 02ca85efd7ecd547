/**
 * The policy finder (/invest/policies/), in the page's language: each policy in force with where it
 * applies, its filter tokens and its main points. Pure over its inputs (`policyFinderView`), so a unit
 * test calls it without Astro; the page is markup over it.
 *
 * A policy for every chain or for the whole region carries the token `*` in that filter (table-tools
 * matches it with any choice) instead of every id: with 2,500 parks the ids were most of the page.
 *
 * At national scale (more policies in force than SPLIT_THRESHOLD.policies) the finder is split twice:
 * a page per county (`county/<id>/`: every policy that applies in that county, so choosing one of its
 * parks there finds them all; park pages link it with `?park=`), and a page per chain (`chain/<id>/`:
 * every policy for that chain; chain pages link it). The finder's own address then lists both.
 */
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';
import type { Chain, County, Park } from '../lib/data/tables.ts';
import { label, POLICY_KINDS } from '../lib/data/choices.ts';
import { translator } from '../lib/i18n/dict.ts';
import { invest } from '../lib/i18n/dict/invest.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import { entryText, type Twin } from '../lib/i18n/entry-text.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { nameFor, numFor, portalWords } from './i18n.ts';
import { namedLabel, upperFirst, type NamedLabel } from './named.ts';
import type { PolicyScope } from './policy-scope.ts';
import { countyHref, finderParkHref } from './invest-split.ts';

export interface PolicyFinderInput {
  lang: Lang;
  url: (...parts: string[]) => string;
  portal: Parameters<typeof portalWords>[0] & { as_of: string };
  /** Policies in force with their scope (src/site/invest.ts `inForcePolicies`). */
  policies: readonly { policy: ContentEntry<PolicyFrontmatter>; scope: PolicyScope }[];
  twins: ReadonlyMap<string, Twin>;
  chains: readonly Pick<Chain, 'id' | 'name_zh' | 'name_en'>[];
  parks: readonly Pick<Park, 'id' | 'name_zh' | 'short_name_zh' | 'name_en' | 'county_id'>[];
  counties: readonly Pick<County, 'id' | 'name_zh' | 'name_en'>[];
}

export function policyFinderView(input: PolicyFinderInput) {
  const { lang, url } = input;
  const t = translator(invest, lang);
  const tl = translator(lists, lang);
  const num = numFor(lang);
  const i18n = { name: nameFor(lang) };
  const none = (id: string): NamedLabel => ({ label: id, lang: undefined });
  const parkById = new Map(input.parks.map((p) => [p.id, p]));
  const chainById = new Map(input.chains.map((c) => [c.id, c]));
  const countyById = new Map(input.counties.map((c) => [c.id, c]));
  const parkLabel = (id: string) => {
    const p = parkById.get(id);
    return p ? namedLabel(i18n, p.short_name_zh ?? p.name_zh, p.name_en) : none(id);
  };
  const chainLabel = (id: string) => { const c = chainById.get(id); return c ? namedLabel(i18n, c.name_zh, c.name_en) : none(id); };
  const countyLabel = (id: string) => { const c = countyById.get(id); return c ? namedLabel(i18n, c.name_zh, c.name_en) : none(id); };
  const zhIf = (fallback: boolean) => (fallback ? ('zh-CN' as const) : undefined);
  const zh = lang === 'en' ? ('zh-CN' as const) : undefined;
  const rows = input.policies.map(({ policy: p, scope }) => {
    const d = p.data;
    const text = entryText(d, input.twins.get(p.id), lang);
    const chainsText = scope.anyChain ? t('policies.scope.anyChain') : scope.chains.length === input.chains.length ? t('policies.scope.allChains', { n: scope.chains.length }) : null;
    const parksText = scope.everywhere ? t('policies.scope.everywhere') : d.counties.length === 0 && scope.parks.length === input.parks.length ? t('policies.scope.allParks', { n: scope.parks.length }) : null;
    const places = [...d.counties.map((c) => { const n = countyLabel(c); return { ...n, label: tl('scope.county', { county: n.label }) }; }), ...d.parks.map(parkLabel)];
    return {
      id: p.id,
      href: url('policies', p.id),
      title: { text: text.title.text, lang: zhIf(text.title.fallback) },
      /** 文号 and issuer: Chinese only. */
      meta: { text: [d.doc_number, d.issuer].filter(Boolean).join(' · '), lang: zh },
      validity: d.effective_to ? t('policies.validTo', { date: num.date(d.effective_to) }) : t('policies.noEnd'),
      kind: d.kind,
      kindLabel: upperFirst(label(POLICY_KINDS, d.kind, lang)),
      /** Filter tokens: `*` when the policy is for every chain, or for the whole region. */
      tokens: { chain: scope.anyChain ? '*' : scope.chains.join(' '), park: scope.everywhere ? '*' : scope.parks.join(' '), county: scope.everywhere ? '*' : scope.counties.join(' ') },
      scope,
      chains: chainsText ?? d.chains.map(chainLabel),
      places: parksText ?? places,
      benefits: text.benefits.items.length > 0 ? { items: text.benefits.items, lang: zhIf(text.benefits.fallback) } : undefined,
      summary: { text: text.summary?.text ?? d.summary, lang: zhIf(text.summary?.fallback ?? false) },
    };
  });
  return {
    region: portalWords(input.portal, lang).region,
    rows,
    kinds: POLICY_KINDS.filter((k) => rows.some((r) => r.kind === k.value)).map((k) => ({ value: k.value, label: k[lang] })),
    chainOptions: input.chains.map((c) => ({ value: c.id, ...chainLabel(c.id) })),
    parkOptions: input.parks.map((p) => ({ value: p.id, ...parkLabel(p.id) })),
    countyOptions: input.counties.map((c) => ({ value: c.id, ...countyLabel(c.id) })),
    chainLabel,
    countyLabel,
    sep: tl('list.sep'),
  };
}

export type PolicyFinderView = ReturnType<typeof policyFinderView>;

const viewOnce = new Map<Lang, PolicyFinderView>();

/**
 * The view once per language per build: every county's and chain's page of a split finder shows part
 * of it (580 pages at national scale), so it is not rebuilt for each.
 */
export function policyFinderViewOnce(input: PolicyFinderInput): PolicyFinderView {
  let view = viewOnce.get(input.lang);
  if (!view) viewOnce.set(input.lang, (view = policyFinderView(input)));
  return view;
}

/** The policies of one county's page: every one that applies in the county (for the whole region, the county, or one of its parks). */
export function policiesInCounty<T extends { scope: PolicyScope }>(rows: readonly T[], countyId: string): T[] {
  return rows.filter((r) => r.scope.everywhere || r.scope.counties.includes(countyId));
}

/** The policies of one chain's page: every one for that chain (naming it, or naming no chain). */
export function policiesForChain<T extends { scope: PolicyScope }>(rows: readonly T[], chainId: string): T[] {
  return rows.filter((r) => r.scope.anyChain || r.scope.chains.includes(chainId));
}

/** The finder for one park: `base?park=<id>`, on its county's page when the finder is split. */
export function policiesParkHref(base: string, split: boolean, park: { id: string; county_id: string }): string {
  return finderParkHref(base, split, park);
}

/** The finder for one chain: its chain's page when the finder is split, else `base?chain=<id>`. */
export function policiesChainHref(base: string, split: boolean, chainId: string): string {
  return split ? `${base}chain/${encodeURIComponent(chainId)}/` : `${base}?chain=${encodeURIComponent(chainId)}`;
}

export { countyHref };
