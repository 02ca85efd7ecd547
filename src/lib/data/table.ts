/**
 * A table definition (columns, key, row rules, all documented) and the reader that checks a CSV
 * against it, collecting every problem rather than stopping at the first.
 */
import { z } from 'zod';
import type { CsvTable } from './csv.ts';
import { cellSchema, fieldOf, optional, required, type CellParser, type FieldType } from './cells.ts';
import { hint, isProblem, type DataIssue, type Problem } from './issues.ts';
import { nearest } from '../text/nearest.ts';
import { cellSafetyProblem, invisibleProblem, withoutInvisible } from './cell-safety.ts';

export interface Column<T> {
  parse: CellParser<T>;
  /** The values' type and constraints, as a Frictionless Table Schema field. */
  field: FieldType;
  /** Must the column be in the header? (Its cells may still be blank when the parser allows it.) */
  inHeader: boolean;
  required: boolean;
  zh: string;
  en: string;
  /** Unit of the values, e.g. 亩, 万元, 吨标准煤; absent for text and codes. */
  unit?: string;
  /** For coded columns: the allowed values, for the data dictionary. */
  choices?: readonly { value: string; zh: string; en: string }[];
}

type Doc = { zh: string; en: string; unit?: string; choices?: Column<unknown>['choices'] };

function withDoc<T>(col: Omit<Column<T>, 'zh' | 'en' | 'field'>, doc: Doc): Column<T> {
  const out: Column<T> = { ...col, field: fieldOf(col.parse), zh: doc.zh, en: doc.en };
  if (doc.unit !== undefined) out.unit = doc.unit;
  if (doc.choices !== undefined) out.choices = doc.choices;
  return out;
}

/** A column that must be in the header and never blank. */
export function req<T>(parse: CellParser<T>, doc: Doc): Column<T> {
  return withDoc({ parse: required(parse), inHeader: true, required: true }, doc);
}

/** A column whose cells may be blank (null); the column itself may be left out of the file. */
export function opt<T>(parse: CellParser<T>, doc: Doc): Column<T | null> {
  return withDoc({ parse: optional(parse), inHeader: false, required: false }, doc);
}

/** A column that parses blank itself (e.g. a list, blank = empty list); may be left out. */
export function custom<T>(parse: CellParser<T>, doc: Doc): Column<T> {
  return withDoc({ parse: Object.assign((raw: string) => parse(raw.trim()), { field: fieldOf(parse) }), inHeader: false, required: false }, doc);
}

export type Columns = Record<string, Column<any>>;
export type RowOf<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

export interface RowProblem {
  field: string;
  problem: Problem;
}

export interface TableDef<C extends Columns = Columns> {
  /** Path under the data folder, e.g. `parks.csv` or `scoring/grades.csv`. */
  file: string;
  zh: string;
  en: string;
  columns: C;
  /** Columns that together identify a row. */
  key: (keyof C & string)[];
  /** The file may be left out: a region without it has an empty table (no error). */
  optional?: boolean;
  /** Rules across the cells of one row, run once every cell is valid. */
  rowRules?: (row: RowOf<C>) => RowProblem[];
  /** Zod schema of one row, from raw cell strings to typed values. */
  schema: z.ZodType<RowOf<C>, Record<string, string>>;
}

export function defineTable<C extends Columns>(def: Omit<TableDef<C>, 'schema'>): TableDef<C> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, col] of Object.entries(def.columns)) {
    shape[name] = cellSchema(col.parse).meta({ description: col.en, title: col.zh, ...(col.unit ? { unit: col.unit } : {}) });
  }
  let schema: z.ZodType = z.object(shape);
  const rules = def.rowRules;
  if (rules) {
    schema = (schema as z.ZodObject).superRefine((row, ctx) => {
      for (const { field, problem } of rules(row as RowOf<C>)) {
        ctx.addIssue({ code: 'custom', path: [field], message: problem.message.en, params: { problem } });
      }
    });
  }
  return { ...def, schema: schema as unknown as z.ZodType<RowOf<C>, Record<string, string>> };
}

export interface TableRow<R> {
  line: number;
  row: R;
}

