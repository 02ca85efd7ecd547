/**
 * The two tables of 按月调度、按季督查 (monthly dispatch, quarterly inspection): each project's progress
 * month by month, and the findings of each quarter's inspection. Both are optional: a region that
 * does not keep them leaves the files out and the site shows no dispatch or inspection pages.
 * Rules that need other tables (projects.csv, the as-of date) are in crosscheck-dispatch.ts.
 */
import { amount, date, id, oneOf, text, type Choice } from './cells.ts';
import { PROJECT_STAGES } from './choices.ts';
import { hint, problem } from './issues.ts';
import { month, quarter, quarterDates } from './periods.ts';
import { defineTable, opt, req, type RowProblem } from './table.ts';

const c = <const V extends string>(value: V, zh: string, en: string) => ({ value, zh, en }) satisfies Choice;

export const RECTIFICATION_STATUSES = [c('open', '未整改', 'not started'), c('in_progress', '整改中', 'in progress'), c('rectified', '已整改', 'rectified')] as const;

export const projectProgress = defineTable({
  file: 'project_progress.csv',
  zh: '项目月度进展',
  en: 'Project progress by month',
  key: ['project_id', 'month'],
  optional: true,
  columns: {
    project_id: req(id, { zh: '项目（projects.csv 的 id）', en: 'Project (an id in projects.csv)' }),
    month: req(month, { zh: '月份（YYYY-MM，按月份先后排列）', en: 'Month (YYYY-MM, in order of months)' }),
    investment_completed_wan: req(amount('万元'), { zh: '累计完成投资（截至月末，不减少）', en: 'Cumulative investment completed (to the month end; never falls)', unit: '万元' }),
    funds_in_place_wan: opt(amount('万元'), { zh: '累计到位资金（截至月末，不减少；空白 = 未报）', en: 'Cumulative funds in place (to the month end; never falls; blank = not reported)', unit: '万元' }),
    stage: req(oneOf(PROJECT_STAGES), { zh: '月末进展阶段（须与 projects.csv 的日期一致）', en: 'Stage at the month end (must agree with the dates in projects.csv)', choices: PROJECT_STAGES }),
    note_zh: opt(text, { zh: '说明（累计数超过合同投资额时必填）', en: 'Note (required when a cumulative figure exceeds the contracted investment)' }),
  },
});

export const inspections = defineTable({
  file: 'inspections.csv',
  zh: '季度督查发现的问题',
  en: 'Quarterly inspection findings',
  key: ['id'],
  optional: true,
  columns: {
    id: req(id, { zh: '问题编号', en: 'Finding id' }),
    quarter: req(quarter, { zh: '督查季度（YYYY-QN）', en: 'Quarter inspected (YYYY-QN)' }),
    park_id: opt(id, { zh: '园区（parks.csv 的 id；园区与产业链至少填一个）', en: 'Park (an id in parks.csv; a park or a chain, or both)' }),
    chain_id: opt(id, { zh: '产业链（chains.csv 的 id）', en: 'Chain (an id in chains.csv)' }),
    project_id: opt(id, { zh: '涉及的项目（projects.csv 的 id）', en: 'Project concerned (an id in projects.csv)' }),
    finding_zh: req(text, { zh: '发现的问题', en: 'Finding (in Chinese)' }),
    finding_en: opt(text, { zh: '发现的问题（英文）', en: 'Finding in English' }),
    responsible_zh: req(text, { zh: '责任单位', en: 'Unit responsible (in Chinese)' }),
    responsible_en: opt(text, { zh: '责任单位（英文）', en: 'Unit responsible in English' }),
    deadline: req(date, { zh: '整改期限', en: 'Deadline for rectification' }),
    status: req(oneOf(RECTIFICATION_STATUSES), { zh: '整改状态', en: 'Rectification status', choices: RECTIFICATION_STATUSES }),
    rectified_on: opt(date, { zh: '整改完成日期（已整改时必填）', en: 'Date rectified (required when rectified)' }),
    note_zh: opt(text, { zh: '备注', en: 'Note (in Chinese)' }),
  },
  rowRules: (r) => {
    const out: RowProblem[] = [];
    const [from] = quarterDates(r.quarter);
    if (r.park_id === null && r.chain_id === null) {
      out.push({ field: 'park_id', problem: problem('inspection.subject', '园区（park_id）和产业链（chain_id）至少要填一个。', 'Give a park (park_id) or a chain (chain_id), or both.', hint('填写问题所在的园区或产业链。', 'Fill in the park or the chain the finding is about.')) });
    }
    if (r.status === 'rectified' && r.rectified_on === null) {
      out.push({ field: 'rectified_on', problem: problem('inspection.rectified-date', '状态为“已整改”（rectified）的问题必须填写整改完成日期。', 'A finding marked rectified must have the date it was rectified.', hint('填写 rectified_on，或改正 status。', 'Fill in rectified_on, or correct the status.')) });
    }
    if (r.status !== 'rectified' && r.rectified_on !== null) {
      out.push({ field: 'rectified_on', problem: problem('inspection.rectified-date', `状态不是“已整改”，却填了整改完成日期 ${r.rectified_on}。`, `The finding is not marked rectified, yet it has a date rectified (${r.rectified_on}).`, hint('把 status 改为 rectified，或清空 rectified_on。', 'Set status to rectified, or clear rectified_on.')) });
    }
    if (r.deadline < from) {
      out.push({ field: 'deadline', problem: problem('inspection.date-order', `整改期限 ${r.deadline} 早于督查季度 ${r.quarter} 的开始（${from}）。`, `The deadline ${r.deadline} is before the start of the quarter ${r.quarter} (${from}).`, hint('核对整改期限或季度。', 'Check the deadline or the quarter.')) });
    }
    if (r.rectified_on !== null && r.rectified_on < from) {
      out.push({ field: 'rectified_on', problem: problem('inspection.date-order', `整改完成日期 ${r.rectified_on} 早于督查季度 ${r.quarter} 的开始（${from}）。`, `The date rectified ${r.rectified_on} is before the start of the quarter ${r.quarter} (${from}).`, hint('核对整改完成日期或季度。', 'Check the date rectified or the quarter.')) });
    }
    return out;
  },
});
