import { describe, expect, it } from 'vitest';
import { chainGaps, gapAnchor } from './gaps.ts';
import type { ChainSegment } from '../data/tables.ts';

const seg = (id: string, strength: ChainSegment['strength'], order: number): ChainSegment => ({ chain_id: 'c', id, name_zh: id, name_en: null, stage: 'midstream', strength, order, note_zh: null, note_en: null });

describe('chainGaps(segments, links)', () => {
  const segments = [seg('ore', 'strong', 1), seg('alloy', 'weak', 2), seg('ingot', 'strong', 3), seg('parts', 'missing', 4), seg('cars', 'weak', 5)];
  const links = [
    { from: 'ingot', to: 'parts' },
    { from: 'ore', to: 'parts' },
    { from: 'parts', to: 'cars' },
    { from: 'ore', to: 'alloy' },
  ];
  it('chainGaps lists the missing and weak segments in segment order, strong ones left out', () => {
    expect(chainGaps(segments, links).map((g) => g.segment.id)).toEqual(['alloy', 'parts', 'cars']);
  });
  it('chainGaps gives each gap its direct upstream and downstream segments in segment order', () => {
    const parts = chainGaps(segments, links).find((g) => g.segment.id === 'parts')!;
    expect(parts.upstream.map((s) => s.id)).toEqual(['ore', 'ingot']);
    expect(parts.downstream.map((s) => s.id)).toEqual(['cars']);
  });
  it('chainGaps gives a gap with no links empty neighbour lists, and ignores links to unknown segments', () => {
    const g = chainGaps([seg('x', 'missing', 1)], [{ from: 'nowhere', to: 'x' }]);
    expect(g).toEqual([{ segment: seg('x', 'missing', 1), upstream: [], downstream: [] }]);
  });
  it('gapAnchor(chain, segment) is gap-<chain>--<segment>', () => {
    expect(gapAnchor('baijiu', 'packaging-glass')).toBe('gap-baijiu--packaging-glass');
  });
});
