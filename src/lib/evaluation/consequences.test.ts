import { describe, expect, it } from 'vitest';
import { consequenceGroups } from './consequences.ts';

const row = (grade: 'A' | 'B' | 'C' | 'D', item: string, kind: 'reward' | 'support' | 'accountability') => ({ grade, item, kind, consequence_zh: item, consequence_en: null, policy_id: null });

describe('consequenceGroups(rows)', () => {
  it('groups by grade A to D and puts rewards, then support, then accountability, keeping file order within a kind', () => {
    const rows = [row('C', 'c-fix', 'accountability'), row('A', 'a-help', 'support'), row('A', 'a-land', 'reward'), row('A', 'a-fund', 'reward'), row('C', 'c-help', 'support')];
    expect(consequenceGroups(rows).map((g) => [g.grade, g.items.map((i) => i.item)])).toEqual([
      ['A', ['a-land', 'a-fund', 'a-help']],
      ['C', ['c-help', 'c-fix']],
    ]);
  });
  it('leaves out grades with no measure, and gives nothing for no rows', () => {
    expect(consequenceGroups([row('D', 'd', 'accountability')]).map((g) => g.grade)).toEqual(['D']);
    expect(consequenceGroups([])).toEqual([]);
  });
});
