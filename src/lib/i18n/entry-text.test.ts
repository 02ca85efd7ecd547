import { describe, expect, it } from 'vitest';
import { entryText, otherTitle } from './entry-text.ts';

const original = { title: '政策', title_en: 'Policy', summary: '摘要', benefits: ['一', '二'] };

describe('entryText(original, twin, lang)', () => {
  it("entryText(original, undefined, 'zh') is the original, nothing flagged", () => {
    expect(entryText(original, { title: 'Twin' }, 'zh')).toEqual({ title: { text: '政策', fallback: false }, summary: { text: '摘要', fallback: false }, benefits: { items: ['一', '二'], fallback: false } });
  });
  it("entryText(original, twin, 'en') takes the twin's title, summary and benefits first", () => {
    expect(entryText(original, { title: 'Twin', summary: 'Sum', benefits: ['one'] }, 'en')).toEqual({ title: { text: 'Twin', fallback: false }, summary: { text: 'Sum', fallback: false }, benefits: { items: ['one'], fallback: false } });
  });
  it("entryText(original, undefined, 'en') takes title_en, and flags the Chinese summary and benefits", () => {
    expect(entryText(original, undefined, 'en')).toEqual({ title: { text: 'Policy', fallback: false }, summary: { text: '摘要', fallback: true }, benefits: { items: ['一', '二'], fallback: true } });
  });
  it("entryText(no title_en, no summary, no benefits, 'en') flags the Chinese title; summary null; benefits empty and not flagged", () => {
    expect(entryText({ title: '动态', summary: null }, { summary: null, benefits: [] }, 'en')).toEqual({ title: { text: '动态', fallback: true }, summary: null, benefits: { items: [], fallback: false } });
  });
});

describe('otherTitle(zh, en, lang)', () => {
  it("otherTitle('白酒产业链', 'Baijiu chain', 'zh') is the English title, lang en", () => {
    expect(otherTitle('白酒产业链', 'Baijiu chain', 'zh')).toEqual({ text: 'Baijiu chain', lang: 'en' });
  });
  it("otherTitle('白酒产业链', 'Baijiu chain', 'en') is the Chinese title, lang zh-CN", () => {
    expect(otherTitle('白酒产业链', 'Baijiu chain', 'en')).toEqual({ text: '白酒产业链', lang: 'zh-CN' });
  });
  it('otherTitle(zh, no English, either language) is null: nothing to add, or the Chinese is already the title', () => {
    expect(otherTitle('茶叶产业链', null, 'zh')).toBeNull();
    expect(otherTitle('茶叶产业链', undefined, 'en')).toBeNull();
    expect(otherTitle('茶叶产业链', '', 'en')).toBeNull();
  });
});
