/**
 * The data report staff read: grouped by file, sorted by line, every problem with where, what was
 * found, what is wrong and how to fix it, in Chinese and English. Also as JSON and as GitHub Actions
 * annotations.
 */
import { columnLetter, compareIssues, type DataIssue } from './issues.ts';

function where(i: DataIssue): string {
  const parts: string[] = [];
  if (i.line !== undefined) parts.push(`第 ${i.line} 行 line ${i.line}`);
  // Spreadsheet letters only for tables; in an MDX or JSON file a column is a character position.
  if (i.column !== undefined && i.file.endsWith('.csv')) parts.push(`第 ${i.column} 列 column ${i.column} (${columnLetter(i.column)}${i.field ? `, ${i.field}` : ''})`);
  else if (i.column !== undefined) parts.push(`第 ${i.column} 列 column ${i.column}${i.field ? ` (${i.field})` : ''}`);
  else if (i.field) parts.push(i.field);
  return parts.join(' · ') || '整个文件 whole file';
}

/** How many problems of one file a report lists before it only counts the rest. */
export const PER_FILE = 20;

/**
 * The issues a report lists: per file the first `perFile` (sorted: whole-file problems, the cause,
 * come first), and for each file how many more there are, by rule. A filled-down column of 500,000
 * bad cells gives 20 lines and a count, not a report nobody can read.
 */
export function capPerFile(issues: readonly DataIssue[], perFile = PER_FILE): { shown: DataIssue[]; omitted: Map<string, { count: number; errors: number; rules: Map<string, number> }> } {
  const sorted = [...issues].sort(compareIssues);
  const shown: DataIssue[] = [];
  const seen = new Map<string, number>();
  const omitted = new Map<string, { count: number; errors: number; rules: Map<string, number> }>();
  for (const i of sorted) {
    const n = (seen.get(i.file) ?? 0) + 1;
    seen.set(i.file, n);
    if (n <= perFile) {
      shown.push(i);
      continue;
    }
    const o = omitted.get(i.file) ?? { count: 0, errors: 0, rules: new Map<string, number>() };
    o.count++;
    if (i.severity === 'error') o.errors++;
    o.rules.set(i.rule, (o.rules.get(i.rule) ?? 0) + 1);
    omitted.set(i.file, o);
  }
  return { shown, omitted };
}

/** Plain-text report; `color` adds ANSI colours for a terminal; `acknowledged` counts warnings silenced in checks/acknowledged.csv. */
export function formatReport(issues: readonly DataIssue[], { color = false, acknowledged = 0, perFile = PER_FILE } = {}): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const { shown: sorted, omitted } = capPerFile(issues, perFile);
  const more = (file: string | undefined) => {
    const o = file === undefined ? undefined : omitted.get(file);
    if (!o) return;
    const rules = [...o.rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ×${n}`).join(', ');
    lines.push(`  … 另有 ${o.count} 个问题未列出（${o.errors} 个错误）：${rules}`, `    … and ${o.count} more not listed (${o.errors} errors): ${rules}`);
  };
  const ackZh = acknowledged > 0 ? `（另有 ${acknowledged} 个提醒已确认，见 checks/acknowledged.csv）` : '';
  const ackEn = acknowledged > 0 ? ` (${acknowledged} acknowledged, see checks/acknowledged.csv)` : '';
  const lines: string[] = [];
  let file: string | undefined;
  for (const i of sorted) {
    if (i.file !== file) {
      more(file);
      file = i.file;
      lines.push('', paint('1', file));
    }
    const mark = i.severity === 'error' ? paint('31', '✗ 错误 error') : paint('33', '! 提醒 warning');
    lines.push(`  ${mark}  ${where(i)}${i.value !== undefined ? `  值 value: "${i.value}"` : ''}`);
    lines.push(`      ${i.message.zh}`);
    lines.push(`      ${i.message.en}`);
    if (i.hint) lines.push(`      → ${i.hint.zh}`, `        ${i.hint.en}`);
  }
  more(file);
  lines.push(
    '',
    errors > 0
      ? paint('31', `发现 ${errors} 个错误、${warnings} 个提醒。请改正错误后再提交。 Found ${errors} error(s) and ${warnings} warning(s). Fix the errors before committing.`)
      : paint('32', `数据检查通过${warnings > 0 ? `，有 ${warnings} 个提醒` : ''}${ackZh}。 The data passed the check${warnings > 0 ? ` with ${warnings} warning(s)` : ''}${ackEn}.`),
  );
  return lines.join('\n').replace(/^\n/, '');
}

/** The report as JSON: every count, the first 1,000 issues of each file, and per file how many were left out. */
export function reportJson(issues: readonly DataIssue[], acknowledged = 0): string {
  const { shown, omitted } = capPerFile(issues, 1000);
  const left = Object.fromEntries([...omitted].map(([file, o]) => [file, { count: o.count, errors: o.errors, rules: Object.fromEntries(o.rules) }]));
  return JSON.stringify({ errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length, acknowledged, issues: shown, ...(omitted.size ? { omitted: left } : {}) }, null, 2);
}

/** `::error file=…,line=…,col=…::message` lines that GitHub Actions shows on the commit. */
export function githubAnnotations(issues: readonly DataIssue[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return capPerFile(issues).shown
    .map((i) => {
      const props = [`file=${prop(i.file)}`];
      if (i.line !== undefined) props.push(`line=${i.line}`);
      if (i.column !== undefined) props.push(`col=${i.column}`);
      props.push(`title=${prop(i.rule)}`);
      const text = `${i.message.zh} ${i.message.en}${i.hint ? ` → ${i.hint.zh} ${i.hint.en}` : ''}`;
      return `::${i.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${esc(text)}`;
    })
    .join('\n');
}
