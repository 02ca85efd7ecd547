import { describe, expect, it } from 'vitest';
import { datasetLd, parkLd, policyLd, region, withContext, type LdContext } from './structured-data.ts';
import { jsonForScript } from '../lib/format/json.ts';
import type { Portal } from '../lib/data/portal.ts';
import type { County, Park } from '../lib/data/tables.ts';
import type { CatalogueEntry } from '../lib/opendata/catalogue.ts';
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';

const portal = {
  region: { name_zh: '示例州', name_en: 'Example Prefecture', short_zh: '示例', short_en: 'Example', adcode: '999900' },
  title_zh: '示例平台', title_en: 'Example Portal', publisher_zh: '示例发布者', publisher_en: 'Example Publisher',
  as_of: '2026-10-31', sample_data: true, licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contact: { email: 'p@example.org', phone: '0000-1' },
} as unknown as Portal;
const ctx = (lang: 'zh' | 'en'): LdContext => ({
  lang, htmlLang: lang === 'en' ? 'en' : 'zh-CN', portal,
  abs: (p) => `https://example.org${p}`,
  url: (...parts) => `/${lang === 'en' ? 'en/' : ''}${parts.join('/')}${parts.length ? '/' : ''}`,
  file: (...parts) => `/${parts.join('/')}`,
});
const park = { id: 'north-park', name_zh: '北岭园区', name_en: 'North Park', county_id: 'north', lat: 28.5, lon: 109.7, address_zh: '北岭路1号', contact_phone: '0000-2', website: null } as unknown as Park;
const county = { id: 'north', name_zh: '北县', name_en: 'North County', adcode: '999901' } as unknown as County;

describe('parkLd(ctx, park, county, summary)', () => {
  it('parkLd(en) is a Place named in English with the Chinese name as alternateName, its coordinates, and its county inside the region', () => {
    expect(parkLd(ctx('en'), park, county, 'A park.')).toEqual({
      '@type': 'Place', name: 'North Park', alternateName: '北岭园区', description: 'A park.', url: 'https://example.org/en/parks/north-park/',
      geo: { '@type': 'GeoCoordinates', latitude: 28.5, longitude: 109.7 }, address: '北岭路1号', telephone: '0000-2',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'North County', alternateName: '北县', identifier: '999901', containedInPlace: region(ctx('en')) },
    });
  });
});

describe('policyLd(ctx, policy, text, status)', () => {
  const policy = { id: 'tax', file: 'content/policies/tax.mdx', data: { title: '税费办法', title_en: 'Tax rules', doc_number: '示发〔2024〕1号', issuer: '示例州人民政府', issued_on: '2024-03-01', effective_from: null, effective_to: '2025-12-31' } } as unknown as ContentEntry<PolicyFrontmatter>;
  it('maps the status to schema.org legal force: in_force → InForce, expired and not_yet → NotInForce', () => {
    expect(policyLd(ctx('zh'), policy, { title: '税费办法', summary: null }, 'in_force').legislationLegalForce).toBe('https://schema.org/InForce');
    expect(policyLd(ctx('zh'), policy, { title: '税费办法', summary: null }, 'expired').legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(policyLd(ctx('zh'), policy, { title: '税费办法', summary: null }, 'not_yet').legislationLegalForce).toBe('https://schema.org/NotInForce');
  });
  it('carries the 文号, the issue date, the expiry and the issuer; the English name keeps the Chinese as alternateName', () => {
    const ld = policyLd(ctx('en'), policy, { title: 'Tax rules', summary: 'Cuts.' }, 'in_force') as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Legislation', name: 'Tax rules', alternateName: '税费办法', legislationIdentifier: '示发〔2024〕1号', legislationDate: '2024-03-01', expires: '2025-12-31', legislationPassedBy: { '@type': 'GovernmentOrganization', name: '示例州人民政府' }, inLanguage: 'zh-CN' });
  });
});

describe('datasetLd(ctx, entry)', () => {
  const entry = { name: 'parks', titleZh: '园区', titleEn: 'Parks', descriptionZh: '园区表。', descriptionEn: 'The parks.', lastChanged: '2026-10-31', fields: [{ name: 'id', zh: '编号', en: 'Id' }] } as unknown as CatalogueEntry;
  it('covers the region as a Place (an AdministrativeArea), says it is sample data, and links CSV and JSON', () => {
    const ld = datasetLd(ctx('en'), entry) as unknown as Record<string, unknown>;
    expect(ld['spatialCoverage']).toEqual({ '@type': 'AdministrativeArea', name: 'Example Prefecture', alternateName: '示例州', identifier: '999900' });
    expect(ld['description']).toBe('The parks. (sample data, not official statistics)');
    expect(ld['distribution']).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/parks.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://example.org/data/parks.json' },
    ]);
  });
});

describe('serialisation', () => {
  it('jsonForScript(withContext(place named "</script><script>x")) cannot close the script element and reads back the same', () => {
    const ld = withContext(parkLd(ctx('zh'), { ...park, name_zh: '</script><script>alert(1)</script>' }, county, null));
    const text = jsonForScript(ld);
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text)).toEqual(ld);
    expect(ld['@context']).toBe('https://schema.org');
  });
});
