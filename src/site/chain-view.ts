/**
 * What the chain pages show, derived once per build from the shared indexes: each chain's latest
 * year, its firms and chain leaders, its 补链 gaps and its segments grouped by stage. The list page
 * and every chain page read the same summaries, so the two never disagree.
 */
import { getSite } from '../../site/portal.ts';
import { getIndexes } from '../../site/indexes.ts';
import { CHAIN_STAGES, type ValueOf } from '../../lib/data/choices.ts';
import type { ContentEntry, PolicyFrontmatter } from '../../lib/data/content.ts';
import type { Chain, ChainIndicator, ChainSegment, Enterprise } from '../../lib/data/tables.ts';
import type { Translate } from '../../lib/i18n/dict.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { chains } from '../../lib/i18n/dict/chains.ts';

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
 * A firm's or project's park, briefly: the Chinese short name, or on English pages the English name
 * (there is no English short name); `fallback` when English has only the Chinese.
 */
export function parkLabel(parkId: string, lang: Lang): { text: string; fallback: boolean } {
  const p = getSite().parkById.get(parkId);
  if (!p) return { text: parkId, fallback: false };
  if (lang === 'en') return p.name_en ? { text: p.name_en, fallback: false } : { text: p.name_zh, fallback: true };
  return { text: p.short_name_zh ?? p.name_zh, fallback: false };
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
