import { describe, expect, it } from 'vitest';
import { documentSet } from './documents.ts';
import type { ChainDocument } from '../data/tables.ts';

const doc = (id: string, kind: ChainDocument['kind'], status: ChainDocument['status'], date: string | null = null, link: string | null = null): ChainDocument => ({
  chain_id: 'tea', id, kind, title_zh: id, title_en: null, date, status, link, note_zh: null, note_en: null,
});

describe('documentSet(documents)', () => {
  it('documentSet([]) has the four kinds, all missing', () => {
    const s = documentSet([]);
    expect(s.kinds.map((k) => k.kind)).toEqual(['map', 'database', 'pool', 'report']);
    expect(s.missing).toEqual(['map', 'database', 'pool', 'report']);
    expect(s.linked).toBe(0);
  });
  it('a kind with only a planned or in-preparation document is still missing; a prepared one fills it', () => {
    const s = documentSet([doc('a', 'pool', 'planned'), doc('b', 'report', 'in_progress'), doc('c', 'map', 'not_public'), doc('d', 'database', 'published', '2025-01-01', '/chains/tea/')]);
    expect(s.missing).toEqual(['pool', 'report']);
    expect(s.kinds.map((k) => k.existing)).toEqual([1, 1, 0, 0]);
    expect(s.linked).toBe(1);
  });
  it('orders a kind newest first, undated last, ties by id', () => {
    const s = documentSet([doc('z', 'map', 'published', null, '/a/'), doc('y', 'map', 'published', '2024-05-01', '/b/'), doc('x', 'map', 'published', '2025-02-01', '/c/'), doc('w', 'map', 'published', '2024-05-01', '/d/')]);
    expect(s.kinds[0]!.documents.map((d) => d.id)).toEqual(['x', 'w', 'y', 'z']);
  });
});
