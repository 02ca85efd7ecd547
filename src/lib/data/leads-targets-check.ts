/**
 * Rules across tables for the programme's optional tables: a lead's segment belongs to its chain and
 * is a gap, a signed lead's project is on the same chain, nothing listed or recognised after the
 * as-of date. (References to single rows are declared in references.ts and checked with the rest.)
 */
import { hint, problem, type DataIssue, type Problem, type Severity } from './issues.ts';
import type { Loaded } from './dataset.ts';
import type { TableName } from './tables.ts';
import { nearest } from '../text/nearest.ts';

export function leadsTargetsCheck(d: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const at = (table: TableName, line: number, field: string, value: string, p: Problem, severity: Severity = 'error') => {
    const i: DataIssue = { severity, file: d.files[table], line, field, value, rule: p.rule, message: p.message };
    const col = d.columnIndex[table].get(field);
    if (col !== undefined) i.column = col;
    if (p.hint) i.hint = p.hint;
    out.push(i);
  };
  const segments = new Map<string, Map<string, string>>();
  for (const { row } of d.lined.chainSegments) {
    if (!segments.has(row.chain_id)) segments.set(row.chain_id, new Map());
    segments.get(row.chain_id)!.set(row.id, row.strength);
  }
  const projectChain = new Map(d.lined.projects.map(({ row }) => [row.id, row.chain_id]));
  const asOf = d.portal?.as_of;

  for (const { line, row } of d.lined.investmentLeads) {
    // A segments file that could not be read is reported once, not again for every lead.
    if (row.segment_id !== null && d.rawIds.chains.has(row.chain_id) && !d.unreadable.has('chainSegments')) {
      const segs = segments.get(row.chain_id) ?? new Map<string, string>();
      const strength = segs.get(row.segment_id);
      if (strength === undefined) {
        const guess = nearest(row.segment_id, segs.keys());
        at('investmentLeads', line, 'segment_id', row.segment_id, problem('segment.not-in-chain', `环节“${row.segment_id}”不是产业链 ${row.chain_id} 的环节（见 chain_segments.csv）。`, `"${row.segment_id}" is not a segment of the chain ${row.chain_id} (see chain_segments.csv).`, guess ? hint(`是不是 ${guess}？`, `Did you mean ${guess}?`) : hint(`可用的环节：${[...segs.keys()].join(', ') || '（无）'}`, `Segments of that chain: ${[...segs.keys()].join(', ') || '(none)'}`)));
      } else if (strength === 'strong') {
        at('investmentLeads', line, 'segment_id', row.segment_id, problem('lead.segment-strong', `环节 ${row.segment_id} 标为强（strong），不是补链缺口。`, `The segment ${row.segment_id} is marked strong: it is not a gap to fill.`, hint('核对环节，或在 chain_segments.csv 中把它标为 weak 或 missing。', 'Check the segment, or mark it weak or missing in chain_segments.csv.')), 'warning');
      }
    }
    if (row.project_id !== null) {
      const chain = projectChain.get(row.project_id);
      if (chain !== undefined && chain !== row.chain_id) {
        at('investmentLeads', line, 'project_id', row.project_id, problem('lead.project-chain', `签约项目 ${row.project_id} 属于产业链 ${chain}，招商项目属于 ${row.chain_id}。`, `The signed project ${row.project_id} is on the chain ${chain}; the lead is on ${row.chain_id}.`, hint('核对 project_id 或 chain_id。', 'Check project_id or chain_id.')), 'warning');
      }
    }
    if (asOf && row.listed_on && row.listed_on > asOf) {
      at('investmentLeads', line, 'listed_on', row.listed_on, problem('lead.after-as-of', `发布日期 ${row.listed_on} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `listed_on ${row.listed_on} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对日期，或更新 as_of。', 'Check the date, or update as_of.')));
    }
  }
  for (const { line, row } of d.lined.clusters) {
    if (asOf && row.recognised_on && row.recognised_on > asOf) {
      at('clusters', line, 'recognised_on', row.recognised_on, problem('cluster.after-as-of', `认定日期 ${row.recognised_on} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `recognised_on ${row.recognised_on} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对日期，或更新 as_of。', 'Check the date, or update as_of.')));
    }
  }
  return out;
}
