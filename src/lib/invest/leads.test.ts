import { describe, expect, it } from 'vitest';
import { isOnOffer, leadsBySegment, leadTotals, segmentKey, sortLeads } from './leads.ts';

const lead = (id: string, status: 'open' | 'in_talks' | 'signed' | 'withdrawn', chain_id: string, segment_id: string | null = null, investment_wan = 0) => ({ id, status, chain_id, segment_id, investment_wan });

describe('sortLeads(leads, chainOrder)', () => {
  it('puts open before in talks before signed before withdrawn, then by chain order, then by id', () => {
    const order = new Map([['tea', 1], ['wine', 2]]);
    const leads = [lead('a', 'signed', 'tea'), lead('b', 'open', 'wine'), lead('c', 'withdrawn', 'tea'), lead('e', 'open', 'tea'), lead('d', 'open', 'tea'), lead('f', 'in_talks', 'tea')];
    expect(sortLeads(leads, order).map((l) => l.id)).toEqual(['d', 'e', 'b', 'f', 'a', 'c']);
  });
  it('puts a chain missing from the order after every known chain', () => {
    expect(sortLeads([lead('x', 'open', 'unknown'), lead('y', 'open', 'tea')], new Map([['tea', 5]])).map((l) => l.id)).toEqual(['y', 'x']);
  });
});

describe('leadsBySegment(items, leadOf)', () => {
  it('groups by chain and segment, keeps order and leaves out leads without a segment', () => {
    const m = leadsBySegment([lead('a', 'open', 'tea', 'pack'), lead('b', 'open', 'tea', null), lead('c', 'signed', 'tea', 'pack'), lead('d', 'open', 'wine', 'pack')], (l) => l);
    expect([...m.keys()]).toEqual(['tea|pack', 'wine|pack']);
    expect(m.get(segmentKey('tea', 'pack'))!.map((l) => l.id)).toEqual(['a', 'c']);
  });
});

describe('leadTotals(leads)', () => {
  it('counts open and in-talks leads as on offer and adds up their investment only', () => {
    // on offer: 30000 (open) + 12000.5 (in talks) = 42000.5; the signed 66000 and withdrawn 5000 are not added
    expect(leadTotals([lead('a', 'open', 't', null, 30000), lead('b', 'in_talks', 't', null, 12000.5), lead('c', 'signed', 't', null, 66000), lead('d', 'withdrawn', 't', null, 5000)])).toEqual({ onOffer: 2, onOfferWan: 42000.5, signed: 1, withdrawn: 1 });
  });
  it('is all zero for no leads', () => {
    expect(leadTotals([])).toEqual({ onOffer: 0, onOfferWan: 0, signed: 0, withdrawn: 0 });
  });
  it('isOnOffer is true for open and in_talks only', () => {
    expect((['open', 'in_talks', 'signed', 'withdrawn'] as const).map((status) => isOnOffer({ status }))).toEqual([true, true, false, false]);
  });
});
