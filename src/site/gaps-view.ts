/**
 * What the 补链招商清单 (/invest/gaps/) shows, in the page's language: every missing or weak segment
 * with its neighbours, firms, whom to talk to and the policies in force, per chain. Pure over its
 * inputs (the chains' gaps from src/site/invest.ts, the policies, the parks), so a unit test calls it
 * without Astro; the page (src/pages/[...lang]/invest/gaps.astro) is markup over it.
 *
 * At national scale (more gaps than GAPS_SPLIT_THRESHOLD) each chain's gaps get a page of their own,
 * `/invest/gaps/chain/<chain-id>/`; the gaps page keeps the one-line table of every gap (filterable,
 * each row linking the chain's page) and the policies that apply to every chain, listed once there.
 * Links to a chain's gaps (`#chain-<id>`) and to one gap (`#gap-…`) then point at the chain's page.
 */
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';
import type { Chain, Park } from '../lib/data/tables.ts';
import { CHAIN_STAGES, label, POLICY_KINDS, SEGMENT_STRENGTHS } from '../lib/data/choices.ts';
import { translator } from '../lib/i18n/dict.ts';
import { invest } from '../lib/i18n/dict/invest.ts';
import { investSplit } from '../lib/i18n/dict/invest-split.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import { entryText, type Twin } from '../lib/i18n/entry-text.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { nameFor, numFor, portalWords } from './i18n.ts';
import { byCount, namedLabel, upperFirst, type NamedLabel } from './named.ts';
import type { ChainGapsView, GapView, Neighbour } from './invest.ts';

/**
 * Gaps above which each chain's gaps go on a page of their own. A gap is 2–3.5 KB of HTML (its table
 * row and its section; 466–510 KiB for the 150 gaps of the bench's M size), so 80 gaps keep the page
 * under about 280 KiB; the sample (75 gaps) stays one page.
 */
export const GAPS_SPLIT_THRESHOLD = 80;

/** Firms named under one gap; the rest are on the chain's page (its segment links where its firms are listed). */
export const GAP_FIRMS_SHOWN = 20;

export function splitGaps(gaps: number): boolean {
  return gaps > GAPS_SPLIT_THRESHOLD;
}

/** A chain's gaps: its page when the gaps are split by chain (`<base>chain/<id>/`), else its section (`<base>#chain-<id>`). */
export function gapsChainHref(base: string, split: boolean, chainId: string): string {
  return split ? `${base}chain/${encodeURIComponent(chainId)}/` : `${base}#chain-${encodeURIComponent(chainId)}`;
}

/** One gap (`#gap-<chain>--<segment>`), on its chain's page when the gaps are split by chain. */
export function gapHref(base: string, split: boolean, chainId: string, anchor: string): string {
  return `${split ? gapsChainHref(base, true, chainId).replace(/#.*$/, '') : base}#${anchor}`;
}

export interface GapsInput {
  lang: Lang;
  /** Links within the page's language: `url('chains', id)` → `/en/chains/<id>/`. */
  url: (...parts: string[]) => string;
  portal: Parameters<typeof portalWords>[0] & { as_of: string };
  /** Chains with gaps, in chain order (src/site/invest.ts `investGaps`). */
  chains: readonly ChainGapsView[];
  /** Policies in force that name no chain (listed once, on the gaps page). */
  general: readonly ContentEntry<PolicyFrontmatter>[];
  /** English twins of the policies, by id (src/site/twins.ts). */
  twins: ReadonlyMap<string, Twin>;
  parkById: ReadonlyMap<string, Pick<Park, 'name_zh' | 'short_name_zh' | 'name_en'>>;
  /** The site finder's link for a chain (`?chain=<id>`). */
  sitesHref: (chainId: string) => string;
  /** The policy finder's link for a chain. */
  policiesHref: (chainId: string) => string;
  /** Split by chain (`splitGaps`): decided by the caller over the whole list. */
  split: boolean;
}

/** Text and names in reading order: a string, or a name that may need its own lang (and link). */
export type Part = string | (NamedLabel & { href?: string | undefined });

