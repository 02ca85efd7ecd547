/** `/feeds/policies.xml`: RSS of the policies, newest issued first. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/portal.ts';
import { getIndexes } from '../../../site/indexes.ts';
import { url, file } from '../../../site/paths.ts';
import { rssXml } from '../../../lib/format/rss.ts';
import { label, POLICY_KINDS } from '../../../lib/data/choices.ts';
import { langPaths } from '../../../site/i18n.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = ({ site }) => {
  const { portal } = getSite();
  const abs = (path: string) => new URL(path, site).href;
  const xml = rssXml({
    title: `${portal.title_zh}：政策`,
    link: abs(url('policies')),
    self: abs(file('feeds', 'policies.xml')),
    description: `${portal.region.name_zh}支持园区和产业链的政策文件${portal.sample_data ? '。示例数据，非官方文件。' : ''}`,
    language: 'zh-CN',
    items: getIndexes().policiesSorted.map((p) => ({ title: p.data.doc_number ? `${p.data.title}（${p.data.doc_number}）` : p.data.title, link: abs(url('policies', p.id)), date: p.data.issued_on, description: p.data.summary, categories: [label(POLICY_KINDS, p.data.kind, 'zh')] })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
