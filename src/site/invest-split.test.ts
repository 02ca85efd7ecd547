import { describe, expect, it } from 'vitest';
import { countyCounts, countyHref, finderParkAnchor, finderParkHref, splitByCounty, SPLIT_THRESHOLD } from './invest-split.ts';

describe('investor finders split by county', () => {
  it('splits only above the threshold (the sample, 28 sites and a few parks, stays one page)', () => {
    expect(SPLIT_THRESHOLD.sites).toBe(150);
    expect(splitByCounty('sites', 150)).toBe(false);
    expect(splitByCounty('sites', 151)).toBe(true);
    expect(splitByCounty('infrastructure', 100)).toBe(false);
    expect(splitByCounty('infrastructure', 101)).toBe(true);
  });

  it('counts rows per county in the counties’ order and leaves out counties without rows', () => {
    const counties = [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }];
    expect(countyCounts(counties, ['c3', 'c1', 'c3', 'c3']).map(({ county, n }) => [county.id, n])).toEqual([['c1', 1], ['c3', 3]]);
  });

  it('sends a park’s link to its county’s page when split, keeping ?park= for the filter script', () => {
    const park = { id: 'park-0007', county_id: '433101' };
    expect(finderParkHref('/en/invest/sites/', false, park)).toBe('/en/invest/sites/?park=park-0007');
    expect(finderParkHref('/en/invest/sites/', true, park)).toBe('/en/invest/sites/county/433101/?park=park-0007');
    expect(finderParkAnchor('/invest/infrastructure/', false, park)).toBe('/invest/infrastructure/#park-park-0007');
    expect(finderParkAnchor('/invest/infrastructure/', true, park)).toBe('/invest/infrastructure/county/433101/#park-park-0007');
    expect(countyHref('/invest/sites/', 'a b')).toBe('/invest/sites/county/a%20b/');
  });
});
