import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site-url.ts';

describe('siteUrlWarning', () => {
  it('siteUrlWarning(undefined | "" | placeholder) names canonical URLs, sitemap, feeds and data package in both languages', () => {
    for (const site of [undefined, '', 'https://example.org', 'https://example.org/']) {
      const w = siteUrlWarning(site)!;
      expect(w).toContain('SITE is not set: canonical URLs, the sitemap, the feeds and the data package point at the placeholder https://example.org.');
      expect(w).toContain('未设置 SITE');
    }
  });
  it('siteUrlWarning("https://parks.example.gov.cn") → null', () => {
    expect(siteUrlWarning('https://parks.example.gov.cn')).toBeNull();
  });
});
