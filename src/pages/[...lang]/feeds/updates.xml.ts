/**
 * `/feeds/updates.xml` and `/en/feeds/updates.xml`: RSS of the monthly dispatches, quarterly
 * inspections and news, newest first. The English feed takes an update's English twin's title and
 * summary when there is one, else the Chinese.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/portal.ts';
import { getIndexes } from '../../../site/indexes.ts';
import { i18nFor, langPaths } from '../../../site/i18n.ts';
import { rssXml } from '../../../lib/format/rss.ts';
import { UPDATE_KINDS } from '../../../lib/data/choices.ts';
import { HTML_LANG } from '../../../lib/i18n/lang.ts';
import { translator } from '../../../lib/i18n/dict.ts';
import { lists } from '../../../lib/i18n/dict/lists.ts';
import { entryText } from '../../../components/lists/entry-text.ts';
import { englishTwins } from '../../../components/lists/twins.ts';
import { correctionFeedItems } from '../../../site/corrections.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = (context) => {
  const { lang, url, label } = i18nFor(context);
  const en = lang === 'en';
  const t = translator(lists, lang);
  const { portal } = getSite();
  const twins = englishTwins('updates');
  const abs = (path: string) => new URL(path, context.site).href;
  const xml = rssXml({
    title: t('feed.updates.title', { portal: en ? portal.title_en : portal.title_zh }),
    link: abs(url('updates')),
    self: abs(`${url('feeds')}updates.xml`),
    description: t('feed.updates.description', { region: en ? portal.region.name_en : portal.region.name_zh }) + (portal.sample_data ? t('feed.updates.sample') : ''),
    language: HTML_LANG[lang],
    items: [
      ...getIndexes().updatesSorted.map((u) => {
        const text = entryText(u.data, twins.get(u.id), lang);
        return { title: text.title.text, link: abs(url('updates', u.id)), date: u.data.date, description: text.summary?.text ?? text.title.text, categories: [label(UPDATE_KINDS, u.data.kind)] };
      }),
      // Corrections to sealed rankings are announced in the same feed.
      ...correctionFeedItems(lang, url).map(({ path, ...item }) => ({ ...item, link: abs(path) })),
    ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
