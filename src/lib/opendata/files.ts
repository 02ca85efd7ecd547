/**
 * The published files of the catalogue: CSV (UTF-8 with BOM, so Excel reads the Chinese), JSON, and
 * a Frictionless Data Package (v2) describing every CSV with its schema, keys, size and hash, using only
 * what the reference validator (frictionless-py 5) and the published profiles accept (table-schema.ts).
 */
import { createHash } from 'node:crypto';
import type { Portal } from '../data/portal.ts';
import { toCsv, UTF8_BOM } from '../format/csv.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { tableSchemaField } from './table-schema.ts';

export function entryCsv(e: CatalogueEntry): string {
  return UTF8_BOM + toCsv(e.fields.map((f) => f.name), e.rows);
}

/**
 * Rows as objects; list fields become arrays, blanks null. One row a line, without indentation: the
 * indented form was a third larger for the same data (issue 19), and a line per row still reads and
 * diffs well.
 */
export function entryJson(e: CatalogueEntry): string {
  const objects = e.rows.map((row) =>
    Object.fromEntries(
      e.fields.map((f, i) => {
        const v = row[i] ?? null;
        if (f.field.type === 'list') return [f.name, v === null || v === '' ? [] : String(v).split(f.field.delimiter ?? ';')];
        return [f.name, v];
      }),
    ),
  );
  const head = JSON.stringify({ name: e.name, title: e.titleZh, title_en: e.titleEn });
  const rows = objects.length === 0 ? '' : `\n${objects.map((o) => JSON.stringify(o)).join(',\n')}\n`;
  return `${head.slice(0, -1)},"rows":[${rows}]}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The datapackage.json descriptor; resource paths are relative to it (it sits beside the CSVs). */
export function dataPackage(entries: readonly CatalogueEntry[], portal: Portal, siteUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `${portal.region.adcode}-parks-portal`,
    title: portal.title_zh,
    description: `${portal.title_en}. ${portal.sample_data ? 'SAMPLE DATA: figures are illustrative, not official statistics.' : ''}`.trim(),
    homepage: siteUrl,
    version: portal.as_of,
    created: `${portal.as_of}T00:00:00Z`,
    licenses: [{ name: portal.licence.name.toLowerCase().replace(/\s+/g, '-'), path: portal.licence.url, title: portal.licence.name }],
    contributors: [{ title: portal.publisher_zh, roles: ['publisher'], email: portal.contact.email }],
    resources: entries.map((e) => {
      const csv = entryCsv(e);
      return {
        name: e.name,
        type: 'table',
        path: `${e.name}.csv`,
        scheme: 'file',
        format: 'csv',
        mediatype: 'text/csv',
        // The files start with a byte-order mark (for Excel): Python's name for that encoding, which
        // frictionless-py reads; plain 'utf-8' would make the BOM part of the first column's name.
        encoding: 'utf-8-sig',
        bytes: byteLength(csv),
        hash: `sha256:${sha256(csv)}`,
        title: e.titleZh,
        description: e.descriptionEn,
        dialect: { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\n', header: true },
        schema: {
          fields: e.fields.map(tableSchemaField),
          missingValues: [''],
          primaryKey: e.primaryKey,
          ...(e.foreignKeys.length ? { foreignKeys: e.foreignKeys } : {}),
        },
      };
    }),
  };
}
