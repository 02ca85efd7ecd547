/**
 * What changed between two versions of the portal's data and content: rows added, removed and
 * changed in each table (cell by cell, rows matched by the table's key), portal.json fields, MDX
 * files added, removed or edited, and each year's ranking and grades before and after.
 */
import type { DataIssue } from '../data/issues.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../data/dataset.ts';
import type { TableDef } from '../data/table.ts';
import { TABLES, type TableName } from '../data/tables.ts';
import { evaluateReleases } from '../evaluation/portal.ts';
import type { YearEvaluation } from '../evaluation/evaluate.ts';

export interface CellChange {
  column: string;
  before: string;
  after: string;
}

export interface TableDiff {
  table: TableName;
  /** Path under the data folder, e.g. `park_indicators.csv`. */
  file: string;
  keyColumns: string[];
  added: string[][];
  removed: string[][];
  changed: { key: string[]; cells: CellChange[] }[];
}

export interface ContentDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** A park's standing in one year's evaluation: graded, ungraded (with why), or not listed. */
export type Standing = { kind: 'graded'; rank: number; grade: string; total: number } | { kind: 'ungraded'; reason: string } | { kind: 'absent' };

export interface RankChange {
  park_id: string;
  name: string;
  before: Standing;
  after: Standing;
}

export interface YearDiff {
  year: number;
  /** Whether the year is new, gone, or in both versions. */
  presence: 'added' | 'removed' | 'both';
  parks: RankChange[];
}

export interface DataDiff {
  tables: TableDiff[];
  portal: CellChange[];
  content: ContentDiff;
  rankings: YearDiff[];
  /** What the seal guard says about the working tree: a change that would touch a sealed year. */
  sealed?: DataIssue[];
  /** Seal files (scoring/seals/) added, removed or changed, by path under the data folder. */
  seals?: ContentDiff;
}

/** A typed cell back as text, the way it is written in the CSV. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  return String(v);
}

export function diffTable(name: TableName, before: readonly Record<string, unknown>[], after: readonly Record<string, unknown>[]): TableDiff {
  const def = TABLES[name] as unknown as TableDef;
  const columns = Object.keys(def.columns);
  const keyOf = (r: Record<string, unknown>) => def.key.map((k) => cellText(r[k]));
  const index = (rows: readonly Record<string, unknown>[]) => new Map(rows.map((r) => [keyOf(r).join('\u0000'), r]));
  const b = index(before);
  const a = index(after);
  const out: TableDiff = { table: name, file: def.file, keyColumns: def.key, added: [], removed: [], changed: [] };
  for (const [k, row] of a) {
    const old = b.get(k);
    if (!old) {
      out.added.push(keyOf(row));
      continue;
    }
    const cells = columns.flatMap((c) => {
      const x = cellText(old[c]);
      const y = cellText(row[c]);
      return x === y ? [] : [{ column: c, before: x, after: y }];
    });
    if (cells.length > 0) out.changed.push({ key: keyOf(row), cells });
  }
  for (const [k, row] of b) if (!a.has(k)) out.removed.push(keyOf(row));
  return out;
}

/** Every `.mdx` file under a folder, relative to it. */
function mdxFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.mdx')) out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export function diffContent(beforeDir: string, afterDir: string): ContentDiff {
  const b = mdxFiles(beforeDir);
  const a = mdxFiles(afterDir);
  return {
    added: [...a.keys()].filter((f) => !b.has(f)),
    removed: [...b.keys()].filter((f) => !a.has(f)),
    changed: [...a.keys()].filter((f) => b.has(f) && !b.get(f)!.equals(a.get(f)!)),
  };
}

function standings(e: YearEvaluation | undefined): Map<string, Standing> {
  const m = new Map<string, Standing>();
  if (!e) return m;
  for (const p of e.graded) m.set(p.park_id, { kind: 'graded', rank: p.rank, grade: p.grade, total: Math.round(p.total * 100) / 100 });
  for (const p of e.ungraded) m.set(p.park_id, { kind: 'ungraded', reason: p.reason.zh });
  return m;
}