export interface ReadTable<R> {
  rows: TableRow<R>[];
  /** Every key value seen in the raw rows, valid or not: used for reference checks, so one bad row
   *  does not cascade into false "unknown id" errors elsewhere. */
  rawIds: Set<string>;
  /** 1-based column number of each header name, for later checks that point at a cell. */
  columnIndex: Map<string, number>;
  issues: DataIssue[];
  /** The header could not be matched (no key column): nothing in the file can be referred to. */
  unreadable: boolean;
}

/**
 * A title row (or a few) above the header, as when a sheet is saved with its caption: when the first
 * row names no known column but one of the next rows does, that row is the header. One message says
 * so, and the file is read from there, instead of every line failing.
 */
function withHeaderFound(def: { columns: Columns }, csv: CsvTable, filePath: string, issues: DataIssue[]): CsvTable {
  const known = (cells: string[]) => cells.filter((c) => c.trim() in def.columns).length;
  if (known(csv.header) > 0) return csv;
  const at = csv.rows.slice(0, 10).findIndex((r) => known(r.cells) >= 2 && known(r.cells) * 2 >= r.cells.filter((c) => c.trim() !== '').length);
  if (at < 0) return csv;
  const header = csv.rows[at]!;
  const above = header.line - 1;
  issues.push({
    severity: 'error',
    file: filePath,
    line: csv.headerLine,
    value: csv.header.filter(Boolean).join(' ').slice(0, 60),
    rule: 'file.title-row',
    message: { zh: `表头应在第 1 行，但它在第 ${header.line} 行：上面的 ${above} 行是标题或说明。`, en: `The header must be on line 1, but it is on line ${header.line}: the ${above} line(s) above it are a title or notes.` },
    hint: above === 1 ? hint('删除第 1 行，让表头成为第一行。', 'Delete line 1 so that the header is the first line.') : hint(`删除第 1–${above} 行，让表头成为第一行。`, `Delete lines 1–${above} so that the header is the first line.`),
  });
  return { ...csv, header: header.cells.map((h) => h.trim()), headerLine: header.line, rows: csv.rows.slice(at + 1) };
}

