/**
 * The guard over sealed years: a final year must have its seal, a seal must be the file that was
 * written (its SHA-256 as recorded), and the current data, settings and code must reproduce the
 * latest seal of every final year. A change that would alter a sealed result fails the check with
 * the year, each park's old → new standing, the cells that caused it and the two ways forward.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hint, type DataIssue } from '../data/issues.ts';
import type { LinedTables, Loaded } from '../data/dataset.ts';
import type { ScoringCorrection } from '../data/tables.ts';
import { evaluateReleases, parkYearInputs } from './portal.ts';
import { compareSeals, gradeSettingsText, parseSeal, sealFileName, sealText, sha256Hex, SEAL_DIR, standingText, type CellDifference, type SealComparison } from './seal.ts';

/** The evaluation engine the guard runs; tests pass a double (e.g. with different rounding). */
export type Engine = typeof evaluateReleases;

export interface SealFile {
  /** Path under the data folder, e.g. `scoring/seals/2024.csv`. */
  path: string;
  text: string;
  /** Date it was sealed (the original) or the correction was published. */
  date: string | null;
}

export interface CorrectionSeal {
  correction: ScoringCorrection;
  seal: SealFile;
}

export interface YearSeal {
  year: number;
  /** The grade settings recorded with the latest seal (see gradeSettingsText), when recorded. */
  grades: string | null;
  original: SealFile;
  /** Corrections whose seal is written, in order. */
  corrections: CorrectionSeal[];
}

/** The latest sealed text of a year: its last correction, else the original. */
export function latestSeal(s: YearSeal): SealFile {
  return s.corrections[s.corrections.length - 1]?.seal ?? s.original;
}

export interface GuardResult {
  issues: DataIssue[];
  /** Seals of final years whose files are present and intact, by year. */
  seals: Map<number, YearSeal>;
}

/** Column of the park_indicators row behind a published input column, and which year's row. */
function sourceOfInput(column: string): { field: string; yearOffset: number } {
  if (column === 'prev_value_added_wan') return { field: 'value_added_wan', yearOffset: -1 };
  if (column === 'prev_energy_tce') return { field: 'energy_tce', yearOffset: -1 };
  if (column === 'reason_zh') return { field: 'exempt_reason', yearOffset: 0 };
  return { field: column, yearOffset: 0 };
}

const show = (v: string) => (v === '' ? '（空）' : v);
const showEn = (v: string) => (v === '' ? '(blank)' : v);

