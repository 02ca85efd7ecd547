/** `/feeds/updates.xml`: RSS of the monthly dispatches, quarterly inspections and news, newest first. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/portal.ts';
import { getIndexes } from '../../../site/indexes.ts';
import { url, file } from '../../../site/paths.ts';
import { rssXml } from '../../../lib/format/rss.ts';
import { label, UPDATE_KINDS } from '../../../lib/data/choices.ts';
import { langPaths } from '../../../site/i18n.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = ({ site }) => {
  const { portal } = getSite();
  const abs = (path: string) => new URL(path, site).href;
  const xml = rssXml({
    title: `${portal.title_zh}：工作动态`,
    link: abs(url('updates')),
    self: abs(file('feeds', 'updates.xml')),
    description: `${portal.region.name_zh}园区和产业链工作动态（按月调度、按季督查、新闻）${portal.sample_data ? '。示例数据，非官方信息。' : ''}`,
    language: 'zh-CN',
    items: getIndexes().updatesSorted.map((u) => ({ title: u.data.title, link: abs(url('updates', u.id)), date: u.data.date, description: u.data.summary ?? u.data.title, categories: [label(UPDATE_KINDS, u.data.kind, 'zh')] })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