export function gapsView(input: GapsInput) {
  const { lang, url, chains, split } = input;
  const t = translator(invest, lang);
  const ts = translator(investSplit, lang);
  const tl = translator(lists, lang);
  const num = numFor(lang);
  const i18n = { name: nameFor(lang) };
  const named = (x: { name_zh: string; name_en: string | null }) => namedLabel(i18n, x.name_zh, x.name_en);
  const parkName = (id: string): NamedLabel => {
    const p = input.parkById.get(id);
    return p ? namedLabel(i18n, p.short_name_zh ?? p.name_zh, p.name_en) : { label: id, lang: undefined };
  };
  const base = url('invest', 'gaps');
  const strengthWord = (s: 'missing' | 'weak' | 'strong') => t(`strength.${s}`);
  const region = portalWords(input.portal, lang).region;
  const all = chains.flatMap((c) => c.gaps.map((gap) => ({ chain: c.chain, gap })));
  const missing = all.filter((x) => x.gap.segment.strength === 'missing').length;
  const policy = (p: ContentEntry<PolicyFrontmatter>) => {
    const title = entryText(p.data, input.twins.get(p.id), lang).title;
    return { id: p.id, href: url('policies', p.id), title: title.text, lang: title.fallback ? ('zh-CN' as const) : undefined, kind: label(POLICY_KINDS, p.data.kind, lang) };
  };
  // Whom to talk to about a gap: the task force, else the lead unit, in English where the data has it.
  const talkTo = (chain: Chain) => {
    const n = chain.task_force_zh ? i18n.name(chain.task_force_zh, chain.task_force_en) : i18n.name(chain.lead_unit_zh, chain.lead_unit_en);
    return { name: n.text, nameLang: n.fallback ? ('zh' as const) : lang };
  };
  const neighbours = (chainId: string, ns: readonly Neighbour[]) =>
    ns.map((n) => ({
      href: `${url('chains', chainId)}#seg-${n.segment.id}`,
      name: named(n.segment),
      text: t(byCount('gaps.neighbour', n.firms.length), { strength: strengthWord(n.segment.strength), n: n.firms.length }),
    }));
  const gapOf = (c: ChainGapsView, g: GapView) => {
    const seg = named(g.segment);
    const ch = named(c.chain);
    // The name in the other language, when the data has both (an English page shows the Chinese one).
    const otherName = !g.segment.name_en ? undefined : lang === 'en' ? { text: g.segment.name_zh, lang: 'zh-CN' as const } : { text: g.segment.name_en, lang: 'en' as const };
    return {
      anchor: g.anchor,
      href: gapHref(base, split, c.chain.id, g.anchor),
      segmentId: g.segment.id,
      strength: g.segment.strength,
      segment: seg,
      otherName,
      badges: [strengthWord(g.segment.strength), label(CHAIN_STAGES, g.segment.stage, lang)],
      permalinkLabel: t('gaps.permalinkLabel', { chain: ch.label, segment: seg.label }),
      permalinkLang: ch.lang ?? seg.lang,
      note: g.segment.note_zh ? { zh: g.segment.note_zh, en: g.segment.note_en } : undefined,
      upstream: neighbours(c.chain.id, g.upstream),
      downstream: neighbours(c.chain.id, g.downstream),
      firms: g.firms.slice(0, GAP_FIRMS_SHOWN).map((f) => ({ firm: named(f), park: parkName(f.park_id), parkHref: url('parks', f.park_id) })),
      /** Firms beyond GAP_FIRMS_SHOWN, listed on the chain's page (its segment, `#seg-<id>`). */
      moreFirms: g.firms.length > GAP_FIRMS_SHOWN ? { text: ts('gaps.moreFirms', { n: num.number(g.firms.length - GAP_FIRMS_SHOWN, 0) }), href: `${url('chains', c.chain.id)}#seg-${g.segment.id}` } : undefined,
      talk: talkTo(c.chain),
      subject: t('subject.gap', { chain: ch.label, segment: seg.label }),
    };
  };
  const chainOf = (c: ChainGapsView) => {
    const ch = named(c.chain);
    const count = (s: 'missing' | 'weak') => c.gaps.filter((g) => g.segment.strength === s).length;
    return {
      chain: c.chain,
      id: c.chain.id,
      name: ch,
      href: gapsChainHref(base, split, c.chain.id),
      chainHref: url('chains', c.chain.id),
      missing: count('missing'),
      weak: count('weak'),
      heading: t('gaps.chain.h', { missing: count('missing'), weak: count('weak') }),
      parks: c.parks.map((p) => ({ href: url('parks', p.id), ...parkName(p.id) })),
      sites: { href: input.sitesHref(c.chain.id), text: t('gaps.sitesLink', { n: c.sites }) },
      policies: c.policies.map(policy),
      policiesHref: input.policiesHref(c.chain.id),
      subject: t('subject.gapChain', { chain: ch.label }),
      gaps: c.gaps.map((g) => gapOf(c, g)),
    };
  };
  const chainViews = chains.map(chainOf);
  return {
    split,
    base,
    region,
    description: t('gaps.description', { region }),
    intro: {
      text: t('gaps.intro', { chains: chains.length }),
      missing: t(byCount('gaps.intro.missing', missing), { n: missing }),
      weak: t(byCount('gaps.intro.weak', all.length - missing), { n: all.length - missing }),
      links: t('gaps.intro.links', { date: num.date(input.portal.as_of) }),
    },
    /** One row per gap, for the table and its filters. */
    rows: all.map(({ chain, gap }) => ({
      anchor: gap.anchor,
      href: gapHref(base, split, chain.id, gap.anchor),
      chainId: chain.id,
      segment: named(gap.segment),
      chain: named(chain),
      stage: gap.segment.stage,
      stageLabel: upperFirst(label(CHAIN_STAGES, gap.segment.stage, lang)),
      strength: gap.segment.strength,
      strengthLabel: upperFirst(strengthWord(gap.segment.strength)),
      firms: gap.firms.length,
      upstream: gap.upstream.map((n) => named(n.segment)),
      downstream: gap.downstream.map((n) => named(n.segment)),
    })),
    caption: t('gaps.caption', { n: all.length }),
    filters: {
      chains: chains.map((c) => ({ value: c.chain.id, ...named(c.chain) })),
      strengths: SEGMENT_STRENGTHS.filter((s) => s.value !== 'strong').map((s) => ({ value: s.value, label: s[lang] })),
      stages: CHAIN_STAGES.map((s) => ({ value: s.value, label: s[lang] })),
    },
    general: input.general.map(policy),
    /** Where the policies for every chain are listed (the gaps page), from a chain's section or page. */
    generalHref: split ? `${base}#general-policies` : '#general-policies',
    chains: chainViews,
    sep: tl('list.sep'),
  };
}

export type GapsView = ReturnType<typeof gapsView>;
export type GapsChainView = GapsView['chains'][number];
