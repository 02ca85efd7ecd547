/**
 * The search index, built over a FINISHED site folder after `astro build` has exited (never inside the
 * Astro process: at national scale the two together needed 8 GB).
 *
 * One Pagefind run per language, each in its own Pagefind process that is closed before the next
 * starts, so only one language's index is ever in memory:
 *   - Chinese pages (the site root) → `<dist>/pagefind/`
 *   - English pages (`<dist>/en/`)  → `<dist>/en/pagefind/`
 * The search page loads the bundle of its own language (src/scripts/search.ts); Pagefind's default
 * base URL is the folder above its bundle, so English result URLs are written relative to `en/`.
 *
 * What is indexed: only `data-pagefind-body` (the Base layout's <main>), without number tables, charts,
 * navigation inside the page (breadcrumbs, pagers) or anything marked `data-pagefind-ignore`. Tables are
 * read on their own pages and downloaded as open data; in the index they only cost memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, PREFIX, type Lang } from '../lib/i18n/lang.ts';

/** Parts of a page's main content that are never indexed. */
export const EXCLUDE_SELECTORS = ['table', 'svg', 'nav', '.chart details', '[data-pagefind-ignore]'];

export interface LanguageIndex {
  lang: Lang;
  /** The bundle folder, relative to the site folder (`pagefind/`, `en/pagefind/`). */
  bundle: string;
  pages: number;
  ms: number;
}

/** The HTML files of one language, as paths relative to that language's folder (`parks/x/index.html`). */
export function languagePages(distDir: string, lang: Lang): string[] {
  const root = join(distDir, PREFIX[lang]);
  // Folders of the other languages inside this one's (English under the Chinese root), and bundles.
  const skip = new Set(LANGS.filter((l) => l !== lang && PREFIX[l].startsWith(PREFIX[lang]) && PREFIX[l] !== PREFIX[lang]).map((l) => join(distDir, PREFIX[l]).replace(/\/$/, '')));
  skip.add(join(root, 'pagefind'));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!skip.has(p)) walk(p);
      } else if (e.name.endsWith('.html')) out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root.replace(/\/$/, ''));
  return out.sort();
}

/** A page's URL within its language's folder, as Pagefind writes it: `parks/x/index.html` → `/parks/x/`. */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

const fail = (lang: Lang, what: string, errors: string[]) => new Error(`Search index (${lang}): ${what}: ${errors.join('; ')}`);

/** Indexes one language of a built site into its bundle, in a Pagefind process of its own. */
async function indexLanguage(distDir: string, lang: Lang): Promise<LanguageIndex> {
  const t = performance.now();
  const root = join(distDir, PREFIX[lang]);
  const pages = languagePages(distDir, lang);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw fail(lang, 'Pagefind could not start', errors);
  try {
    // A few files in flight keep Pagefind busy without holding many pages in this process.
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const path = pages[next++]!;
        const r = await index.addHTMLFile({ url: pageUrl(path), content: readFileSync(join(root, path), 'utf8') });
        if (r.errors.length) throw fail(lang, path, r.errors);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw fail(lang, 'writing the index', written.errors);
  } finally {
    await pagefind.close();
  }
  return { lang, bundle: `${PREFIX[lang]}pagefind/`, pages: pages.length, ms: performance.now() - t };
}

/** Builds the search index of a finished site folder: every language in turn, one at a time. */
export async function indexSite(distDir: string): Promise<LanguageIndex[]> {
  const out: LanguageIndex[] = [];
  for (const lang of LANGS) out.push(await indexLanguage(distDir, lang));
  return out;
}
