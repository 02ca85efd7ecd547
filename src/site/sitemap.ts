/**
 * Astro integration: after the build, write sitemap.xml listing every page with a last-modified date
 * taken from the data (an update's date, a policy's issue date, a ranking's release date, otherwise
 * the data's as-of date), never from the clock.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../lib/data/dataset.ts';
import { loadOnce } from './shared-load.ts';
import { escapeXml } from '../lib/format/rss.ts';

/** The date a page's content last changed, from the data. `path` is relative to the base, e.g. `updates/x/`. */
export function lastModified(path: string, d: Dataset): string {
  const [section, id] = path.replace(/^en\//, '').split('/');
  if (section === 'updates' && id) return d.content.updates.find((u) => u.id === id)?.data.date ?? d.portal.as_of;
  if (section === 'policies' && id) {
    const p = d.content.policies.find((x) => x.id === id)?.data;
    return p ? [p.issued_on, p.effective_from ?? ''].sort().pop()! : d.portal.as_of;
  }
  if (section === 'rankings' && id) {
    const r = d.tables.scoringReleases.find((x) => String(x.year) === id);
    return r?.published_on ?? r?.notice_from ?? d.portal.as_of;
  }
  return d.portal.as_of;
}

export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'portal-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const { dataset } = loadOnce();
        if (!dataset) return; // the data gate has already stopped the build
        const paths = pages.map((p) => p.pathname).filter((p) => !/^(en\/)?(404\/?|search)/.test(p)).sort();
        const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(base + p, site).href)}</loc><lastmod>${lastModified(p, dataset)}</lastmod></url>`);
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
        logger.info(`sitemap.xml: ${urls.length} pages.`);
      },
    },
  };
}
