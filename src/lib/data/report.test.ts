import { describe, expect, it } from 'vitest';
import { formatReport, githubAnnotations, reportJson } from './report.ts';
import type { DataIssue } from './issues.ts';

const issues: DataIssue[] = [
  { severity: 'warning', file: 'data/parks.csv', line: 3, column: 1, field: 'id', value: 'b', rule: 'content.no-profile', message: { zh: 'b 还没有简介页。', en: 'b has no profile yet.' } },
  { severity: 'error', file: 'data/park_indicators.csv', line: 7, column: 7, field: 'tax_wan', value: '1,200', rule: 'number.format', message: { zh: '“1,200”不是纯数字：用了千位分隔符。', en: '"1,200" is not a plain number: it has thousands separators.' }, hint: { zh: '改为 1200', en: 'Use 1200' } },
  { severity: 'error', file: 'data/park_indicators.csv', line: 2, column: 28, field: 'x', rule: 'r', message: { zh: '甲', en: 'a' } },
  { severity: 'error', file: 'data/scoring/indicators.csv', field: 'weight', value: '105', rule: 'scoring.weights-sum', message: { zh: '权重合计为 105，应为 100。', en: 'The weights add up to 105; they must add up to 100.' } },
];

describe('formatReport(issues)', () => {
  it('groups by file, sorts by line, and gives where, value, message and fix in both languages', () => {
    expect(formatReport(issues)).toMatchInlineSnapshot(`
      "data/park_indicators.csv
        ✗ 错误 error  第 2 行 line 2 · 第 28 列 column 28 (AB, x)
            甲
            a
        ✗ 错误 error  第 7 行 line 7 · 第 7 列 column 7 (G, tax_wan)  值 value: "1,200"
            “1,200”不是纯数字：用了千位分隔符。
            "1,200" is not a plain number: it has thousands separators.
            → 改为 1200
              Use 1200

      data/parks.csv
        ! 提醒 warning  第 3 行 line 3 · 第 1 列 column 1 (A, id)  值 value: "b"
            b 还没有简介页。
            b has no profile yet.

      data/scoring/indicators.csv
        ✗ 错误 error  weight  值 value: "105"
            权重合计为 105，应为 100。
            The weights add up to 105; they must add up to 100.

      发现 3 个错误、1 个提醒。请改正错误后再提交。 Found 3 error(s) and 1 warning(s). Fix the errors before committing."
    `);
  });
  it('says the data passed when there are only warnings', () => {
    expect(formatReport([issues[0]!]).split('\n').pop()).toBe('数据检查通过，有 1 个提醒。 The data passed the check with 1 warning(s).');
    expect(formatReport([])).toBe('数据检查通过。 The data passed the check.');
  });
});

describe('reportJson(issues)', () => {
  it('counts errors and warnings and keeps every field', () => {
    const r = JSON.parse(reportJson(issues));
    expect([r.errors, r.warnings]).toEqual([3, 1]);
    expect(r.issues[1]).toEqual(issues[1]);
  });
});

describe('githubAnnotations(issues)', () => {
  it('prints one ::error or ::warning line per issue with file, line and column', () => {
    expect(githubAnnotations(issues.slice(0, 2))).toMatchInlineSnapshot(`
      "::error file=data/park_indicators.csv,line=7,col=7,title=number.format::“1,200”不是纯数字：用了千位分隔符。 "1,200" is not a plain number: it has thousands separators. → 改为 1200 Use 1200
      ::warning file=data/parks.csv,line=3,col=1,title=content.no-profile::b 还没有简介页。 b has no profile yet."
    `);
  });
});
