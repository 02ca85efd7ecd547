/**
 * Writes the sample's data/project_progress.csv and data/inspections.csv from data/projects.csv,
 * parks.csv, chains.csv and portal.json: deterministic (no clock, no randomness), so re-running it
 * gives the same files. Everything it writes is invented and the portal marks it as sample data.
 *
 *   npx node scripts/sample/dispatch.ts    # rewrite both files (Node 24, as npm run uses)
 *
 * Progress: every month from MONTHS before the as-of month (or the signing month, if later) to the
 * as-of month (or the termination month), stage from the project's dates, funds rising to the
 * figure in projects.csv, investment completed following funds and stage; a project terminated
 * before the first month has one row in it with its final figures.
 * Findings: the two years of quarters up to the as-of date; each quarter names up to three projects
 * overdue at its end, one park and one chain; rectification follows from the deadline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvBytes } from '../../src/lib/data/csv.ts';
import { readTable, type Columns, type RowOf, type TableDef } from '../../src/lib/data/table.ts';
import { chains as chainsDef, parks as parksDef, projects as projectsDef } from '../../src/lib/data/tables.ts';
import { parsePortal } from '../../src/lib/data/portal.ts';
import { toCsv } from '../../src/lib/format/csv.ts';
import { monthEnd, monthOf, monthsBetween, nextMonth, previousMonth, quarterDates, quarterOf } from '../../src/lib/data/periods.ts';
import { stageOn, projectOn } from '../../src/lib/evaluation/dispatch.ts';
import { isOverdue } from '../../src/lib/evaluation/projects.ts';

const MONTHS = 24;
const QUARTERS = 8;

function read<C extends Columns>(dataDir: string, def: TableDef<C>): RowOf<C>[] {
  const parsed = parseCsvBytes(readFileSync(join(dataDir, def.file)), def.file);
  if (!parsed.ok) throw new Error(`${def.file} does not parse`);
  return readTable(def, parsed.table, def.file).rows.map((r) => r.row);
}
export function sampleDispatch(dataDir: string): { progressCsv: string; inspectionsCsv: string; summary: string } {
  const projects = read(dataDir, projectsDef);
  const parks = read(dataDir, parksDef);
  const chains = read(dataDir, chainsDef);
  const portal = parsePortal(readFileSync(join(dataDir, 'portal.json'), 'utf8'), 'portal.json').portal!;
  const asOf = portal.as_of;
  const lastMonth = monthOf(asOf);
  let firstMonth = lastMonth;
  for (let i = 1; i < MONTHS; i++) firstMonth = previousMonth(firstMonth);

  const round10 = (x: number) => Math.round(x / 10) * 10;
  const SHARE = { signed: 0.3, started: 0.8, in_production: 0.95 } as const;

  // ------------------------------------------------------------------ progress
  const progress: (string | number | null)[][] = [];
  for (const p of [...projects].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const lifeStart = monthOf(p.signed_on);
    const lifeEnd = p.terminated_on ? monthOf(p.terminated_on) : lastMonth;
    const months = monthsBetween(lifeStart, lifeEnd);
    let investment = 0;
    months.forEach((m, i) => {
      const frac = ((i + 1) / months.length) ** 0.8;
      const funds = p.funds_in_place_wan === null ? null : round10(p.funds_in_place_wan * frac);
      const stage = stageOn(p, monthEnd(m));
      if (stage !== 'terminated') investment = Math.max(investment, Math.min(p.contracted_investment_wan, round10((funds ?? p.contracted_investment_wan * frac * 0.5) * SHARE[stage])));
      if (m < firstMonth) return;
      progress.push([p.id, m, investment, funds, stage, null]);
    });
    // A project terminated before the first month keeps its last figures on record in the first month,
    // so the dispatch counts its funds as the yearly rates do.
    if (lifeEnd < firstMonth) progress.push([p.id, firstMonth, investment, p.funds_in_place_wan, 'terminated', null]);
  }
  const progressCsv = toCsv(['project_id', 'month', 'investment_completed_wan', 'funds_in_place_wan', 'stage', 'note_zh'], progress);

  // ------------------------------------------------------------------ inspections
  const lastQuarter = quarterOf(asOf);
  const quarters: string[] = [];
  for (let q = lastQuarter; quarters.length < QUARTERS; ) {
    quarters.unshift(q);
    const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
    q = n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`;
  }
  // A quarter is inspected once it is over: leave out the current quarter if it has not ended.
  if (quarterDates(lastQuarter)[1] > asOf) quarters.pop();
  const firstQ = quarters[0]!;
  if (quarters.length < QUARTERS) {
    const [y, n] = [Number(firstQ.slice(0, 4)), Number(firstQ.slice(6))];
    quarters.unshift(n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`);
  }

  const PARK_FINDINGS = [
    ['标准厂房闲置时间较长，盘活方案未落实（示例）', 'Standard factory space idle for a long time; no plan yet to bring it back into use (sample)'],
    ['亩均效益数据报送滞后（示例）', 'Per-mu data reported late (sample)'],
    ['污水集中处理设施运行台账不完整（示例）', 'Incomplete operating records of the central sewage plant (sample)'],
    ['安全生产隐患排查整改台账不全（示例）', 'Incomplete register of safety hazards and their correction (sample)'],
  ];
  const CHAIN_FINDINGS = [
    ['产业链招商项目储备不足（示例）', 'Too few investment leads in reserve for the chain (sample)'],
    ['链主企业配套需求对接不及时（示例）', "The chain leader's supply needs not followed up in time (sample)"],
    ['产业链工作专班调度记录不完整（示例）', "Incomplete records of the chain task force's meetings (sample)"],
  ];
  const parkById = new Map(parks.map((k) => [k.id, k]));
  const parkUnit = (id: string): [string, string] => {
    const k = parkById.get(id)!;
    return [`${k.short_name_zh ?? k.name_zh}管委会（示例）`, `${k.name_en ?? k.name_zh} administrative committee (sample)`];
  };
  const sortedParks = [...parks].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sortedChains = [...chains].sort((a, b) => a.order - b.order);
  const addDays = (iso: string, days: number) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days)).toISOString().slice(0, 10);

  const findings: (string | null)[][] = [];
  let n = 0;
  quarters.forEach((q, qi) => {
    const [, end] = quarterDates(q);
    const deadline = monthEnd(nextMonth(nextMonth(monthOf(end))));
    const status = (k: number): [string, string | null] => {
      // Rectification as of the data date: most on time, some late, some overdue or still under way.
      if (deadline >= asOf) return k % 2 === 0 ? ['in_progress', null] : ['open', null];
      if (k % 5 === 3) return ['in_progress', null]; // overdue
      if (k % 5 === 1) {
        const late = addDays(deadline, 20);
        return late <= asOf ? ['rectified', late] : ['in_progress', null];
      }
      return ['rectified', addDays(deadline, -15)];
    };
    let k = 0;
    const push = (park: string | null, chain: string | null, project: string | null, zh: string, en: string, unitZh: string, unitEn: string) => {
      const [s, on] = status(n + k);
      k++;
      findings.push([`${q.toLowerCase()}-${String(k).padStart(2, '0')}`, q, park, chain, project, zh, en, unitZh, unitEn, deadline, s, on, null]);
    };
    const overdue = projects
      .map((p) => ({ p, at: projectOn(p, end, undefined) }))
      .filter(({ at }) => at && isOverdue(at, end))
      .sort((a, b) => (a.p.id < b.p.id ? -1 : 1));
    const picked = overdue.length <= 3 ? overdue : [0, 1, 2].map((i) => overdue[(qi * 3 + i) % overdue.length]!);
    for (const { p, at } of picked) {
      const notStarted = at!.actual_start_on === null;
      const [uz, ue] = parkUnit(p.park_id);
      push(p.park_id, p.chain_id, p.id, notStarted ? `${p.name_zh}超过计划开工日期仍未开工（示例）` : `${p.name_zh}超过计划竣工投产日期仍未投产（示例）`, notStarted ? `${p.name_en ?? p.id}: planned start passed without a start (sample)` : `${p.name_en ?? p.id}: planned production date passed without production (sample)`, uz, ue);
    }
    const park = sortedParks[qi % sortedParks.length]!;
    const [pf0, pf1] = PARK_FINDINGS[qi % PARK_FINDINGS.length]!;
    push(park.id, null, null, pf0!, pf1!, ...parkUnit(park.id));
    const chain = sortedChains[qi % sortedChains.length]!;
    const [cf0, cf1] = CHAIN_FINDINGS[qi % CHAIN_FINDINGS.length]!;
    push(null, chain.id, null, cf0!, cf1!, `${chain.task_force_zh ?? chain.lead_unit_zh}（示例）`, `${chain.name_en ?? chain.name_zh} chain task force (sample)`);
    n += k;
  });
  const inspectionsCsv = toCsv(['id', 'quarter', 'park_id', 'chain_id', 'project_id', 'finding_zh', 'finding_en', 'responsible_zh', 'responsible_en', 'deadline', 'status', 'rectified_on', 'note_zh'], findings);
  return { progressCsv, inspectionsCsv, summary: `project_progress.csv: ${progress.length} rows (${firstMonth} to ${lastMonth}); inspections.csv: ${findings.length} findings (${quarters[0]} to ${quarters.at(-1)}).` };
}

if (import.meta.main) {
  const dataDir = join(import.meta.dirname, '..', '..', 'data');
  const out = sampleDispatch(dataDir);
  writeFileSync(join(dataDir, 'project_progress.csv'), out.progressCsv);
  writeFileSync(join(dataDir, 'inspections.csv'), out.inspectionsCsv);
  console.log(out.summary);
}
