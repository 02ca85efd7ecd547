/**
 * Seals: what was published for a final year, kept as committed data so a final result never changes
 * silently. A seal file is the year's published ranking CSV byte for byte (every input, benchmark,
 * weight, cap, ratio, item score, total, rank and grade), under data/scoring/seals/:
 * `<year>.csv` the original, `<year>.corrected-<n>.csv` each correction. Its SHA-256 is recorded in
 * releases.csv (original) or corrections.csv (correction), so a hand edit is caught.
 *
 * Pure apart from hashing: reading and writing the files is the guard's and the seal command's job.
 */
import { createHash } from 'node:crypto';
import { parseCsvText } from '../data/csv.ts';
import { UTF8_BOM } from '../format/csv.ts';
import type { YearEvaluation } from './evaluate.ts';
import { evaluationCsv, EVALUATION_COLUMNS, type NameLookup } from './export.ts';
import { INDICATOR_KEYS, type ParkYearInput } from './indicators.ts';
import { roundHalfUp } from './round.ts';

/** Folder of the seal files, under the data folder. */
export const SEAL_DIR = 'scoring/seals';

/** `2024.csv` (original) or `2024.corrected-1.csv` (first correction). */
export function sealFileName(year: number, correction?: number): string {
  return correction === undefined ? `${year}.csv` : `${year}.corrected-${correction}.csv`;
}

/** The bytes published at /rankings/<year>.csv, and so the bytes of a seal (UTF-8 with a BOM, for Excel). */
export function sealText(e: YearEvaluation, inputs: readonly ParkYearInput[], nameOf: NameLookup): string {
  return UTF8_BOM + evaluationCsv(e, inputs, nameOf);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The grade settings a seal was made with, as one line (the other settings, weights, benchmarks and
 * caps, are in every row of the seal): `thresholds: A≥110; B≥90; C≥70; D` or `quotas: A 0.2; …`.
 */
export function gradeSettingsText(e: Pick<YearEvaluation, 'method' | 'settings'>): string {
  const rules = [...e.settings.grades].sort((a, b) => (a.grade < b.grade ? -1 : 1));
  return `${e.method}: ${rules.map((g) => (e.method === 'quotas' ? `${g.grade} ${g.quota_ratio ?? ''}` : g.min_score === null ? g.grade : `${g.grade}≥${g.min_score}`)).join('; ')}`;
}

/** The columns that are a park's result: what a correction changes and the public reads. */
export const RESULT_COLUMNS = ['rank', 'grade', 'status', 'total'] as const;
/** The columns that are inputs to the calculation (this year's and last year's figures, exemption). */
export const INPUT_COLUMNS = ['reason_zh', 'industrial_land_mu', 'industrial_investment_wan', 'industrial_output_wan', 'lead_industry_output_wan', 'tax_wan', 'value_added_wan', 'energy_tce', 'prev_value_added_wan', 'prev_energy_tce'] as const;
/** The settings in each row: weights, caps, benchmarks (a fixed benchmark is a setting; an auto one follows the inputs). */
export const SETTING_COLUMNS = INDICATOR_KEYS.flatMap((k) => [`${k}_weight`, `${k}_cap`, `${k}_benchmark`]);
/** Everything the guard compares: not the park's name (a rename changes no result) and not the rank change (it follows last year). */
const COMPARED = EVALUATION_COLUMNS.filter((c) => c !== 'park_name_zh' && c !== 'rank_change' && c !== 'year');

/** One park's row of a seal, cells as written. */
export interface SealedRow {
  /** Line in the seal file. */
  line: number;
  park_id: string;
  name: string;
  cells: Record<string, string>;
}

export interface Standing {
  status: string;
  rank: string;
  grade: string;
  total: string;
}

/** Reads a seal (or a freshly computed seal text) into rows by park. */
export function parseSeal(text: string, file = 'seal'): SealedRow[] {
  const parsed = parseCsvText(text, file);
  if (!parsed.ok) return [];
  const { header, rows } = parsed.table;
  return rows
    .filter((r) => r.cells.some((c) => c !== ''))
    .map((r) => {
      const cells: Record<string, string> = {};
      header.forEach((h, i) => (cells[h] = r.cells[i] ?? ''));
      return { line: r.line, park_id: cells['park_id'] ?? '', name: cells['park_name_zh'] ?? '', cells };
    });
}

export function standingOf(r: SealedRow | undefined): Standing | null {
  if (!r) return null;
  return { status: r.cells['status'] ?? '', rank: r.cells['rank'] ?? '', grade: r.cells['grade'] ?? '', total: r.cells['total'] ?? '' };
}

export interface ParkChange {
  park_id: string;
  name: string;
  /** Null when the park is not in that version. */
  before: Standing | null;
  after: Standing | null;
  /** Line of the park in the older file (for pointing at it). */
  line?: number;
}

export interface CellDifference {
  park_id: string;
  column: string;
  before: string;
  after: string;
}

export interface SealComparison {
  /** Parks whose rank, grade, status or total differ, in the newer order. */
  parks: ParkChange[];
  /** Inputs and settings that differ (the causes), by park then column. */
  causes: CellDifference[];
  /** Any compared cell differs (a result may stay while an item score moves). */
  differs: boolean;
}

const sameStanding = (a: Standing | null, b: Standing | null) => JSON.stringify(a) === JSON.stringify(b);

/** Compares two versions of a year's table (sealed → current, or original → corrected). */
export function compareSeals(older: readonly SealedRow[], newer: readonly SealedRow[]): SealComparison {
  const before = new Map(older.map((r) => [r.park_id, r]));
  const after = new Map(newer.map((r) => [r.park_id, r]));
  const ids = [...new Set([...newer.map((r) => r.park_id), ...older.map((r) => r.park_id)])];
  const parks: ParkChange[] = [];
  const causes: CellDifference[] = [];
  let differs = false;
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    const sb = standingOf(b);
    const sa = standingOf(a);
    if (!sameStanding(sb, sa)) {
      const change: ParkChange = { park_id: id, name: (a ?? b)!.name, before: sb, after: sa };
      if (b) change.line = b.line;
      parks.push(change);
    }
    for (const column of COMPARED) {
      const x = b?.cells[column] ?? '';
      const y = a?.cells[column] ?? '';
      if (x === y) continue;
      differs = true;
      if ((INPUT_COLUMNS as readonly string[]).includes(column) || SETTING_COLUMNS.includes(column)) causes.push({ park_id: id, column, before: x, after: y });
    }
    if (!b || !a) differs = true;
  }
  return { parks, causes, differs };
}

/** "第 1 名 B 类 106.50 分" / "#1, B, 106.50"; ungraded and absent parks in words. */
export function standingText(s: Standing | null, lang: 'zh' | 'en'): string {
  if (s === null) return lang === 'zh' ? '未列入' : 'not listed';
  if (s.status !== 'graded') return lang === 'zh' ? `不评级（${s.status}）` : `ungraded (${s.status})`;
  const total = roundHalfUp(Number(s.total), 2).toFixed(2);
  return lang === 'zh' ? `第 ${s.rank} 名 ${s.grade} 类 ${total} 分` : `#${s.rank}, ${s.grade}, ${total}`;
}
