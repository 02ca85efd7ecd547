import { describe, expect, it } from 'vitest';
import { nameFor, portalWords } from './i18n.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { join } from 'node:path';
import { MINI } from '../../tests/helpers/fixture.ts';

describe('portalWords(portal, lang) and nameFor(lang)', () => {
  it('the second region (tests/fixtures/mini-region) reads as its own place in both languages', () => {
    const portal = loadDataset({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') }).dataset!.portal;
    const zh = portalWords(portal, 'zh');
    const en = portalWords(portal, 'en');
    expect([zh.region, zh.title, zh.publisher]).toEqual([portal.region.short_zh, portal.title_zh, portal.publisher_zh]);
    expect([en.region, en.title, en.publisher]).toEqual([portal.region.short_en, portal.title_en, portal.publisher_en]);
    expect([zh.regionName, en.regionName]).toEqual([portal.region.name_zh, portal.region.name_en]);
    expect(zh.region).not.toMatch(/湘西/);
    expect([zh.titleTail, en.titleTail]).toEqual([portal.title_zh, portal.region.short_en]);
  });
  it("nameFor('en') falls back to Chinese and flags it; nameFor('zh') never flags", () => {
    expect(nameFor('en')('吉首', 'Jishou')).toEqual({ text: 'Jishou', fallback: false });
    expect(nameFor('en')('吉首', null)).toEqual({ text: '吉首', fallback: true });
    expect(nameFor('zh')('吉首', 'Jishou')).toEqual({ text: '吉首', fallback: false });
  });
});
