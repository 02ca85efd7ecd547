/**
 * Acknowledged warnings: a staff member who has checked a flagged figure and found it right adds a
 * row to checks/acknowledged.csv, with the reason. The warning then stops repeating in `npm run
 * check`, and the methodology page publishes it with its reason. An acknowledgement that no longer
 * matches a warning (the figure was corrected, or changed) is itself a warning, so the file does not
 * silently collect dead rows.
 */
import { hint, type DataIssue } from './issues.ts';
import type { PlausibilityWarning } from './plausibility.ts';
import type { TableRow } from './table.ts';
import type { AcknowledgedWarningRow } from './tables.ts';

export interface AcknowledgedWarning extends PlausibilityWarning {
  reason_zh: string;
  reason_en: string | null;
  acknowledged_on: string;
  acknowledged_by: string | null;
  /** Line of the acknowledgement in checks/acknowledged.csv. */
  ackLine: number;
}

export interface Acknowledged {
  /** Warnings nobody has acknowledged: reported. */
  open: DataIssue[];
  acknowledged: AcknowledgedWarning[];
  /** Acknowledgements that match no current warning: reported as warnings on the acknowledgement. */
  stale: DataIssue[];
}

/** Same figure? Compared as numbers when both are numbers, so 185000 and 185000.0 agree. */
function sameValue(ack: string, value: string | null): boolean {
  if (value === null) return false;
  const a = Number(ack);
  const b = Number(value);
  return ack.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) ? a === b : ack.trim() === value;
}

export function applyAcknowledgements(warnings: readonly PlausibilityWarning[], acks: readonly TableRow<AcknowledgedWarningRow>[], ackFile: string, columnIndex: Map<string, number>): Acknowledged {
  const used = new Set<number>();
  const open: DataIssue[] = [];
  const acknowledged: AcknowledgedWarning[] = [];
  for (const w of warnings) {
    const t = w.target;
    const match = acks.find(({ row: a }) => a.file === t.file && a.key.join(';') === t.key.join(';') && (a.column ?? null) === t.column && a.rule === t.rule && (a.value === null || sameValue(a.value, t.value)));
    if (!match) {
      open.push(w.issue);
      continue;
    }
    used.add(match.line);
    const a = match.row;
    acknowledged.push({ ...w, reason_zh: a.reason_zh, reason_en: a.reason_en, acknowledged_on: a.acknowledged_on, acknowledged_by: a.acknowledged_by, ackLine: match.line });
  }
  const stale: DataIssue[] = [];
  for (const { line, row } of acks) {
    if (used.has(line)) continue;
    const what = `${row.file} ${row.key.join(';')}${row.column ? ` ${row.column}` : ''} ${row.rule}`;
    const issue: DataIssue = {
      severity: 'warning',
      file: ackFile,
      line,
      field: 'key',
      value: row.key.join(';'),
      rule: 'acknowledgement.stale',
      message: {
        zh: `这条确认（${what}${row.value !== null ? `，数值 ${row.value}` : ''}）已对应不到任何提醒：数据可能已经改正或改动。`,
        en: `This acknowledgement (${what}${row.value !== null ? `, value ${row.value}` : ''}) matches no current warning: the figure may have been corrected or changed.`,
      },
      hint: hint('如数据已改正，删除这一行；如数值改动后仍有提醒，按提醒中的新行更新它。', 'If the figure was corrected, delete this line; if a warning remains for a changed figure, update the line as that warning says.'),
    };
    const col = columnIndex.get('key');
    if (col !== undefined) issue.column = col;
    stale.push(issue);
  }
  return { open, acknowledged, stale };
}
