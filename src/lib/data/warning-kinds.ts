/**
 * The plausibility warnings `npm run check` gives, their settings and the files they look at: coded
 * values shared by the settings tables (data/checks/), the checks and the data dictionary.
 */
import type { Choice } from './cells.ts';

const c = <const V extends string>(value: V, zh: string, en: string) => ({ value, zh, en }) satisfies Choice;

/** Rows of checks/thresholds.csv: every setting must have a row (there are no defaults in code). */
export const THRESHOLD_SETTINGS = [
  c('jump_factor', '同比跳变倍数：比上年大（或小）超过这个倍数即提醒', 'year-on-year factor: a figure more than this many times (or this fraction of) the previous year’s is flagged'),
  c('unit_slip_tolerance', '单位错误容差：与相邻数值之比在 10000 或 15 的这个倍数以内即视为单位写错', 'unit-slip tolerance: a ratio to the neighbours within this factor of 10,000 or 15 is named a unit slip'),
  c('per_mu_factor', '亩均离群倍数：高于其他园区最高值（或低于最低值）超过这个倍数即提醒', 'per-mu factor: a park more than this many times above every other park’s figure (or below, by this factor) is flagged'),
  c('per_mu_min_parks', '亩均比较所需的其他园区数（少于此数不比较）', 'other parks needed before per-mu figures are compared'),
  c('identical_min_figures', '判定两行相同所需的最少非空数值个数', 'filled figures two rows must share before they count as identical'),
  c('constant_min_years', '连续多少年数值完全相同即提醒', 'years with exactly the same figure before it is flagged'),
] as const;

export type ThresholdSetting = (typeof THRESHOLD_SETTINGS)[number]['value'];

/** The warning rules a staff member can acknowledge in checks/acknowledged.csv. */
export const WARNING_RULES = [
  c('plausibility.jump', '同比跳变', 'year-on-year jump'),
  c('plausibility.spike', '跳变后又回落', 'jump and back'),
  c('plausibility.unit-slip', '疑似单位写错', 'likely unit slip'),
  c('plausibility.per-mu-outlier', '亩均指标远超其他园区范围', 'per-mu figure far outside the other parks'),
  c('plausibility.identical-row', '与另一行完全相同', 'row identical to another row'),
  c('plausibility.constant', '每年数值都相同', 'the same figure every year'),
] as const;

export type WarningRule = (typeof WARNING_RULES)[number]['value'];

/** The tables whose figures are checked for plausibility (paths under the data folder). */
export const CHECKED_FILES = [
  c('park_indicators.csv', '园区年度指标', 'park indicators by year'),
  c('chain_indicators.csv', '产业链年度指标', 'chain indicators by year'),
] as const;

export type CheckedFile = (typeof CHECKED_FILES)[number]['value'];

/** What staff paste in place of the reason; refused so a copied line cannot pass unexplained. */
export const REASON_PLACEHOLDER = '<理由 reason>';
