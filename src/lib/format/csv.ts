/** Writing CSV: RFC 4180 quoting, "\n" line ends, no byte-order mark (callers add one for Excel). */

export type CsvCell = string | number | boolean | null | undefined;

function quote(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : String(cell);
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [columns, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}

/** The byte-order mark that makes Excel read a CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';
