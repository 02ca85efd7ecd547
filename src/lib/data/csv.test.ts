import { describe, expect, it } from 'vitest';
import { parseCsvBytes, parseCsvText } from './csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function table(text: string) {
  const r = parseCsvText(text, 'x.csv');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
}

describe('parseCsvText', () => {
  it('reads a header and rows with the line each starts on', () => {
    const t = table('id,name\na,甲\nb,乙\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['a', '甲'] },
      { line: 3, cells: ['b', '乙'] },
    ]);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends', () => {
    const t = table('\uFEFFid,name\r\na,甲\r\nb,乙\r\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows.map((r) => r.cells)).toEqual([['a', '甲'], ['b', '乙']]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const t = table('id,note\na,"x, y"\nb,"he said ""ok"""\nc,"two\nlines"\nd,last\n');
    expect(t.rows.map((r) => r.cells[1])).toEqual(['x, y', 'he said "ok"', 'two\nlines', 'last']);
  });

  it('counts a quoted newline, so the rows after it have the line an editor shows', () => {
    const t = table('id,note\na,"one\ntwo\nthree"\nb,x\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('counts a quoted CRLF newline the same way', () => {
    const t = table('id,note\r\na,"one\r\ntwo"\r\nb,x\r\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('skips trailing and inner blank lines without shifting line numbers', () => {
    const t = table('id\na\n\nb\n\n\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['a'] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('never guesses the delimiter: a semicolon list stays in one cell', () => {
    const t = table('id,chain_ids\na,x;y;z\n');
    expect(t.rows[0]!.cells).toEqual(['a', 'x;y;z']);
  });

  it('gives a header-only file no rows', () => {
    const t = table('id,name\n');
    expect(t.rows).toEqual([]);
  });

  it('refuses an empty file', () => {
    expect(parseCsvText('', 'x.csv')).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "file": "x.csv",
            "message": {
              "en": "The file is empty; it needs at least the header row.",
              "zh": "文件是空的，至少要有表头行。",
            },
            "rule": "file.empty",
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
    expect(parseCsvText('\n\n', 'x.csv').ok).toBe(false);
  });

  it('reports an unclosed quote with its line', () => {
    const r = parseCsvText('id,note\na,ok\nb,"never closed\nc,x\n', 'x.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.rule).toBe('csv.quotes');
    expect(r.issues[0]!.line).toBe(3);
  });
});

describe('parseCsvBytes', () => {
  it('refuses a GBK file (as Excel saves it) and says how to save as CSV UTF-8', () => {
    // "id,name\na,园区\n" encoded as GBK: 园 = D4 B0, 区 = C7 F8.
    const gbk = new Uint8Array([...enc('id,name\na,'), 0xd4, 0xb0, 0xc7, 0xf8, 0x0a]);
    const r = parseCsvBytes(gbk, 'data/parks.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toMatchInlineSnapshot(`
      [
        {
          "file": "data/parks.csv",
          "hint": {
            "en": "In Excel use File → Save As and choose "CSV UTF-8 (Comma delimited)"; in WPS choose CSV and set the encoding to UTF-8.",
            "zh": "在 Excel 中用“文件 → 另存为”，文件类型选“CSV UTF-8（逗号分隔）”；在 WPS 中选“CSV (逗号分隔)”并把编码设为 UTF-8。",
          },
          "line": 2,
          "message": {
            "en": "The file is not UTF-8 (unreadable bytes from line 2; Excel's default GBK/ANSI CSV looks like this).",
            "zh": "文件不是 UTF-8 编码（第 2 行起有无法识别的字节，常见于 Excel 默认保存的 GBK/ANSI 文件）。",
          },
          "rule": "file.encoding",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses UTF-16 ("Unicode text")', () => {
    const r = parseCsvBytes(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), 'x.csv');
    expect(r.ok ? null : r.issues[0]!.rule).toBe('file.encoding-utf16');
  });

  it('reads UTF-8 with a BOM', () => {
    const r = parseCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('id\n园\n')]), 'x.csv');
    expect(r.ok && r.table.rows[0]!.cells).toEqual(['园']);
    expect(r.ok && r.table.header).toEqual(['id']);
  });
});
