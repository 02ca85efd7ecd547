/**
 * A catalogue column as a Frictionless Table Schema field that the reference validator
 * (frictionless-py 5) and the published profiles accept, with the same meaning as the data's rules:
 *
 * - A list cell (`a;b`) is a `string` whose `pattern` allows exactly the items and the `;` between
 *   them: the `list` type is not in Table Schema v1, frictionless-py 5 does not read it, and the
 *   v2.0 profile rejects it. The description says it is a list.
 * - "Greater than" becomes `minimum`, with the strict bound in the description: `exclusiveMinimum`
 *   is not a Table Schema constraint (frictionless-py 5 refuses it).
 *
 * Patterns use only what XML Schema, Python and JavaScript regular expressions share (plain groups,
 * no `(?:`), and are matched against the whole cell, as Table Schema says.
 */
import type { FieldType } from '../data/cells.ts';
import type { CatalogueField } from './catalogue.ts';

export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'year';
  title: string;
  description: string;
  format?: 'email' | 'uri';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern one item of a list must match. */
function itemPattern(field: FieldType): string {
  if (field.constraints?.enum) return `(${field.constraints.enum.map(escapeRegex).join('|')})`;
  if (field.itemType === 'integer') return '(-?[0-9]+)';
  if (field.itemType === 'number') return '(-?[0-9]+(\\.[0-9]+)?)';
  const d = escapeRegex(field.delimiter ?? ';');
  return `([^${d}]+)`;
}

/** `item(;item)*`: one or more items separated by the delimiter, none empty. */
export function listPattern(field: FieldType): string {
  const item = itemPattern(field);
  return `${item}(${escapeRegex(field.delimiter ?? ';')}${item})*`;
}

export function tableSchemaField(f: CatalogueField): TableSchemaField {
  const { field } = f;
  const notes: string[] = [];
  const c = field.constraints ?? {};
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (f.required) constraints.required = true;
  let type: TableSchemaField['type'];
  if (field.type === 'list') {
    type = 'string';
    constraints.pattern = listPattern(field);
    const items = c.enum ? `one of ${c.enum.join(', ')}` : field.itemType && field.itemType !== 'string' ? `${field.itemType}s` : 'text';
    notes.push(`a list: several values (${items}) separated by “${field.delimiter ?? ';'}”`);
  } else {
    type = field.type;
    if (c.enum) constraints.enum = c.enum;
    if (c.pattern) constraints.pattern = c.pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?:/g, '(');
    if (c.minimum !== undefined) constraints.minimum = c.minimum;
    if (c.exclusiveMinimum !== undefined) {
      constraints.minimum = Math.max(c.exclusiveMinimum, constraints.minimum ?? -Infinity);
      notes.push(`greater than ${c.exclusiveMinimum}`);
    }
    if (c.maximum !== undefined) constraints.maximum = c.maximum;
  }
  const description = [f.unit ? `${f.en} (${f.unit})` : f.en, ...notes].join('; ');
  return {
    name: f.name,
    type,
    title: f.zh,
    description,
    ...(field.format ? { format: field.format } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
