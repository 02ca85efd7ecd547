/**
 * `npm run seal -- <year>`: the staff's deliberate step after the public notice. For a final year
 * without a seal it writes the original seal and records its date and hash in releases.csv; for a
 * sealed year whose result changed, it writes the seal of the correction recorded in
 * corrections.csv (the original stays) and records its hash there. Anything else is refused with a
 * message that says what to do.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, type PortalDirs } from '../data/dataset.ts';
import { parseCsvText } from '../data/csv.ts';
import { countErrors, type Bilingual } from '../data/issues.ts';
import { formatReport } from '../data/report.ts';
import { toCsv } from '../format/csv.ts';
import { TABLES } from '../data/tables.ts';
import { evaluateReleases, parkYearInputs } from './portal.ts';
import { latestSeal } from './guard.ts';
import { compareSeals, gradeSettingsText, parseSeal, sealFileName, sealText, sha256Hex, SEAL_DIR } from './seal.ts';

export class SealError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(`${text.zh}\n${text.en}`);
    this.text = text;
  }
}

/**
 * Sets cells of the row on `line` (1-based, as the checker reports it), adding a column to the
 * header when the file does not have it yet. Other cells are written back as they were read.
 */
export function setCsvCells(text: string, line: number, values: Record<string, string>): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const crlf = text.includes('\r\n');
  const parsed = parseCsvText(text, 'file');
  if (!parsed.ok) throw new SealError({ zh: '无法读取要更新的文件。', en: 'Cannot read the file to update.' });
  const header = [...parsed.table.header];
  for (const name of Object.keys(values)) if (!header.includes(name)) header.push(name);
  const rows = parsed.table.rows.map((r) => {
    const cells = header.map((_, i) => r.cells[i] ?? '');
    if (r.line === line) for (const [name, v] of Object.entries(values)) cells[header.indexOf(name)] = v;
    return cells;
  });
  const out = toCsv(header, rows);
  return bom + (crlf ? out.replace(/\n/g, '\r\n') : out);
}

export interface SealOutcome {
  /** Files written, relative to the data folder. */
  written: string[];
  message: Bilingual;
}

/** Seals `year` from the data in `dirs` as of `date` (YYYY-MM-DD). */
export function sealYear(dirs: PortalDirs, year: number, date: string, cwd: string = process.cwd()): SealOutcome {
  const { dataset, issues } = loadDataset(dirs, cwd, { guard: false });
  if (!dataset) {
    throw new SealError({ zh: `数据没有通过检查（${countErrors(issues)} 个错误），不能封存：\n\n${formatReport(issues)}`, en: `The data does not pass the check (${countErrors(issues)} error(s)), so nothing can be sealed.` });
  }
  const t = dataset.tables;
  const release = t.scoringReleases.find((r) => r.year === year);
  const releasesFile = join(dirs.dataDir, TABLES.scoringReleases.file);
  if (!release) {
    throw new SealError({ zh: `${TABLES.scoringReleases.file} 中没有 ${year} 年度。`, en: `There is no ${year} in ${TABLES.scoringReleases.file}.` });
  }
  if (release.status !== 'final') {
    throw new SealError({
      zh: `${year} 年度的状态是 ${release.status}，不是 final。公示期结束、异议处理完毕后，先在 ${TABLES.scoringReleases.file} 把 status 改为 final，再运行 npm run seal -- ${year}。`,
      en: `The status of ${year} is ${release.status}, not final. Once the public notice is over and objections are dealt with, set status to final in ${TABLES.scoringReleases.file}, then run npm run seal -- ${year}.`,
    });
  }
  const e = evaluateReleases(t).find((x) => x.year === year)!;
  const names = new Map(t.parks.map((p) => [p.id, p.name_zh]));
  const text = sealText(e, parkYearInputs(t), (id) => names.get(id) ?? id);
  const hash = sha256Hex(text);
  makeSealDir(dirs);

  const originalPath = `${SEAL_DIR}/${sealFileName(year)}`;
  if (!existsSync(join(dirs.dataDir, originalPath))) {
    writeFileSync(releasesFile, writeOriginal(dirs, year, text, date, gradeSettingsText(e), readFileSync(releasesFile, 'utf8')));
    return {
      written: [originalPath, TABLES.scoringReleases.file],
      message: { zh: `已封存 ${year} 年度：${originalPath}（SHA-256 ${hash.slice(0, 12)}…），封存日期 ${date} 已写入 ${TABLES.scoringReleases.file}。请运行 npm run check，然后提交这两个文件。`, en: `Sealed ${year}: ${originalPath} (SHA-256 ${hash.slice(0, 12)}…); the date ${date} is in ${TABLES.scoringReleases.file}. Run npm run check, then commit both files.` },
    };
  }

  const ys = dataset.seals.get(year);
  if (!ys) {
    throw new SealError({ zh: `${year} 年度的封存文件有问题，先运行 npm run check 看原因。`, en: `The seal of ${year} has a problem: run npm run check to see it.` });
  }
  const latest = latestSeal(ys);
  const cmp = compareSeals(parseSeal(latest.text), parseSeal(text));
  const pending = t.scoringCorrections.filter((c) => c.year === year && !c.seal_sha256).sort((a, b) => a.n - b.n)[0];
  if (!cmp.differs) {
    if (pending) {
      throw new SealError({ zh: `${TABLES.scoringCorrections.file} 记录了 ${year} 年度第 ${pending.n} 次更正，但当前结果与封存的（${latest.path}）相同：先改正数据或设置，再运行 npm run seal -- ${year}。`, en: `${TABLES.scoringCorrections.file} records correction ${pending.n} of ${year}, but the current result is the same as the seal (${latest.path}): make the corrected change first, then run npm run seal -- ${year}.` });
    }
    throw new SealError({ zh: `${year} 年度已封存（${latest.path}），当前结果与它相同，无需再封存。`, en: `${year} is sealed (${latest.path}) and the current result is the same: nothing to seal.` });
  }
  if (!pending) {
    throw new SealError({
      zh: `${year} 年度已封存（${latest.path}），当前结果与它不同（${cmp.parks.length} 个园区的名次、等次或总分变化）。已封存的结果只能通过公开更正改变：先在 ${TABLES.scoringCorrections.file} 加一行（year=${year}，n=${ys.corrections.length + 1}，更正日期、文号、中英文理由、更正内容），再运行 npm run seal -- ${year}；或撤销改动。`,
      en: `${year} is sealed (${latest.path}) and the current result differs (${cmp.parks.length} park(s) change rank, grade or total). A sealed result changes only through a public correction: add a row to ${TABLES.scoringCorrections.file} (year=${year}, n=${ys.corrections.length + 1}, date, reference, reasons in Chinese and English, what it corrects), then run npm run seal -- ${year}; or undo the change.`,
    });
  }
  const path = `${SEAL_DIR}/${sealFileName(year, pending.n)}`;
  writeFileSync(join(dirs.dataDir, path), text);
  const correctionsFile = join(dirs.dataDir, TABLES.scoringCorrections.file);
  const source = readFileSync(correctionsFile, 'utf8');
  const line = lineOf(source, (cells, h) => cells[h.indexOf('year')] === String(year) && cells[h.indexOf('n')] === String(pending.n));
  writeFileSync(correctionsFile, setCsvCells(source, line, { seal_sha256: hash, sealed_grades: gradeSettingsText(e) }));
  return {
    written: [path, TABLES.scoringCorrections.file],
    message: { zh: `已封存 ${year} 年度第 ${pending.n} 次更正：${path}（SHA-256 ${hash.slice(0, 12)}…），原封存文件 ${originalPath} 保留。请运行 npm run check，然后提交。`, en: `Sealed correction ${pending.n} of ${year}: ${path} (SHA-256 ${hash.slice(0, 12)}…); the original seal ${originalPath} is kept. Run npm run check, then commit.` },
  };
}

