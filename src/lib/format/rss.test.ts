import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { chinaMidnight, feedText, rssOptions, type Feed } from './rss.ts';

describe('chinaMidnight(isoDate)', () => {
  it('chinaMidnight("2025-03-01") is the start of that day in China, 16:00 UTC the day before', () => {
    expect(chinaMidnight('2025-03-01').toISOString()).toBe('2025-02-28T16:00:00.000Z');
    expect(chinaMidnight('2026-10-22').toUTCString()).toBe('Wed, 21 Oct 2026 16:00:00 GMT');
  });
});

const feed: Feed = {
  title: 'A & B',
  link: 'https://example.org/updates/',
  self: 'https://example.org/feeds/x.xml?a=1&b=2',
  description: '<script>"x"</script>',
  language: 'zh-CN',
  items: [
    { title: '一 </title>', link: 'https://example.org/a/?x=1&y=2', date: '2025-01-02', description: 'd\u0007', categories: ['<c>'] },
    { title: '二', link: 'https://example.org/b/', date: '2025-03-01', description: 'e' },
  ],
};

describe('rssOptions(feed) through @astrojs/rss', () => {
  it('escapes every text, names the language and its own address, and dates the channel by its newest item', async () => {
    const xml = await getRssString(rssOptions(feed));
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<description>&lt;script&gt;&quot;x&quot;&lt;/script&gt;</description>');
    expect(xml).toContain('<title>一 &lt;/title&gt;</title>');
    expect(xml).toContain('<link>https://example.org/a/?x=1&amp;y=2</link>');
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/a/?x=1&amp;y=2</guid>');
    expect(xml).toContain('<category>&lt;c&gt;</category>');
    expect(xml).toContain('<language>zh-CN</language>');
    expect(xml).toContain('<atom:link href="https://example.org/feeds/x.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<lastBuildDate>Fri, 28 Feb 2025 16:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<pubDate>Wed, 01 Jan 2025 16:00:00 GMT</pubDate>');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
  });

  it('a feed with no items has no lastBuildDate', async () => {
    const xml = await getRssString(rssOptions({ ...feed, items: [] }));
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).not.toContain('<item>');
  });
});

describe('feedText(text, lang, untranslated)', () => {
  const untranslated = { title: 'Policy (tax relief) of 1 March 2025: no English version yet', description: 'In Chinese only.', summary: 'No English summary yet.' };
  const zhText = { title: { text: '税费减免办法', fallback: false }, summary: { text: '减免税费。', fallback: false } };

  it('feedText(Chinese entry, zh) keeps the original title and summary; no summary → the title', () => {
    expect(feedText(zhText, 'zh', untranslated)).toEqual({ title: '税费减免办法', description: '减免税费。' });
    expect(feedText({ ...zhText, summary: null }, 'zh', untranslated)).toEqual({ title: '税费减免办法', description: '税费减免办法' });
  });

  it('feedText(entry with English title and summary, en) takes the English', () => {
    expect(feedText({ title: { text: 'Tax relief', fallback: false }, summary: { text: 'Taxes cut.', fallback: false } }, 'en', untranslated)).toEqual({ title: 'Tax relief', description: 'Taxes cut.' });
  });

  it('feedText(entry with English title, Chinese summary only, en) says there is no English summary', () => {
    expect(feedText({ title: { text: 'Tax relief', fallback: false }, summary: { text: '减免税费。', fallback: true } }, 'en', untranslated)).toEqual({ title: 'Tax relief', description: 'No English summary yet.' });
  });

  it('feedText(entry with no English at all, en) says so in English and carries no Chinese', () => {
    const r = feedText({ title: { text: '税费减免办法', fallback: true }, summary: { text: '减免税费。', fallback: true } }, 'en', untranslated);
    expect(r).toEqual({ title: untranslated.title, description: untranslated.description });
    expect(JSON.stringify(r)).not.toMatch(/\p{Script=Han}/u);
  });
});
