/**
 * The site's public address. Canonical URLs, the sitemap, the feeds and the data package are absolute
 * URLs built from SITE; without it they point at a placeholder, and a deployed site would send readers
 * and search engines there. The build says so loudly, at its start and again at its end.
 */
import type { AstroIntegration } from 'astro';

export const PLACEHOLDER_SITE = 'https://example.org';

/** The warning for an unset or placeholder SITE, in Chinese and English; null when SITE is a real address. */
export function siteUrlWarning(site: string | undefined): string | null {
  if (site && site.trim() !== '' && new URL(site).hostname !== new URL(PLACEHOLDER_SITE).hostname) return null;
  const bar = '!'.repeat(72);
  return [
    bar,
    `!! 未设置 SITE：规范网址（canonical）、站点地图、RSS 订阅和数据包里的网址都指向占位地址 ${PLACEHOLDER_SITE}。`,
    '!!   正式发布前请设置网站地址，例如：SITE=https://parks.example.gov.cn npm run build',
    `!! SITE is not set: canonical URLs, the sitemap, the feeds and the data package point at the placeholder ${PLACEHOLDER_SITE}.`,
    '!!   Set the site address before deploying, e.g. SITE=https://parks.example.gov.cn npm run build',
    bar,
  ].join('\n');
}

/** Astro integration: print the warning when the build starts and when it ends. */
export function siteUrlCheck(): AstroIntegration {
  const warning = siteUrlWarning(process.env['SITE']);
  return {
    name: 'portal-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (warning) logger.warn(`\n${warning}`);
      },
      'astro:build:done': ({ logger }) => {
        if (warning) logger.warn(`\n${warning}`);
      },
    },
  };
}
