import { describe, expect, it } from 'vitest';
import { parkTop } from './park-top.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const t = loadDataset(SAMPLE).dataset!.tables;
const park = t.parks.find((p) => p.id === 'jishou-hitech')!;
const county = t.counties.find((c) => c.id === park.county_id);

describe('parkTop(吉首高新区)', () => {
  const zh = parkTop({ park, county, lang: 'zh', summary: { zh: '中文摘要', en: 'English summary' } });
  const en = parkTop({ park, county, lang: 'en', summary: { zh: '中文摘要', en: 'English summary' } });

  it('names the park in the page’s language, the other language beneath, marked', () => {
    expect(zh.name).toEqual({ text: '吉首高新技术产业开发区' });
    expect(zh.otherName).toEqual({ text: 'Jishou Hi-tech Industrial Development Zone', lang: 'en' });
    expect(en.name).toEqual({ text: 'Jishou Hi-tech Industrial Development Zone' });
    expect(en.otherName).toEqual({ text: '吉首高新技术产业开发区', lang: 'zh-CN' });
    expect(en.summary).toBe('English summary');
  });

  it('areas read in 亩 with hectares in brackets: 480 ha approved = 7,200 亩（480 公顷）; 16,500 亩 planned = 1,100 ha', () => {
    // parks.csv: approved_area_ha 480, planned_area_mu 16500; 1 ha = 15 亩.
    expect(zh.facts[2]!.value.text).toBe('7,200 亩（480 公顷）');
    expect(zh.facts[3]!.value.text).toBe('16,500 亩（1,100 公顷）');
    expect(en.facts[3]!.value.text).toBe('16,500 mu (1,100 ha)');
  });

  it('the English contact office and address come from their _en columns', () => {
    expect(en.contact.office).toEqual({ text: park.contact_name_en });
    expect(en.contact.address.text).toMatch(/^1 Gaoxin Avenue/);
    expect(zh.contact.address).toEqual({ text: park.address_zh });
  });

  it('a field with no English is marked zh-CN on the English page', () => {
    const bare = parkTop({ park: { ...park, contact_name_en: null }, county, lang: 'en', summary: {} });
    expect(bare.contact.office).toEqual({ text: park.contact_name_zh, lang: 'zh-CN' });
    expect(bare.summary).toBeUndefined();
  });
});
