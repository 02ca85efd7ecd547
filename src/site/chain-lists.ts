/**
 * A chain's long lists on pages of their own (issue 19: no page above 300 KiB). A chain with more firms
 * or projects than its threshold keeps its segments, counts and charts on the chain page and lists the
 * firms at `/chains/<id>/firms/` and the projects at `/chains/<id>/projects/` (page n at `…/page/<n>/`,
 * every page linked from every other, src/site/paging.ts). Each segment on the chain page links the page
 * where its firms begin. Below the thresholds (the sample) the chain page lists everything as before and
 * these pages are not built.
 */
import { LIMITS, pageCount, type PageLimits } from './paging.ts';

export type ChainList = 'firms' | 'projects';

/** One firm of the chain's firm list, in the chain page's order: stage, segment, then firms without a segment. */
export interface ChainFirmRow<S, F> {
  segment: S | null;
  firm: F;
}

/** The firms of a chain in one list, segment by segment (stage order), then those without a segment. */
export function chainFirmRows<S, F>(groups: readonly { segments: readonly { segment: S; firms: readonly F[] }[] }[], unassigned: readonly F[]): ChainFirmRow<S, F>[] {
  const rows: ChainFirmRow<S, F>[] = [];
  for (const g of groups) for (const { segment, firms } of g.segments) for (const firm of firms) rows.push({ segment, firm });
  for (const firm of unassigned) rows.push({ segment: null, firm });
  return rows;
}

/** The page (from 1) of the firm list on which each segment's first firm stands; segments without firms are absent. */
export function segmentPages<S, F>(rows: readonly ChainFirmRow<S, F>[], key: (segment: S) => string, limits: PageLimits = LIMITS.chainFirms): Map<string, number> {
  const paged = pageCount(rows.length, limits) > 1;
  const pages = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.segment === null) return;
    const k = key(row.segment);
    if (!pages.has(k)) pages.set(k, paged ? Math.floor(i / limits.size) + 1 : 1);
  });
  return pages;
}

/** Whether a chain's list of `total` rows leaves the chain page for pages of its own. */
export function listOnOwnPages(list: ChainList, total: number): boolean {
  return pageCount(total, list === 'firms' ? LIMITS.chainFirms : LIMITS.chainProjects) > 1;
}

/**
 * Static paths of the chains' own list pages: for each chain whose list is paged, page 1 (`page`
 * undefined) and pages 2… (`page/<n>`). Chains at or below the threshold get none.
 */
export function chainListPaths<C extends { id: string }>(chains: readonly C[], list: ChainList, total: (chain: C) => number): { params: { id: string; page: string | undefined }; props: { chain: C; page: number } }[] {
  const limits = list === 'firms' ? LIMITS.chainFirms : LIMITS.chainProjects;
  return chains.flatMap((chain) => {
    const count = pageCount(total(chain), limits);
    if (count === 1) return [];
    return Array.from({ length: count }, (_, i) => ({ params: { id: chain.id, page: i === 0 ? undefined : `page/${i + 1}` }, props: { chain, page: i + 1 } }));
  });
}

/** A chain's projects as its page lists them: newest signing first, then by id. */
export function projectsNewestFirst<P extends { id: string; signed_on: string }>(projects: readonly P[]): P[] {
  return [...projects].sort((a, b) => (a.signed_on < b.signed_on ? 1 : a.signed_on > b.signed_on ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
