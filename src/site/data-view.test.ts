import { describe, expect, it } from 'vitest';
import { datasetHeading, dictionaryRows } from './data-view.ts';
import type { CatalogueField } from '../lib/opendata/catalogue.ts';

const entry = { titleZh: '园区', titleEn: 'Parks', descriptionZh: '每个园区一行。', descriptionEn: 'One row per park.' };
const fields: CatalogueField[] = [
  { name: 'level', zh: '级别', en: 'Level', required: true, field: { type: 'string' }, choices: [{ value: 'national', zh: '国家级', en: 'national' }, { value: 'provincial', zh: '省级', en: 'provincial' }] },
  { name: 'approved_area_ha', zh: '核准面积', en: 'Approved area', unit: '公顷', required: false, field: { type: 'number', constraints: { exclusiveMinimum: 0, maximum: 100000 } } },
  { name: 'contact_email', zh: '联系邮箱', en: 'Contact e-mail', required: false, field: { type: 'string', format: 'email' } },
] as CatalogueField[];

describe('datasetHeading(entry, lang)', () => {
  it('Chinese: the Chinese title and description, the English title beneath and the English description too', () => {
    expect(datasetHeading(entry, 'zh')).toEqual({ title: '园区', description: '每个园区一行。', other: { title: 'Parks', lang: 'en' }, otherDescription: { text: 'One row per park.', lang: 'en' } });
  });
  it('English: the English title and description, the Chinese title beneath marked zh-CN, no Chinese description', () => {
    expect(datasetHeading(entry, 'en')).toEqual({ title: 'Parks', description: 'One row per park.', other: { title: '园区', lang: 'zh-CN' }, otherDescription: undefined });
  });
});

describe('dictionaryRows(fields, lang)', () => {
  const zh = dictionaryRows(fields, 'zh');
  const en = dictionaryRows(fields, 'en');
  it('a coded column lists its values with their labels in the page’s language; required says so', () => {
    expect(zh[0]!.choices).toEqual([{ value: 'national', label: '国家级' }, { value: 'provincial', label: '省级' }]);
    expect([zh[0]!.required, en[0]!.required]).toEqual(['是', 'yes']);
    expect(en[0]!.other).toEqual({ text: '级别', lang: 'zh-CN' });
  });
  it('a number with bounds reads them in words (> 0, ≤ 100000), with its unit', () => {
    expect(zh[1]!.bounds).toBe('> 0，≤ 100000');
    expect(en[1]!.bounds).toBe('> 0, ≤ 100000');
    expect(zh[1]!.unit).toBe('公顷');
    expect(zh[1]!.choices).toBeUndefined();
  });
  it('an e-mail column names its format after the type', () => {
    expect(en[2]!.type).toBe('text (email)');
    expect(zh[2]!.description).toBe('联系邮箱');
    expect(zh[2]!.bounds).toBe('');
  });
});
