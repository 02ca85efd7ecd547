/**
 * The MDX body of a park, chain, policy, update or page in the page's language: the English twin
 * (`<id>.en.mdx`) on English pages when there is one, else the Chinese original, flagged so the page
 * can say no English version exists yet and mark it lang="zh-CN".
 */
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../lib/data/content.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { getSite } from './portal.ts';

export async function prose(collection: CollectionName, id: string, lang: Lang) {
  // Look in the checked dataset first: asking Astro for a missing entry logs a warning.
  if (lang === 'en' && getSite().translations[collection].some((e) => e.id === id)) {
    const twin = await getEntry(`${collection}_en`, id);
    if (twin) return { Content: (await render(twin)).Content, untranslated: false, data: twin.data };
  }
  const entry = await getEntry(collection, id);
  return { Content: entry ? (await render(entry)).Content : undefined, untranslated: lang === 'en' && entry !== undefined, data: undefined };
}
