/**
 * Rules on the release settings that need more than one row or the portal's date: a year under
 * public notice whose notice period has passed is waiting to be finalised (a warning); corrections
 * are numbered 1, 2, 3 … per year and only correct a year that is final.
 */
import { hint, type DataIssue } from './issues.ts';
import type { Loaded } from './dataset.ts';

export function releaseIssues(d: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const asOf = d.portal?.as_of;
  const releases = d.files.scoringReleases;
  for (const { line, row } of d.lined.scoringReleases) {
    if (row.status === 'notice' && row.notice_to && asOf && row.notice_to < asOf) {
      const issue: DataIssue = {
        severity: 'warning',
        file: releases,
        line,
        field: 'notice_to',
        value: row.notice_to,
        rule: 'release.notice-overdue',
        message: {
          zh: `${row.year} 年度的公示期已于 ${row.notice_to} 结束（数据截至 ${asOf}），状态仍是 notice（公示中）：这一年度的结果在等待正式发布。`,
          en: `The public notice of ${row.year} ended on ${row.notice_to} (data as of ${asOf}) and the status is still notice: the year is waiting to be finalised.`,
        },
        hint: hint(`处理完公示期内的异议后，把 status 改为 final，再运行 npm run seal -- ${row.year} 封存结果。`, `Once the objections are dealt with, set status to final and run npm run seal -- ${row.year} to seal the result.`),
      };
      const column = d.columnIndex.scoringReleases.get('notice_to');
      if (column !== undefined) issue.column = column;
      out.push(issue);
    }
  }
  const finalYears = new Set(d.lined.scoringReleases.filter((r) => r.row.status === 'final').map((r) => r.row.year));
  const file = d.files.scoringCorrections;
  const numbers = new Map<number, Set<number>>();
  for (const { row } of d.lined.scoringCorrections) {
    if (!numbers.has(row.year)) numbers.set(row.year, new Set());
    numbers.get(row.year)!.add(row.n);
  }
  for (const { line, row } of d.lined.scoringCorrections) {
    const at = (field: string) => {
      const column = d.columnIndex.scoringCorrections.get(field);
      return { severity: 'error' as const, file, line, field, ...(column !== undefined ? { column } : {}) };
    };
    if (!finalYears.has(row.year)) {
      out.push({ ...at('year'), value: String(row.year), rule: 'correction.not-final', message: { zh: `${row.year} 年度不是已正式发布（final）的年度，没有可更正的封存结果。`, en: `${row.year} is not a final year, so there is no sealed result to correct.` }, hint: hint('公示期内的改动直接改数据即可，不需要更正；核对年度。', 'During the public notice, change the data directly: no correction is needed. Check the year.') });
    } else if (row.n > 1 && !numbers.get(row.year)!.has(row.n - 1)) {
      out.push({ ...at('n'), value: String(row.n), rule: 'correction.number', message: { zh: `${row.year} 年度的更正编号 ${row.n} 前面缺少第 ${row.n - 1} 次。`, en: `Correction ${row.n} of ${row.year} has no correction ${row.n - 1} before it.` }, hint: hint('每个年度的更正按 1, 2, 3 … 依次编号。', 'Number the corrections of each year 1, 2, 3 … in order.') });
    }
  }
  return out;
}
