import { describe, expect, it } from 'vitest';
import { contactsView, type ContactsInput } from './contacts-view.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const input = (lang: 'zh' | 'en'): ContactsInput => ({
  lang,
  portal: dataset!.portal,
  parks: t.parks.filter((p) => p.id === 'jishou-hitech'),
  chains: t.chains.filter((c) => c.id === 'baijiu'),
  countyById: new Map(t.counties.map((c) => [c.id, c])),
});
const zh = contactsView(input('zh'));
const en = contactsView(input('en'));

describe('contactsView(sample)', () => {
  it('吉首高新区: its county, a tel: link without the dash, and a mail subject naming the park in the page’s language', () => {
    const [p] = zh.parks;
    expect(p!.name).toEqual({ label: '吉首高新技术产业开发区', lang: undefined });
    expect(p!.county).toEqual({ label: '吉首市', lang: undefined });
    expect(p!.phone).toEqual({ text: '0743-8000101', href: 'tel:07438000101' });
    expect(p!.email!.text).toBe('jishou-hitech@example.org');
    expect(decodeURIComponent(p!.email!.href)).toBe('mailto:jishou-hitech@example.org?subject=投资咨询：吉首高新技术产业开发区');
    expect(decodeURIComponent(en.parks[0]!.email!.href)).toBe('mailto:jishou-hitech@example.org?subject=Investment enquiry: Jishou Hi-tech Industrial Development Zone');
  });

  it('the 白酒 chain’s task force phone and mail (chains.csv)', () => {
    const [c] = zh.chains;
    expect(c!.phone).toEqual({ text: '0743-8000201', href: 'tel:07438000201' });
    expect(c!.email!.text).toBe('chain-baijiu@example.org');
  });

  it('a park with no phone or e-mail gets neither link', () => {
    const bare = contactsView({ ...input('zh'), parks: [{ ...t.parks[0]!, contact_phone: null, contact_email: null }] });
    expect([bare.parks[0]!.phone, bare.parks[0]!.email]).toEqual([undefined, undefined]);
  });

  it('the portal’s own contact: publisher and subject from portal.json in the page’s language', () => {
    expect(zh.portal).toEqual({ name: '湘西州园区产业链公开平台（示例）', subject: '湘西州园区与产业链公开平台：数据咨询' });
    expect(en.portal).toEqual({ name: 'Xiangxi Parks and Industrial Chains Portal (sample)', subject: 'Xiangxi Parks and Industrial Chains Portal: data enquiry' });
    expect([zh.region, en.region]).toEqual(['湘西州', 'Xiangxi']);
  });
});
