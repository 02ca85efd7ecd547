/**
 * Rules of the monthly progress and the inspection findings that need other tables: a project's
 * months in order and within its life, cumulative figures that never fall and stay within the
 * contract unless a note says why, stages that agree with the dates in projects.csv, findings within
 * the data date and naming a project of their own park and chain.
 */
import { hint, problem, type DataIssue, type Problem } from './issues.ts';
import type { Loaded } from './dataset.ts';
import { PROJECT_STAGES, label } from './choices.ts';
import { monthEnd, monthOf, quarterDates } from './periods.ts';
import { stageOn } from '../evaluation/dispatch.ts';

const STAGE_DATE = { signed: 'signed_on', started: 'actual_start_on', in_production: 'production_on', terminated: 'terminated_on' } as const;
const RANK = { signed: 0, started: 1, in_production: 2, terminated: 3 } as const;

/** The date in projects.csv that decides: the one the row claims but that has not come (or is blank), else the one already passed. */
function decidingDate(p: Record<(typeof STAGE_DATE)[keyof typeof STAGE_DATE], string | null>, claimed: keyof typeof STAGE_DATE, expected: keyof typeof STAGE_DATE): [string, string | null] {
  const stage = RANK[claimed] > RANK[expected] && expected !== 'terminated' ? claimed : expected;
  const field = STAGE_DATE[stage];
  return [field, p[field]];
}

