import { describe, expect, it } from 'vitest';
import { parkPolicies, REGION_POLICIES_LISTED } from './park-policies.ts';

const policy = (id: string, parks: string[] = [], counties: string[] = []) => ({ id, data: { parks, counties } });
const own = policy('own', ['p1']);
const county = policy('county', [], ['c1']);
const wide = (n: number) => Array.from({ length: n }, (_, i) => policy(`wide-${i}`));

describe('parkPolicies', () => {
  it('lists every policy, in the order given, while the region-wide ones are few', () => {
    const all = [own, ...wide(2), county];
    const r = parkPolicies(all, 2);
    expect(r.policies.map((p) => p.id)).toEqual(['own', 'wide-0', 'wide-1', 'county']);
    expect(r.regionWideNotListed).toBe(0);
  });

  it('above the limit, lists the park’s and county’s own and counts the region-wide ones', () => {
    const all = [...wide(3), own, county];
    const r = parkPolicies(all, 2);
    expect(r.policies.map((p) => p.id)).toEqual(['own', 'county']);
    expect(r.regionWideNotListed).toBe(3);
  });

  it('a policy naming a county or a park is never counted as region-wide', () => {
    const r = parkPolicies([policy('a', ['p1'], ['c1']), ...wide(REGION_POLICIES_LISTED + 1)]);
    expect(r.policies.map((p) => p.id)).toEqual(['a']);
    expect(r.regionWideNotListed).toBe(REGION_POLICIES_LISTED + 1);
  });
});
