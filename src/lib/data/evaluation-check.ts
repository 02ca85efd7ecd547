/**
 * Data problems only the evaluation reveals: an indicator without its settings row, an auto
 * benchmark ≤ 0, a released year in which no park can be graded. Reported like any other data
 * problem, pointing at the settings file.
 */
import { INDICATOR_KEYS } from '../evaluation/indicators.ts';
import { evaluateReleases } from '../evaluation/portal.ts';
import type { DataIssue } from './issues.ts';
import type { LinedTables, Loaded } from './dataset.ts';

export function evaluationIssues(d: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const file = d.files.scoringIndicators;
  const present = new Set(d.lined.scoringIndicators.map((r) => r.row.indicator));
  for (const k of INDICATOR_KEYS) {
    if (!present.has(k)) {
      out.push({ severity: 'error', file, field: 'indicator', value: k, rule: 'scoring.indicator-missing', message: { zh: `缺少指标 ${k} 的设置行。`, en: `The settings row of the indicator ${k} is missing.` }, hint: { zh: `添加一行：${k},权重,auto,1.5`, en: `Add a row: ${k},weight,auto,1.5` } });
    }
  }
  if (out.length > 0) return out;
  const tables = Object.fromEntries(Object.entries(d.lined).map(([k, rows]) => [k, rows.map((r) => r.row)])) as { [N in keyof LinedTables]: LinedTables[N][number]['row'][] };
  for (const e of evaluateReleases(tables)) {
    const release = d.lined.scoringReleases.find((r) => r.row.year === e.year);
    if (release?.row.status === 'draft') continue;
    for (const p of e.problems) {
      const at = p.rule === 'benchmark.no-graded-parks' ? { file: d.files.scoringReleases, line: release?.line, field: 'year', column: d.columnIndex.scoringReleases.get('year') } : { file, line: d.lined.scoringIndicators.find((r) => r.row.indicator === p.indicator)?.line, field: 'benchmark', column: d.columnIndex.scoringIndicators.get('benchmark') };
      const issue: DataIssue = { severity: 'error', file: at.file, field: at.field, value: p.rule === 'benchmark.no-graded-parks' ? String(e.year) : 'auto', rule: p.rule, message: p.message, hint: p.hint };
      if (at.line !== undefined) issue.line = at.line;
      if (at.column !== undefined) issue.column = at.column;
      out.push(issue);
      if (p.rule === 'benchmark.no-graded-parks') break; // one per year is enough
    }
  }
  return out;
}
