/**
 * The programme's working parts on chain and park pages: each chain's work files
 * (src/components/chain/ChainDocuments.astro).
 */
import { defineDict } from '../dict.ts';

export const programme = defineDict(
  {
    'listSep': '、',
    // ---- chain work files
    'docs.h': '工作文件（两图两库两池两报告）',
    'docs.intro': '工作方案要求每条产业链建立“两图两库两池两报告”，但没有公开逐项定义。下表按这一提法中的四类（图、库、池、报告）列出发布单位登记的文件；文件归入哪一类由发布单位填写，不是官方定义。',
    'docs.missing': '尚缺：{kinds}（这些类别还没有已编制的文件）。',
    'docs.complete': '四类文件都已有至少一份。',
    'docs.none': '尚未登记这条产业链的工作文件。',
    'docs.caption': '{chain}产业链工作文件，按类别',
    'docs.kind': '类别',
    'docs.title': '文件',
    'docs.date': '日期',
    'docs.status': '状态',
    'docs.kindEmpty': '尚无',
    'docs.page': '本站页面',
    'docs.file': '文件',
    'docs.external': '外部网站',
    'docs.where': '（{where}）',
  },
  {
    'listSep': ', ',
    'docs.h': 'Work files: two maps, two databases, two pools, two reports',
    'docs.intro': 'The programme asks each chain to keep "two maps, two databases, two pools and two reports" but does not publicly define each item. The table lists the documents the publisher has recorded under the four kinds that name uses (map, database, pool, report); the kind is the publisher’s filing, not an official definition.',
    'docs.missing': 'Still missing: {kinds} (no document of these kinds prepared yet).',
    'docs.complete': 'Every kind has at least one document.',
    'docs.none': 'No work files recorded for this chain yet.',
    'docs.caption': 'Work files of the {chain} chain, by kind',
    'docs.kind': 'Kind',
    'docs.title': 'Document',
    'docs.date': 'Date',
    'docs.status': 'Status',
    'docs.kindEmpty': 'none yet',
    'docs.page': 'page on this site',
    'docs.file': 'file',
    'docs.external': 'external site',
    'docs.where': ' ({where})',
  },
);
