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
  /** Problems with the file's shape that did not stop it being read (mixed line ends, a `sep=` line). */
  notes: DataIssue[];
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
  if (looksUtf16(bytes)) {
    return {
      issue: {
        severity: 'error',
        file,
        rule: 'file.encoding-utf16',
        message: { zh: '文件是 UTF-16（“Unicode 文本”）编码，不是 UTF-8。', en: 'The file is UTF-16 ("Unicode text"), not UTF-8.' },
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

/** UTF-16 without a byte-order mark: ASCII characters leave a NUL byte at every other position. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return Math.max(even, odd) > n / 4 && Math.min(even, odd) < n / 40;
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
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shape = fileShape(source, file);
  if (shape.fatal) return { ok: false, issues: [shape.fatal] };
  source = shape.source;
  const rows: CsvRow[] = [];
  const issues: DataIssue[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    newline: '\n',
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
  return { ok: true, table: { header: head.cells.map((h) => h.trim()), headerLine: head.line, rows: body, notes: shape.notes } };
}

const RESAVE = hint(
  '在 Excel 中用“文件 → 另存为”，文件类型选“CSV UTF-8（逗号分隔）”后重新保存。',
  'In Excel use File → Save As and choose "CSV UTF-8 (Comma delimited)".',
);

/** Line ends outside quoted cells: how many of each kind, and the first line of the minority kind. */
function lineEnds(source: string): { crlf: number; lf: number; cr: number; firstOdd: number } {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  let line = 1;
  let firstLf = 0;
  let firstCrlf = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) {
        i++;
        if (!quoted) crlf++, (firstCrlf ||= line);
      } else if (!quoted) cr++;
      line++;
    } else if (c === 10) {
      if (!quoted) lf++, (firstLf ||= line);
      line++;
    }
  }
  return { crlf, lf, cr, firstOdd: crlf >= lf ? firstLf : firstCrlf };
}

/**
 * A wrong kind of file, found before any cell is read, so it gets one message instead of one per
 * row: another delimiter, old-Mac line ends, an Excel `sep=` line. Mixed line ends and a `sep=,`
 * line are noted and the file is read on.
 */
function fileShape(text: string, file: string): { fatal?: DataIssue; source: string; notes: DataIssue[] } {
  const notes: DataIssue[] = [];
  const ends = lineEnds(text);
  let source = text;
  if (ends.cr > 0 && ends.lf === 0 && ends.crlf === 0) {
    return {
      source,
      notes,
      fatal: { severity: 'error', file, rule: 'file.line-ends-cr', message: { zh: '文件用旧式 Mac 换行符（只有 CR）分行，整个文件会被读成一行。常见于 Excel 另存为“CSV（Macintosh）”。', en: 'The file ends its lines with CR only (old Mac style), so it reads as one line. Excel\'s "CSV (Macintosh)" format does this.' }, hint: RESAVE },
    };
  }
  if ([ends.crlf, ends.lf, ends.cr].filter((n) => n > 0).length > 1) {
    notes.push({ severity: 'warning', file, line: ends.firstOdd || 1, rule: 'file.line-ends-mixed', message: { zh: `文件混用了不同的换行符（CRLF ${ends.crlf} 处、LF ${ends.lf} 处、CR ${ends.cr} 处），通常是用两个编辑器改过。已按行读取。`, en: `The file mixes line ends (CRLF ${ends.crlf}, LF ${ends.lf}, CR ${ends.cr}), usually from editing it in two editors. It was read line by line.` }, hint: hint('用一个编辑器打开后重新保存为 CSV UTF-8，换行符会统一。', 'Open it in one editor and save it again as CSV UTF-8 to make the line ends the same.') });
  }
  // Read every line end as LF from here on; quoted cells keep their own line breaks.
  source = source.replace(/\r\n?/g, '\n');
  const firstLineEnd = source.indexOf('\n');
  const first = (firstLineEnd < 0 ? source : source.slice(0, firstLineEnd)).trim();
  const sep = /^"?sep=(.)"?,*$/i.exec(first);
  if (sep) {
    if (sep[1] !== ',') {
      return { source, notes, fatal: { severity: 'error', file, line: 1, value: first, rule: 'file.delimiter', message: { zh: `第 1 行“${first}”说明这个文件用“${sep[1]}”分隔各列，不是逗号。`, en: `Line 1 "${first}" says the columns are separated by "${sep[1]}", not commas.` }, hint: RESAVE } };
    }
    notes.push({ severity: 'error', file, line: 1, value: first, rule: 'file.sep-line', message: { zh: `第 1 行“${first}”是 Excel 的分隔符说明，不是表头。`, en: `Line 1 "${first}" is an Excel separator hint, not the header.` }, hint: hint('删除第 1 行，让表头成为第一行。', 'Delete line 1 so that the header is the first line.') });
    // Keep the line count: the header stays on line 2 in messages.
    source = ' '.repeat(first.length) + source.slice(firstLineEnd < 0 ? source.length : firstLineEnd);
  }
  const headerText = source.split('\n').find((l) => l.trim() !== '') ?? '';
  const count = (ch: string) => headerText.split(ch).length - 1;
  const commas = count(',');
  for (const [ch, zh, en, whoZh, whoEn] of [[';', '分号', 'semicolons', '欧洲地区设置下的 Excel', 'Excel with European regional settings'], ['\t', '制表符', 'tabs', 'Excel 的“文本文件（制表符分隔）”', 'Excel\'s "Text (Tab delimited)"']] as const) {
    if (count(ch) >= 1 && count(ch) > commas) {
      return {
        source,
        notes,
        fatal: {
          severity: 'error',
          file,
          rule: 'file.delimiter',
          message: { zh: `这个文件用${zh}分隔各列，不是逗号（表头有 ${count(ch)} 个${zh}、${commas} 个逗号）。常见于${whoZh}。`, en: `The columns of this file are separated by ${en}, not commas (the header has ${count(ch)} ${en} and ${commas} commas). ${whoEn} saves files like this.` },
          hint: RESAVE,
        },
      };
    }
  }
  return { source, notes };
}

export function parseCsvBytes(bytes: Uint8Array, file: string): CsvResult {
  const decoded = decodeUtf8(bytes, file);
  if ('issue' in decoded) return { ok: false, issues: [decoded.issue] };
  return parseCsvText(decoded.text, file);
}
