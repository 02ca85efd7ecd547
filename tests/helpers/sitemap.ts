/** The sitemap as @astrojs/sitemap writes it: sitemap-index.xml naming one or more sitemap-N.xml files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SitemapEntry {
  loc: string;
  lastmod: string;
}

/** Every <url> of every sitemap the index names. `root` is the site address with its base, e.g. https://example.org/. */
export function readSitemap(outDir: string, root = 'https://example.org/'): SitemapEntry[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((m) => {
    if (!m[1]!.startsWith(root)) throw new Error(`sitemap ${m[1]} is not under ${root}`);
    return m[1]!.slice(root.length);
  });
  if (files.length === 0) throw new Error('sitemap-index.xml names no sitemap');
  return files.flatMap((f) => [...readFileSync(join(outDir, f), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] ?? '' })));
}
