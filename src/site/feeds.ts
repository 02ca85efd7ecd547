/**
 * Which items each feed has, as data: one function per feed, in the feed's language. The feed pages
 * (`src/pages/[...lang]/feeds/*.xml.ts`) only hand these to `@astrojs/rss`. A new kind of item
 * (a correction notice, a monthly dispatch…) is added here, as more FeedItems; each feed is sorted
 * newest first.
 */
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import type { I18n } from './i18n.ts';
import { feedText, type Feed, type FeedItem } from '../lib/format/rss.ts';
import { POLICY_KINDS, UPDATE_KINDS } from '../lib/data/choices.ts';
import { HTML_LANG } from '../lib/i18n/lang.ts';
import { translator } from '../lib/i18n/dict.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import { entryText, type Original } from '../lib/i18n/entry-text.ts';
import { englishTwins } from './twins.ts';
import { correctionFeedItems } from './corrections.ts';
import { dispatchFeedItems, inspectionFeedItems } from './dispatch-feed.ts';

export type FeedName = 'updates' | 'policies';

/** Newest first; the same date keeps the order the items came in. */
const newestFirst = (items: FeedItem[]) => items.map((item, i) => ({ item, i })).sort((a, b) => (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : a.i - b.i)).map((x) => x.item);

/** One policy or update as a feed item in the feed's language: its text (feedText), page, date and kind. */
function entryItem(i18n: I18n, entry: { collection: 'updates' | 'policies'; id: string; data: Original; date: string; kind: string }, abs: (path: string) => string): FeedItem {
  const { lang, url, num } = i18n;
  const t = translator(lists, lang);
  const text = feedText(entryText(entry.data, englishTwins(entry.collection).get(entry.id), lang), lang, {
    title: t(entry.collection === 'updates' ? 'feed.untranslated.update' : 'feed.untranslated.policy', { kind: entry.kind, date: num.date(entry.date) }),
    description: t('feed.untranslated.description'),
    summary: t('feed.untranslated.summary'),
  });
  return { ...text, link: abs(url(entry.collection, entry.id)), date: entry.date, categories: [entry.kind] };
}

/**
 * An item made elsewhere (a correction notice) in an English feed, in English only: a bracketed
 * Chinese identifier such as a document number (文号) is left out, as the policy feed leaves it out
 * of English titles; text that still fell back to Chinese is replaced by saying so in English, as
 * feedText does for entries.
 */
export function englishOnly(i18n: Pick<I18n, 'lang' | 'num'>, item: FeedItem): FeedItem {
  if (i18n.lang !== 'en') return item;
  const t = translator(lists, 'en');
  const han = /\p{Script=Han}/u;
  const description = item.description.replace(/\s*\([^()]*\p{Script=Han}[^()]*\)/gu, '');
  return {
    ...item,
    ...(han.test(item.title) ? { title: t('feed.untranslated.update', { kind: item.categories?.[0] ?? '', date: i18n.num.date(item.date) }) } : {}),
    description: han.test(description) ? t('feed.untranslated.summary') : description,
  };
}

/** The items of `/feeds/updates.xml` (or its English twin): every update. */
export function updatesFeedItems(i18n: I18n, abs: (path: string) => string): FeedItem[] {
  const updates = getIndexes().updatesSorted.map((u) => entryItem(i18n, { collection: 'updates', id: u.id, data: u.data, date: u.data.date, kind: i18n.label(UPDATE_KINDS, u.data.kind) }, abs));
  // Corrections to sealed rankings are announced in the same feed.
  const corrections = correctionFeedItems(i18n.lang, i18n.url).map(({ path, ...item }) => englishOnly(i18n, { ...item, link: abs(path) }));
  // Each month of the monthly dispatch and each quarter of the quarterly inspection, as its page.
  const periodic = [...dispatchFeedItems(i18n.lang), ...inspectionFeedItems(i18n.lang, getSite().portal.as_of)].map(({ path, ...item }) => ({ ...item, link: abs(i18n.url(...path)) }));
  return newestFirst([...updates, ...corrections, ...periodic]);
}

/** The items of `/feeds/policies.xml` (or its English twin): every policy, newest issued first. */
export function policiesFeedItems(i18n: I18n, abs: (path: string) => string): FeedItem[] {
  const policies = getIndexes().policiesSorted.map((p) => {
    const item = entryItem(i18n, { collection: 'policies', id: p.id, data: p.data, date: p.data.issued_on, kind: i18n.label(POLICY_KINDS, p.data.kind) }, abs);
    // The 文号 is Chinese: only the Chinese feed adds it to the title.
    return i18n.lang === 'zh' && p.data.doc_number ? { ...item, title: `${item.title}（${p.data.doc_number}）` } : item;
  });
  return newestFirst(policies);
}

/** A whole feed: channel text from the dictionary, items from the functions above. */
export function feedFor(name: FeedName, i18n: I18n, site: URL | undefined): Feed {
  const { lang, url } = i18n;
  const en = lang === 'en';
  const t = translator(lists, lang);
  const { portal } = getSite();
  const abs = (path: string) => new URL(path, site).href;
  return {
    title: t(`feed.${name}.title`, { portal: en ? portal.title_en : portal.title_zh }),
    link: abs(url(name)),
    self: abs(`${url('feeds')}${name}.xml`),
    description: t(`feed.${name}.description`, { region: en ? portal.region.name_en : portal.region.name_zh }) + (portal.sample_data ? t(`feed.${name}.sample`) : ''),
    language: HTML_LANG[lang],
    items: name === 'updates' ? updatesFeedItems(i18n, abs) : policiesFeedItems(i18n, abs),
  };
}