export function dispatchCrossCheck(d: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const at = (table: 'projectProgress' | 'inspections', line: number, field: string, value: string, p: Problem) => {
    const i: DataIssue = { severity: 'error', file: d.files[table], line, field, value, rule: p.rule, message: p.message };
    const col = d.columnIndex[table].get(field);
    if (col !== undefined) i.column = col;
    if (p.hint) i.hint = p.hint;
    out.push(i);
  };
  const asOf = d.portal?.as_of;
  const projects = new Map(d.lined.projects.map((r) => [r.row.id, r.row]));
  const zh = (s: string) => label(PROJECT_STAGES, s as (typeof PROJECT_STAGES)[number]['value'], 'zh');

  // Monthly progress.
  const lastInFile = new Map<string, { month: string; line: number }>();
  const byProject = new Map<string, { line: number; row: (typeof d.lined.projectProgress)[number]['row'] }[]>();
  for (const { line, row } of d.lined.projectProgress) {
    const p = projects.get(row.project_id);
    const prev = lastInFile.get(row.project_id);
    if (prev && row.month < prev.month) {
      at('projectProgress', line, 'month', row.month, problem('progress.month-order', `项目 ${row.project_id} 的 ${row.month} 排在 ${prev.month}（第 ${prev.line} 行）之后：同一项目的月份要按先后排列。`, `Project ${row.project_id}: ${row.month} comes after ${prev.month} (line ${prev.line}); a project's months must be in order.`, hint('按月份先后排列这个项目的行，或核对月份。', "Put this project's rows in order of months, or check the month.")));
    }
    if (!prev || row.month >= prev.month) lastInFile.set(row.project_id, { month: row.month, line });
    if (!byProject.has(row.project_id)) byProject.set(row.project_id, []);
    byProject.get(row.project_id)!.push({ line, row });
    if (asOf && row.month > monthOf(asOf)) {
      at('projectProgress', line, 'month', row.month, problem('progress.after-as-of', `月份 ${row.month} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `The month ${row.month} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对月份，或更新 as_of。', 'Check the month, or update as_of.')));
    }
    if (!p) continue; // an unknown project is reported by the reference check
    if (row.month < monthOf(p.signed_on)) {
      at('projectProgress', line, 'month', row.month, problem('progress.before-signed', `项目 ${p.id} 于 ${p.signed_on} 签约，${row.month} 还没有签约，不能有进展。`, `Project ${p.id} was signed on ${p.signed_on}; it cannot have progress in ${row.month}, before it was signed.`, hint('删除这一行，或核对月份和签约日期（projects.csv 的 signed_on）。', 'Delete the row, or check the month and the date signed (signed_on in projects.csv).')));
      continue;
    }
    const expected = stageOn(p, monthEnd(row.month));
    if (row.stage !== expected) {
      const [field, date] = decidingDate(p, row.stage, expected);
      const why = date === null ? { zh: `projects.csv 中没有 ${field}`, en: `projects.csv has no ${field}` } : { zh: `projects.csv 中 ${field} 为 ${date}`, en: `${field} in projects.csv is ${date}` };
      at('projectProgress', line, 'stage', row.stage, problem('progress.stage-dates', `${row.month} 月末的进展为“${zh(row.stage)}”（${row.stage}），但 ${why.zh}，按日期应为“${zh(expected)}”（${expected}）。`, `The stage at the end of ${row.month} is ${row.stage}, but ${why.en}, so by the dates it is ${expected}.`, hint(`把 stage 改为 ${expected}，或核对 projects.csv 中项目 ${p.id} 的日期。`, `Set the stage to ${expected}, or check the dates of project ${p.id} in projects.csv.`)));
    }
    for (const f of ['investment_completed_wan', 'funds_in_place_wan'] as const) {
      const v = row[f];
      if (v !== null && v > p.contracted_investment_wan && row.note_zh === null) {
        const what = f === 'investment_completed_wan' ? { zh: '累计完成投资', en: 'Cumulative investment completed' } : { zh: '累计到位资金', en: 'Cumulative funds in place' };
        at('projectProgress', line, f, String(v), problem('progress.above-contract', `${what.zh} ${v} 万元超过合同投资额 ${p.contracted_investment_wan} 万元，且没有说明。`, `${what.en} (${v} 万元) exceeds the contracted investment (${p.contracted_investment_wan} 万元) and there is no note.`, hint('如确属追加投资，在 note_zh 写明；否则核对数值和单位。', 'If the investor really added to it, say so in note_zh; otherwise check the figure and its unit.')));
      }
    }
  }
  // Cumulative figures never fall, month after month (in month order, whatever the file order).
  for (const rows of byProject.values()) {
    const sorted = [...rows].sort((a, b) => (a.row.month < b.row.month ? -1 : 1));
    for (const f of ['investment_completed_wan', 'funds_in_place_wan'] as const) {
      let last: { line: number; month: string; v: number } | undefined;
      for (const { line, row } of sorted) {
        const v = row[f];
        if (v === null) continue;
        if (last && v < last.v) {
          at('projectProgress', line, f, String(v), problem('progress.decreasing', `${f} 是累计数，${row.month} 的 ${v} 小于 ${last.month}（第 ${last.line} 行）的 ${last.v}。`, `${f} is cumulative: ${v} in ${row.month} is less than ${last.v} in ${last.month} (line ${last.line}).`, hint('累计数不会减少：核对这两个月的数值。', 'A cumulative figure cannot fall: check both months.')));
        }
        last = { line, month: row.month, v };
      }
    }
  }

  // Inspection findings.
  for (const { line, row } of d.lined.inspections) {
    const [from] = quarterDates(row.quarter);
    if (asOf && from > asOf) {
      at('inspections', line, 'quarter', row.quarter, problem('inspection.after-as-of', `季度 ${row.quarter} 开始于 ${from}，晚于数据截至日期 ${asOf}。`, `The quarter ${row.quarter} starts on ${from}, after the data's as-of date ${asOf}.`, hint('核对季度，或更新 portal.json 的 as_of。', 'Check the quarter, or update as_of in portal.json.')));
    }
    if (asOf && row.rectified_on !== null && row.rectified_on > asOf) {
      at('inspections', line, 'rectified_on', row.rectified_on, problem('inspection.after-as-of', `整改完成日期 ${row.rectified_on} 晚于数据截至日期 ${asOf}。`, `The date rectified ${row.rectified_on} is after the data's as-of date ${asOf}.`, hint('已发生的日期不能晚于截至日期：核对日期。', 'Something that happened cannot be after the as-of date: check the date.')));
    }
    const p = row.project_id === null ? undefined : projects.get(row.project_id);
    if (p && row.park_id !== null && p.park_id !== row.park_id) {
      at('inspections', line, 'park_id', row.park_id, problem('inspection.project-park', `项目 ${p.id} 在园区 ${p.park_id}，不在 ${row.park_id}。`, `Project ${p.id} is in the park ${p.park_id}, not ${row.park_id}.`, hint(`改为 ${p.park_id}，或核对 project_id。`, `Use ${p.park_id}, or check project_id.`)));
    }
    if (p && row.chain_id !== null && p.chain_id !== row.chain_id) {
      at('inspections', line, 'chain_id', row.chain_id, problem('inspection.project-chain', `项目 ${p.id} 属于产业链 ${p.chain_id}，不是 ${row.chain_id}。`, `Project ${p.id} is on the chain ${p.chain_id}, not ${row.chain_id}.`, hint(`改为 ${p.chain_id}，或核对 project_id。`, `Use ${p.chain_id}, or check project_id.`)));
    }
  }
  return out;
}
