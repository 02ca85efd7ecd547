/**
 * The one shape every data problem takes, from a bad cell to a dangling reference.
 * Staff read these, so each carries where (file, line, column), what was found, what was expected
 * and how to fix it, in Chinese and English.
 */

/** A piece of user-facing text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning';

export interface DataIssue {
  severity: Severity;
  /** Path of the file as given to the loader, e.g. `data/parks.csv`. */
  file: string;
  /** 1-based line as an editor shows it; absent for whole-file problems. */
  line?: number;
  /** 1-based column number (A = 1) in a CSV, or absent. */
  column?: number;
  /** The header name of that column, or the frontmatter key. */
  field?: string;
  /** The value found, exactly as written. */
  value?: string;
  /** A stable rule name, e.g. `number.thousands-separator`, for tests and tooling. */
  rule: string;
  message: Bilingual;
  hint?: Bilingual;
}

/** A problem found in one value before its place (file, line, column) is known. */
export interface Problem {
  rule: string;
  message: Bilingual;
  hint?: Bilingual;
}

export function problem(rule: string, zh: string, en: string, hint?: Bilingual): Problem {
  return hint ? { rule, message: { zh, en }, hint } : { rule, message: { zh, en } };
}

export function hint(zh: string, en: string): Bilingual {
  return { zh, en };
}

export function isProblem(x: unknown): x is Problem {
  return typeof x === 'object' && x !== null && 'rule' in x && 'message' in x;
}

/** Spreadsheet letter for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function countErrors(issues: readonly DataIssue[]): number {
  return issues.filter((i) => i.severity === 'error').length;
}

/** Order for reports: by file, then line, then column; whole-file problems first. */
export function compareIssues(a: DataIssue, b: DataIssue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  return (a.column ?? 0) - (b.column ?? 0);
}
