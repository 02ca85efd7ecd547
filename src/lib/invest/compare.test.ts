import { describe, expect, it } from 'vitest';
import { parksQuery, parseParksParam } from './compare.ts';

const known = ['a', 'b', 'c', 'd', 'e'];

describe('parseParksParam(value, known, max)', () => {
  it('parseParksParam("b,a") keeps the order given', () => {
    expect(parseParksParam('b,a', known)).toEqual(['b', 'a']);
  });
  it('parseParksParam drops unknown ids and repeats, and keeps at most four', () => {
    expect(parseParksParam('a,zz,a,b', known)).toEqual(['a', 'b']);
    expect(parseParksParam('a,b,c,d,e', known)).toEqual(['a', 'b', 'c', 'd']);
    expect(parseParksParam('a,b,c', known, 2)).toEqual(['a', 'b']);
  });
  it('parseParksParam accepts spaces, + and upper case, and gives [] for null or blank', () => {
    expect(parseParksParam(' A + c ,', known)).toEqual(['a', 'c']);
    expect(parseParksParam(null, known)).toEqual([]);
    expect(parseParksParam('', known)).toEqual([]);
  });
  it('parksQuery(ids) writes ?parks=a,b, and nothing for no ids', () => {
    expect(parksQuery(['a', 'b'])).toBe('?parks=a,b');
    expect(parksQuery([])).toBe('');
  });
});
