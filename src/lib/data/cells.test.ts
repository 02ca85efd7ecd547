import { describe, expect, it } from 'vitest';
import { amount, date, id, list, number, oneOf, optional, optionalList, ratio, required, year, yearIn } from './cells.ts';
import { PARK_LEVELS, SUPPLY_MODES } from './choices.ts';
import { isProblem, type Problem } from './issues.ts';

/** One line per problem: rule | zh | en | hint zh | hint en. */
function explain(out: unknown): string {
  if (!isProblem(out)) return `value: ${JSON.stringify(out)}`;
  const p = out as Problem;
  return [p.rule, p.message.zh, p.message.en, p.hint?.zh ?? '', p.hint?.en ?? ''].join(' | ');
}

describe('blank cells', () => {
  it('optional(number()) gives null for a blank cell, never 0', () => {
    expect(optional(amount('万元'))('')).toBeNull();
    expect(optional(amount('万元'))('   ')).toBeNull();
  });
  it('required(...) refuses a blank cell', () => {
    expect(explain(required(amount('万元'))(''))).toMatchInlineSnapshot(`"required | 此处不能为空。 | This cell must not be blank. | 填写一个值。 | Enter a value."`);
  });
  it('optionalList(id) gives [] for a blank cell', () => {
    expect(optionalList(id)('')).toEqual([]);
  });
});

describe('number(rule)', () => {
  const wan = amount('万元');
  it('reads plain numbers', () => {
    expect(wan('1234.5')).toBe(1234.5);
    expect(wan('0')).toBe(0);
    expect(number()('-3')).toBe(-3);
  });
  it('refuses a thousands separator and shows the plain number', () => {
    expect(explain(wan('1,234.5'))).toMatchInlineSnapshot(`"number.format | “1,234.5”不是纯数字：用了千位分隔符。 | "1,234.5" is not a plain number: it has thousands separators. | 改为 1234.5 | Use 1234.5"`);
  });
  it('refuses full-width digits', () => {
    expect(explain(wan('１２３．５'))).toMatchInlineSnapshot(`"number.format | “１２３．５”不是纯数字：用了全角数字或符号。 | "１２３．５" is not a plain number: it uses full-width digits or symbols. | 改为 123.5 | Use 123.5"`);
  });
  it('refuses a unit inside the number', () => {
    expect(explain(wan('120万元'))).toMatchInlineSnapshot(`"number.format | “120万元”不是纯数字：写了单位“万元”（单位已在列名中）。 | "120万元" is not a plain number: it has the unit "万元" in it (the unit is in the column name). | 改为 120 | Use 120"`);
  });
  it('refuses 约 ("about") and names every fault at once', () => {
    expect(explain(wan('约1,200亩'))).toMatchInlineSnapshot(`"number.format | “约1,200亩”不是纯数字：写了“约”等字样，写了单位“亩”（单位已在列名中），用了千位分隔符。 | "约1,200亩" is not a plain number: it has a word such as 约 ("about") in it; it has the unit "亩" in it (the unit is in the column name); it has thousands separators. | 改为 1200 | Use 1200"`);
  });
  it('refuses spaces inside a number', () => {
    expect(explain(wan('1 234'))).toMatchInlineSnapshot(`"number.format | “1 234”不是纯数字：数字中间有空格。 | "1 234" is not a plain number: it has spaces inside. | 改为 1234 | Use 1234"`);
  });
  it('refuses text that is no number at all', () => {
    expect(explain(wan('不详'))).toMatchInlineSnapshot(`"number.invalid | “不详”不是数字。 | "不详" is not a number. | 只写阿拉伯数字，例如 1234.5（单位：万元）；没有数值就留空。 | Write digits only, e.g. 1234.5 (unit: 万元); leave the cell blank when there is no value."`);
  });
  it('refuses a negative amount', () => {
    expect(explain(wan('-5'))).toMatchInlineSnapshot(`"number.min | -5 万元 不能小于 0。 | -5 万元 must not be below 0. | 检查正负号和数值。 | Check the sign and the value."`);
  });
  it('refuses 0 land where it divides', () => {
    expect(explain(number({ greaterThan: 0, unit: '亩' })('0'))).toMatchInlineSnapshot(`"number.greater-than | 0 亩 必须大于 0（它要作除数）。 | 0 亩 must be greater than 0 (it is divided by). | 没有数值时留空，不要写 0。 | Leave the cell blank when there is no value; do not write 0."`);
  });
  it('refuses a fraction where a whole number is needed', () => {
    expect(explain(number({ integer: true })('12.5'))).toMatchInlineSnapshot(`"number.integer | “12.5”应是整数。 | "12.5" must be a whole number. | 改为 13 | Use 13"`);
  });
});

