/** `/feeds/policies.xml` and `/en/feeds/policies.xml`: RSS of the policies, newest issued first, in the feed's language. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/portal.ts';
import { getIndexes } from '../../../site/indexes.ts';
import { i18nFor, langPaths } from '../../../site/i18n.ts';
import { rssXml } from '../../../lib/format/rss.ts';
import { POLICY_KINDS } from '../../../lib/data/choices.ts';
import { HTML_LANG } from '../../../lib/i18n/lang.ts';
import { translator } from '../../../lib/i18n/dict.ts';
import { lists } from '../../../lib/i18n/dict/lists.ts';
import { entryText } from '../../../components/lists/entry-text.ts';
import { englishTwins } from '../../../components/lists/twins.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = (context) => {
  const { lang, url, label } = i18nFor(context);
  const en = lang === 'en';
  const t = translator(lists, lang);
  const { portal } = getSite();
  const twins = englishTwins('policies');
  const abs = (path: string) => new URL(path, context.site).href;
  const xml = rssXml({
    title: t('feed.policies.title', { portal: en ? portal.title_en : portal.title_zh }),
    link: abs(url('policies')),
    self: abs(`${url('feeds')}policies.xml`),
    description: t('feed.policies.description', { region: en ? portal.region.name_en : portal.region.name_zh }) + (portal.sample_data ? t('feed.policies.sample') : ''),
    language: HTML_LANG[lang],
    items: getIndexes().policiesSorted.map((p) => {
      const text = entryText(p.data, twins.get(p.id), lang);
      // The 文号 is Chinese: only the Chinese feed adds it to the title.
      const title = !en && p.data.doc_number ? `${text.title.text}（${p.data.doc_number}）` : text.title.text;
      return { title, link: abs(url('policies', p.id)), date: p.data.issued_on, description: text.summary?.text ?? p.data.summary, categories: [label(POLICY_KINDS, p.data.kind)] };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
