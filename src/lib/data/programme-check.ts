/**
 * Checks on the programme tables (src/lib/data/programme-tables.ts) that need more than one row:
 * nothing dated after the as-of date, a site file a document links to exists under public/, and a
 * link to a chain's or park's page names a chain or park that exists.
 * References are checked with the others (references.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hint, problem, type DataIssue, type Problem } from './issues.ts';
import type { Loaded } from './dataset.ts';
import type { TableName } from './tables.ts';
import { linkKind, pathOf } from './doc-link.ts';
import { nearest } from '../text/nearest.ts';

/** `site`: where site files are (null: do not check that linked site files exist). */
export function programmeCheck(d: Loaded, site: { dir: string; shown: string } | null): DataIssue[] {
  const out: DataIssue[] = [];
  const atCell = (table: TableName, line: number, field: string, value: string, p: Problem) => {
    const i: DataIssue = { severity: 'error', file: d.files[table], line, field, value, rule: p.rule, message: p.message };
    const col = d.columnIndex[table].get(field);
    if (col !== undefined) i.column = col;
    if (p.hint) i.hint = p.hint;
    out.push(i);
  };
  const asOf = d.portal?.as_of;
  const afterAsOf = (table: TableName, line: number, field: string, v: string | null) => {
    if (!asOf || v === null || v <= asOf) return;
    atCell(table, line, field, v, problem('date.after-as-of', `${field} ${v} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `${field} ${v} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对日期，或更新 as_of。', 'Check the date, or update as_of.')));
  };

  const asOfYear = asOf ? Number(asOf.slice(0, 4)) : undefined;
  for (const { line, row } of d.lined.enterpriseTiers) {
    if (asOfYear === undefined || row.year <= asOfYear) continue;
    atCell('enterpriseTiers', line, 'year', String(row.year), problem('year.after-as-of', `年度 ${row.year} 晚于数据截至日期 ${asOf} 所在的年份。`, `The year ${row.year} is after the year of the as-of date ${asOf}.`, hint('核对年度，或更新 portal.json 的 as_of。', 'Check the year, or update as_of in portal.json.')));
  }

  for (const { line, row } of d.lined.parkGovernance) afterAsOf('parkGovernance', line, 'updated_on', row.updated_on);
  for (const { line, row } of d.lined.chainDocuments) {
    afterAsOf('chainDocuments', line, 'date', row.date);
    const page = row.link === null || linkKind(row.link) !== 'page' ? null : /^\/(chains|parks)\/([^/]+)/.exec(pathOf(row.link));
    if (page) {
      const [, section, id] = page as unknown as [string, 'chains' | 'parks', string];
      const ids = d.rawIds[section];
      if (!ids.has(id) && !d.unreadable.has(section)) {
        const guess = nearest(id, ids);
        atCell('chainDocuments', line, 'link', row.link!, problem('doc-link.unknown-page', `链接指向的 ${section}/${id} 不存在：${section}.csv 中没有 ${id}。`, `The link points at ${section}/${id}, which does not exist: ${section}.csv has no ${id}.`, guess ? hint(`是不是 /${section}/${guess}/？`, `Did you mean /${section}/${guess}/?`) : hint(`改为 ${section}.csv 中已有的编号。`, `Use an id that is in ${section}.csv.`)));
      }
    }
    if (site === null || row.link === null || linkKind(row.link) !== 'file') continue;
    let path: string;
    try {
      path = decodeURIComponent(pathOf(row.link));
    } catch {
      path = pathOf(row.link);
    }
    const full = join(site.dir, ...path.split('/').filter(Boolean));
    if (!existsSync(full) || !statSync(full).isFile()) {
      atCell('chainDocuments', line, 'link', row.link, problem('doc-link.file-missing', `站内文件 ${row.link} 不存在（应在 ${site.shown}${path}）。`, `The site file ${row.link} does not exist (it should be ${site.shown}${path}).`, hint(`把文件放到 ${site.shown}${path}，或改正路径。`, `Put the file at ${site.shown}${path}, or correct the path.`)));
    }
  }
  return out;
}
