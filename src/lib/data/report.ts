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

/** Plain-text report; `color` adds ANSI colours for a terminal; `acknowledged` counts warnings silenced in checks/acknowledged.csv. */
export function formatReport(issues: readonly DataIssue[], { color = false, acknowledged = 0 } = {}): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sorted = [...issues].sort(compareIssues);
  const errors = sorted.filter((i) => i.severity === 'error').length;
  const warnings = sorted.length - errors;
  const ackZh = acknowledged > 0 ? `（另有 ${acknowledged} 个提醒已确认，见 checks/acknowledged.csv）` : '';
  const ackEn = acknowledged > 0 ? ` (${acknowledged} acknowledged, see checks/acknowledged.csv)` : '';
  const lines: string[] = [];
  let file: string | undefined;
  for (const i of sorted) {
    if (i.file !== file) {
      file = i.file;
      lines.push('', paint('1', file));
    }
    const mark = i.severity === 'error' ? paint('31', '✗ 错误 error') : paint('33', '! 提醒 warning');
    lines.push(`  ${mark}  ${where(i)}${i.value !== undefined ? `  值 value: "${i.value}"` : ''}`);
    lines.push(`      ${i.message.zh}`);
    lines.push(`      ${i.message.en}`);
    if (i.hint) lines.push(`      → ${i.hint.zh}`, `        ${i.hint.en}`);
  }
  lines.push(
    '',
    errors > 0
      ? paint('31', `发现 ${errors} 个错误、${warnings} 个提醒。请改正错误后再提交。 Found ${errors} error(s) and ${warnings} warning(s). Fix the errors before committing.`)
      : paint('32', `数据检查通过${warnings > 0 ? `，有 ${warnings} 个提醒` : ''}${ackZh}。 The data passed the check${warnings > 0 ? ` with ${warnings} warning(s)` : ''}${ackEn}.`),
  );
  return lines.join('\n').replace(/^\n/, '');
}

export function reportJson(issues: readonly DataIssue[], acknowledged = 0): string {
  const sorted = [...issues].sort(compareIssues);
  return JSON.stringify({ errors: sorted.filter((i) => i.severity === 'error').length, warnings: sorted.filter((i) => i.severity === 'warning').length, acknowledged, issues: sorted }, null, 2);
}

/** `::error file=…,line=…,col=…::message` lines that GitHub Actions shows on the commit. */
export function githubAnnotations(issues: readonly DataIssue[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return [...issues]
    .sort(compareIssues)
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