/**
 * Seals every final year that has no seal yet, dated its published_on (else `date`), from one load
 * of the data: for generated datasets (the benchmark) and a first migration to seals.
 */
export function sealFinalYears(dirs: PortalDirs, date: string, cwd: string = process.cwd()): number[] {
  const { dataset, issues } = loadDataset(dirs, cwd, { guard: false });
  if (!dataset) throw new SealError({ zh: `数据没有通过检查（${countErrors(issues)} 个错误），不能封存：\n\n${formatReport(issues)}`, en: `The data does not pass the check (${countErrors(issues)} error(s)), so nothing can be sealed.` });
  const t = dataset.tables;
  const names = new Map(t.parks.map((p) => [p.id, p.name_zh]));
  const inputs = parkYearInputs(t);
  const evaluations = evaluateReleases(t);
  const releasesFile = join(dirs.dataDir, TABLES.scoringReleases.file);
  let releases = readFileSync(releasesFile, 'utf8');
  const sealed: number[] = [];
  makeSealDir(dirs);
  for (const r of t.scoringReleases) {
    const path = join(dirs.dataDir, SEAL_DIR, sealFileName(r.year));
    if (r.status !== 'final' || existsSync(path)) continue;
    const e = evaluations.find((x) => x.year === r.year)!;
    releases = writeOriginal(dirs, r.year, sealText(e, inputs, (id) => names.get(id) ?? id), r.published_on ?? date, gradeSettingsText(e), releases);
    sealed.push(r.year);
  }
  writeFileSync(releasesFile, releases);
  return sealed;
}

/**
 * The seals folder, with a .gitattributes that keeps git from changing the files' line ends (a
 * Windows checkout with core.autocrlf would, and the hashes would no longer match).
 */
function makeSealDir(dirs: PortalDirs): void {
  const dir = join(dirs.dataDir, SEAL_DIR);
  mkdirSync(dir, { recursive: true });
  const attributes = join(dir, '.gitattributes');
  if (!existsSync(attributes)) writeFileSync(attributes, '# Seal files are hashed byte for byte (SHA-256 in releases.csv / corrections.csv): git must never\n# change their line ends (core.autocrlf on Windows would), so they are checked out exactly as committed.\n*.csv -text\n');
}

/** Writes a year's original seal; returns releases.csv's text with the seal date and hash filled in. */
function writeOriginal(dirs: PortalDirs, year: number, text: string, date: string, grades: string, releases: string): string {
  writeFileSync(join(dirs.dataDir, SEAL_DIR, sealFileName(year)), text);
  const line = lineOf(releases, (cells, h) => cells[h.indexOf('year')] === String(year));
  return setCsvCells(releases, line, { sealed_on: date, seal_sha256: sha256Hex(text), sealed_grades: grades });
}

function lineOf(text: string, match: (cells: string[], header: string[]) => boolean): number {
  const parsed = parseCsvText(text, 'file');
  if (!parsed.ok) return -1;
  return parsed.table.rows.find((r) => match(r.cells.map((c) => c.trim()), parsed.table.header))?.line ?? -1;
}
