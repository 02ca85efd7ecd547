/**
 * Turning the bytes of a CSV file into rows of strings, each with the line an editor shows for it.
 * No meaning is given to any cell here: that is the table schemas' job.
 */
import Papa from 'papaparse';
import { hint, type DataIssue } from './issues.ts';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted newline inside an earlier row moves it down). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** Line of the header row (1 unless blank lines stand before it). */
  headerLine: number;
  rows: CsvRow[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; issues: DataIssue[] };

const SAVE_AS_UTF8 = hint(
  '在 Excel 中用“文件 → 另存为”，文件类型选“CSV UTF-8（逗号分隔）”；在 WPS 中选“CSV (逗号分隔)”并把编码设为 UTF-8。',
  'In Excel use File → Save As and choose "CSV UTF-8 (Comma delimited)"; in WPS choose CSV and set the encoding to UTF-8.',
);

/**
 * Decodes UTF-8 (with or without a byte-order mark), refusing anything else with a message staff can
 * act on. A GBK file from Excel is almost never valid UTF-8, so a strict decoder catches it.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      issue: {
        severity: 'error',
        file,
        rule: 'file.encoding-utf16',
        message: {
          zh: '文件是 UTF-16（“Unicode 文本”）编码，不是 UTF-8。',
          en: 'The file is UTF-16 ("Unicode text"), not UTF-8.',
        },
        hint: SAVE_AS_UTF8,
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + countNewlines(bytes, offset);
    return {
      issue: {
        severity: 'error',
        file,
        line,
        rule: 'file.encoding',
        message: {
          zh: `文件不是 UTF-8 编码（第 ${line} 行起有无法识别的字节，常见于 Excel 默认保存的 GBK/ANSI 文件）。`,
          en: `The file is not UTF-8 (unreadable bytes from line ${line}; Excel's default GBK/ANSI CSV looks like this).`,
        },
        hint: SAVE_AS_UTF8,
      },
    };
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return bytes.length;
}

function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Splits CSV text into a header and rows. Quoted fields may hold commas, quotes and newlines.
 * Blank lines (anywhere, including trailing ones) are skipped. The delimiter is always a comma:
 * guessing would mistake our `;` lists for delimiters.
 */
export function parseCsvText(text: string, file: string): CsvResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const issues: DataIssue[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    newline: source.includes('\r\n') ? '\r\n' : '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      const rowLine = line;
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (source.charCodeAt(i) === 10) line++;
      start = end;
      for (const err of result.errors) {
        issues.push({
          severity: 'error',
          file,
          line: rowLine,
          rule: 'csv.quotes',
          message: {
            zh: `第 ${rowLine} 行的引号没有闭合：以 " 开始的单元格必须以 " 结束，单元格里的 " 要写成 ""。（${err.message}）`,
            en: `Unclosed quote on line ${rowLine}: a cell that starts with " must end with ", and a " inside it is written "". (${err.message})`,
          },
          hint: hint('检查这一行的引号是否成对。', 'Check that the quotes on this line are paired.'),
        });
      }
      if (!isBlankRow(result.data)) rows.push({ line: rowLine, cells: result.data });
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  const [head, ...body] = rows;
  if (!head) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          file,
          rule: 'file.empty',
          message: { zh: '文件是空的，至少要有表头行。', en: 'The file is empty; it needs at least the header row.' },
        },
      ],
    };
  }
  return { ok: true, table: { header: head.cells.map((h) => h.trim()), headerLine: head.line, rows: body } };
}

export function parseCsvBytes(bytes: Uint8Array, file: string): CsvResult {
  const decoded = decodeUtf8(bytes, file);
  if ('issue' in decoded) return { ok: false, issues: [decoded.issue] };
  return parseCsvText(decoded.text, file);
}
