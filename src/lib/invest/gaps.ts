/**
 * The 补链 shopping list: a chain's missing and weak segments, each with the segments right upstream
 * and downstream of it from the chain's links. Pure: segments and links in, gaps out.
 */
import type { ChainLink, ChainSegment } from '../data/tables.ts';

export const GAP_STRENGTHS = ['missing', 'weak'] as const satisfies readonly ChainSegment['strength'][];

export interface ChainGap {
  segment: ChainSegment;
  /** Segments with a link into this one (`from` → this), in the chain's segment order. */
  upstream: ChainSegment[];
  /** Segments this one links to (this → `to`), in the chain's segment order. */
  downstream: ChainSegment[];
}

/** The anchor id of a gap, stable as long as the two ids are: `gap-baijiu--packaging-glass`. Slugs never contain `--`, so it is unambiguous. */
export function gapAnchor(chainId: string, segmentId: string): string {
  return `gap-${chainId}--${segmentId}`;
}

/**
 * Every missing or weak segment of one chain, in the given segment order, with its direct neighbours.
 * A link naming a segment that is not in `segments` is ignored (the data check refuses such links).
 */
export function chainGaps(segments: readonly ChainSegment[], links: readonly Pick<ChainLink, 'from' | 'to'>[]): ChainGap[] {
  const order = new Map(segments.map((s, i) => [s.id, i]));
  const byId = new Map(segments.map((s) => [s.id, s]));
  const inOrder = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .map((id) => byId.get(id))
      .filter((s): s is ChainSegment => s !== undefined)
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return segments
    .filter((s) => (GAP_STRENGTHS as readonly string[]).includes(s.strength))
    .map((segment) => ({
      segment,
      upstream: inOrder(links.filter((l) => l.to === segment.id).map((l) => l.from)),
      downstream: inOrder(links.filter((l) => l.from === segment.id).map((l) => l.to)),
    }));
}
