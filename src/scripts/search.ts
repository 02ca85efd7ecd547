/**
 * The search page: loads Pagefind's own UI from this site (`<base>/pagefind/`), shows it in #search and
 * runs the query from `?q=` (the header search box submits there, so it works on every page).
 *
 * Language: each language has its own bundle (`<base>pagefind/` for Chinese, `<base>en/pagefind/` for
 * English; see src/site/search-index.ts), and the UI's own words follow the page's `<html lang>`, so
 * /search/ searches the Chinese pages in Chinese and /en/search/ the English pages in English.
 * A large site's language is indexed in parts: `<bundle>/parts.json` lists the further bundles, merged
 * into the results at query time (Pagefind's mergeIndex; results of all parts ordered by score).
 */
import { langOfPath, PREFIX } from '../lib/i18n/lang.ts';
import { widenExcerpt } from './excerpt.ts';

interface PagefindResult {
  excerpt: string;
  content: string;
  sub_results?: { excerpt: string }[];
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

export function startSearch(): void {
  const el = document.getElementById('search');
  if (!el) return;
  const root = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const here = location.pathname.startsWith(root) ? location.pathname.slice(root.length) : location.pathname.replace(/^\//, '');
  const base = `${root}${PREFIX[langOfPath(here)]}`;
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${base}pagefind/pagefind-ui.css`;
  document.head.append(css);
  // The further parts of this language's index, if any (written by the indexer after the build).
  const parts: Promise<string[]> = fetch(`${base}pagefind/parts.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  const script = document.createElement('script');
  script.src = `${base}pagefind/pagefind-ui.js`;
  script.addEventListener('load', async () => {
    // Chinese counts each character as a word: a longer excerpt, widened back to a phrase boundary.
    const excerptLength = 40;
    const mergeIndex = (await parts).map((p) => ({ bundlePath: `${base}pagefind/${p}`, baseUrl: base, excerptLength }));
    const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
    const ui = new PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      bundlePath: `${base}pagefind/`,
      mergeIndex,
      resetStyles: false,
      excerptLength,
      processResult: (result: PagefindResult) => {
        result.excerpt = widenExcerpt(result.excerpt, result.content);
        for (const sub of result.sub_results ?? []) sub.excerpt = widenExcerpt(sub.excerpt, result.content);
        return result;
      },
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
    const input = document.querySelector<HTMLInputElement>('#site-search-q');
    if (input && q) input.value = q;
  });
  document.head.append(script);
}
