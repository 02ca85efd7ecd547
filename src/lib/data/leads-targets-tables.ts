/**
 * The programme's tables beyond parks and chains: investment leads on offer (招商项目库), what each
 * grade of the ranking leads to (奖励/问责 settings) and the industrial clusters with their targets.
 * Each is OPTIONAL: a region without the file builds without the feature (the page says there is
 * nothing yet). The coded values are plain descriptions of what the data holds, not official
 * definitions: where a programme uses a term such as 三类500强 without defining it publicly, the
 * labels say which list a firm is on, nothing more.
 */
import { amount, date, email, id, list, oneOf, phone, text, url, year, type Choice } from './cells.ts';
import { GRADES, REGION_LEVEL } from './choices.ts';
import { hint, problem } from './issues.ts';
import { defineTable, opt, req, type RowProblem } from './table.ts';

const c = <const V extends string>(value: V, zh: string, en: string) => ({ value, zh, en }) satisfies Choice;

/**
 * The kinds of investor a lead is offered to. 三类500强 is how investment promotion in China commonly
 * refers to the first three together; a label says only that the firm sought is on such a top-500
 * list, nothing about which edition or who compiles it (the data do not say).
 */
export const INVESTOR_KINDS = [
  c('world_500', '世界500强', 'world top-500 company'),
  c('china_500', '中国企业500强', 'China top-500 company'),
  c('private_500', '中国民营企业500强', 'China private top-500 company'),
  c('listed', '上市公司', 'listed company'),
  c('industry_leader', '行业龙头企业', 'leading firm of its industry'),
  c('specialized', '专精特新企业', 'specialised and innovative SME'),
  c('any', '不限', 'any investor'),
] as const;

export const LEAD_STATUSES = [
  c('open', '公开招商', 'open to investors'),
  c('in_talks', '洽谈中', 'in talks'),
  c('signed', '已签约（见招商项目）', 'signed (see the project)'),
  c('withdrawn', '已撤回', 'withdrawn'),
] as const;

export const CONSEQUENCE_KINDS = [
  c('reward', '奖励', 'reward'),
  c('support', '支持', 'support'),
  c('accountability', '问责整改', 'accountability'),
] as const;

export const CLUSTER_LEVELS = [c('national', '国家级', 'national'), c('provincial', '省级', 'provincial'), REGION_LEVEL] as const;

export const CLUSTER_STATUSES = [c('recognised', '已认定', 'recognised'), c('cultivating', '培育中', 'being built up')] as const;