/** The causes as "file line N column: a → b" phrases, settings once per indicator. */
function causeTexts(year: number, causes: CellDifference[], d: Loaded, includeBenchmarks: boolean): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  const seen = new Set<string>();
  for (const c of causes) {
    const setting = /^(.*)_(weight|cap|benchmark)$/.exec(c.column);
    if (setting) {
      const [, indicator, field] = setting as unknown as [string, string, string];
      if (field === 'benchmark' && !includeBenchmarks) continue;
      const key = `${indicator}|${field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line = d.lined.scoringIndicators.find((r) => r.row.indicator === indicator)?.line;
      const at = `${d.files.scoringIndicators}${line !== undefined ? ` 第 ${line} 行` : ''} ${field}（${indicator}）`;
      const atEn = `${d.files.scoringIndicators}${line !== undefined ? ` line ${line}` : ''} ${field} (${indicator})`;
      out.push(field === 'benchmark' ? { zh: `${at} 基准 ${show(c.before)} → ${show(c.after)}`, en: `${atEn} benchmark ${showEn(c.before)} → ${showEn(c.after)}` } : { zh: `${at}：${show(c.before)} → ${show(c.after)}`, en: `${atEn}: ${showEn(c.before)} → ${showEn(c.after)}` });
      continue;
    }
    const src = sourceOfInput(c.column);
    const y = year + src.yearOffset;
    const line = d.lined.parkIndicators.find((r) => r.row.park_id === c.park_id && r.row.year === y)?.line;
    const where = `${d.files.parkIndicators}${line !== undefined ? ` 第 ${line} 行` : ''} ${src.field}（${c.park_id} ${y}）`;
    const whereEn = `${d.files.parkIndicators}${line !== undefined ? ` line ${line}` : ''} ${src.field} (${c.park_id} ${y})`;
    out.push({ zh: `${where}：${show(c.before)} → ${show(c.after)}`, en: `${whereEn}: ${showEn(c.before)} → ${showEn(c.after)}` });
  }
  return out;
}

const MAX_CAUSES = 6;
const MAX_PARKS = 10;

function causesSentence(year: number, cmp: SealComparison, d: Loaded, fixedBenchmark: boolean, grades: { sealed: string | null; now: string }): { zh: string; en: string } {
  const inputs = cmp.causes.some((c) => !/_(weight|cap|benchmark)$/.test(c.column));
  const list = causeTexts(year, cmp.causes, d, fixedBenchmark || !inputs);
  if (grades.sealed !== null && grades.sealed !== grades.now) {
    list.push({ zh: `定等方法和等次规则（${d.files.scoringGrades}、${d.files.scoringReleases} 的 grade_method）：${grades.sealed} → ${grades.now}`, en: `grading method and grade rules (${d.files.scoringGrades}, grade_method in ${d.files.scoringReleases}): ${grades.sealed} → ${grades.now}` });
  }
  if (list.length === 0) {
    return {
      zh: '输入数据和指标设置都与封存时相同：变化来自定等规则（scoring/grades.csv、releases.csv 的 grade_method）或计算程序（代码）的改动。',
      en: 'The inputs and indicator settings are as sealed: the change comes from the grade rules (scoring/grades.csv, grade_method in releases.csv) or from the calculation code.',
    };
  }
  const shown = list.slice(0, MAX_CAUSES);
  const more = list.length - shown.length;
  return {
    zh: `与封存时不同的单元格：${shown.map((x) => x.zh).join('；')}${more > 0 ? `；另有 ${more} 处` : ''}。`,
    en: `Cells that differ from the seal: ${shown.map((x) => x.en).join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
  };
}

function waysForward(year: number, d: Loaded, n: number): { zh: string; en: string } {
  const corrections = d.files.scoringCorrections;
  return hint(
    `两种办法：① 撤销这项改动，恢复封存时的数值；② 确需更正已公布的结果：在 ${corrections} 加一行（year=${year}，n=${n}，更正日期、文号、中英文理由、更正内容），再运行 npm run seal -- ${year}，把更正后的封存文件一并提交。`,
    `Two ways forward: (1) undo the change, back to the sealed values; (2) to correct the published result, add a row to ${corrections} (year=${year}, n=${n}, date, reference, reasons in Chinese and English, what it corrects), run npm run seal -- ${year} and commit the corrected seal with it.`,
  );
}

function readSeal(dataDir: string, path: string, date: string | null): SealFile | null {
  const abs = join(dataDir, path);
  return existsSync(abs) ? { path, text: readFileSync(abs, 'utf8'), date } : null;
}

type Tables = { [N in keyof LinedTables]: LinedTables[N][number]['row'][] };

/**
 * Runs on data that passed every other check. `dataDir` is the data folder; `shown` how reports
 * name it (e.g. `data`).
 */
export function sealGuard(d: Loaded, dataDir: string, shown: string, engine: Engine = evaluateReleases): GuardResult {
  const issues: DataIssue[] = [];
  const seals = new Map<number, YearSeal>();
  const display = (path: string) => `${shown}/${path}`;
  const relCol = (f: string) => d.columnIndex.scoringReleases.get(f);
  const corrCol = (f: string) => d.columnIndex.scoringCorrections.get(f);
  const tables = Object.fromEntries(Object.entries(d.lined).map(([k, rows]) => [k, rows.map((r) => r.row)])) as Tables;
  let evaluations: ReturnType<Engine> | undefined;
  const names = new Map(tables.parks.map((p) => [p.id, p.name_zh]));

  for (const { line, row } of d.lined.scoringReleases) {
    const year = row.year;
    const path = `${SEAL_DIR}/${sealFileName(year)}`;
    const original = readSeal(dataDir, path, row.published_on ?? row.sealed_on);
    const at = (field: string) => ({ file: d.files.scoringReleases, line, field, ...(relCol(field) !== undefined ? { column: relCol(field)! } : {}) });
    if (row.status !== 'final') {
      if (original) {
        issues.push({ severity: 'error', ...at('status'), value: row.status, rule: 'seal.not-final', message: { zh: `${year} 年度已经封存（${display(path)}），状态却是 ${row.status}：封存的结果不能退回。`, en: `${year} is sealed (${display(path)}) but its status is ${row.status}: a sealed result cannot be taken back.` }, hint: hint('把 status 改回 final。要改变结果，请记录更正。', 'Set status back to final. To change the result, record a correction.') });
      }
      continue;
    }
    if (!original) {
      if (row.seal_sha256) {
        issues.push({ severity: 'error', ...at('seal_sha256'), value: row.seal_sha256, rule: 'seal.file-missing', message: { zh: `${year} 年度的封存文件 ${display(path)} 不见了（本行记录了它的哈希值）。`, en: `The seal file ${display(path)} of ${year} is missing (this row records its hash).` }, hint: hint(`从版本库恢复：git checkout -- ${display(path)}`, `Restore it from git: git checkout -- ${display(path)}`) });
      } else {
        issues.push({ severity: 'error', ...at('status'), value: row.status, rule: 'seal.missing', message: { zh: `${year} 年度已标为 final（正式发布），但结果还没有封存。`, en: `${year} is marked final but its result is not sealed yet.` }, hint: hint(`运行 npm run seal -- ${year}：它把当前结果写入 ${display(path)}，并在本行填写封存日期和哈希值；然后一并提交。`, `Run npm run seal -- ${year}: it writes the current result to ${display(path)} and fills in this row's seal date and hash; then commit them together.`) });
      }
      continue;
    }
    if (!row.seal_sha256) {
      issues.push({ severity: 'error', ...at('seal_sha256'), value: '', rule: 'seal.missing', message: { zh: `${display(path)} 存在，但本行没有记录它的哈希值。`, en: `${display(path)} exists but this row does not record its hash.` }, hint: hint(`运行 npm run seal -- ${year} 填写哈希值。`, `Run npm run seal -- ${year} to fill in the hash.`) });
      continue;
    }
    if (sha256Hex(original.text) !== row.seal_sha256) {
      issues.push({ severity: 'error', file: display(path), rule: 'seal.edited', message: { zh: `封存文件被改动过：它的 SHA-256 与 ${d.files.scoringReleases} 第 ${line} 行记录的不一致。封存文件不能手改。`, en: `The seal file was edited: its SHA-256 is not the one recorded on line ${line} of ${d.files.scoringReleases}. Seal files are never edited by hand.` }, hint: hint(`恢复原文件：git checkout -- ${display(path)}。要改变已公布的结果，请在 ${d.files.scoringCorrections} 记录更正，再运行 npm run seal -- ${year}。`, `Restore it: git checkout -- ${display(path)}. To change a published result, record a correction in ${d.files.scoringCorrections} and run npm run seal -- ${year}.`) });
      continue;
    }

    // The corrections of this year, in order; a pending one (no seal yet) stops the comparison.
    const ys: YearSeal = { year, grades: row.sealed_grades, original, corrections: [] };
    let broken = false;
    let pending: ScoringCorrection | undefined;
    const rows = d.lined.scoringCorrections.filter((c) => c.row.year === year).sort((a, b) => a.row.n - b.row.n);
    for (const { line: cl, row: c } of rows) {
      const cpath = `${SEAL_DIR}/${sealFileName(year, c.n)}`;
      const cat = (field: string) => ({ file: d.files.scoringCorrections, line: cl, field, ...(corrCol(field) !== undefined ? { column: corrCol(field)! } : {}) });
      const seal = readSeal(dataDir, cpath, c.corrected_on);
      if (!seal || !c.seal_sha256) {
        if (seal || c.seal_sha256) {
          issues.push({ severity: 'error', ...cat('seal_sha256'), value: c.seal_sha256 ?? '', rule: seal ? 'seal.missing' : 'seal.file-missing', message: seal ? { zh: `${display(cpath)} 存在，但本行没有记录它的哈希值。`, en: `${display(cpath)} exists but this row does not record its hash.` } : { zh: `更正后的封存文件 ${display(cpath)} 不见了（本行记录了它的哈希值）。`, en: `The corrected seal ${display(cpath)} is missing (this row records its hash).` }, hint: seal ? hint(`运行 npm run seal -- ${year} 填写哈希值。`, `Run npm run seal -- ${year} to fill in the hash.`) : hint(`从版本库恢复：git checkout -- ${display(cpath)}`, `Restore it from git: git checkout -- ${display(cpath)}`) });
          broken = true;
        } else {
          pending = c;
          issues.push({ severity: 'error', ...cat('n'), value: String(c.n), rule: 'correction.unsealed', message: { zh: `${year} 年度第 ${c.n} 次更正已记录，但更正后的结果还没有封存。`, en: `Correction ${c.n} of ${year} is recorded but the corrected result is not sealed yet.` }, hint: hint(`运行 npm run seal -- ${year}：它把当前结果写入 ${display(cpath)} 并在本行填写哈希值（原封存文件保留）；然后一并提交。`, `Run npm run seal -- ${year}: it writes the current result to ${display(cpath)} and fills in this row's hash (the original seal is kept); then commit them together.`) });
        }
        break;
      }
      if (sha256Hex(seal.text) !== c.seal_sha256) {
        issues.push({ severity: 'error', file: display(cpath), rule: 'seal.edited', message: { zh: `封存文件被改动过：它的 SHA-256 与 ${d.files.scoringCorrections} 第 ${cl} 行记录的不一致。封存文件不能手改。`, en: `The seal file was edited: its SHA-256 is not the one recorded on line ${cl} of ${d.files.scoringCorrections}. Seal files are never edited by hand.` }, hint: hint(`恢复原文件：git checkout -- ${display(cpath)}。`, `Restore it: git checkout -- ${display(cpath)}.`) });
        broken = true;
        break;
      }
      ys.corrections.push({ correction: c, seal });
      ys.grades = c.sealed_grades;
    }
    if (broken) continue;
    seals.set(year, ys);
    if (pending) continue;

    // The current data, settings and code must reproduce the latest seal.
    evaluations ??= engine(tables);
    const e = evaluations.find((x) => x.year === year);
    if (!e) continue;
    const latest = latestSeal(ys);
    const current = sealText(e, parkYearInputs(tables), (id) => names.get(id) ?? id);
    if (current === latest.text) continue;
    const cmp = compareSeals(parseSeal(latest.text), parseSeal(current));
    if (!cmp.differs) continue;
    const fixed = Object.values(e.settings.indicators).some((s) => s.benchmark !== 'auto');
    const because = causesSentence(year, cmp, d, fixed, { sealed: ys.grades, now: gradeSettingsText(e) });
    const next = ys.corrections.length + 1;
    const latestShown = display(latest.path);
    const head = { zh: `${year} 年度的结果已封存（${latestShown}），当前的数据、设置或程序会改变它`, en: `The ${year} result is sealed (${latestShown}) and the current data, settings or code would change it` };
    const shown = cmp.parks.slice(0, MAX_PARKS);
    const more = cmp.parks.length - shown.length;
    const parksZh = shown.map((p) => `${p.name} (${p.park_id}) ${standingText(p.before, 'zh')} → ${standingText(p.after, 'zh')}`).join('；') + (more > 0 ? `；另有 ${more} 个园区` : '');
    const parksEn = shown.map((p) => `${p.name} (${p.park_id}) ${standingText(p.before, 'en')} → ${standingText(p.after, 'en')}`).join('; ') + (more > 0 ? `; and ${more} more park(s)` : '');
    const message =
      cmp.parks.length === 0
        ? { zh: `${head.zh}：名次、等次和总分不变，但公布的数值会变。${because.zh}`, en: `${head.en}: ranks, grades and totals stay, but published figures change. ${because.en}` }
        : { zh: `${head.zh}，${cmp.parks.length} 个园区的结果会变：${parksZh}。${because.zh}`, en: `${head.en}; ${cmp.parks.length} park(s) would change: ${parksEn}. ${because.en}` };
    issues.push({ severity: 'error', file: latestShown, rule: 'seal.changed', field: 'year', value: String(year), message, hint: waysForward(year, d, next) });
  }
  return { issues, seals };
}
