import { describe, expect, it } from 'vitest';
import { chainFirmRows, chainListPaths, listOnOwnPages, projectsNewestFirst, segmentPages } from './chain-lists.ts';
import { LIMITS } from './paging.ts';

const seg = (id: string) => ({ id });
const firms = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('chain firm list', () => {
  it('orders firms stage by stage, segment by segment, then those without a segment', () => {
    const groups = [
      { segments: [{ segment: seg('a'), firms: ['a1', 'a2'] }, { segment: seg('b'), firms: [] }] },
      { segments: [{ segment: seg('c'), firms: ['c1'] }] },
    ];
    const rows = chainFirmRows(groups, ['x1']);
    expect(rows.map((r) => [r.segment?.id ?? null, r.firm])).toEqual([['a', 'a1'], ['a', 'a2'], ['c', 'c1'], [null, 'x1']]);
  });

  it('names the page on which each segment begins once the list is paged', () => {
    // LIMITS.chainFirms: 150 a page above 200. Segment a holds 140 firms (page 1), b 30 (rows 141–170:
    // begins on page 1), c 100 (rows 171–270: page 2), d 90 (rows 271–360: page 2 too, row 271 ≤ 300).
    const groups = [{ segments: [['a', 140], ['b', 30], ['c', 100], ['d', 90], ['e', 0]].map(([id, n]) => ({ segment: seg(id as string), firms: firms(id as string, n as number) })) }];
    const rows = chainFirmRows(groups, firms('x', 50));
    expect(rows).toHaveLength(410);
    const pages = segmentPages(rows, (s) => s.id);
    expect(Object.fromEntries(pages)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    expect(pages.has('e')).toBe(false);
  });

  it('keeps every segment on page 1 when the list is not paged', () => {
    const groups = [{ segments: [{ segment: seg('a'), firms: firms('a', 190) }, { segment: seg('b'), firms: firms('b', 10) }] }];
    expect(Object.fromEntries(segmentPages(chainFirmRows(groups, []), (s) => s.id))).toEqual({ a: 1, b: 1 });
  });
});

describe('chain list pages', () => {
  it('leaves the chain page only above the threshold', () => {
    expect(LIMITS.chainFirms.threshold).toBe(200);
    expect(listOnOwnPages('firms', 200)).toBe(false);
    expect(listOnOwnPages('firms', 201)).toBe(true);
    expect(listOnOwnPages('projects', 150)).toBe(false);
    expect(listOnOwnPages('projects', 151)).toBe(true);
  });

  it('builds page 1 at the list address and pages 2… under page/<n>, only for long chains', () => {
    const chains = [{ id: 'small', n: 120 }, { id: 'long', n: 301 }];
    const paths = chainListPaths(chains, 'projects', (c) => c.n);
    // 301 projects at 100 a page: pages 1, 2, 3 and 4 (row 301 alone).
    expect(paths.map((p) => [p.params.id, p.params.page, p.props.page])).toEqual([
      ['long', undefined, 1],
      ['long', 'page/2', 2],
      ['long', 'page/3', 3],
      ['long', 'page/4', 4],
    ]);
  });

  it('lists projects newest signing first, ties by id', () => {
    const list = [
      { id: 'p2', signed_on: '2024-03-01' },
      { id: 'p1', signed_on: '2024-03-01' },
      { id: 'p3', signed_on: '2025-01-10' },
      { id: 'p0', signed_on: '2023-12-31' },
    ];
    expect(projectsNewestFirst(list).map((p) => p.id)).toEqual(['p3', 'p1', 'p2', 'p0']);
    expect(list[0]!.id).toBe('p2');
  });
});