export const investmentLeads = defineTable({
  file: 'investment_leads.csv',
  zh: '招商项目库（待签约）',
  en: 'Investment leads on offer',
  optional: true,
  key: ['id'],
  columns: {
    id: req(id, { zh: '招商项目编号（用于网址，发布后不改）', en: 'Lead id (used in URLs, never changed)' }),
    name_zh: req(text, { zh: '项目名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    chain_id: req(id, { zh: '所属产业链（chains.csv 的 id）', en: 'Chain (an id in chains.csv)' }),
    segment_id: opt(id, { zh: '补的环节（该链 chain_segments.csv 的环节编号，通常为缺失或薄弱环节）', en: 'The segment it fills (a segment id of that chain, usually a missing or weak one)' }),
    park_id: req(id, { zh: '拟落地园区（parks.csv 的 id）', en: 'Park offered (an id in parks.csv)' }),
    investment_wan: req(amount('万元'), { zh: '拟投资规模', en: 'Planned investment', unit: '万元' }),
    investor_brings_zh: req(text, { zh: '需要投资方带来的（资金、技术、市场等）', en: 'What the investor is asked to bring (in Chinese)' }),
    investor_brings_en: opt(text, { zh: '需要投资方带来的（英文）', en: 'What the investor is asked to bring (in English)' }),
    investor_kinds: req(list(oneOf(INVESTOR_KINDS)), { zh: '寻求的投资方类型（用 ; 分隔；为本表的分类，不是官方定义）', en: 'Kinds of investor sought (separated by ;; this table’s own labels, not an official definition)', choices: INVESTOR_KINDS }),
    status: req(oneOf(LEAD_STATUSES), { zh: '状态', en: 'Status', choices: LEAD_STATUSES }),
    project_id: opt(id, { zh: '签约后的项目（projects.csv 的 id；状态为 signed 时必填）', en: 'The project it became (an id in projects.csv; required when the status is signed)' }),
    listed_on: opt(date, { zh: '发布日期', en: 'Date listed' }),
    contact_name_zh: opt(text, { zh: '联系人或部门', en: 'Contact office or person' }),
    contact_phone: req(phone, { zh: '联系电话', en: 'Contact phone' }),
    contact_email: opt(email, { zh: '联系邮箱', en: 'Contact e-mail' }),
    info_url: opt(url, { zh: '项目资料网址', en: 'Web address of the project brief' }),
    note_zh: opt(text, { zh: '备注', en: 'Note (in Chinese)' }),
  },
  rowRules: (r): RowProblem[] => {
    if (r.status === 'signed' && r.project_id === null) {
      return [{ field: 'project_id', problem: problem('lead.signed-project', '状态为已签约（signed）的招商项目必须填写签约后的项目编号。', 'A lead with status signed must name the project it became.', hint('在 project_id 填写 projects.csv 中的项目编号，或改正 status。', 'Fill in project_id with an id from projects.csv, or correct the status.')) }];
    }
    if (r.status !== 'signed' && r.project_id !== null) {
      return [{ field: 'status', problem: problem('lead.project-not-signed', `招商项目已对应签约项目 ${r.project_id}，状态却是“${r.status}”。`, `The lead names the signed project ${r.project_id}, yet its status is ${r.status}.`, hint('把 status 改为 signed，或清空 project_id。', 'Set status to signed, or clear project_id.')) }];
    }
    if (r.investor_kinds.length > 1 && r.investor_kinds.includes('any')) {
      return [{ field: 'investor_kinds', problem: problem('lead.any-with-others', '“不限”（any）不能与其他投资方类型同时填写。', '"any" cannot be listed with other kinds of investor.', hint('只保留 any，或删去 any。', 'Keep any alone, or remove it.')) }];
    }
    return [];
  },
});

export const scoringConsequences = defineTable({
  file: 'scoring/consequences.csv',
  zh: '评价等次的结果运用（奖励与问责设置）',
  en: 'What each grade leads to (rewards and accountability settings)',
  optional: true,
  key: ['grade', 'item'],
  columns: {
    grade: req(oneOf(GRADES), { zh: '等次', en: 'Grade', choices: GRADES }),
    item: req(id, { zh: '措施编号（在本等次内唯一，如 land-quota）', en: 'Measure id (unique within the grade, e.g. land-quota)' }),
    kind: req(oneOf(CONSEQUENCE_KINDS), { zh: '类别', en: 'Kind', choices: CONSEQUENCE_KINDS }),
    consequence_zh: req(text, { zh: '措施（中文）', en: 'Measure in Chinese' }),
    consequence_en: opt(text, { zh: '措施（英文）', en: 'Measure in English' }),
    policy_id: opt(id, { zh: '依据的政策（content/policies 下的文件名；空白 = 未注明依据）', en: 'Policy that sets it (a file name in content/policies; blank = not stated)' }),
  },
});

export const clusters = defineTable({
  file: 'clusters.csv',
  zh: '产业集群目标',
  en: 'Industrial cluster targets',
  optional: true,
  key: ['id'],
  columns: {
    id: req(id, { zh: '集群编号', en: 'Cluster id' }),
    name_zh: req(text, { zh: '集群名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    level: req(oneOf(CLUSTER_LEVELS), { zh: '级别（已认定或争创的级别）', en: 'Level (held, or sought)', choices: CLUSTER_LEVELS }),
    status: req(oneOf(CLUSTER_STATUSES), { zh: '状态', en: 'Status', choices: CLUSTER_STATUSES }),
    chain_ids: req(list(id), { zh: '所含产业链（chains.csv 的 id，用 ; 分隔）', en: 'Chains it is made of (ids in chains.csv, separated by ;)' }),
    output_target_wan: opt(amount('万元'), { zh: '产值目标（进度按所含产业链的年度产值合计）', en: 'Output target (progress = the output of its chains added up by year)', unit: '万元' }),
    target_year: opt(year, { zh: '目标年份', en: 'Target year' }),
    recognised_on: opt(date, { zh: '认定日期（已认定时）', en: 'Date recognised (when recognised)' }),
    policy_id: opt(id, { zh: '出处政策（content/policies 下的文件名）', en: 'Source policy (a file name in content/policies)' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
  },
  rowRules: (r): RowProblem[] =>
    r.status === 'recognised' && r.recognised_on === null
      ? [{ field: 'recognised_on', problem: problem('cluster.recognised-date', '状态为已认定（recognised）的集群必须填写认定日期。', 'A recognised cluster needs the date it was recognised.', hint('填写 recognised_on，或把 status 改为 cultivating。', 'Fill in recognised_on, or set status to cultivating.')) }]
      : [],
});

