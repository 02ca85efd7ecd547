/**
 * What the 招商项目库 pages show, derived once per build: each lead with its chain, park, the segment
 * it fills (and that gap's anchor on /invest/gaps/ when the segment is missing or weak), and the signed
 * project it became; lookups by gap and by chain for the gaps and chain pages.
 */
import type { Chain, ChainSegment, InvestmentLead, Park, Project } from '../lib/data/tables.ts';
import { GAP_STRENGTHS, gapAnchor } from '../lib/invest/gaps.ts';
import { leadsBySegment, leadTotals, segmentKey, sortLeads, type LeadTotals } from '../lib/invest/leads.ts';
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';

export interface LeadView {
  lead: InvestmentLead;
  chain: Chain;
  park: Park;
  segment: ChainSegment | undefined;
  /** The gap's anchor on /invest/gaps/ when the segment is missing or weak. */
  gap: string | undefined;
  project: Project | undefined;
}

export interface LeadViews {
  all: LeadView[];
  byId: Map<string, LeadView>;
  /** By `segmentKey(chain, segment)`. */
  bySegment: Map<string, LeadView[]>;
  byChain: Map<string, LeadView[]>;
  totals: LeadTotals;
}

let cached: LeadViews | undefined;

export function getLeads(): LeadViews {
  if (cached) return cached;
  const site = getSite();
  const ix = getIndexes();
  const projectById = new Map(site.tables.projects.map((p) => [p.id, p]));
  const chainOrder = new Map(site.chainsSorted.map((c, i) => [c.id, i]));
  const all = sortLeads(site.tables.investmentLeads, chainOrder).map((lead): LeadView => {
    const segment = lead.segment_id === null ? undefined : (ix.segmentsByChain.get(lead.chain_id) ?? []).find((s) => s.id === lead.segment_id);
    const isGap = segment !== undefined && (GAP_STRENGTHS as readonly string[]).includes(segment.strength);
    return {
      lead,
      chain: site.chainById.get(lead.chain_id)!,
      park: site.parkById.get(lead.park_id)!,
      segment,
      gap: isGap ? gapAnchor(lead.chain_id, segment.id) : undefined,
      project: lead.project_id === null ? undefined : projectById.get(lead.project_id),
    };
  });
  const byChain = new Map<string, LeadView[]>();
  for (const v of all) byChain.set(v.chain.id, [...(byChain.get(v.chain.id) ?? []), v]);
  cached = {
    all,
    byId: new Map(all.map((v) => [v.lead.id, v])),
    bySegment: leadsBySegment(all, (v) => v.lead),
    byChain,
    totals: leadTotals(site.tables.investmentLeads),
  };
  return cached;
}

/** The leads filling one segment of a chain, in list order. */
export function leadsForSegment(chainId: string, segmentId: string): LeadView[] {
  return getLeads().bySegment.get(segmentKey(chainId, segmentId)) ?? [];
}

/** Where a signed project is shown: its own page, /projects/<id>/. */
export function projectHref(url: (...parts: string[]) => string, projectId: string): string {
  return url('projects', projectId);
}
