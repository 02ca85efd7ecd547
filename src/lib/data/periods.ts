/**
 * Months (`YYYY-MM`) and quarters (`YYYY-QN`) as cells, and the small date arithmetic the monthly
 * dispatch and the quarterly inspection need. Plain string arithmetic: no Date, no time zone.
 */
import { typed, type CellParser } from './cells.ts';
import { hint, problem } from './issues.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A month written `YYYY-MM` (2025-07). Excel's "2025/7/1" and "2025-7" get the fix suggested. */
export const month: CellParser<string> = typed((raw) => {
  const ok = /^(\d{4})-(\d{2})$/.exec(raw);
  if (ok && Number(ok[2]) >= 1 && Number(ok[2]) <= 12) return raw;
  const loose = /^(\d{4})\s*[/.年-]\s*(\d{1,2})(?:\s*[/.月-]\s*(\d{1,2})\s*日?|\s*月)?$/.exec(raw);
  if (loose && Number(loose[2]) >= 1 && Number(loose[2]) <= 12) {
    const fix = `${loose[1]}-${pad(Number(loose[2]))}`;
    return problem('month.format', `月份“${raw}”格式不对，应写成 年-月（YYYY-MM）。`, `The month "${raw}" is not written as YYYY-MM.`, hint(`改为 ${fix}`, `Use ${fix}`));
  }
  return problem('month.invalid', `“${raw}”不是月份。`, `"${raw}" is not a month.`, hint('写成 YYYY-MM，例如 2025-07。', 'Write it as YYYY-MM, e.g. 2025-07.'));
}, { type: 'string', constraints: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } });

/** A quarter written `YYYY-QN` (2025-Q3). "2025Q3", "2025-q3" and "2025年第三季度" get the fix suggested. */
export const quarter: CellParser<string> = typed((raw) => {
  if (/^\d{4}-Q[1-4]$/.test(raw)) return raw;
  const zhDigits: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };
  const loose = /^(\d{4})\s*[-年]?\s*(?:[Qq]|第)?\s*([1-4一二三四])\s*(?:季度?)?$/.exec(raw);
  if (loose) {
    const fix = `${loose[1]}-Q${zhDigits[loose[2]!] ?? loose[2]}`;
    return problem('quarter.format', `季度“${raw}”格式不对，应写成 年-Q季（YYYY-QN）。`, `The quarter "${raw}" is not written as YYYY-QN.`, hint(`改为 ${fix}`, `Use ${fix}`));
  }
  return problem('quarter.invalid', `“${raw}”不是季度。`, `"${raw}" is not a quarter.`, hint('写成 YYYY-QN，例如 2025-Q3。', 'Write it as YYYY-QN, e.g. 2025-Q3.'));
}, { type: 'string', constraints: { pattern: '^\\d{4}-Q[1-4]$' } });

/** The month a date falls in: `2025-07-15` → `2025-07`. */
export const monthOf = (isoDate: string) => isoDate.slice(0, 7);

/** The last day of a month: `2024-02` → `2024-02-29`. */
export function monthEnd(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return `${m}-${pad(days)}`;
}

/** The month before: `2025-01` → `2024-12`. */
export function previousMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`;
}

/** The month after: `2024-12` → `2025-01`. */
export function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${pad(mo + 1)}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** The first and last day of a quarter: `2025-Q3` → `['2025-07-01', '2025-09-30']`. */
export function quarterDates(q: string): [string, string] {
  const y = q.slice(0, 4);
  const n = Number(q.slice(6));
  return [`${y}-${pad(n * 3 - 2)}-01`, monthEnd(`${y}-${pad(n * 3)}`)];
}

/** The quarter a date falls in: `2025-08-02` → `2025-Q3`. */
export const quarterOf = (isoDate: string) => `${isoDate.slice(0, 4)}-Q${Math.ceil(Number(isoDate.slice(5, 7)) / 3)}`;

/** A quarter in URLs: `2025-Q3` → `2025-q3`. */
export const quarterSlug = (q: string) => q.toLowerCase();
