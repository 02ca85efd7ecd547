/**
 * The search index, built over a FINISHED site folder after `astro build` has exited (never inside the
 * Astro process: at national scale the two together needed 8 GB).
 *
 * Each language is indexed on its own, in one or more PARTS. A part is a Pagefind bundle of its own,
 * built in a Pagefind process that is closed before the next part starts, so only one part is ever in
 * memory (Pagefind's memory grows with the words of the pages of one index, and peaks while it writes:
 * at 53,771 pages the Chinese half in one index took 4.8 GB). The first part is the language's bundle:
 *   - Chinese pages (the site root) → `<dist>/pagefind/`, further parts `<dist>/pagefind/part-2/`, …
 *   - English pages (`<dist>/en/`)  → `<dist>/en/pagefind/`, further parts `<dist>/en/pagefind/part-2/`, …
 * and `<bundle>/parts.json` lists the further parts; the search page merges them at query time
 * (Pagefind's mergeIndex: results of all parts, ordered by score; src/scripts/search.ts). Pagefind's
 * default base URL is the folder above `pagefind/`, so result URLs are written relative to the language.
 *
 * What is indexed: only `data-pagefind-body` (the Base layout's <main>), without number tables, charts,
 * navigation inside the page (breadcrumbs, pagers), lists that only link other pages, or anything marked
 * `data-pagefind-ignore`. Tables are read on their own pages and downloaded as open data; in the index
 * they only cost memory. Pagefind is sent the page's <main> only, with its tables and SVG already cut,
 * as files in a scratch folder it reads a batch at a time (see `PART_LIMITS.batch`).
 *
 * Numerous, formulaic pages (a page per project: 40,000 of 54,000 pages at national scale) are indexed
 * by a DIGEST: their title, filters and the plain facts that name them (see `pageDigest`), not their
 * whole text; their result links the full page as before.
 */
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, PREFIX, type Lang } from '../lib/i18n/lang.ts';

/** Parts of a page's main content that are never indexed. */
export const EXCLUDE_SELECTORS = [
  'table',
  'svg',
  'nav',
  // A chart's caption, source line, data table and CSV link: the same words on every page that has it.
  '.chart',
  // The public-notice banner of a ranking in its objection period: the same text on every park page.
  '.notice-banner',
  // A park's infrastructure checklist (the same eight items everywhere), and lists that only link pages
  // indexed themselves: the policies and updates on park and chain pages, the parks a policy applies to
  // (at national scale hundreds of park names on one policy page, found before the park itself).
  'ul.infra',
  '.scope',
  '[aria-labelledby="policies-h"] ul',
  '[aria-labelledby="updates-h"] ul',
  '[data-pagefind-ignore]',
];

/** Pages indexed by their digest (paths relative to the language's folder): a project's page, not the list's pages. */
export const DIGEST_PAGES = [/^projects\/(?!page\/|rates\/)[^/]+\/index\.html$/];

/** How a language is cut into parts and fed to Pagefind (see `PART_LIMITS`). */
export interface PartLimits {
  pages: number;
  words: number;
  fragments: number;
  /**
   * Pages handed to Pagefind per `addDirectory` call (default 1000). Pagefind is given each part's pages
   * as files written to a scratch folder, not one service message per page (`addHTMLFile`): each message
   * costs Pagefind about 0.2 ms besides its content (decoding, a copy of the page's parsed data, and a
   * look-up over every page already added, which grows with the part: 0.3 ms a page at 20,000), so at
   * national scale the 40,000 project digests alone took about 14 s of its CPU. Pagefind reads a folder's
   * files all at once: batches keep the files open at a time (and the scratch space) small, and the pages
   * in the order of their paths from batch to batch.
   */
  batch?: number;
}

