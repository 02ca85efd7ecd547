/**
 * Every CSV table of the portal: one definition (and so one Zod row schema) per table, every column
 * documented with its meaning and unit. `data/README.md` is generated from these definitions.
 */
import { amount, count, date, email, id, list, number, oneOf, optionalList, phone, ratio, text, url, year, yearIn, type CellParser } from './cells.ts';
import * as C from './choices.ts';
import { CHECKED_FILES, REASON_PLACEHOLDER, THRESHOLD_SETTINGS, WARNING_RULES } from './warning-kinds.ts';
import { hint, problem } from './issues.ts';
import { custom, defineTable, opt, req, type RowOf, type RowProblem } from './table.ts';
import { inspections, projectProgress } from './tables-dispatch.ts';
import { chainDocuments, enterpriseTiers, parkGovernance } from './programme-tables.ts';
import { clusters, investmentLeads, scoringConsequences } from './leads-targets-tables.ts';

const slugList = optionalList(id);
const ENUM = <const V extends string>(choices: readonly { value: V; zh: string; en: string }[]) => oneOf(choices);

/** Latitude/longitude in decimal degrees (WGS-84 as published; GCJ-02 offsets are not corrected). */
const lat: CellParser<number> = number({ min: -90, max: 90, unit: '度' });
const lon: CellParser<number> = number({ min: -180, max: 180, unit: '度' });
const positiveLand: CellParser<number> = number({ greaterThan: 0, unit: '亩' });

export const counties = defineTable({
  file: 'counties.csv',
  zh: '县市区',
  en: 'Counties',
  key: ['id'],
  columns: {
    id: req(id, { zh: '县市区编号（小写英文，用于网址）', en: 'County id (lowercase slug, used in URLs)' }),
    adcode: req((v) => (/^\d{6}$/.test(v) ? v : problem('adcode.format', `行政区划代码“${v}”应为 6 位数字（GB/T 2260）。`, `The division code "${v}" must be 6 digits (GB/T 2260).`, hint('例如 433101。', 'For example 433101.'))), { zh: '行政区划代码（GB/T 2260，6 位）', en: 'Administrative division code (GB/T 2260, 6 digits)' }),
    name_zh: req(text, { zh: '中文名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称（缺省时用中文名）', en: 'Name in English (falls back to Chinese)' }),
    kind: req(ENUM(C.COUNTY_KINDS), { zh: '类型', en: 'Kind', choices: C.COUNTY_KINDS }),
    seat_lat: req(lat, { zh: '政府驻地纬度', en: 'Latitude of the seat', unit: '度' }),
    seat_lon: req(lon, { zh: '政府驻地经度', en: 'Longitude of the seat', unit: '度' }),
  },
});

export const parks = defineTable({
  file: 'parks.csv',
  zh: '园区',
  en: 'Parks',
  key: ['id'],
  columns: {
    id: req(id, { zh: '园区编号（小写英文，用于网址，发布后不改）', en: 'Park id (lowercase slug, used in URLs, never changed)' }),
    name_zh: req(text, { zh: '园区全称', en: 'Full name in Chinese' }),
    name_en: opt(text, { zh: '英文名称（缺省时用中文名）', en: 'Name in English (falls back to Chinese)' }),
    short_name_zh: opt(text, { zh: '简称', en: 'Short name in Chinese' }),
    short_name_en: opt(text, { zh: '英文简称（图表标签用；缺省时用英文名称）', en: 'Short name in English (chart labels; falls back to the English name)' }),
    county_id: req(id, { zh: '所在县市区（counties.csv 的 id）', en: 'County (an id in counties.csv)' }),
    level: req(ENUM(C.PARK_LEVELS), { zh: '级别', en: 'Level', choices: C.PARK_LEVELS }),
    kind: req(ENUM(C.PARK_KINDS), { zh: '类型', en: 'Kind', choices: C.PARK_KINDS }),
    approved_on: opt(date, { zh: '批准设立日期', en: 'Date of approval' }),
    approved_area_ha: opt(amount('公顷'), { zh: '核准面积', en: 'Approved area', unit: '公顷' }),
    planned_area_mu: opt(amount('亩'), { zh: '规划面积', en: 'Planned area', unit: '亩' }),
    lead_industry_zh: req(text, { zh: '主导产业（一主）', en: 'Lead industry (in Chinese)' }),
    lead_industry_en: opt(text, { zh: '主导产业（英文）', en: 'Lead industry (in English)' }),
    specialty_zh: opt(text, { zh: '特色产业（一特）', en: 'Specialty industry (in Chinese)' }),
    specialty_en: opt(text, { zh: '特色产业（英文）', en: 'Specialty industry (in English)' }),
    chain_ids: custom(slugList, { zh: '园区所在的产业链（chains.csv 的 id，用 ; 分隔）', en: 'Chains present in the park (ids in chains.csv, separated by ;)' }),
    lat: req(lat, { zh: '纬度', en: 'Latitude', unit: '度' }),
    lon: req(lon, { zh: '经度', en: 'Longitude', unit: '度' }),
    address_zh: opt(text, { zh: '地址', en: 'Address (in Chinese)' }),
    address_en: opt(text, { zh: '地址（英文）', en: 'Address in English' }),
    contact_name_zh: opt(text, { zh: '联系部门或联系人', en: 'Contact office or person' }),
    contact_name_en: opt(text, { zh: '联系部门或联系人（英文）', en: 'Contact office or person in English' }),
    contact_phone: opt(phone, { zh: '联系电话', en: 'Contact phone' }),
    contact_email: opt(email, { zh: '联系邮箱', en: 'Contact e-mail' }),
    website: opt(url, { zh: '网站', en: 'Website' }),
  },
});