const same = (x: Standing, y: Standing) => JSON.stringify(x) === JSON.stringify(y);

export function diffRankings(before: Dataset, after: Dataset): YearDiff[] {
  const eb = new Map(evaluateReleases(before.tables).map((e) => [e.year, e]));
  const ea = new Map(evaluateReleases(after.tables).map((e) => [e.year, e]));
  const names = new Map([...before.tables.parks, ...after.tables.parks].map((p) => [p.id, p.short_name_zh ?? p.name_zh]));
  const years = [...new Set([...eb.keys(), ...ea.keys()])].sort((x, y) => x - y);
  const out: YearDiff[] = [];
  for (const year of years) {
    const sb = standings(eb.get(year));
    const sa = standings(ea.get(year));
    const ids = [...new Set([...sb.keys(), ...sa.keys()])];
    const parks = ids
      .map((id): RankChange => ({ park_id: id, name: names.get(id) ?? id, before: sb.get(id) ?? { kind: 'absent' }, after: sa.get(id) ?? { kind: 'absent' } }))
      .filter((c) => !same(c.before, c.after))
      .sort((x, y) => rankOf(x.after) - rankOf(y.after) || rankOf(x.before) - rankOf(y.before) || (x.park_id < y.park_id ? -1 : 1));
    const presence = !eb.has(year) ? 'added' : !ea.has(year) ? 'removed' : 'both';
    if (parks.length > 0 || presence !== 'both') out.push({ year, presence, parks });
  }
  return out;
}

const rankOf = (s: Standing) => (s.kind === 'graded' ? s.rank : Number.MAX_SAFE_INTEGER);

export function diffDatasets(before: Dataset, after: Dataset, contentDirs: { before: string; after: string }): DataDiff {
  const tables: TableDiff[] = [];
  for (const name of Object.keys(TABLES) as TableName[]) {
    const d = diffTable(name, before.tables[name] as unknown as Record<string, unknown>[], after.tables[name] as unknown as Record<string, unknown>[]);
    if (d.added.length + d.removed.length + d.changed.length > 0) tables.push(d);
  }
  const pb = before.portal as unknown as Record<string, unknown>;
  const pa = after.portal as unknown as Record<string, unknown>;
  const portal = [...new Set([...Object.keys(pb), ...Object.keys(pa)])].flatMap((k) => {
    const x = pb[k] === undefined ? '' : typeof pb[k] === 'object' ? JSON.stringify(pb[k]) : cellText(pb[k]);
    const y = pa[k] === undefined ? '' : typeof pa[k] === 'object' ? JSON.stringify(pa[k]) : cellText(pa[k]);
    return x === y ? [] : [{ column: k, before: x, after: y }];
  });
  const out: DataDiff = { tables, portal, content: diffContent(contentDirs.before, contentDirs.after), rankings: diffRankings(before, after) };
  const seals = diffSeals(before, after);
  if (seals.added.length + seals.removed.length + seals.changed.length > 0) out.seals = seals;
  return out;
}

/** Seal files by path: a new seal or correction shows as added; an edited one as changed. */
function diffSeals(before: Dataset, after: Dataset): ContentDiff {
  const files = (d: Dataset) => new Map([...d.seals.values()].flatMap((s) => [s.original, ...s.corrections.map((c) => c.seal)]).map((f) => [f.path, f.text]));
  const b = files(before);
  const a = files(after);
  return {
    added: [...a.keys()].filter((p) => !b.has(p)).sort(),
    removed: [...b.keys()].filter((p) => !a.has(p)).sort(),
    changed: [...a.keys()].filter((p) => b.has(p) && b.get(p) !== a.get(p)).sort(),
  };
}

export function isEmpty(d: DataDiff): boolean {
  return d.tables.length === 0 && d.portal.length === 0 && d.content.added.length + d.content.removed.length + d.content.changed.length === 0 && d.rankings.length === 0 && !d.sealed?.length && !d.seals;
}
