import { describe, expect, it } from 'vitest';
import { LIMITS, pageCount, pageHref, pagePaths, paginate, ratesOnOwnPages } from './paging.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const limits = { size: 10, threshold: 15 };

describe('paging long lists', () => {
  it('keeps a list at or below its threshold as one page with every row', () => {
    expect(pageCount(15, limits)).toBe(1);
    const p = paginate(rows(15), undefined, limits);
    expect(p).toEqual({ rows: rows(15), number: 1, count: 1, total: 15, from: 1, to: 15 });
    expect(pagePaths(15, limits)).toEqual([]);
  });
  it('cuts a list above its threshold into pages of `size`, the last one shorter', () => {
    // 23 rows in tens: 1–10, 11–20, 21–23.
    expect(pageCount(23, limits)).toBe(3);
    expect(paginate(rows(23), 1, limits)).toMatchObject({ rows: rows(10), number: 1, count: 3, from: 1, to: 10 });
    expect(paginate(rows(23), 3, limits)).toMatchObject({ rows: [21, 22, 23], number: 3, from: 21, to: 23, total: 23 });
  });
  it('every row is on exactly one page', () => {
    const all = Array.from({ length: pageCount(57, limits) }, (_, i) => paginate(rows(57), i + 1, limits).rows).flat();
    expect(all).toEqual(rows(57));
  });
  it('clamps a page number outside the list', () => {
    expect(paginate(rows(23), 9, limits).number).toBe(3);
    expect(paginate(rows(23), 0, limits).number).toBe(1);
  });
  it('links page 1 at the list itself and page n under page/n/; paths for pages 2…', () => {
    expect(pageHref('/projects/', 1)).toBe('/projects/');
    expect(pageHref('/en/projects/', 3)).toBe('/en/projects/page/3/');
    expect(pagePaths(23, limits)).toEqual([{ params: { n: '2' }, props: { page: 2 } }, { params: { n: '3' }, props: { page: 3 } }]);
  });
  it('never pages the sample region (10 parks, 76 projects, 13 policies, 14 updates)', () => {
    expect([pageCount(10, LIMITS.parks), pageCount(10, LIMITS.rankings), pageCount(76, LIMITS.projects), pageCount(13, LIMITS.policies), pageCount(14, LIMITS.updates)]).toEqual([1, 1, 1, 1, 1]);
    // 4 signing years × (10 chains + 8 counties) = 72 group rows stay on the projects page.
    expect(ratesOnOwnPages(4, 18)).toBe(false);
    // A province: 5 years × (30 chains + 15 counties) = 225.
    expect(ratesOnOwnPages(5, 45)).toBe(true);
  });
});
