import { describe, expect, it } from 'vitest';
import { isUnlisted, pathUnderBase } from './sitemap.ts';

describe('pathUnderBase(url, site, base)', () => {
  it('pathUnderBase("https://x.org/portal/en/parks/", "https://x.org", "/portal/") is "en/parks/"', () => {
    expect(pathUnderBase('https://x.org/portal/en/parks/', 'https://x.org', '/portal/')).toBe('en/parks/');
    expect(pathUnderBase('https://x.org/portal/', 'https://x.org', '/portal')).toBe('');
    expect(pathUnderBase('https://x.org/updates/a/', 'https://x.org', '/')).toBe('updates/a/');
  });
});

describe('isUnlisted(path)', () => {
  it('leaves out the search pages in both languages and the 404 page, nothing else', () => {
    for (const p of ['search/', 'en/search/', '404/', '404.html', 'en/404/']) expect(isUnlisted(p), p).toBe(true);
    for (const p of ['', 'en/', 'parks/', 'updates/search-tips/', 'data/404-codes/', 'parks/search/']) expect(isUnlisted(p), p).toBe(false);
  });
});
