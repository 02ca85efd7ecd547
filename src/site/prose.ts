/**
 * The MDX body of a park, chain, policy, update or page in the page's language, as HTML: the English
 * twin (`<id>.en.mdx`) on English pages when there is one, else the Chinese original, flagged so the
 * page can say no English version exists yet and mark it lang="zh-CN". The HTML was rendered and
 * sanitized once when the content was loaded (src/site/content-loader.ts); a page places it with
 * `<Fragment set:html={…} />`.
 */
import { getEntry } from 'astro:content';
import type { CollectionName } from '../lib/data/content.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { demoteHeadings } from '../lib/data/body-guard.ts';
import { getSite } from './portal.ts';

// The ids of each collection's English twins, gathered once per build (not scanned on every page).
const twinIds = new Map<CollectionName, Set<string>>();
const hasTwin = (collection: CollectionName, id: string) => {
  let ids = twinIds.get(collection);
  if (!ids) twinIds.set(collection, (ids = new Set(getSite().translations[collection].map((e) => e.id))));
  return ids.has(id);
};

/** `demote`: the body's headings one level down (h2 → h3, h3 → h4), for a body under a heading of the page's own. */
export async function prose(collection: CollectionName, id: string, lang: Lang, options: { demote?: boolean } = {}) {
  const shown = (html: string | undefined) => (html !== undefined && options.demote ? demoteHeadings(html) : html);
  // Look in the checked dataset first: asking Astro for a missing entry logs a warning.
  if (lang === 'en' && hasTwin(collection, id)) {
    const twin = await getEntry(`${collection}_en`, id);
    if (twin) return { html: shown(twin.rendered?.html ?? ''), untranslated: false, data: twin.data };
  }
  const entry = await getEntry(collection, id);
  return { html: entry ? shown(entry.rendered?.html ?? '') : undefined, untranslated: lang === 'en' && entry !== undefined, data: undefined };
}
