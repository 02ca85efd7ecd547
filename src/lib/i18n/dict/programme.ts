/**
 * The programme's working parts on chain and park pages: each chain's work files
 * (src/components/chain/ChainDocuments.astro) and the firm tiers of a chain or a park
 * (src/components/chain/TierPyramid.astro).
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
    // ---- firm tiers
    'tiers.h': '企业梯度（梯度培育）',
    'tiers.intro': '本站数据按五个梯度记录企业，每家企业每年只记一个（取最高一级）。这是本站数据使用的分类：创新型中小企业、专精特新中小企业和专精特新“小巨人”是优质中小企业梯度培育的三个层级，“链主/头部”和“规上”是本方案的提法。企业按其现在所属的{scope}计入。',
    'tiers.scopeChain': '产业链',
    'tiers.scopePark': '园区',
    'tiers.none': '尚无这些企业的梯度记录。',
    'tiers.title': '{name}企业梯度（{year} 年）',
    'tiers.caption': '{name}：{year} 年各梯度企业数，自上而下',
    'tiers.unit': '家',
    'tiers.count': '{n} 家',
    'tiers.tableCaption': '各梯度企业数（家），按年度',
    'tiers.tier': '梯度',
    'tiers.total': '合计',
    'tiers.source': '企业梯度表（enterprise_tiers.csv）',
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
    // ---- firm tiers
    'tiers.h': 'Firm tiers',
    'tiers.intro': 'The data record each firm on one of five tiers a year (the highest it holds). These are the categories this site’s data use: innovative SME, specialised and innovative SME and specialised "little giant" are the three levels of the national scheme for growing quality SMEs; "chain leader or leading firm" and "above designated size" are the programme’s own words. Firms count under the {scope} they belong to now.',
    'tiers.scopeChain': 'chain',
    'tiers.scopePark': 'park',
    'tiers.none': 'No tiers are recorded for these firms yet.',
    'tiers.title': 'Firm tiers of {name}, {year}',
    'tiers.caption': 'Firms on each tier of {name} in {year}, from the top down',
    'tiers.unit': 'firms',
    'tiers.count': '{n}',
    'tiers.tableCaption': 'Firms on each tier, by year',
    'tiers.tier': 'Tier',
    'tiers.total': 'All tiers',
    'tiers.source': 'Firm tiers table (enterprise_tiers.csv)',
  },
);
