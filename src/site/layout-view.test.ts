import { describe, expect, it } from 'vitest';
import { layoutView } from './layout-view.ts';
import { getSite } from './portal.ts';

// The bundled sample's portal.json (湘西州).
const portal = () => getSite().portal;

describe('layoutView(portal, lang, here, twin)', () => {
  it("layoutView(sample, 'zh', '/parks/', '/en/parks/'): the Chinese title, both addresses, a switch to English, an English sample line", () => {
    const v = layoutView(portal(), 'zh', '/parks/', '/en/parks/');
    expect(v.siteTitle).toBe('湘西州园区与产业链公开平台');
    expect(v.titleTail).toBe('湘西州园区与产业链公开平台');
    expect(v.alternates).toEqual({ zh: '/parks/', en: '/en/parks/' });
    expect(v.switchTo).toEqual({ lang: 'en', hint: ' (this page in English)' });
    expect(v.ogLocale).toBe('zh_CN');
    expect(v.sampleInEnglish).toBe('Sample data: the figures are invented for illustration, not official statistics.');
  });

  it("layoutView(sample, 'en', '/en/parks/', '/parks/'): titles end with the region's short name, the switch leads to Chinese, no extra sample line", () => {
    const v = layoutView(portal(), 'en', '/en/parks/', '/parks/');
    expect(v.siteTitle).toBe('Xiangxi Parks and Industrial Chains Portal');
    expect(v.titleTail).toBe('Xiangxi');
    expect(v.publisher).toBe('Xiangxi Parks and Industrial Chains Portal (sample)');
    expect(v.alternates).toEqual({ zh: '/parks/', en: '/en/parks/' });
    expect(v.switchTo).toEqual({ lang: 'zh-CN', hint: '（本页中文版）' });
    expect(v.ogLocale).toBe('en_GB');
    expect(v.sampleInEnglish).toBeNull();
  });
});