describe('ratio', () => {
  it('reads 0–1', () => {
    expect(ratio('0.35')).toBe(0.35);
  });
  it('refuses a percentage and suggests the ratio', () => {
    expect(explain(ratio('35%'))).toMatchInlineSnapshot(`"number.format | “35%”不是纯数字：写了百分号。 | "35%" is not a plain number: it has a percent sign. | 改为 0.35（比例写成 0–1 的小数） | Use 0.35 (ratios are written as 0–1)"`);
  });
  it('refuses a value above 1 and suggests dividing by 100', () => {
    expect(explain(ratio('35'))).toMatchInlineSnapshot(`"number.max | 35 不能大于 1。 | 35 must not be above 1. | 比例写成 0–1 的小数：改为 0.35 | Ratios are written 0–1: use 0.35"`);
  });
});

describe('date', () => {
  it('reads an ISO date that exists', () => {
    expect(date('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses a date that does not exist', () => {
    expect(explain(date('2025-02-30'))).toMatchInlineSnapshot(`"date.nonexistent | 日期 2025-02-30 不存在。 | The date 2025-02-30 does not exist. | 检查月份和日期（如 2 月没有 30 日）。 | Check the month and day (February has no 30th, for example)."`);
    expect(isProblem(date('2025-13-01'))).toBe(true);
  });
  it('refuses slashes and Chinese date forms with the ISO form', () => {
    expect(explain(date('2025/3/1'))).toMatchInlineSnapshot(`"date.format | 日期“2025/3/1”格式不对，应写成 年-月-日（YYYY-MM-DD）。 | The date "2025/3/1" is not written as YYYY-MM-DD. | 改为 2025-03-01 | Use 2025-03-01"`);
    expect(explain(date('2025年3月1日'))).toContain('改为 2025-03-01');
  });
  it('recognises an Excel date serial number', () => {
    expect(explain(date('45717'))).toMatchInlineSnapshot(`"date.excel-serial | “45717”是 Excel 的日期序号，不是日期。 | "45717" is an Excel date serial number, not a date. | 把单元格格式设为文本或 yyyy-mm-dd 后重新填写：2025-03-01 | Format the cell as text or yyyy-mm-dd and enter it again: 2025-03-01"`);
  });
});

describe('year', () => {
  it('reads 2000–2100', () => {
    expect(year('2025')).toBe(2025);
  });
  it('refuses a year outside 2000–2100', () => {
    expect(explain(year('1999'))).toMatchInlineSnapshot(`"year.range | 年份 1999 不在 2000–2100 之间。 | The year 1999 is outside 2000–2100. | 检查是否输错。 | Check for a typo."`);
    expect(isProblem(year('2101'))).toBe(true);
  });
  it('refuses 2025年 and shows 2025', () => {
    expect(explain(year('2025年'))).toMatchInlineSnapshot(`"year.format | “2025年”应只写四位年份。 | "2025年" must be a four-digit year only. | 改为 2025 | Use 2025"`);
  });
  it('yearIn(1800, 2100) allows an old founding year', () => {
    expect(yearIn(1800, 2100)('1956')).toBe(1956);
  });
});

describe('oneOf(choices)', () => {
  const level = oneOf(PARK_LEVELS);
  it('reads an allowed code', () => {
    expect(level('national')).toBe('national');
  });
  it('lists the allowed values and maps a Chinese label to its code', () => {
    expect(explain(level('国家级'))).toMatchInlineSnapshot(`"enum.invalid | “国家级”不是允许的取值。允许：national（国家级）、provincial（省级）、prefecture（地市级）。 | "国家级" is not an allowed value. Allowed: national (national), provincial (provincial), prefecture (prefecture). | 改为 national | Use national"`);
  });
  it('suggests the nearest code for a typo', () => {
    expect(explain(level('provincal'))).toContain('改为 provincial');
  });
});

describe('id', () => {
  it('reads a lowercase slug', () => {
    expect(id('luxi-hitech')).toBe('luxi-hitech');
  });
  it('refuses capitals, spaces and underscores, and shows the slug', () => {
    expect(explain(id('Luxi Hi_tech'))).toMatchInlineSnapshot(`"id.format | 编号“Luxi Hi_tech”格式不对：只能用小写英文字母、数字和连字符（-），例如 luxi-hitech。 | The id "Luxi Hi_tech" is not valid: use lowercase letters, digits and hyphens only, e.g. luxi-hitech. | 改为 luxi-hi-tech | Use luxi-hi-tech"`);
  });
});

describe('list(item)', () => {
  it('splits on ; and checks every item', () => {
    expect(list(oneOf(SUPPLY_MODES))('transfer;lease')).toEqual(['transfer', 'lease']);
    expect(explain(list(oneOf(SUPPLY_MODES))('transfer;rent'))).toContain('enum.invalid');
  });
  it('refuses Chinese or comma separators and shows the ; form', () => {
    expect(explain(list(id)('a；b，c'))).toMatchInlineSnapshot(`"list.separator | “a；b，c”用了错误的分隔符：多个值之间用英文分号 ; 隔开。 | "a；b，c" uses the wrong separator: separate several values with a semicolon ;. | 改为 a;b;c | Use a;b;c"`);
  });
  it('refuses an empty item', () => {
    expect(explain(list(id)('a;;b'))).toContain('list.empty-item');
  });
});
