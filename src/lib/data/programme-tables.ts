/**
 * The tables for the programme's working parts beyond the ranking: each chain's work files
 * ("两图两库两池两报告"), firms' tiers by year (梯度培育) and how each park is run. All three files are
 * optional: a region without them builds, and its pages say there is nothing on record.
 *
 * Where the programme names a thing without defining it publicly, the columns say what the data
 * hold and claim no official definition.
 */
import { date, id, oneOf, text, url, year, type Choice } from './cells.ts';
import { docLink } from './doc-link.ts';
import { hint, problem } from './issues.ts';
import { defineTable, opt, req, type RowProblem } from './table.ts';

const c = <const V extends string>(value: V, zh: string, en: string) => ({ value, zh, en }) satisfies Choice;

/**
 * The four kinds of work file named in "两图两库两池两报告" (maps, databases, pools, reports). The
 * programme names the set but publishes no definition of each item: a kind here is only the word the
 * name uses, and staff file each document under the word that fits it.
 */
export const DOCUMENT_KINDS = [
  c('map', '图', 'map'),
  c('database', '库', 'database'),
  c('pool', '池', 'pool'),
  c('report', '报告', 'report'),
] as const;

export const DOCUMENT_STATUSES = [
  c('published', '已公开', 'published'),
  c('not_public', '已编制，未公开', 'prepared, not public'),
  c('in_progress', '编制中', 'in preparation'),
  c('planned', '计划编制', 'planned'),
] as const;

/** A kind counts as present once one of its documents exists (published or prepared). */
export const DOCUMENT_EXISTS: ReadonlySet<string> = new Set(['published', 'not_public']);

/**
 * Firm tiers as this portal's data records them, from the top of the pyramid down. 创新型中小企业,
 * 专精特新中小企业 and 专精特新“小巨人” are the tiers of the national quality-SME scheme; 链主/头部 and
 * 规上 are the programme's own words. A firm has one tier a year: the highest it holds.
 */
export const ENTERPRISE_TIERS = [
  c('chain_leader', '链主/头部企业', 'chain leader or leading firm'),
  c('little_giant', '专精特新“小巨人”', 'specialised "little giant"'),
  c('specialized', '专精特新中小企业', 'specialised and innovative SME'),
  c('innovative_sme', '创新型中小企业', 'innovative SME'),
  c('above_scale', '规上企业', 'firm above designated size'),
] as const;

export const OPERATING_MODELS = [
  c('committee_company', '管委会＋公司', 'management committee plus a company'),
  c('committee', '管委会', 'management committee'),
  c('company', '公司运营', 'run by a company'),
  c('government', '政府部门直接管理', 'run by a government department'),
  c('other', '其他', 'other'),
] as const;

export const REFORM_STATUSES = [
  c('completed', '已完成', 'completed'),
  c('underway', '推进中', 'under way'),
  c('planned', '已部署，未启动', 'planned, not started'),
  c('none', '暂无安排', 'none planned'),
] as const;

