import { describe, expect, it } from 'vitest';
import { rfc822, rssXml } from './rss.ts';

describe('rfc822(isoDate)', () => {
  it('writes the weekday and month in English at midnight China time', () => {
    expect(rfc822('2025-03-01')).toBe('Sat, 01 Mar 2025 00:00:00 +0800');
    expect(rfc822('2026-10-22')).toBe('Thu, 22 Oct 2026 00:00:00 +0800');
  });
});

describe('rssXml(feed)', () => {
  it('escapes every text and dates the channel by its newest item', () => {
    const xml = rssXml({
      title: 'A & B',
      link: 'https://example.org/',
      self: 'https://example.org/feeds/x.xml',
      description: '<script>"x"</script>',
      language: 'zh-CN',
      items: [
        { title: '一 </title>', link: 'https://example.org/a/?x=1&y=2', date: '2025-01-02', description: 'd', categories: ['<c>'] },
        { title: '二', link: 'https://example.org/b/', date: '2025-03-01', description: 'e' },
      ],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<description>&lt;script&gt;&quot;x&quot;&lt;/script&gt;</description>');
    expect(xml).toContain('<title>一 &lt;/title&gt;</title>');
    expect(xml).toContain('<link>https://example.org/a/?x=1&amp;y=2</link>');
    expect(xml).toContain('<category>&lt;c&gt;</category>');
    expect(xml).toContain('<lastBuildDate>Sat, 01 Mar 2025 00:00:00 +0800</lastBuildDate>');
    expect(xml).not.toContain('<script>');
  });
});
