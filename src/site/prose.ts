/**
 * The MDX body of a park, chain, policy, update or page in the page's language: the English twin
 * (`<id>.en.mdx`) on English pages when there is one, else the Chinese original, flagged so the page
 * can say no English version exists yet and mark it lang="zh-CN".
 */
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../lib/data/content.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { getSite } from './portal.ts';

// The ids of each collection's English twins, gathered once per build (not scanned on every page).
const twinIds = new Map<CollectionName, Set<string>>();

function hasTwin(collection: CollectionName, id: string): boolean {
  let ids = twinIds.get(collection);
  if (!ids) twinIds.set(collection, (ids = new Set(getSite().translations[collection].map((e) => e.id))));
  return ids.has(id);
}

export async function prose(collection: CollectionName, id: string, lang: Lang) {
  // Look in the checked dataset first: asking Astro for a missing entry logs a warning.
  if (lang === 'en' && hasTwin(collection, id)) {
    const twin = await getEntry(`${collection}_en`, id);
    if (twin) return { Content: (await render(twin)).Content, untranslated: false, data: twin.data };
  }
  const entry = await getEntry(collection, id);
  return { Content: entry ? (await render(entry)).Content : undefined, untranslated: lang === 'en' && entry !== undefined, data: undefined };
}