/** Checks a parsed CSV against a table definition. `filePath` is what messages call the file. */
export function readTable<C extends Columns>(def: TableDef<C>, given: CsvTable, filePath: string): ReadTable<RowOf<C>> {
  const issues: DataIssue[] = [];
  const names = Object.keys(def.columns);
  const csv = withHeaderFound(def, given, filePath, issues);
  const at = (line: number, column: number | undefined, field: string | undefined, value: string | undefined, p: Problem): DataIssue => {
    const issue: DataIssue = { severity: 'error', file: filePath, line, rule: p.rule, message: p.message };
    if (column !== undefined) issue.column = column;
    if (field !== undefined) issue.field = field;
    if (value !== undefined) issue.value = value;
    if (p.hint) issue.hint = p.hint;
    return issue;
  };

  // Header: every name known, no name twice, every required column present.
  const index = new Map<string, number>();
  csv.header.forEach((name, i) => {
    const column = i + 1;
    if (name === '') {
      issues.push(at(csv.headerLine, column, undefined, name, { rule: 'header.blank', message: { zh: `第 ${column} 列没有列名。`, en: `Column ${column} has no name.` }, hint: hint('填写列名或删除这一列。', 'Name the column or delete it.') }));
    } else if (!(name in def.columns) && invisibleProblem(name)) {
      issues.push(at(csv.headerLine, column, name, name, invisibleProblem(name, { zh: `列名“${name}”的`, en: `In the column name "${name}": ` })!));
    } else if (!(name in def.columns)) {
      const guess = nearest(name, names);
      issues.push(
        at(csv.headerLine, column, name, name, {
          rule: 'header.unknown',
          message: { zh: `未知的列名“${name}”。`, en: `Unknown column "${name}".` },
          hint: guess ? hint(`是不是 ${guess}？`, `Did you mean ${guess}?`) : hint(`允许的列：${names.join(', ')}`, `Allowed columns: ${names.join(', ')}`),
        }),
      );
    } else if (index.has(name)) {
      issues.push(at(csv.headerLine, column, name, name, { rule: 'header.duplicate', message: { zh: `列名“${name}”出现了两次（第 ${index.get(name)! + 1} 列也是）。`, en: `The column "${name}" appears twice (also column ${index.get(name)! + 1}).` }, hint: hint('删除其中一列。', 'Delete one of them.') }));
    } else {
      index.set(name, i);
    }
  });
  for (const [name, col] of Object.entries(def.columns)) {
    if (col.inHeader && !index.has(name)) {
      issues.push({ severity: 'error', file: filePath, line: csv.headerLine, field: name, rule: 'header.missing', message: { zh: `缺少必需的列“${name}”（${col.zh}）。`, en: `The required column "${name}" (${col.en}) is missing.` }, hint: hint(`在表头加上 ${name} 列。`, `Add a ${name} column to the header.`) });
    }
  }
  const headerBroken = issues.length > 0;

  const rows: TableRow<RowOf<C>>[] = [];
  const rawIds = new Set<string>();
  const firstLineOfKey = new Map<string, number>();
  const width = csv.header.length;
  for (const { line, cells } of csv.rows) {
    const keyOf = (get: (n: string) => string | undefined) => def.key.map((k) => (get(k) ?? '').trim()).join('\u0000');
    const cellOf = (name: string) => {
      const i = index.get(name);
      return i === undefined ? undefined : cells[i];
    };
    const rawKey = keyOf(cellOf);
    // The id as meant, without a stray invisible character: that cell gets its own message, and
    // rows elsewhere that name the id are not reported as unknown on top of it.
    if (def.key.length === 1 && rawKey !== '') rawIds.add(withoutInvisible(rawKey));
    if (headerBroken) continue;
    if (cells.length !== width) {
      const more = cells.length > width;
      issues.push(
        at(line, undefined, undefined, undefined, {
          rule: more ? 'csv.too-many-cells' : 'csv.too-few-cells',
          message: {
            zh: `这一行有 ${cells.length} 个单元格，表头有 ${width} 列。`,
            en: `This row has ${cells.length} cells; the header has ${width} columns.`,
          },
          hint: more
            ? hint('含逗号的文字要用英文双引号括起来，例如 "甲,乙"；或删除多余的逗号。', 'Put text that contains a comma in double quotes, e.g. "a,b", or remove the extra comma.')
            : hint('补齐缺少的单元格（可以留空，但逗号要在）。', 'Add the missing cells (they may be blank, but the commas must be there).'),
        }),
      );
      continue;
    }
    const first = firstLineOfKey.get(rawKey);
    if (first !== undefined) {
      const keyText = def.key.map((k) => `${k}=${(cellOf(k) ?? '').trim()}`).join(', ');
      const k0 = def.key[0]!;
      const i = index.get(k0);
      issues.push(
        at(line, i === undefined ? undefined : i + 1, k0, rawKey.replace(/\u0000/g, ', '), {
          rule: 'key.duplicate',
          message: { zh: `重复的记录：${keyText} 已在第 ${first} 行出现。`, en: `Duplicate row: ${keyText} already appears on line ${first}.` },
          hint: hint('合并两行，或改正其中一行的编号/年份。', 'Merge the two rows, or correct the id/year of one of them.'),
        }),
      );
      continue;
    }
    if (rawKey.replace(/\u0000/g, '') !== '') firstLineOfKey.set(rawKey, line);
    // Rules for every cell whatever its column (formula starts, invisible characters, Excel errors):
    // a cell they flag gets that one message, not a second one from its column's parser.
    const flagged = new Set<string>();
    for (const [name, i] of index) {
      const p = cellSafetyProblem(cells[i] ?? '');
      if (p) {
        flagged.add(name);
        issues.push(at(line, i + 1, name, cells[i], p));
      }
    }
    const input: Record<string, string> = {};
    for (const name of names) input[name] = cellOf(name) ?? '';
    const parsed = def.schema.safeParse(input);
    if (parsed.success && flagged.size === 0) {
      rows.push({ line, row: parsed.data });
      continue;
    }
    for (const zi of parsed.success ? [] : parsed.error.issues) {
      const field = String(zi.path[0] ?? '');
      if (flagged.has(field)) continue;
      const i = index.get(field);
      const p = (zi as { params?: { problem?: unknown } }).params?.problem;
      const prob: Problem = isProblem(p) ? p : { rule: 'invalid', message: { zh: zi.message, en: zi.message } };
      issues.push(at(line, i === undefined ? undefined : i + 1, field || undefined, i === undefined ? undefined : cells[i], prob));
    }
  }
  const columnIndex = new Map([...index].map(([name, i]) => [name, i + 1]));
  return { rows, rawIds, columnIndex, issues, unreadable: headerBroken && def.key.some((k) => !index.has(k)) };
}