export const parkIndicators = defineTable({
  file: 'park_indicators.csv',
  zh: '园区年度指标',
  en: 'Park indicators by year',
  key: ['park_id', 'year'],
  columns: {
    park_id: req(id, { zh: '园区（parks.csv 的 id）', en: 'Park (an id in parks.csv)' }),
    year: req(year, { zh: '年度', en: 'Year' }),
    industrial_land_mu: opt(positiveLand, { zh: '工业用地面积（亩均指标的分母；空白 = 缺数）', en: 'Industrial land (the per-mu denominator; blank = missing)', unit: '亩' }),
    industrial_investment_wan: opt(amount('万元'), { zh: '工业投资', en: 'Industrial investment', unit: '万元' }),
    industrial_output_wan: opt(amount('万元'), { zh: '规模工业总产值', en: 'Industrial output', unit: '万元' }),
    lead_industry_output_wan: opt(amount('万元'), { zh: '主导产业产值（不超过工业总产值）', en: 'Output of the lead industry (at most the industrial output)', unit: '万元' }),
    tax_wan: opt(amount('万元'), { zh: '税收', en: 'Tax revenue', unit: '万元' }),
    value_added_wan: opt(amount('万元'), { zh: '工业增加值', en: 'Industrial value added', unit: '万元' }),
    energy_tce: opt(amount('吨标准煤'), { zh: '综合能源消费量', en: 'Energy consumption', unit: '吨标准煤' }),
    rd_spending_wan: opt(amount('万元'), { zh: '研发经费支出', en: 'R&D spending', unit: '万元' }),
    employees: opt(count('人'), { zh: '从业人员', en: 'Employees', unit: '人' }),
    exempt: opt(ENUM(C.EXEMPTION), { zh: '免予评价：写 yes 即不参加当年评价（须同时写明理由）；空白 = 参加评价', en: 'Exempt: yes = not graded that year (a reason is required); blank = graded', choices: C.EXEMPTION }),
    exempt_reason: opt(text, { zh: '免予评价的理由（exempt 为 yes 时必填，公开显示）', en: 'Reason for exemption (required when exempt is yes; published)' }),
    exempt_reason_en: opt(text, { zh: '免予评价的理由（英文）', en: 'Reason for exemption in English' }),
  },
  rowRules: (r): RowProblem[] => [
    ...(r.lead_industry_output_wan !== null && r.industrial_output_wan !== null && r.lead_industry_output_wan > r.industrial_output_wan
      ? [{ field: 'lead_industry_output_wan', problem: problem('indicators.lead-exceeds-output', `主导产业产值 ${r.lead_industry_output_wan} 万元大于工业总产值 ${r.industrial_output_wan} 万元。`, `Lead-industry output ${r.lead_industry_output_wan} 万元 exceeds industrial output ${r.industrial_output_wan} 万元.`, hint('主导产业产值是工业总产值的一部分，请核对两个数。', 'Lead-industry output is part of industrial output; check both figures.')) }]
      : []),
    ...exemptionRules(r.exempt, r.exempt_reason),
  ],
});

/** Words that mean "none" or "not yet", typed where a reason belongs. */
const PLACEHOLDER_REASON = /^(无|没有|暂无|否|不|不免|不免评|空|待定|待补|待填|略|n\/?a|na|none|null|nil|no|x|0|-+|—+|\.+|。+|\/|？|\?)$/i;

/** An exemption needs both `exempt = yes` and a real reason; a reason alone (or `无`) exempts nothing. */
function exemptionRules(exempt: 'yes' | null, reason: string | null): RowProblem[] {
  if (reason !== null && PLACEHOLDER_REASON.test(reason)) {
    return [{ field: 'exempt_reason', problem: problem('exemption.placeholder', `免评理由“${reason}”是占位词，不是理由。`, `The exemption reason "${reason}" is a placeholder, not a reason.`, exempt === 'yes' ? hint('写明免予评价的理由，例如“新设园区，投产未满一年”。', 'Write the reason, e.g. "new park, in production for less than a year".') : hint('这个园区参加评价时清空这个单元格。', 'Empty the cell when the park is graded.')) }];
  }
  if (exempt === 'yes' && reason === null) {
    return [{ field: 'exempt_reason', problem: problem('exemption.no-reason', 'exempt 为 yes（免予评价），但没有写理由。', 'exempt is yes (not graded) but no reason is given.', hint('在 exempt_reason 写明理由，它会公开显示；或清空 exempt。', 'Write the reason in exempt_reason (it is published), or clear exempt.')) }];
  }
  if (exempt === null && reason !== null) {
    return [{ field: 'exempt', problem: problem('exemption.not-chosen', `写了免评理由“${reason}”，但 exempt 没有写 yes：免予评价必须明确选择。`, `An exemption reason ("${reason}") is given but exempt is not yes: exemption must be chosen explicitly.`, hint('免予评价：在 exempt 写 yes；参加评价：清空 exempt_reason。', 'To exempt the park write yes in exempt; to grade it, empty exempt_reason.')) }];
  }
  return [];
}

