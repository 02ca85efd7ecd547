/** The coded values used across tables, each with its meaning in Chinese and English. */
import type { Choice } from './cells.ts';

const c = <const V extends string>(value: V, zh: string, en: string) => ({ value, zh, en }) satisfies Choice;

export const COUNTY_KINDS = [c('city', '县级市', 'county-level city'), c('county', '县', 'county'), c('district', '市辖区', 'district')] as const;

/**
 * The region's own level (州级 in a 州, 市级 in a city): pages print it with the region's level word from
 * portal.json; staff documents read the generic 地市级.
 */
export const REGION_LEVEL = { value: 'prefecture', zh: '地市级', en: 'prefecture', page: { zh: '{regionLevel}级', en: '{regionLevel}' } } as const satisfies Choice;

export const PARK_LEVELS = [c('national', '国家级', 'national'), c('provincial', '省级', 'provincial'), REGION_LEVEL] as const;

export const PARK_KINDS = [
  c('hi_tech_zone', '高新技术产业开发区', 'high-tech industrial development zone'),
  c('econ_dev_zone', '经济开发区', 'economic development zone'),
  c('industrial_cluster', '工业集中区', 'industrial concentration zone'),
  c('industrial_park', '产业园', 'industrial park'),
] as const;

export const FIVE_GOOD_DIMENSIONS = [
  c('planning', '规划定位好', 'sound planning and positioning'),
  c('innovation', '创新平台好', 'strong innovation platforms'),
  c('projects', '产业项目好', 'strong industrial projects'),
  c('institutions', '体制机制好', 'effective institutions'),
  c('image', '发展形象好', 'good development image'),
] as const;

export const INFRASTRUCTURE_ITEMS = [
  c('sewage_treatment', '污水集中处理', 'centralised sewage treatment'),
  c('water_supply', '供水', 'water supply'),
  c('power_supply', '供电', 'power supply'),
  c('gas_supply', '供气', 'gas supply'),
  c('roads', '道路', 'roads'),
  c('broadband', '宽带网络', 'broadband'),
  c('standard_factories', '标准厂房', 'standard factory buildings'),
  c('logistics', '物流', 'logistics'),
] as const;

export const INFRASTRUCTURE_STATUSES = [
  c('complete', '已建成', 'complete'),
  c('building', '在建', 'under construction'),
  c('planned', '已规划', 'planned'),
  c('none', '无', 'none'),
] as const;

export const SITE_KINDS = [c('land', '工业用地', 'industrial land'), c('factory', '标准厂房', 'factory space')] as const;

export const SITE_STATUSES = [
  c('available', '可供', 'available'),
  c('reserved', '已预留', 'reserved'),
  c('taken', '已落地', 'taken'),
  c('idle', '闲置', 'idle'),
] as const;

export const SUPPLY_MODES = [
  c('transfer', '出让', 'transfer of use rights'),
  c('lease', '租赁', 'lease'),
  c('lease_then_transfer', '先租后让', 'lease then transfer'),
  c('flexible_term', '弹性出让', 'flexible-term transfer'),
] as const;

export const CHAIN_STAGES = [c('upstream', '上游', 'upstream'), c('midstream', '中游', 'midstream'), c('downstream', '下游', 'downstream')] as const;

export const SEGMENT_STRENGTHS = [
  c('strong', '强', 'strong'),
  c('weak', '弱', 'weak'),
  c('missing', '缺失（补链）', 'missing (to be filled)'),
] as const;

export const ENTERPRISE_TAGS = [
  c('chain_leader', '链主', 'chain leader'),
  c('head', '头部', 'leading firm'),
  c('specialized', '专精特新', 'specialised and innovative SME'),
  c('high_tech', '高新技术', 'high-tech enterprise'),
  c('above_scale', '规上', 'above designated size'),
] as const;

export const PROJECT_STAGES = [
  c('signed', '已签约', 'signed'),
  c('started', '已开工', 'started'),
  c('in_production', '已投产（含试生产）', 'in production (incl. trial)'),
  c('terminated', '已终止', 'terminated'),
] as const;

export const TARGET_DIRECTIONS = [c('at_least', '不低于', 'at least'), c('at_most', '不高于', 'at most')] as const;

export const INDICATORS = [
  c('investment_per_mu', '亩均工业投资', 'industrial investment per mu'),
  c('output_per_mu', '亩均工业产值', 'industrial output per mu'),
  c('tax_per_mu', '亩均税收', 'tax per mu'),
  c('lead_industry_share', '主导产业占比', 'lead-industry share of output'),
  c('energy_intensity_fall', '单位工业增加值能耗降低率', 'fall in energy use per unit of industrial value added'),
] as const;

/** Exemption from the year's ranking is an explicit choice (with a reason), never implied by stray text. */
export const EXEMPTION = [c('yes', '免予评价', 'exempt from the ranking')] as const;

export const GRADES = [c('A', 'A 类', 'grade A'), c('B', 'B 类', 'grade B'), c('C', 'C 类', 'grade C'), c('D', 'D 类', 'grade D')] as const;

export const RELEASE_STATUSES = [
  c('draft', '草稿（不公开）', 'draft (not published)'),
  c('notice', '公示中', 'public notice'),
  c('final', '正式发布', 'final'),
] as const;

export const GRADE_METHODS = [c('thresholds', '按分数线', 'score thresholds'), c('quotas', '按比例', 'rank quotas')] as const;

export const POLICY_KINDS = [
  c('fund', '产业基金', 'industry fund'),
  c('land', '用地保障', 'land supply'),
  c('tax', '税费优惠', 'tax relief'),
  c('finance', '金融支持', 'finance'),
  c('talent', '人才', 'talent'),
  c('assessment', '考核评价', 'assessment'),
  c('industry', '产业发展', 'industrial development'),
  c('innovation', '科技创新', 'innovation'),
  c('other', '其他', 'other'),
] as const;

export const UPDATE_KINDS = [
  c('monthly_dispatch', '按月调度', 'monthly dispatch'),
  c('quarterly_inspection', '按季督查', 'quarterly inspection'),
  c('news', '动态', 'news'),
] as const;

export type ValueOf<T extends readonly Choice[]> = T[number]['value'];

/** Label of a coded value in one language, e.g. label(PARK_LEVELS, 'national', 'zh') → 国家级. */
export function label<T extends readonly Choice[]>(choices: T, value: ValueOf<T>, lang: 'zh' | 'en'): string {
  return choices.find((x) => x.value === value)?.[lang] ?? value;
}

/** The label a page prints: `page` where a value has one (its {placeholders} for the caller to fill), else the label. */
export function pageLabel<T extends readonly Choice[]>(choices: T, value: ValueOf<T>, lang: 'zh' | 'en'): string {
  const choice: Choice | undefined = choices.find((x) => x.value === value);
  return choice?.page?.[lang] ?? choice?.[lang] ?? value;
}
