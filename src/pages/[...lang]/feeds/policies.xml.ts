/**
 * `/feeds/policies.xml` and `/en/feeds/policies.xml`: RSS of the policies, newest issued first, in
 * the feed's language only. Which items: src/site/feeds.ts.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { i18nFor, langPaths } from '../../../site/i18n.ts';
import { feedFor } from '../../../site/feeds.ts';
import { rssOptions } from '../../../lib/format/rss.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = (context) => rss(rssOptions(feedFor('policies', i18nFor(context), context.site)));
