import { describe, expect, it } from 'vitest';
import { listPattern, tableSchemaField } from './table-schema.ts';
import { fieldOf, id as slug, list, number, oneOf } from '../data/cells.ts';
import type { CatalogueField } from './catalogue.ts';

/** Table Schema matches a pattern against the whole cell. */
const whole = (pattern: string) => new RegExp(`^(${pattern})$`);
const column = (over: Partial<CatalogueField> & Pick<CatalogueField, 'field'>): CatalogueField => ({ name: 'c', zh: '列', en: 'Column', required: false, ...over });

describe('listPattern(field)', () => {
  it('listPattern(list of text) accepts one or more non-empty items separated by ";"', () => {
    const p = whole(listPattern(fieldOf(list(slug))));
    for (const ok of ['a', 'jishou-econ', 'jishou-econ;luxi-hitech', 'a;b;c']) expect(p.test(ok), ok).toBe(true);
    for (const bad of ['', ';', 'a;', ';a', 'a;;b']) expect(p.test(bad), bad).toBe(false);
  });

  it('listPattern(list of choices) accepts only the listed codes', () => {
    const field = fieldOf(list(oneOf([{ value: 'land', zh: '土地', en: 'Land' }, { value: 'factory', zh: '厂房', en: 'Factory' }])));
    const p = whole(listPattern(field));
    expect(listPattern(field)).toBe('(land|factory)(;(land|factory))*');
    for (const ok of ['land', 'factory;land']) expect(p.test(ok), ok).toBe(true);
    for (const bad of ['lan', 'land;', 'land;office', 'land,factory']) expect(p.test(bad), bad).toBe(false);
  });

  it('listPattern(list of numbers) accepts plain numbers only', () => {
    const p = whole(listPattern(fieldOf(list(number()))));
    for (const ok of ['1', '1.5;-2', '0;10;200']) expect(p.test(ok), ok).toBe(true);
    for (const bad of ['1,5', '1.;2', 'x']) expect(p.test(bad), bad).toBe(false);
  });
});

describe('tableSchemaField(column)', () => {
  it('a list column becomes a string with the list pattern, the list named in the description', () => {
    const f = tableSchemaField(column({ name: 'chain_ids', en: 'Chains', required: true, field: fieldOf(list(slug)) }));
    expect(f).toEqual({
      name: 'chain_ids',
      type: 'string',
      title: '列',
      description: 'Chains; a list: several values (text) separated by “;”',
      constraints: { required: true, pattern: '([^;]+)(;([^;]+))*' },
    });
  });

  it('"greater than 0" becomes minimum 0 with the strict bound in the description, never exclusiveMinimum', () => {
    const f = tableSchemaField(column({ name: 'area_mu', en: 'Land area', unit: '亩', field: fieldOf(number({ greaterThan: 0, unit: '亩' })) }));
    expect(f.type).toBe('number');
    expect(f.constraints).toEqual({ minimum: 0 });
    expect(f.description).toBe('Land area (亩); greater than 0');
    expect(JSON.stringify(f)).not.toContain('exclusive');
  });

  it('keeps minimum and maximum, enum, format; a slug pattern loses its anchors and (?: groups', () => {
    expect(tableSchemaField(column({ field: fieldOf(number({ min: 0, max: 1 })) })).constraints).toEqual({ minimum: 0, maximum: 1 });
    expect(tableSchemaField(column({ field: { type: 'string', constraints: { enum: ['a', 'b'] } } })).constraints).toEqual({ enum: ['a', 'b'] });
    expect(tableSchemaField(column({ field: { type: 'string', format: 'email' } })).format).toBe('email');
    const slugPattern = tableSchemaField(column({ field: fieldOf(slug) })).constraints!.pattern!;
    expect(slugPattern).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(whole(slugPattern).test('luxi-hitech')).toBe(true);
    expect(whole(slugPattern).test('Luxi_hitech')).toBe(false);
  });

  it('a column without rules has no constraints object', () => {
    expect(tableSchemaField(column({ field: { type: 'date' } }))).toEqual({ name: 'c', type: 'date', title: '列', description: 'Column' });
  });
});
