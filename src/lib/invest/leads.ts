/**
 * The 招商项目库: leads on offer to investors, in the order a reader wants them (still open first,
 * then in talks, then signed, then withdrawn; by chain within each), grouped by the gap they fill,
 * and the totals the list page states. Pure: rows in, views out.
 */
import type { InvestmentLead } from '../data/tables.ts';

/** Statuses in reading order: what an investor can still take up comes first. */
export const LEAD_STATUS_ORDER = ['open', 'in_talks', 'signed', 'withdrawn'] as const satisfies readonly InvestmentLead['status'][];

/** Leads still on offer: open, or in talks (not signed, not withdrawn). */
export function isOnOffer(lead: Pick<InvestmentLead, 'status'>): boolean {
  return lead.status === 'open' || lead.status === 'in_talks';
}

/** By status (LEAD_STATUS_ORDER), then the chain's display order (unknown chains last), then id. */
export function sortLeads<L extends Pick<InvestmentLead, 'id' | 'status' | 'chain_id'>>(leads: readonly L[], chainOrder: ReadonlyMap<string, number>): L[] {
  const rank = (s: InvestmentLead['status']) => LEAD_STATUS_ORDER.indexOf(s);
  const order = (c: string) => chainOrder.get(c) ?? Number.MAX_SAFE_INTEGER;
  return [...leads].sort((a, b) => rank(a.status) - rank(b.status) || order(a.chain_id) - order(b.chain_id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The key of a chain's segment, as the gap lookups use it: `baijiu|packaging-glass`. */
export function segmentKey(chainId: string, segmentId: string): string {
  return `${chainId}|${segmentId}`;
}

/**
 * Items by the segment their lead fills (`segmentKey`), keeping the given order; leads naming no
 * segment are left out. `leadOf` reads the lead from an item (the item itself for plain rows).
 */
export function leadsBySegment<T>(items: readonly T[], leadOf: (item: T) => Pick<InvestmentLead, 'chain_id' | 'segment_id'>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const l = leadOf(item);
    if (l.segment_id === null) continue;
    const k = segmentKey(l.chain_id, l.segment_id);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export interface LeadTotals {
  /** Leads still on offer (open or in talks). */
  onOffer: number;
  /** Their planned investment added up, 万元. */
  onOfferWan: number;
  signed: number;
  withdrawn: number;
}

export function leadTotals(leads: readonly Pick<InvestmentLead, 'status' | 'investment_wan'>[]): LeadTotals {
  const offer = leads.filter(isOnOffer);
  return {
    onOffer: offer.length,
    onOfferWan: offer.reduce((s, l) => s + l.investment_wan, 0),
    signed: leads.filter((l) => l.status === 'signed').length,
    withdrawn: leads.filter((l) => l.status === 'withdrawn').length,
  };
}
