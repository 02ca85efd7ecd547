/**
 * The sitemap, written by `@astrojs/sitemap` (sitemap-index.xml and sitemap-0.xml…): every page
 * except the search pages (marked noindex) and the 404 page, each with a last-modified date taken
 * from the data (an update's date, a policy's issue date, a ranking's release date, otherwise the
 * data's as-of date), never from the clock.
 */
import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Dataset } from '../lib/data/dataset.ts';
import { loadOnce } from './shared-load.ts';

/** Each section's dates by id, gathered once per dataset: the sitemap asks for every one of its pages. */
interface Dates {
  updates: Map<string, string>;
  policies: Map<string, string>;
  rankings: Map<string, string>;
}
const datesOf = new WeakMap<Dataset, Dates>();

function firstById<T>(rows: readonly T[], id: (r: T) => string, date: (r: T) => string): Map<string, string> {
  const m = new Map<string, string>();
  // The first row with an id wins, as a find() over the rows would.
  for (const r of rows) if (!m.has(id(r))) m.set(id(r), date(r));
  return m;
}

function dates(d: Dataset): Dates {
  let x = datesOf.get(d);
  if (!x) {
    x = {
      updates: firstById(d.content.updates, (u) => u.id, (u) => u.data.date),
      policies: firstById(d.content.policies, (p) => p.id, (p) => [p.data.issued_on, p.data.effective_from ?? ''].sort().pop()!),
      rankings: firstById(d.tables.scoringReleases, (r) => String(r.year), (r) => r.published_on ?? r.notice_from ?? d.portal.as_of),
    };
    datesOf.set(d, x);
  }
  return x;
}

/** The date a page's content last changed, from the data. `path` is relative to the base, e.g. `updates/x/`. */
export function lastModified(path: string, d: Dataset): string {
  const [section, id] = path.replace(/^en\//, '').split('/');
  if ((section === 'updates' || section === 'policies' || section === 'rankings') && id) return dates(d)[section].get(id) ?? d.portal.as_of;
  return d.portal.as_of;
}

/** Pages left out of the sitemap (they carry `<meta name="robots" content="noindex">`). `path` as in lastModified. */
export function isUnlisted(path: string): boolean {
  return /^(en\/)?(search\/|404(\.html|\/)?$)/.test(path);
}

/** A sitemap URL's path relative to the site's base: `https://x.org/portal/en/parks/` → `en/parks/`. */
export function pathUnderBase(pageUrl: string, site: string, base: string): string {
  const root = new URL(base.replace(/\/?$/, '/'), site).href;
  return pageUrl.startsWith(root) ? pageUrl.slice(root.length) : new URL(pageUrl).pathname.replace(/^\//, '');
}

export function sitemap(opts: { site: string; base: string }): AstroIntegration {
  return sitemapIntegration({
    // Plain <urlset>: none of the news, image, video or xhtml extensions is used.
    namespaces: { news: false, image: false, video: false, xhtml: false },
    filter: (page) => !isUnlisted(pathUnderBase(page, opts.site, opts.base)),
    serialize: (item) => {
      const { dataset } = loadOnce();
      // Without data the data gate has already stopped the build.
      return dataset ? { ...item, lastmod: lastModified(pathUnderBase(item.url, opts.site, opts.base), dataset) } : item;
    },
  });
}
