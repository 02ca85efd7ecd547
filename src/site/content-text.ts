/**
 * The title and summary of an MDX entry in a language, for lists that name an entry without rendering
 * its body: on English pages the English twin's (`<id>.en.mdx`) frontmatter, then a policy's own
 * `title_en`, else the Chinese original with `fallback` set so the page marks it lang="zh-CN".
 */
import type { CollectionName, ContentEntry } from '../lib/data/content.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { getSite } from './portal.ts';

export interface Localised {
  text: string;
  /** True on an English page when only the Chinese text exists. */
  fallback: boolean;
}

let twins: Map<string, { title: string | null; summary: string | null }> | undefined;

function twin(collection: CollectionName, id: string) {
  if (!twins) {
    const { translations } = getSite();
    twins = new Map(
      (Object.keys(translations) as CollectionName[]).flatMap((c) => translations[c].map((e) => [`${c}/${e.id}`, { title: e.data.title, summary: e.data.summary }] as const)),
    );
  }
  return twins.get(`${collection}/${id}`);
}

const pick = (zh: string, en: string | null | undefined, lang: Lang): Localised => (lang === 'en' && en ? { text: en, fallback: false } : { text: zh, fallback: lang === 'en' });

/** The entry's title: on English pages the twin's title, then `title_en` (policies, pages), then the Chinese one. */
export function titleIn(collection: CollectionName, entry: ContentEntry<{ title: string; title_en?: string | null }>, lang: Lang): Localised {
  return pick(entry.data.title, twin(collection, entry.id)?.title ?? entry.data.title_en, lang);
}

/** The entry's summary in the language (null when the original has none). */
export function summaryIn(collection: CollectionName, entry: ContentEntry<{ summary?: string | null }>, lang: Lang): Localised | null {
  const zh = entry.data.summary;
  if (zh === null || zh === undefined) return null;
  return pick(zh, twin(collection, entry.id)?.summary, lang);
}
