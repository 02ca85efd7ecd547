/**
 * What the chain pages show, derived once per build from the shared indexes: each chain's latest
 * year, its firms and chain leaders, its 补链 gaps and its segments grouped by stage. The list page
 * and every chain page read the same summaries, so the two never disagree.
 */
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { CHAIN_STAGES, type ValueOf } from '../lib/data/choices.ts';
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';
import type { Chain, ChainIndicator, ChainSegment, Enterprise } from '../lib/data/tables.ts';
import { translator, type Translate } from '../lib/i18n/dict.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { chains } from '../lib/i18n/dict/chains.ts';
import { otherTitle, type OtherTitle } from '../lib/i18n/entry-text.ts';
import { chainMap } from '../charts/chain-map.ts';
import type { ChartOutput } from '../charts/core.ts';
import { nameFor } from './i18n.ts';

/** A key of the chain pages' dictionary. */
export type ChainKey = keyof (typeof chains)['zh'];

export type Stage = ValueOf<typeof CHAIN_STAGES>;

export interface ChainSummary {
  chain: Chain;
  /** The chain's latest reported year (its output may still be blank). */
  latest: ChainIndicator | undefined;
  /** The row for the year before `latest`, when there is one. */
  previous: ChainIndicator | undefined;
  /** latest ÷ previous − 1 for output; null when either is blank or the previous output is 0. */
  outputChange: number | null;
  /** Firms of the chain listed in the portal. */
  firms: number;
  /** Firms tagged 链主. */
  chainLeaders: number;
  segments: ChainSegment[];
  /** Segments with strength `missing`: the 补链 targets. */
  missing: ChainSegment[];
}

export interface SegmentWithFirms {
  segment: ChainSegment;
  firms: Enterprise[];
}

export interface StageGroup {
  stage: Stage;
  segments: SegmentWithFirms[];
}

let summaries: Map<string, ChainSummary> | undefined;

/** One summary per chain, in the chains' display order. */
export function chainSummaries(): Map<string, ChainSummary> {
  if (summaries) return summaries;
  const site = getSite();
  const ix = getIndexes();
  summaries = new Map(
    site.chainsSorted.map((chain) => {
      const years = ix.chainIndicatorsByChain.get(chain.id) ?? [];
      const latest = years.at(-1);
      const previous = latest ? years.find((y) => y.year === latest.year - 1) : undefined;
      const now = latest?.output_wan ?? null;
      const before = previous?.output_wan ?? null;
      const firms = ix.enterprisesByChain.get(chain.id) ?? [];
      const segments = ix.segmentsByChain.get(chain.id) ?? [];
      return [
        chain.id,
        {
          chain,
          latest,
          previous,
          outputChange: now !== null && before !== null && before > 0 ? now / before - 1 : null,
          firms: firms.length,
          chainLeaders: firms.filter((f) => f.tags.includes('chain_leader')).length,
          segments,
          missing: segments.filter((s) => s.strength === 'missing'),
        },
      ] as const;
    }),
  );
  return summaries;
}

export function chainSummary(chainId: string): ChainSummary {
  const s = chainSummaries().get(chainId);
  if (!s) throw new Error(`No chain ${chainId}`);
  return s;
}

