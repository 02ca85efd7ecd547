/**
 * The open data: every table and derived dataset downloadable, and a Frictionless Data Package whose
 * every resource reads back with the declared size, hash, columns, types, keys and references.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { TABLES } from '../src/lib/data/tables.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;

interface Field { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number; pattern?: string } }
interface Resource { name: string; path: string; bytes: number; hash: string; schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }

const pkg = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')) as { $schema: string; resources: Resource[]; licenses: { path: string }[] };
const read = (r: Resource) => {
  const bytes = readFileSync(join(dist, 'data', r.path));
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' });
  return { bytes, header: parsed.data[0]!, rows: parsed.data.slice(1) };
};

/** A Table Schema value check for one cell: blank is a missing value. */
function cellOk(f: Field, v: string): boolean {
  if (v === '') return !f.constraints?.required;
  const c = f.constraints ?? {};
  const num = (x: number) => (c.minimum === undefined || x >= c.minimum) && (c.maximum === undefined || x <= c.maximum);
  switch (f.type) {
    case 'integer':
      return /^-?\d+$/.test(v) && num(Number(v));
    case 'number':
      return /^-?\d+(\.\d+)?(e-?\d+)?$/.test(v) && num(Number(v));
    case 'year':
      return /^\d{4}$/.test(v) && num(Number(v));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
    default:
      return (!c.enum || c.enum.includes(v)) && (!c.pattern || new RegExp(`^(?:${c.pattern})$`).test(v));
  }
}

describe('/data/', () => {
  const html = readPage(dist, 'data/index.html');
  it('lists every table and derived dataset, each with a CSV and a JSON download that exist', () => {
    const files = new Set(listFiles(dist));
    for (const r of pkg.resources) {
      expect(html, r.name).toContain(`href="/data/${r.name}.csv"`);
      expect(files).toContain(`data/${r.name}.csv`);
      expect(files).toContain(`data/${r.name}.json`);
      expect(files).toContain(`data/${r.name}/index.html`);
    }
    // Every table, every published year, the rates and five-good results, each sealed table a correction
    // replaced, and the monthly dispatch's rates when there is monthly progress.
    expect(pkg.resources.length).toBe(Object.keys(TABLES).length + dataset.tables.scoringReleases.filter((r) => r.status !== 'draft').length + 2 + dataset.tables.scoringCorrections.length + (dataset.tables.projectProgress.length > 0 ? 1 : 0));
  });
  it('carries schema.org Dataset JSON-LD for every dataset', () => {
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld['@type']).toBe('DataCatalog');
    expect(ld.dataset).toHaveLength(pkg.resources.length);
    expect(ld.dataset[0].distribution[0].contentUrl).toMatch(/^https?:\/\/.+\.csv$/);
  });
  it('each CSV starts with a UTF-8 BOM so Excel reads the Chinese', () => {
    for (const r of pkg.resources) expect([...readFileSync(join(dist, 'data', r.path)).subarray(0, 3)], r.name).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('JSON holds the same rows as the CSV', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data', 'parks.json'), 'utf8'));
    expect(json.rows).toHaveLength(dataset.tables.parks.length);
    expect(json.rows[0].chain_ids).toEqual(dataset.tables.parks[0]!.chain_ids);
  });
});

describe('datapackage.json', () => {
  it('is a v2 descriptor with a licence', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.licenses[0]!.path).toBe(dataset.portal.licence.url);
  });

  for (const r of pkg.resources) {
    it(`${r.name}: bytes and sha256 match; header, types, required and enums, primary key and foreign keys hold`, () => {
      const { bytes, header, rows } = read(r);
      expect(bytes.length).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(r.hash);
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      for (const [i, row] of rows.entries()) {
        expect(row.length, `${r.name} row ${i + 2}`).toBe(header.length);
        r.schema.fields.forEach((f, j) => expect(cellOk(f, row[j]!), `${r.name} row ${i + 2} ${f.name}="${row[j]}"`).toBe(true));
      }
      const keyOf = (row: string[], fields: string[], head = header) => fields.map((f) => row[head.indexOf(f)]).join('\u0000');
      const keys = rows.map((row) => keyOf(row, r.schema.primaryKey));
      expect(new Set(keys).size, `${r.name} primary key unique`).toBe(keys.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((x) => x.name === fk.reference.resource)!;
        const t = read(target);
        const targetKeys = new Set(t.rows.map((row) => keyOf(row, fk.reference.fields, t.header).replace(/\u0000/g, '|')));
        for (const row of rows) {
          const values = fk.fields.map((f) => row[header.indexOf(f)]);
          if (values.some((v) => v === '')) continue;
          expect(targetKeys.has(values.join('|')), `${r.name} ${fk.fields.join('+')}=${values.join('+')} → ${fk.reference.resource}`).toBe(true);
        }
      }
    });
  }
});
