/**
 * RSS 2.0 feeds through `@astrojs/rss` (which writes and escapes the XML): a feed as data, the
 * options that package takes, and the text of an item in the feed's language only.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { Lang } from '../i18n/lang.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page. */
  link: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  description: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the site section. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  language: string;
  items: FeedItem[];
}

/** Characters XML 1.0 forbids anywhere, even escaped: a stray one would make the feed unreadable. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s: string) => s.replace(FORBIDDEN, '');
const escapeAttr = (s: string) => clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A data date as the instant the day starts in China (UTC+8): 2025-03-01 → 2025-02-28T16:00:00Z. */
export function chinaMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/**
 * The options for `rss()` / `getRssString()` of `@astrojs/rss`. The package writes the channel and
 * items; the channel's language, its own address (atom:link rel=self) and its last build date (the
 * newest item's, never the clock) go in as custom data.
 */
export function rssOptions(feed: Feed): RSSOptions {
  const newest = feed.items.reduce((a, i) => (i.date > a ? i.date : a), '');
  return {
    title: clean(feed.title),
    description: clean(feed.description),
    site: feed.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeAttr(feed.language)}</language>` +
      `<atom:link href="${escapeAttr(feed.self)}" rel="self" type="application/rss+xml"/>` +
      (newest ? `<lastBuildDate>${chinaMidnight(newest).toUTCString()}</lastBuildDate>` : ''),
    items: feed.items.map((i) => ({
      title: clean(i.title),
      link: i.link,
      pubDate: chinaMidnight(i.date),
      description: clean(i.description),
      ...(i.categories?.length ? { categories: i.categories.map(clean) } : {}),
    })),
  };
}

/** An entry's text as the list pages resolve it (src/lib/i18n/entry-text.ts). */
export interface EntryTextLike {
  title: { text: string; fallback: boolean };
  summary: { text: string; fallback: boolean } | null;
}

/** What an English feed says instead of Chinese text. */
export interface Untranslated {
  /** Title of an item with no English title, e.g. "Policy of 1 March 2025 (no English version yet)". */
  title: string;
  /** Description of such an item. */
  description: string;
  /** Description of an item with an English title but no English summary. */
  summary: string;
}

/**
 * An item's title and description in the feed's language only: a Chinese feed takes the original;
 * an English feed takes the English text and, where there is none, says so in English rather than
 * fall back to Chinese (a feed item cannot mark part of its text as another language).
 */
export function feedText(text: EntryTextLike, lang: Lang, untranslated: Untranslated): { title: string; description: string } {
  if (lang === 'zh') return { title: text.title.text, description: text.summary?.text ?? text.title.text };
  if (text.title.fallback) return { title: untranslated.title, description: untranslated.description };
  return { title: text.title.text, description: text.summary && !text.summary.fallback ? text.summary.text : untranslated.summary };
}