/** The latest year any chain reports: the year the list page's bar chart compares. */
export function latestChainYear(): number | undefined {
  const years = [...chainSummaries().values()].flatMap((s) => (s.latest ? [s.latest.year] : []));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** A chain's segments with their firms, grouped 上游 → 中游 → 下游 (empty stages left out). */
export function stageGroups(chainId: string): StageGroup[] {
  const ix = getIndexes();
  const segments = ix.segmentsByChain.get(chainId) ?? [];
  return CHAIN_STAGES.map((c) => ({
    stage: c.value,
    segments: segments
      .filter((s) => s.stage === c.value)
      .map((segment) => ({ segment, firms: ix.enterprisesBySegment.get(`${chainId}|${segment.id}`) ?? [] })),
  })).filter((g) => g.segments.length > 0);
}

/** Firms of the chain whose segment is blank: listed apart so no firm goes missing from the page. */
export function firmsWithoutSegment(chainId: string): Enterprise[] {
  return getIndexes().enterprisesBySegment.get(`${chainId}|`) ?? [];
}

let policies: Map<string, ContentEntry<PolicyFrontmatter>> | undefined;

/** A policy by its id (the MDX file name), for the chain's 一项支持政策. */
export function policyById(id: string): ContentEntry<PolicyFrontmatter> | undefined {
  policies ??= new Map(getIndexes().policiesSorted.map((p) => [p.id, p]));
  return policies.get(id);
}

/**
 * A firm's or project's park, briefly: its short name in the page's language (吉首高新区, Jishou Hi-tech),
 * else its full name; `fallback` when an English page has only the Chinese.
 */
export function parkLabel(parkId: string, lang: Lang): { text: string; fallback: boolean } {
  const p = getSite().parkById.get(parkId);
  if (!p) return { text: parkId, fallback: false };
  return nameFor(lang)(p.short_name_zh ?? p.name_zh, p.short_name_en ?? p.name_en);
}

/** What a chain's page prints above its sections (src/pages/[...lang]/chains/[id].astro). */
export interface ChainPage {
  /** 白酒产业链 / Baijiu chain. */
  title: string;
  /** The chain's name alone, as the breadcrumb and the search filter give it. */
  name: { text: string; fallback: boolean };
  /** The title in the other language, small under the heading. */
  other: OtherTitle | null;
  /** The profile's one-line summary in this language, if it has one. */
  summary: string | undefined;
  /** The page's meta description: the summary, else a set sentence. */
  description: string;
  /** The map's caption tail: the 补链 gaps named, or "none". */
  gaps: string;
  /** The segment map, drawn 720 wide and 360 wide for phones. */
  map: ChartOutput;
  mapNarrow: ChartOutput;
  /** Investment projects on the chain. */
  projects: number;
}

/**
 * The chain page in one language. `summaries`: the profile's summary in each language (the Chinese
 * profile's front matter, the English twin's), as the page read them from the content collections.
 */
export function chainPageView(chain: Chain, lang: Lang, summaries: Partial<Record<Lang, string | null | undefined>>, mapHref: (segmentId: string) => string = (id) => `#seg-${id}`): ChainPage {
  const t = translator(chains, lang);
  const name = nameFor(lang);
  const chainName = name(chain.name_zh, chain.name_en);
  const s = chainSummary(chain.id);
  const summary = summaries[lang] ?? undefined;
  const mapData = {
    segments: stageGroups(chain.id).flatMap((g) =>
      g.segments.map(({ segment, firms }) => ({
        id: segment.id,
        label: name(segment.name_zh, segment.name_en).text,
        stage: segment.stage,
        strength: segment.strength,
        firms: firms.length,
        href: mapHref(segment.id),
      })),
    ),
    links: (getIndexes().linksByChain.get(chain.id) ?? []).map((l) => ({ from: l.from, to: l.to })),
  };
  const mapOptions = { title: t('map.title', { chain: chainName.text }), lang };
  return {
    title: t('chainName', { chain: chainName.text }),
    name: chainName,
    other: otherTitle(translator(chains, 'zh')('chainName', { chain: chain.name_zh }), chain.name_en, lang),
    summary,
    description: summary ?? t('page.description', { chain: chainName.text }),
    gaps: s.missing.length > 0 ? t('map.gaps', { n: s.missing.length, names: s.missing.map((m) => name(m.name_zh, m.name_en).text).join(t('listSep')) }) : t('map.noGaps'),
    map: chainMap(mapData, mapOptions),
    mapNarrow: chainMap(mapData, { ...mapOptions, width: 360 }),
    projects: getIndexes().projectsByChain.get(chain.id)?.length ?? 0,
  };
}

/** Keys with a singular twin (`key.one`), for English's "1 firm" against "2 firms". */
type CountKey = { [K in ChainKey]: `${K}.one` extends ChainKey ? K : never }[ChainKey];

/** A counted phrase: the `.one` form when n is 1 (the same text in Chinese). */
export function countText(t: Translate<ChainKey>, key: CountKey, n: number, params: Record<string, string | number> = {}): string {
  return t(n === 1 ? (`${key}.one` as ChainKey) : key, { n, ...params });
}

/** "较上年增长 10.3%" in words, so the direction never rests on colour or an arrow alone. */
export function changeText(change: number | null, format: (n: number) => string, t: Translate<ChainKey>): string {
  if (change === null) return t('change.none');
  if (Math.abs(change) < 0.0005) return t('change.flat');
  return t(change > 0 ? 'change.up' : 'change.down', { pct: format(Math.abs(change)) });
}