export const fiveGoodScores = defineTable({
  file: 'five_good_scores.csv',
  zh: '“五好”园区评分',
  en: 'Five-good park scores',
  key: ['park_id', 'year', 'dimension'],
  columns: {
    park_id: req(id, { zh: '园区', en: 'Park' }),
    year: req(year, { zh: '年度', en: 'Year' }),
    dimension: req(ENUM(C.FIVE_GOOD_DIMENSIONS), { zh: '“五好”维度', en: 'Five-good dimension', choices: C.FIVE_GOOD_DIMENSIONS }),
    score: req(amount('分'), { zh: '得分', en: 'Score', unit: '分' }),
    max_score: req(number({ greaterThan: 0, unit: '分' }), { zh: '满分', en: 'Maximum score', unit: '分' }),
  },
  rowRules: (r) => (r.score > r.max_score ? [{ field: 'score', problem: problem('five-good.above-max', `得分 ${r.score} 高于满分 ${r.max_score}。`, `The score ${r.score} is above the maximum ${r.max_score}.`, hint('核对得分或满分。', 'Check the score or the maximum.')) }] : []),
});

export const parkInfrastructure = defineTable({
  file: 'park_infrastructure.csv',
  zh: '园区基础设施',
  en: 'Park infrastructure',
  key: ['park_id', 'item'],
  columns: {
    park_id: req(id, { zh: '园区', en: 'Park' }),
    item: req(ENUM(C.INFRASTRUCTURE_ITEMS), { zh: '设施', en: 'Facility', choices: C.INFRASTRUCTURE_ITEMS }),
    status: req(ENUM(C.INFRASTRUCTURE_STATUSES), { zh: '状态', en: 'Status', choices: C.INFRASTRUCTURE_STATUSES }),
    detail_zh: opt(text, { zh: '说明（能力、进度等）', en: 'Detail in Chinese (capacity, progress)' }),
    detail_en: opt(text, { zh: '说明（英文）', en: 'Detail in English' }),
  },
});

