import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './catalogue.ts';
import { entryJson } from './files.ts';

const entry = (rows: CatalogueEntry['rows']): CatalogueEntry =>
  ({
    name: 'parks',
    titleZh: '园区',
    titleEn: 'Parks',
    descriptionZh: '',
    descriptionEn: '',
    kind: 'table',
    source: 'data/parks.csv',
    fields: [
      { name: 'id', field: { type: 'string' } },
      { name: 'area_mu', field: { type: 'number' } },
      { name: 'chain_ids', field: { type: 'list', delimiter: ';' } },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
    rows,
    lastChanged: '2026-01-01',
  }) as unknown as CatalogueEntry;

describe('entryJson', () => {
  it('writes name, titles and rows as objects, lists as arrays and blanks as null, one row a line', () => {
    const text = entryJson(entry([['a', 1500, 'x;y'], ['b', null, '']]));
    expect(JSON.parse(text)).toEqual({ name: 'parks', title: '园区', title_en: 'Parks', rows: [{ id: 'a', area_mu: 1500, chain_ids: ['x', 'y'] }, { id: 'b', area_mu: null, chain_ids: [] }] });
    expect(text.split('\n')).toEqual(['{"name":"parks","title":"园区","title_en":"Parks","rows":[', '{"id":"a","area_mu":1500,"chain_ids":["x","y"]},', '{"id":"b","area_mu":null,"chain_ids":[]}', ']}', '']);
  });

  it('writes an empty table as an empty list', () => {
    expect(JSON.parse(entryJson(entry([])))).toEqual({ name: 'parks', title: '园区', title_en: 'Parks', rows: [] });
  });
});