/**
 * Most pages (and most words, as `wordEstimate` counts them) in one part. Pagefind's memory grows with the
 * words of one index and peaks while it writes: at 53,771 pages, before project pages were digested, the
 * Chinese half in one index took 4.8 GB. Each part also costs CPU and bytes of its own (every part writes
 * an index over its own words, most of them in the other parts too): at national scale (L: 8.2 million
 * estimated words in 27,716 Chinese pages, 5.3 million in 27,715 English ones) one part per language took
 * 1.7-2.0 GB at its peak and about 10 s less CPU than 3 + 2 parts of at most 20,000 pages and 5 million
 * words (0.9 GB), and its index is 14.6 MB in 4,391 files instead of 18.8 MB in 9,544. At most 9 million
 * words keeps a part near 2 GB, well under the 3 GB of the whole build. Fewer parts also find more exactly:
 * a part whose words lack one of the query's drops that word (Pagefind's matching, per index), so at L in
 * parts 屿恒投资有限公司 also found 9 projects without 屿恒 (375 results; 366 in one part, all with it).
 * `fragments`: above this many pages a part writes the pages' result snippets (Pagefind's fragments) a
 * few to a file instead of one file each: 20,000 project digests in 2,000 files of about 5 KB, not
 * 20,000 of 0.5 KB (at L about 15 % less CPU, 7 MB less index and 20,000 fewer files to upload).
 */
export const PART_LIMITS: PartLimits = { pages: 30_000, words: 9_000_000, fragments: 2000, batch: 1000 };