export const sites = defineTable({
  file: 'sites.csv',
  zh: '可供土地与厂房',
  en: 'Land and factory space on offer',
  key: ['id'],
  columns: {
    id: req(id, { zh: '地块或厂房编号', en: 'Site id' }),
    park_id: req(id, { zh: '所在园区', en: 'Park' }),
    kind: req(ENUM(C.SITE_KINDS), { zh: '类型', en: 'Kind', choices: C.SITE_KINDS }),
    name_zh: req(text, { zh: '名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    area_mu: opt(number({ greaterThan: 0, unit: '亩' }), { zh: '土地面积（工业用地必填）', en: 'Land area (required for land)', unit: '亩' }),
    floor_area_m2: opt(number({ greaterThan: 0, unit: '平方米' }), { zh: '建筑面积（厂房必填）', en: 'Floor area (required for factory space)', unit: '平方米' }),
    status: req(ENUM(C.SITE_STATUSES), { zh: '状态', en: 'Status', choices: C.SITE_STATUSES }),
    supply_modes: req(list(ENUM(C.SUPPLY_MODES)), { zh: '供地/供房方式（用 ; 分隔）', en: 'Supply modes (separated by ;)', choices: C.SUPPLY_MODES }),
    price_wan_per_mu: opt(amount('万元/亩'), { zh: '土地参考价', en: 'Reference land price', unit: '万元/亩' }),
    rent_yuan_per_m2_month: opt(amount('元/平方米·月'), { zh: '厂房参考租金', en: 'Reference rent', unit: '元/平方米·月' }),
    chain_ids: custom(slugList, { zh: '适合的产业链（chains.csv 的 id，用 ; 分隔）', en: 'Chains it suits (ids in chains.csv, separated by ;)' }),
    available_from: opt(date, { zh: '可供日期', en: 'Available from' }),
    contact_name_zh: opt(text, { zh: '联系人或部门', en: 'Contact' }),
    contact_phone: req(phone, { zh: '联系电话', en: 'Contact phone' }),
    contact_email: opt(email, { zh: '联系邮箱', en: 'Contact e-mail' }),
    note_zh: opt(text, { zh: '备注', en: 'Note (in Chinese)' }),
  },
  rowRules: (r) => {
    const out: RowProblem[] = [];
    if (r.kind === 'land' && r.area_mu === null) out.push({ field: 'area_mu', problem: problem('site.land-area', '工业用地必须填写土地面积（亩）。', 'Land must have its area in 亩 (area_mu).', hint('填写 area_mu。', 'Fill in area_mu.')) });
    if (r.kind === 'factory' && r.floor_area_m2 === null) out.push({ field: 'floor_area_m2', problem: problem('site.factory-area', '厂房必须填写建筑面积（平方米）。', 'Factory space must have its floor area in m² (floor_area_m2).', hint('填写 floor_area_m2。', 'Fill in floor_area_m2.')) });
    return out;
  },
});

export const chains = defineTable({
  file: 'chains.csv',
  zh: '产业链',
  en: 'Industrial chains',
  key: ['id'],
  columns: {
    id: req(id, { zh: '产业链编号', en: 'Chain id' }),
    name_zh: req(text, { zh: '名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    short_name_en: opt(text, { zh: '英文简称（图表标签用；缺省时用英文名称）', en: 'Short name in English (chart labels; falls back to the English name)' }),
    order: req(count('位'), { zh: '排列顺序', en: 'Display order' }),
    cluster_target_zh: opt(text, { zh: '集群目标', en: 'Cluster target (in Chinese)' }),
    cluster_target_en: opt(text, { zh: '集群目标（英文）', en: 'Cluster target in English' }),
    leader_title_zh: req(text, { zh: '链长职务（只写职务）', en: 'Chain leader’s title (title only, in Chinese)' }),
    leader_title_en: opt(text, { zh: '链长职务（英文）', en: 'Chain leader’s title in English' }),
    lead_unit_zh: req(text, { zh: '牵头单位', en: 'Lead unit' }),
    lead_unit_en: opt(text, { zh: '牵头单位（英文）', en: 'Lead unit in English' }),
    partner_units_zh: custom(optionalList(text), { zh: '配合单位（用 ; 分隔）', en: 'Partner units (separated by ;)' }),
    partner_units_en: custom(optionalList(text), { zh: '配合单位（英文，用 ; 分隔，与中文一一对应）', en: 'Partner units in English (separated by ;, in the same order)' }),
    task_force_zh: opt(text, { zh: '工作专班', en: 'Task force' }),
    task_force_en: opt(text, { zh: '工作专班（英文）', en: 'Task force in English' }),
    support_policy_id: opt(id, { zh: '支持政策（content/policies 下的文件名）', en: 'Support policy (a file name in content/policies)' }),
    investment_plan_zh: opt(text, { zh: '招商计划', en: 'Investment promotion plan (in Chinese)' }),
    investment_plan_en: opt(text, { zh: '招商计划（英文）', en: 'Investment promotion plan in English' }),
    key_park_ids: custom(slugList, { zh: '重点园区（parks.csv 的 id，用 ; 分隔）', en: 'Key parks (ids in parks.csv, separated by ;)' }),
    output_target_wan: opt(amount('万元'), { zh: '产值目标', en: 'Output target', unit: '万元' }),
    target_year: opt(year, { zh: '目标年份', en: 'Target year' }),
    contact_phone: opt(phone, { zh: '联系电话', en: 'Contact phone' }),
    contact_email: opt(email, { zh: '联系邮箱', en: 'Contact e-mail' }),
  },
});

export const chainSegments = defineTable({
  file: 'chain_segments.csv',
  zh: '产业链环节',
  en: 'Chain segments',
  key: ['chain_id', 'id'],
  columns: {
    chain_id: req(id, { zh: '产业链', en: 'Chain' }),
    id: req(id, { zh: '环节编号（在本链内唯一）', en: 'Segment id (unique within the chain)' }),
    name_zh: req(text, { zh: '名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    stage: req(ENUM(C.CHAIN_STAGES), { zh: '上中下游', en: 'Stage', choices: C.CHAIN_STAGES }),
    strength: req(ENUM(C.SEGMENT_STRENGTHS), { zh: '强弱（missing = 补链目标）', en: 'Strength (missing = a gap to fill)', choices: C.SEGMENT_STRENGTHS }),
    order: req(count('位'), { zh: '排列顺序', en: 'Display order' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
    note_en: opt(text, { zh: '说明（英文；缺省时英文页注明未翻译）', en: 'Note in English (if blank, English pages say it is not translated)' }),
  },
});

export const chainLinks = defineTable({
  file: 'chain_links.csv',
  zh: '产业链环节关系',
  en: 'Chain links',
  key: ['chain_id', 'from', 'to'],
  columns: {
    chain_id: req(id, { zh: '产业链', en: 'Chain' }),
    from: req(id, { zh: '起点环节', en: 'From segment' }),
    to: req(id, { zh: '终点环节', en: 'To segment' }),
  },
  rowRules: (r) => (r.from === r.to ? [{ field: 'to', problem: problem('link.self', `环节 ${r.from} 不能指向自己。`, `Segment ${r.from} cannot link to itself.`, hint('检查 from 和 to。', 'Check from and to.')) }] : []),
});

export const chainIndicators = defineTable({
  file: 'chain_indicators.csv',
  zh: '产业链年度指标',
  en: 'Chain indicators by year',
  key: ['chain_id', 'year'],
  columns: {
    chain_id: req(id, { zh: '产业链', en: 'Chain' }),
    year: req(year, { zh: '年度', en: 'Year' }),
    output_wan: opt(amount('万元'), { zh: '产值', en: 'Output', unit: '万元' }),
    above_scale_enterprises: opt(count('家'), { zh: '规上企业数', en: 'Enterprises above designated size', unit: '家' }),
    investment_wan: opt(amount('万元'), { zh: '投资', en: 'Investment', unit: '万元' }),
  },
});

export const enterprises = defineTable({
  file: 'enterprises.csv',
  zh: '企业',
  en: 'Enterprises',
  key: ['id'],
  columns: {
    id: req(id, { zh: '企业编号', en: 'Enterprise id' }),
    name_zh: req(text, { zh: '企业名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    park_id: req(id, { zh: '所在园区', en: 'Park' }),
    chain_id: req(id, { zh: '所属产业链', en: 'Chain' }),
    segment_id: opt(id, { zh: '所属环节（该链的环节编号）', en: 'Segment (a segment id of that chain)' }),
    tags: custom(optionalList(ENUM(C.ENTERPRISE_TAGS)), { zh: '标签（用 ; 分隔）', en: 'Tags (separated by ;)', choices: C.ENTERPRISE_TAGS }),
    founded_year: opt(yearIn(1800, 2100), { zh: '成立年份', en: 'Year founded' }),
  },
});

export const projects = defineTable({
  file: 'projects.csv',
  zh: '招商项目',
  en: 'Investment projects',
  key: ['id'],
  columns: {
    id: req(id, { zh: '项目编号', en: 'Project id' }),
    name_zh: req(text, { zh: '项目名称', en: 'Name in Chinese' }),
    name_en: opt(text, { zh: '英文名称', en: 'Name in English' }),
    chain_id: req(id, { zh: '所属产业链', en: 'Chain' }),
    park_id: req(id, { zh: '落地园区', en: 'Park' }),
    investor_zh: opt(text, { zh: '投资方', en: 'Investor (in Chinese)' }),
    origin_zh: opt(text, { zh: '投资方来源地', en: 'Where the investor comes from (in Chinese)' }),
    contracted_investment_wan: req(amount('万元'), { zh: '合同投资额', en: 'Contracted investment', unit: '万元' }),
    funds_in_place_wan: opt(amount('万元'), { zh: '到位资金（空白 = 未报）', en: 'Funds in place (blank = not reported)', unit: '万元' }),
    stage: req(ENUM(C.PROJECT_STAGES), { zh: '进展阶段', en: 'Stage', choices: C.PROJECT_STAGES }),
    signed_on: req(date, { zh: '签约日期', en: 'Date signed' }),
    planned_start_on: opt(date, { zh: '计划开工日期', en: 'Planned start' }),
    actual_start_on: opt(date, { zh: '实际开工日期', en: 'Actual start' }),
    planned_completion_on: opt(date, { zh: '计划竣工投产日期', en: 'Planned completion' }),
    production_on: opt(date, { zh: '投产日期（含试生产）', en: 'Production start (trial production included)' }),
    terminated_on: opt(date, { zh: '终止日期', en: 'Date terminated' }),
    note_zh: opt(text, { zh: '备注', en: 'Note (in Chinese)' }),
  },
  rowRules: projectRules,
});

type ProjectRow = {
  stage: C.ValueOf<typeof C.PROJECT_STAGES>;
  signed_on: string;
  planned_start_on: string | null;
  actual_start_on: string | null;
  planned_completion_on: string | null;
  production_on: string | null;
  terminated_on: string | null;
};

/** A project's dates are in order and agree with its stage. */
function projectRules(r: ProjectRow): RowProblem[] {
  const out: RowProblem[] = [];
  const stageZh = C.label(C.PROJECT_STAGES, r.stage, 'zh');
  const needs = (field: keyof ProjectRow, zh: string, en: string) =>
    out.push({ field, problem: problem('project.stage-dates', `进展为“${stageZh}”（${r.stage}）的项目必须填写${zh}。`, `A project at stage ${r.stage} must have ${en}.`, hint(`填写 ${field}，或改正 stage。`, `Fill in ${field}, or correct the stage.`)) });
  const mustNot = (field: keyof ProjectRow, zh: string, en: string) =>
    out.push({ field, problem: problem('project.stage-dates', `进展为“${stageZh}”（${r.stage}）的项目不应有${zh}。`, `A project at stage ${r.stage} cannot have ${en}.`, hint(`清空 ${field}，或把 stage 改为与之相符的阶段。`, `Clear ${field}, or set the stage that matches it.`)) });
  switch (r.stage) {
    case 'signed':
      if (r.actual_start_on) mustNot('actual_start_on', '实际开工日期', 'an actual start date');
      if (r.production_on) mustNot('production_on', '投产日期', 'a production date');
      break;
    case 'started':
      if (!r.actual_start_on) needs('actual_start_on', '实际开工日期', 'an actual start date');
      if (r.production_on) mustNot('production_on', '投产日期', 'a production date');
      break;
    case 'in_production':
      if (!r.actual_start_on) needs('actual_start_on', '实际开工日期', 'an actual start date');
      if (!r.production_on) needs('production_on', '投产日期', 'a production date');
      break;
    case 'terminated':
      if (!r.terminated_on) needs('terminated_on', '终止日期', 'a termination date');
      break;
  }
  if (r.stage !== 'terminated' && r.terminated_on) mustNot('terminated_on', '终止日期', 'a termination date');
  const order = (earlier: keyof ProjectRow, later: keyof ProjectRow, zh: string, en: string) => {
    const a = r[earlier];
    const b = r[later];
    if (a && b && b < a) {
      out.push({ field: later, problem: problem('project.date-order', `${zh}：${later} ${b} 早于 ${earlier} ${a}。`, `${en}: ${later} ${b} is before ${earlier} ${a}.`, hint('核对这两个日期。', 'Check both dates.')) });
    }
  };
  order('signed_on', 'planned_start_on', '计划开工不能早于签约', 'Planned start before signing');
  order('planned_start_on', 'planned_completion_on', '计划竣工不能早于计划开工', 'Planned completion before planned start');
  order('signed_on', 'actual_start_on', '实际开工不能早于签约', 'Actual start before signing');
  order('actual_start_on', 'production_on', '投产不能早于开工', 'Production before the start');
  order('signed_on', 'terminated_on', '终止不能早于签约', 'Termination before signing');
  return out;
}

export const targets = defineTable({
  file: 'targets.csv',
  zh: '目标任务',
  en: 'Targets',
  key: ['id'],
  columns: {
    id: req(id, { zh: '目标编号', en: 'Target id' }),
    name_zh: req(text, { zh: '目标', en: 'Target in Chinese' }),
    name_en: opt(text, { zh: '英文', en: 'Target in English' }),
    unit_zh: req(text, { zh: '单位', en: 'Unit in Chinese' }),
    unit_en: opt(text, { zh: '单位（英文）', en: 'Unit in English' }),
    direction: req(ENUM(C.TARGET_DIRECTIONS), { zh: '达标方向', en: 'Direction', choices: C.TARGET_DIRECTIONS }),
    target_value: req(number(), { zh: '目标值', en: 'Target value' }),
    baseline_value: opt(number(), { zh: '基期值', en: 'Baseline value' }),
    baseline_year: opt(year, { zh: '基期年份', en: 'Baseline year' }),
    deadline: req(date, { zh: '完成期限', en: 'Deadline' }),
    policy_id: opt(id, { zh: '出处政策（content/policies 下的文件名）', en: 'Source policy (a file name in content/policies)' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
  },
});

export const targetProgress = defineTable({
  file: 'target_progress.csv',
  zh: '目标进展',
  en: 'Target progress',
  key: ['target_id', 'as_of'],
  columns: {
    target_id: req(id, { zh: '目标（targets.csv 的 id）', en: 'Target (an id in targets.csv)' }),
    as_of: req(date, { zh: '截至日期', en: 'As of' }),
    value: req(number(), { zh: '完成值（单位同目标）', en: 'Value reached (in the target’s unit)' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
  },
});

const benchmark: CellParser<'auto' | number> = (raw) => {
  if (raw === 'auto') return 'auto';
  const n = number({ greaterThan: 0 })(raw);
  return typeof n === 'number' ? n : problem('benchmark.invalid', `基准值“${raw}”应为 auto 或一个正数。`, `The benchmark "${raw}" must be auto or a positive number.`, hint('auto = 用当年参评园区的汇总值作基准。', 'auto = the aggregate of the graded parks that year.'));
};

const sha256Hex: CellParser<string> = (raw) => (/^[0-9a-f]{64}$/.test(raw) ? raw : problem('seal.hash-format', `“${raw}”不是 SHA-256 值（64 位小写十六进制）。`, `"${raw}" is not a SHA-256 value (64 lowercase hex digits).`, hint('这一格由 npm run seal 填写：清空后重新运行。', 'npm run seal writes this cell: clear it and run it again.')));

export const scoringIndicators = defineTable({
  file: 'scoring/indicators.csv',
  zh: '评价指标设置',
  en: 'Evaluation indicator settings',
  key: ['indicator'],
  columns: {
    indicator: req(ENUM(C.INDICATORS), { zh: '指标', en: 'Indicator', choices: C.INDICATORS }),
    weight: req(number({ min: 0, max: 100, unit: '分' }), { zh: '权重（各指标合计 100）', en: 'Weight (the weights sum to 100)', unit: '分' }),
    benchmark: req(benchmark, { zh: '基准值：auto（当年参评园区汇总）或固定数值', en: 'Benchmark: auto (aggregate of the graded parks that year) or a fixed number' }),
    cap: opt(number({ greaterThan: 0 }), { zh: '得分上限倍数（空白 = 1.5）', en: 'Cap on value ÷ benchmark (blank = 1.5)' }),
  },
});

export const scoringGrades = defineTable({
  file: 'scoring/grades.csv',
  zh: '评价等次规则',
  en: 'Grade rules',
  key: ['grade'],
  columns: {
    grade: req(ENUM(C.GRADES), { zh: '等次', en: 'Grade', choices: C.GRADES }),
    min_score: opt(amount('分'), { zh: '最低总分（按分数线时；最低等次留空）', en: 'Lowest total for the grade (threshold method; blank for the last grade)', unit: '分' }),
    quota_ratio: opt(ratio, { zh: '名额比例（按比例时，0–1）', en: 'Share of parks (quota method, 0–1)' }),
  },
});

export const scoringReleases = defineTable({
  file: 'scoring/releases.csv',
  zh: '评价结果发布状态',
  en: 'Evaluation releases',
  key: ['year'],
  columns: {
    year: req(year, { zh: '评价年度', en: 'Year evaluated' }),
    status: req(ENUM(C.RELEASE_STATUSES), { zh: '状态', en: 'Status', choices: C.RELEASE_STATUSES }),
    grade_method: req(ENUM(C.GRADE_METHODS), { zh: '定等方法', en: 'Grading method', choices: C.GRADE_METHODS }),
    notice_from: opt(date, { zh: '公示开始', en: 'Public notice from' }),
    notice_to: opt(date, { zh: '公示结束', en: 'Public notice until' }),
    published_on: opt(date, { zh: '发布日期', en: 'Date published' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
    note_en: opt(text, { zh: '说明（英文）', en: 'Note in English' }),
    sealed_on: opt(date, { zh: '封存日期（由 npm run seal 填写）', en: 'Date sealed (written by npm run seal)' }),
    seal_sha256: opt(sha256Hex, { zh: '封存文件 scoring/seals/<年度>.csv 的 SHA-256（由 npm run seal 填写，不要手改）', en: 'SHA-256 of the seal file scoring/seals/<year>.csv (written by npm run seal; do not edit)' }),
    sealed_grades: opt(text, { zh: '封存时的定等方法和等次规则（由 npm run seal 填写；权重、基准和上限在封存文件的每一行里）', en: 'Grading method and grade rules when sealed (written by npm run seal; weights, benchmarks and caps are in every row of the seal file)' }),
  },
  rowRules: (r) => {
    const out: RowProblem[] = [];
    if (r.status === 'notice') {
      if (!r.notice_from) out.push({ field: 'notice_from', problem: problem('release.notice-dates', '公示中的年度必须填写公示开始日期。', 'A year under public notice needs notice_from.', hint('填写 notice_from。', 'Fill in notice_from.')) });
      if (!r.notice_to) out.push({ field: 'notice_to', problem: problem('release.notice-dates', '公示中的年度必须填写公示结束日期。', 'A year under public notice needs notice_to.', hint('填写 notice_to。', 'Fill in notice_to.')) });
    }
    if (r.published_on && r.notice_from && r.published_on < r.notice_from) {
      out.push({ field: 'published_on', problem: problem('release.published-before-notice', `发布日期 ${r.published_on} 早于公示开始 ${r.notice_from}：结果应在公示之后发布。`, `Published on ${r.published_on}, before the public notice started (${r.notice_from}): results are published after the notice.`, hint('核对 published_on 和 notice_from。', 'Check published_on and notice_from.')) });
    }
    if (r.notice_from && r.notice_to && r.notice_to < r.notice_from) {
      out.push({ field: 'notice_to', problem: problem('release.notice-order', `公示结束 ${r.notice_to} 早于公示开始 ${r.notice_from}。`, `Notice end ${r.notice_to} is before its start ${r.notice_from}.`, hint('核对两个日期。', 'Check both dates.')) });
    }
    return out;
  },
});

export const scoringCorrections = defineTable({
  file: 'scoring/corrections.csv',
  zh: '已封存评价结果的更正',
  en: 'Corrections to sealed evaluation results',
  key: ['year', 'n'],
  optional: true,
  columns: {
    year: req(year, { zh: '更正的评价年度（须已封存）', en: 'Year corrected (must be sealed)' }),
    n: req(number({ min: 1, integer: true }), { zh: '该年度的第几次更正（1, 2, …；封存文件为 seals/<年度>.corrected-<n>.csv）', en: 'Number of the correction in that year (1, 2, …; its seal is seals/<year>.corrected-<n>.csv)' }),
    corrected_on: req(date, { zh: '更正发布日期', en: 'Date the correction was published' }),
    reference: req(text, { zh: '更正文件的文号', en: 'Reference number of the correction notice' }),
    reason_zh: req(text, { zh: '更正理由', en: 'Reason (in Chinese)' }),
    reason_en: opt(text, { zh: '更正理由（英文）', en: 'Reason (in English)' }),
    corrects_zh: req(text, { zh: '更正了什么（哪个园区的哪项数据或设置）', en: 'What it corrects (which park’s figure or which setting), in Chinese' }),
    corrects_en: opt(text, { zh: '更正了什么（英文）', en: 'What it corrects, in English' }),
    seal_sha256: opt(sha256Hex, { zh: '更正后封存文件的 SHA-256（由 npm run seal 填写，不要手改）', en: 'SHA-256 of the corrected seal file (written by npm run seal; do not edit)' }),
    sealed_grades: opt(text, { zh: '更正时的定等方法和等次规则（由 npm run seal 填写）', en: 'Grading method and grade rules of the corrected result (written by npm run seal)' }),
  },
});

export const checkThresholds = defineTable({
  file: 'checks/thresholds.csv',
  zh: '数据合理性检查阈值',
  en: 'Plausibility check thresholds',
  key: ['setting'],
  columns: {
    setting: req(ENUM(THRESHOLD_SETTINGS), { zh: '设置项（每项一行，缺一不可）', en: 'Setting (one row each; every setting is needed)', choices: THRESHOLD_SETTINGS }),
    value: req(number({ greaterThan: 0 }), { zh: '取值（倍数或个数）', en: 'Value (a factor or a count)' }),
    note_zh: opt(text, { zh: '说明', en: 'Note (in Chinese)' }),
  },
});

export const acknowledgedWarnings = defineTable({
  file: 'checks/acknowledged.csv',
  zh: '已确认的数据提醒',
  en: 'Acknowledged warnings',
  key: ['file', 'key', 'column', 'rule'],
  columns: {
    file: req(ENUM(CHECKED_FILES), { zh: '提醒所在的文件', en: 'File the warning is about', choices: CHECKED_FILES }),
    key: req(list(text), { zh: '行的键（如 park_id;year，用 ; 分隔；针对整个序列的提醒只写编号）', en: 'Key of the row (e.g. park_id;year, separated by ;; for a warning about a whole series, the id only)' }),
    column: opt(text, { zh: '列名（针对整行的提醒留空）', en: 'Column (blank for a warning about a whole row)' }),
    rule: req(ENUM(WARNING_RULES), { zh: '提醒类型', en: 'Warning rule', choices: WARNING_RULES }),
    value: opt(text, { zh: '确认时的数值（数值改动后提醒会重新出现；留空 = 任何数值）', en: 'The value acknowledged (the warning returns if the value changes; blank = any value)' }),
    reason_zh: req(text, { zh: '确认理由（在评价方法页公开）', en: 'Reason in Chinese (published on the methodology page)' }),
    reason_en: opt(text, { zh: '确认理由（英文）', en: 'Reason in English' }),
    acknowledged_on: req(date, { zh: '确认日期', en: 'Date acknowledged' }),
    acknowledged_by: opt(text, { zh: '确认人或部门', en: 'Acknowledged by (person or office)' }),
  },
  rowRules: (r) =>
    r.reason_zh === REASON_PLACEHOLDER || r.reason_zh === REASON_PLACEHOLDER.split(' ')[0]
      ? [{ field: 'reason_zh', problem: problem('acknowledgement.reason', '请写明为什么这个数值是对的。', 'Say why the figure is right.', hint('把占位文字换成理由，例如“2024 年新增 500 亩工业用地”。', 'Replace the placeholder with the reason, e.g. "500 mu of industrial land added in 2024".')) }]
      : [],
});

/** Every table, in the order reports and the data dictionary list them. */
export const TABLES = {
  counties,
  parks,
  parkIndicators,
  fiveGoodScores,
  parkInfrastructure,
  sites,
  chains,
  chainSegments,
  chainLinks,
  chainIndicators,
  enterprises,
  projects,
  targets,
  targetProgress,
  investmentLeads,
  clusters,
  scoringIndicators,
  scoringGrades,
  scoringReleases,
  scoringConsequences,
  scoringCorrections,
  checkThresholds,
  acknowledgedWarnings,
  chainDocuments,
  enterpriseTiers,
  parkGovernance,
  projectProgress,
  inspections,
} as const;

export type TableName = keyof typeof TABLES;
export type Row<N extends TableName> = RowOf<(typeof TABLES)[N]['columns']>;

export type County = Row<'counties'>;
export type Park = Row<'parks'>;
export type ParkIndicator = Row<'parkIndicators'>;
export type FiveGoodScore = Row<'fiveGoodScores'>;
export type ParkInfrastructure = Row<'parkInfrastructure'>;
export type Site = Row<'sites'>;
export type Chain = Row<'chains'>;
export type ChainSegment = Row<'chainSegments'>;
export type ChainLink = Row<'chainLinks'>;
export type ChainIndicator = Row<'chainIndicators'>;
export type Enterprise = Row<'enterprises'>;
export type Project = Row<'projects'>;
export type Target = Row<'targets'>;
export type TargetProgress = Row<'targetProgress'>;
export type ScoringIndicator = Row<'scoringIndicators'>;
export type ScoringGrade = Row<'scoringGrades'>;
export type ScoringRelease = Row<'scoringReleases'>;
export type ScoringCorrection = Row<'scoringCorrections'>;
export type CheckThreshold = Row<'checkThresholds'>;
export type AcknowledgedWarningRow = Row<'acknowledgedWarnings'>;
export type ChainDocument = Row<'chainDocuments'>;
export type EnterpriseTier = Row<'enterpriseTiers'>;
export type ParkGovernance = Row<'parkGovernance'>;
export type ProjectProgress = Row<'projectProgress'>;
export type Inspection = Row<'inspections'>;
export type InvestmentLead = Row<'investmentLeads'>;
export type ScoringConsequence = Row<'scoringConsequences'>;
export type Cluster = Row<'clusters'>;