export const chainDocuments = defineTable({
  file: 'chain_documents.csv',
  zh: '产业链工作文件（两图两库两池两报告）',
  en: 'Chain work files (two maps, two databases, two pools, two reports)',
  key: ['chain_id', 'id'],
  optional: true,
  columns: {
    chain_id: req(id, { zh: '产业链（chains.csv 的 id）', en: 'Chain (an id in chains.csv)' }),
    id: req(id, { zh: '文件编号（在本链内唯一）', en: 'Document id (unique within the chain)' }),
    kind: req(oneOf(DOCUMENT_KINDS), { zh: '类别：“两图两库两池两报告”中的图、库、池或报告。工作方案只提出这一组文件，未公开逐项定义；本列只记录发布单位把文件归入哪一类', en: 'Kind: the map, database, pool or report of the programme’s "two maps, two databases, two pools, two reports". The programme names the set but does not publicly define each item; this column records only the kind the publisher files the document under', choices: DOCUMENT_KINDS }),
    title_zh: req(text, { zh: '文件名称', en: 'Title in Chinese' }),
    title_en: opt(text, { zh: '英文名称', en: 'Title in English' }),
    date: opt(date, { zh: '编制或更新日期（不晚于数据截至日期）', en: 'Date prepared or updated (not after the as-of date)' }),
    status: req(oneOf(DOCUMENT_STATUSES), { zh: '状态', en: 'Status', choices: DOCUMENT_STATUSES }),
    link: opt(docLink, { zh: '链接：https:// 或 http:// 网址，或本站路径（/chains/tea/ 之类的页面，或 public/ 下的文件如 /files/tea-report.pdf，文件必须存在）；已公开的文件必填', en: 'Link: an https:// or http:// address, or a path on this site (a page such as /chains/tea/, or a file under public/ such as /files/tea-report.pdf, which must exist); required when published' }),
    note_zh: opt(text, { zh: '说明', en: 'Note in Chinese' }),
    note_en: opt(text, { zh: '说明（英文）', en: 'Note in English' }),
  },
  rowRules: (r): RowProblem[] =>
    r.status === 'published' && r.link === null
      ? [{ field: 'link', problem: problem('chain-document.link-required', '状态为“已公开”（published）的文件必须填写链接。', 'A published document (status published) needs a link.', hint('填写网址或本站路径，或把 status 改为 not_public。', 'Fill in its address or site path, or set status to not_public.')) }]
      : [],
});

export const enterpriseTiers = defineTable({
  file: 'enterprise_tiers.csv',
  zh: '企业梯度（梯度培育）',
  en: 'Firm tiers by year',
  key: ['enterprise_id', 'year'],
  optional: true,
  columns: {
    enterprise_id: req(id, { zh: '企业（enterprises.csv 的 id）', en: 'Firm (an id in enterprises.csv)' }),
    year: req(year, { zh: '年度（不晚于数据截至年份）', en: 'Year (not after the as-of year)' }),
    tier: req(oneOf(ENTERPRISE_TIERS), { zh: '当年所处梯度：本站数据使用的分类，每家企业每年一个（取最高一级）', en: 'Tier that year: the categories this portal’s data uses, one per firm and year (the highest it holds)', choices: ENTERPRISE_TIERS }),
    note_zh: opt(text, { zh: '说明（如认定批次）', en: 'Note in Chinese (e.g. the list it was named in)' }),
    note_en: opt(text, { zh: '说明（英文）', en: 'Note in English' }),
  },
});

export const parkGovernance = defineTable({
  file: 'park_governance.csv',
  zh: '园区管理体制',
  en: 'How parks are run',
  key: ['park_id'],
  optional: true,
  columns: {
    park_id: req(id, { zh: '园区（parks.csv 的 id）', en: 'Park (an id in parks.csv)' }),
    operating_model: req(oneOf(OPERATING_MODELS), { zh: '运营模式', en: 'Operating model', choices: OPERATING_MODELS }),
    operator_zh: opt(text, { zh: '管理机构或运营公司名称', en: 'Managing body or operating company (in Chinese)' }),
    operator_en: opt(text, { zh: '管理机构或运营公司（英文）', en: 'Managing body or operating company in English' }),
    reform_status: req(oneOf(REFORM_STATUSES), { zh: '管理体制改革进展（按发布单位的报告）', en: 'Progress of the management reform (as the publisher reports it)', choices: REFORM_STATUSES }),
    reform_zh: opt(text, { zh: '改革内容和进展', en: 'What the reform is and how far it has got (in Chinese)' }),
    reform_en: opt(text, { zh: '改革内容和进展（英文）', en: 'What the reform is and how far it has got, in English' }),
    updated_on: req(date, { zh: '情况截至日期（不晚于数据截至日期）', en: 'Date the entry describes (not after the as-of date)' }),
    source_url: opt(url, { zh: '出处网址', en: 'Source address' }),
  },
});