export interface LanguageIndex {
  lang: Lang;
  /** The bundle folder, relative to the site folder (`pagefind/`, `en/pagefind/`). */
  bundle: string;
  /** Further bundles merged at query time, relative to the site folder (`pagefind/part-2/`, …). */
  parts: string[];
  pages: number;
  /** Of which indexed by their digest. */
  digests: number;
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

const tagText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** Cuts every `<tag …>…</tag>` out of html, unless one is nested in another (then Pagefind's selectors do it). */
function cut(html: string, tag: string): string {
  if (!html.includes(`<${tag}`)) return html;
  const out = html.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`, 'g'), ' ');
  return out.includes(`</${tag}>`) ? html : out;
}

/** The parts of a built page Pagefind needs: its language, its <title> and its <main data-pagefind-body>. */
function pageParts(html: string): { lang: string; title: string; main: string } | null {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body/);
  if (start < 0) return null;
  const end = html.indexOf('</main>', start);
  return {
    lang: /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '',
    title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '',
    main: html.slice(start, end < 0 ? undefined : end + '</main>'.length),
  };
}

const wrap = (lang: string, title: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * What Pagefind is sent for a page: its <main> only (no header, footer or <head> to parse), with its
 * tables and SVG cut out. The same words are indexed as from the whole page; the rest is never read.
 * A page without `data-pagefind-body` is sent whole (Pagefind then skips it, as it would have).
 */
export function pageForIndex(html: string): string {
  const p = pageParts(html);
  return p ? wrap(p.lang, p.title, cut(cut(p.main, 'svg'), 'table')) : html;
}

/**
 * A formulaic page's digest: its search filters, its <h1> (the title) and the facts that name it (the
 * plain-text values of its first `<dl class="facts">`: investor, origin, note), without the facts that
 * link other pages (chain, park), repeat a filter (county) or carry a figure or stage (amounts, progress:
 * the same few words on thousands of pages). Null when the page has no <h1>.
 */
export function pageDigest(html: string): string | null {
  const p = pageParts(html);
  if (!p) return null;
  const h1 = /<h1\b[^>]*>[\s\S]*?<\/h1>/.exec(p.main)?.[0];
  if (!h1) return null;
  const filterSpans = p.main.match(/<span\b[^>]*\bdata-pagefind-filter="[^"]*"[^>]*><\/span>/g) ?? [];
  const filterValues = new Set(filterSpans.map((s) => /data-pagefind-filter="[^":]*:([^"]*)"/.exec(s)?.[1] ?? ''));
  const facts = /<dl\b[^>]*\bclass="facts"[^>]*>([\s\S]*?)<\/dl>/.exec(p.main)?.[1] ?? '';
  const values: string[] = [];
  for (const m of facts.matchAll(/<dd\b([^>]*)>([\s\S]*?)<\/dd>/g)) {
    const [, attrs, inner] = m as unknown as [string, string, string];
    if (/\bdata-(?!astro-cid)[\w-]+/.test(attrs) || /<a\b/.test(inner)) continue;
    const text = tagText(inner);
    if (text && !filterValues.has(text)) values.push(text);
  }
  const body = `<main data-pagefind-body><div hidden>${filterSpans.join('')}</div>${h1}${values.length ? `<p>${values.join(' · ')}</p>` : ''}</main>`;
  return wrap(p.lang, p.title, body);
}

/** A rough count of the words Pagefind will index (a CJK character counts as one), for the part limits. */
export function wordEstimate(html: string): number {
  let n = 0;
  let inTag = false;
  let inWord = false;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (inTag) {
      if (c === 62 /* > */) inTag = false;
      continue;
    }
    if (c === 60 /* < */) {
      inTag = true;
      inWord = false;
    } else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      n++;
      inWord = false;
    } else if (c <= 32) inWord = false;
    else if (!inWord) {
      n++;
      inWord = true;
    }
  }
  return n;
}

const fail = (lang: Lang, what: string, errors: string[]) => new Error(`Search index (${lang}): ${what}: ${errors.join('; ')}`);

/** Files of a written bundle that only the language's first bundle needs (the search UIs). */
const UI_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Indexes one language of a built site into its bundle and further parts, a Pagefind process per part. */
async function indexLanguage(distDir: string, lang: Lang, scratch: string, limits: PartLimits): Promise<LanguageIndex> {
  const t = performance.now();
  const root = join(distDir, PREFIX[lang]);
  const bundleDir = join(root, 'pagefind');
  rmSync(bundleDir, { recursive: true, force: true });
  const pages = languagePages(distDir, lang);
  const parts: string[] = [];
  let digests = 0;
  let next = 0;
  while (next < pages.length || parts.length === 0) {
    const part = parts.length + 1;
    const outDir = part === 1 ? bundleDir : join(bundleDir, `part-${part}`);
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS, maxFragments: limits.fragments });
    if (!index) throw fail(lang, 'Pagefind could not start', errors);
    try {
      let inPart = 0;
      let words = 0;
      const full = () => inPart >= limits.pages || words >= limits.words;
      while (next < pages.length && !full()) {
        // One batch: what Pagefind is sent for each page, written under the page's own path (Pagefind
        // gives it the same URL as the built page's), then read by Pagefind and removed.
        const batchDir = join(scratch, `${lang}-${part}-${next}`);
        let inBatch = 0;
        while (next < pages.length && !full() && inBatch < (limits.batch ?? PART_LIMITS.batch!)) {
          const path = pages[next++]!;
          const html = readFileSync(join(root, path), 'utf8');
          const digest = DIGEST_PAGES.some((re) => re.test(path)) ? pageDigest(html) : null;
          const content = digest ?? pageForIndex(html);
          if (digest) digests++;
          inPart++;
          inBatch++;
          words += wordEstimate(content);
          const file = join(batchDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
        const added = await index.addDirectory({ path: batchDir });
        rmSync(batchDir, { recursive: true, force: true });
        if (added.errors.length) throw fail(lang, 'adding pages', added.errors);
        // Pagefind passes over a file it could not read: every page must have been read.
        if (added.page_count !== inBatch) throw fail(lang, 'adding pages', [`${added.page_count} of ${inBatch} pages read`]);
      }
      const written = await index.writeFiles({ outputPath: outDir });
      if (written.errors.length) throw fail(lang, 'writing the index', written.errors);
    } finally {
      // Closing the service ends the Pagefind process: its memory is given back before the next part.
      await pagefind.close();
    }
    parts.push(relative(distDir, outDir).split('\\').join('/') + '/');
    if (part > 1) for (const f of readdirSync(outDir)) if (UI_FILE.test(f)) rmSync(join(outDir, f));
  }
  // The further parts, as paths relative to the first bundle, for the search page.
  writeFileSync(join(bundleDir, 'parts.json'), JSON.stringify(parts.slice(1).map((p) => p.slice(parts[0]!.length))) + '\n');
  return { lang, bundle: parts[0]!, parts: parts.slice(1), pages: pages.length, digests, ms: performance.now() - t };
}

/**
 * Where the pages sent to Pagefind are written: in memory (/dev/shm) where the system has it, else the
 * temporary folder. At national scale that is 55,000 files in 55,000 folders, written and removed: on a
 * disk about 6 s of system CPU (far more while other builds write), in memory about 1 s. A batch of
 * pages takes at most a few tens of MB there at a time.
 */
function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** Builds the search index of a finished site folder: every language in turn, one part at a time. */
export async function indexSite(distDir: string, limits: PartLimits = PART_LIMITS): Promise<LanguageIndex[]> {
  const out: LanguageIndex[] = [];
  const scratch = mkdtempSync(join(scratchRoot(), 'portal-search-index-'));
  try {
    for (const lang of LANGS) out.push(await indexLanguage(distDir, lang, scratch, limits));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}
