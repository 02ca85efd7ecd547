/**
 * Cell rules: how one CSV cell becomes a typed value, and what staff are told when it cannot.
 * Each parser returns the value or a Problem; `cellSchema` wraps one as a Zod schema from the raw
 * string so a table's row schema is an ordinary `z.object`.
 *
 * A blank cell is "no value" (null), never 0 (d3-dsv's autoType rule; z.coerce would give 0).
 */
import { z } from 'zod';
import { hint, isProblem, problem, type Problem } from './issues.ts';
import { nearest } from '../text/nearest.ts';
import { urlProblem } from './urls.ts';

export type CellParser<T> = ((raw: string) => T | Problem) & {
  /** What the values are, as a Frictionless Table Schema field (for the data package and dictionary). */
  field?: FieldType;
};

/** A column's type in Frictionless Table Schema terms. */
export interface FieldType {
  type: 'string' | 'number' | 'integer' | 'date' | 'year' | 'list';
  format?: 'email' | 'uri';
  /** For lists: the type of each item and the delimiter. */
  itemType?: 'string' | 'number' | 'integer';
  delimiter?: string;
  constraints?: { minimum?: number; maximum?: number; exclusiveMinimum?: number; enum?: string[]; pattern?: string };
}

/** Attaches the field type to a parser. */
export function typed<T>(parse: (raw: string) => T | Problem, field: FieldType): CellParser<T> {
  return Object.assign(parse, { field });
}

/** The field type of a parser (string when none was attached). */
export function fieldOf(parse: CellParser<unknown>): FieldType {
  return parse.field ?? { type: 'string' };
}

/** Zod schema: raw cell string → T, with our bilingual Problem carried in the issue's params. */
export function cellSchema<T>(parse: CellParser<T>) {
  return z.string().transform((raw, ctx): T => {
    const out = parse(raw);
    if (isProblem(out)) {
      ctx.addIssue({ code: 'custom', message: out.message.en, input: raw, params: { problem: out } });
      return z.NEVER;
    }
    return out;
  });
}

const REQUIRED = problem('required', '此处不能为空。', 'This cell must not be blank.', hint('填写一个值。', 'Enter a value.'));

/** Blank → the "required" problem; otherwise the parser. */
export function required<T>(parse: CellParser<T>): CellParser<T> {
  return typed((raw) => (raw.trim() === '' ? REQUIRED : parse(raw.trim())), fieldOf(parse));
}

/** Blank → null; otherwise the parser. */
export function optional<T>(parse: CellParser<T>): CellParser<T | null> {
  return typed((raw) => (raw.trim() === '' ? null : parse(raw.trim())), fieldOf(parse));
}

// ---------------------------------------------------------------- text

export const text: CellParser<string> = (raw) => raw.trim();

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;
export const email: CellParser<string> = typed((raw) =>
  EMAIL.test(raw)
    ? raw
    : problem('email.invalid', `“${raw}”不是有效的电子邮箱地址。`, `"${raw}" is not a valid e-mail address.`, hint('写成 name@example.org 的形式。', 'Write it as name@example.org.')), { type: 'string', format: 'email' });

export const url: CellParser<string> = typed((raw) => urlProblem(raw, { external: true }) ?? raw, { type: 'string', format: 'uri' });

export const phone: CellParser<string> = (raw) =>
  /^[0-9+()\- ]{5,}(转[0-9]+)?$/.test(raw)
    ? raw
    : problem('phone.invalid', `“${raw}”不像电话号码。`, `"${raw}" does not look like a phone number.`, hint('只写数字和连字符，例如 0743-8123456。', 'Use digits and hyphens only, e.g. 0743-8123456.'));

// ---------------------------------------------------------------- ids

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable lowercase ASCII slug: it becomes a URL, so it never changes once published. */
export const id: CellParser<string> = typed((raw) => {
  if (SLUG.test(raw)) return raw;
  const fixed = raw
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return problem(
    'id.format',
    `编号“${raw}”格式不对：只能用小写英文字母、数字和连字符（-），例如 luxi-hitech。`,
    `The id "${raw}" is not valid: use lowercase letters, digits and hyphens only, e.g. luxi-hitech.`,
    fixed && SLUG.test(fixed) ? hint(`改为 ${fixed}`, `Use ${fixed}`) : hint('编号是网址的一部分，发布后不要再改。', 'An id is part of a URL; never change it once published.'),
  );
}, { type: 'string', constraints: { pattern: SLUG.source } });

// ---------------------------------------------------------------- numbers

export interface NumberRule {
  integer?: boolean;
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Value must be strictly greater than this (e.g. land that is divided by). */
  greaterThan?: number;
  max?: number;
  /** Unit as written in the column name, for messages: 万元, 亩, … */
  unit?: string;
  /** A ratio 0–1: a written percentage gets the ratio suggested. */
  ratio?: boolean;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const FULL_WIDTH = /[０-９．－＋，]/g;
const HAS_FULL_WIDTH = /[０-９．－＋，]/;
const APPROX = /^(约|大约|近|超过|超|逾|共|合计)/;
const UNIT_SUFFIX = /(万元|亿元|千元|元|万亩|亩|公顷|平方米|㎡|m2|吨标准煤|吨|万人|人|个|家|项|%|％)$/i;

/** Largest magnitude stored exactly: beyond 15 significant digits a figure changes when saved. */
const MAX_MAGNITUDE = 1e15;

/** A number as plain digits, never in exponent form (1.2e+21 → 1200000000000000000000). */
function plainDigits(n: number): string {
  if (Math.abs(n) < 1e21 && Math.abs(n) >= 1e-6) return String(Number(n.toPrecision(15)));
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const MAGNITUDE = /^(\d+(?:\.\d+)?)\s*(亿|万|千)\s*(元|亩|人|家|个|项|吨标准煤|吨)?$/;
const FACTOR: Record<string, number> = { 亿: 1e8, 万: 1e4, 千: 1e3 };

/**
 * Scientific notation (1.2E+05, as Excel shows long figures) and amounts written with 亿 or 万:
 * the plain number in the column's unit, or undefined when the cell is not such a figure.
 */
function convertedFigure(raw: string, rule: NumberRule): { fix: number; zh: string; en: string } | undefined {
  const sci = /^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+$/.exec(raw);
  if (sci) return { fix: Number(raw), zh: '用了科学计数法（Excel 对长数字的显示方式）', en: 'it is in scientific notation (how Excel shows long figures)' };
  const m = MAGNITUDE.exec(raw);
  if (!m) return undefined;
  // "3万元" in a 万元 column is only a unit written twice: the unit rule below says so.
  if (m[2] === '万' && m[3] === '元' && rule.unit === '万元') return undefined;
  const base = Number(m[1]) * FACTOR[m[2]!]!;
  const wanColumn = rule.unit === '万元' || rule.unit?.startsWith('万元/') === true;
  const fix = wanColumn ? base / 1e4 : base;
  return { fix: Number(fix.toPrecision(15)), zh: `写了“${m[2]}${m[3] ?? ''}”，列中的数值要换算成${rule.unit ?? '纯数字'}`, en: `it is written with ${m[2]}${m[3] ?? ''}; the column holds plain figures${rule.unit ? ` in ${rule.unit}` : ''}` };
}

/** Why a cell that is almost a number is not one, and the plain number it should be. */
function diagnoseNumber(raw: string, rule: NumberRule): Problem {
  const converted = convertedFigure(raw, rule);
  if (converted) {
    if (!Number.isFinite(converted.fix) || Math.abs(converted.fix) > MAX_MAGNITUDE) return tooLarge(raw);
    const fix = plainDigits(converted.fix);
    return problem('number.format', `“${raw}”不是纯数字：${converted.zh}。`, `"${raw}" is not a plain number: ${converted.en}.`, hint(`改为 ${fix}`, `Use ${fix}`));
  }
  let s = raw;
  const reasons: { zh: string; en: string }[] = [];
  if (HAS_FULL_WIDTH.test(s)) {
    s = s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    reasons.push({ zh: '用了全角数字或符号', en: 'it uses full-width digits or symbols' });
  }
  if (APPROX.test(s)) {
    s = s.replace(APPROX, '');
    reasons.push({ zh: '写了“约”等字样', en: 'it has a word such as 约 ("about") in it' });
  }
  let percent = false;
  const unit = UNIT_SUFFIX.exec(s);
  if (unit) {
    percent = unit[1] === '%' || unit[1] === '％';
    s = s.slice(0, unit.index).trim();
    reasons.push(
      percent
        ? { zh: '写了百分号', en: 'it has a percent sign' }
        : { zh: `写了单位“${unit[1]}”（单位已在列名中）`, en: `it has the unit "${unit[1]}" in it (the unit is in the column name)` },
    );
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
    reasons.push({ zh: '用了千位分隔符', en: 'it has thousands separators' });
  }
  if (/^[\d.]+(\s+[\d.]+)+$/.test(s)) {
    s = s.replace(/\s+/g, '');
    reasons.push({ zh: '数字中间有空格', en: 'it has spaces inside' });
  }
  if (PLAIN_NUMBER.test(s) && reasons.length > 0) {
    let fix = s;
    if (percent && rule.ratio) fix = String(roundTo(Number(s) / 100, 10));
    const zhWhy = reasons.map((r) => r.zh).join('，');
    const enWhy = reasons.map((r) => r.en).join('; ');
    return problem(
      'number.format',
      `“${raw}”不是纯数字：${zhWhy}。`,
      `"${raw}" is not a plain number: ${enWhy}.`,
      hint(`改为 ${fix}${percent && rule.ratio ? '（比例写成 0–1 的小数）' : ''}`, `Use ${fix}${percent && rule.ratio ? ' (ratios are written as 0–1)' : ''}`),
    );
  }
  return problem(
    'number.invalid',
    `“${raw}”不是数字。`,
    `"${raw}" is not a number.`,
    hint(`只写阿拉伯数字，例如 1234.5${rule.unit ? `（单位：${rule.unit}）` : ''}；没有数值就留空。`, `Write digits only, e.g. 1234.5${rule.unit ? ` (unit: ${rule.unit})` : ''}; leave the cell blank when there is no value.`),
  );
}

function tooLarge(raw: string): Problem {
  return problem('number.too-large', `“${raw.length > 30 ? `${raw.slice(0, 30)}…` : raw}”太大或位数太多，无法准确保存（最多 15 位有效数字）。`, `"${raw.length > 30 ? `${raw.slice(0, 30)}…` : raw}" is too large or has too many digits to be stored exactly (15 significant digits at most).`, hint('检查单位（是否应以万元计）和是否多打了数字。', 'Check the unit (万元?) and whether digits were typed twice.'));
}

function roundTo(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

export function number(rule: NumberRule = {}): CellParser<number> {
  const constraints: NonNullable<FieldType['constraints']> = {};
  if (rule.min !== undefined) constraints.minimum = rule.min;
  if (rule.max !== undefined) constraints.maximum = rule.max;
  if (rule.greaterThan !== undefined) constraints.exclusiveMinimum = rule.greaterThan;
  const field: FieldType = { type: rule.integer ? 'integer' : 'number', ...(Object.keys(constraints).length ? { constraints } : {}) };
  return typed((raw) => {
    if (!PLAIN_NUMBER.test(raw)) return diagnoseNumber(raw, rule);
    const n = Number(raw);
    if (!Number.isFinite(n) || Math.abs(n) > MAX_MAGNITUDE || raw.replace(/[+.-]/g, '').replace(/^0+/, '').replace(/0+$/, '').length > 15) return tooLarge(raw);
    const unit = rule.unit ? ` ${rule.unit}` : '';
    if (rule.integer && !Number.isInteger(n)) {
      return problem('number.integer', `“${raw}”应是整数。`, `"${raw}" must be a whole number.`, hint(`改为 ${Math.round(n)}`, `Use ${Math.round(n)}`));
    }
    if (rule.greaterThan !== undefined && !(n > rule.greaterThan)) {
      return problem(
        'number.greater-than',
        `${raw}${unit} 必须大于 ${rule.greaterThan}（它要作除数）。`,
        `${raw}${unit} must be greater than ${rule.greaterThan} (it is divided by).`,
        hint('没有数值时留空，不要写 0。', 'Leave the cell blank when there is no value; do not write 0.'),
      );
    }
    if (rule.min !== undefined && n < rule.min) {
      return problem('number.min', `${raw}${unit} 不能小于 ${rule.min}。`, `${raw}${unit} must not be below ${rule.min}.`, hint('检查正负号和数值。', 'Check the sign and the value.'));
    }
    if (rule.max !== undefined && n > rule.max) {
      const ratioHint = rule.ratio && n <= 100 ? hint(`比例写成 0–1 的小数：改为 ${roundTo(n / 100, 10)}`, `Ratios are written 0–1: use ${roundTo(n / 100, 10)}`) : hint('检查数值。', 'Check the value.');
      return problem('number.max', `${raw}${unit} 不能大于 ${rule.max}。`, `${raw}${unit} must not be above ${rule.max}.`, ratioHint);
    }
    return n;
  }, field);
}

/** An amount, area or count that cannot be negative. */
export const amount = (unit: string): CellParser<number> => number({ min: 0, unit });
/** A ratio from 0 to 1. */
export const ratio: CellParser<number> = number({ min: 0, max: 1, ratio: true });
export const count = (unit: string): CellParser<number> => number({ min: 0, integer: true, unit });

/** A four-digit year within [min, max]; data years are 2000–2100. */
export function yearIn(min: number, max: number): CellParser<number> {
  return typed((raw) => {
    if (!/^\d{4}$/.test(raw)) {
      const m = /^(\d{4})\s*年$/.exec(raw);
      if (m) return problem('year.format', `“${raw}”应只写四位年份。`, `"${raw}" must be a four-digit year only.`, hint(`改为 ${m[1]}`, `Use ${m[1]}`));
      return problem('year.format', `“${raw}”不是四位年份。`, `"${raw}" is not a four-digit year.`, hint('例如 2025。', 'For example 2025.'));
    }
    const y = Number(raw);
    if (y < min || y > max) return problem('year.range', `年份 ${raw} 不在 ${min}–${max} 之间。`, `The year ${raw} is outside ${min}–${max}.`, hint('检查是否输错。', 'Check for a typo.'));
    return y;
  }, { type: 'year', constraints: { minimum: min, maximum: max } });
}

export const year: CellParser<number> = yearIn(2000, 2100);

// ---------------------------------------------------------------- dates

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date `YYYY-MM-DD` that exists in the calendar, kept as that string. */
export const date: CellParser<string> = typed((raw) => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!isRealDate(y, m, d)) {
      return problem('date.nonexistent', `日期 ${raw} 不存在。`, `The date ${raw} does not exist.`, hint('检查月份和日期（如 2 月没有 30 日）。', 'Check the month and day (February has no 30th, for example).'));
    }
    return raw;
  }
  const loose = /^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?$/.exec(raw) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (loose) {
    const [y, m, d] = [Number(loose[1]), Number(loose[2]), Number(loose[3])];
    const fix = `${y}-${pad(m)}-${pad(d)}`;
    return problem(
      'date.format',
      `日期“${raw}”格式不对，应写成 年-月-日（YYYY-MM-DD）。`,
      `The date "${raw}" is not written as YYYY-MM-DD.`,
      isRealDate(y, m, d) ? hint(`改为 ${fix}`, `Use ${fix}`) : hint('这个日期也不存在，请核对。', 'That date does not exist either; please check it.'),
    );
  }
  if (/^\d{5}$/.test(raw)) {
    const serial = Number(raw);
    const t = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
    const fix = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
    return problem(
      'date.excel-serial',
      `“${raw}”是 Excel 的日期序号，不是日期。`,
      `"${raw}" is an Excel date serial number, not a date.`,
      hint(`把单元格格式设为文本或 yyyy-mm-dd 后重新填写：${fix}`, `Format the cell as text or yyyy-mm-dd and enter it again: ${fix}`),
    );
  }
  return problem('date.format', `“${raw}”不是日期，应写成 年-月-日（YYYY-MM-DD）。`, `"${raw}" is not a date; write it as YYYY-MM-DD.`, hint('例如 2025-03-01。', 'For example 2025-03-01.'));
}, { type: 'date' });

// ---------------------------------------------------------------- enumerations

/** One allowed value of a coded column, with what it means in both languages. */
export interface Choice {
  value: string;
  zh: string;
  en: string;
  /**
   * What pages print instead, with the region's words ({regionLevel}: 州级, 市级; prefecture, city) filled
   * from portal.json: for a value named after the region's own level. zh and en stay the generic words that
   * staff documents and check messages use.
   */
  page?: { zh: string; en: string };
}

export function choicesList(choices: readonly Choice[]): { zh: string; en: string } {
  return {
    zh: choices.map((c) => `${c.value}（${c.zh}）`).join('、'),
    en: choices.map((c) => `${c.value} (${c.en})`).join(', '),
  };
}

export function oneOf<const V extends string>(choices: readonly (Choice & { value: V })[]): CellParser<V> {
  const byValue = new Map(choices.map((c) => [c.value, c]));
  return typed((raw): V | Problem => {
    if (byValue.has(raw as V)) return raw as V;
    const listed = choicesList(choices);
    const byLabel = choices.find((c) => c.zh === raw || c.en.toLowerCase() === raw.toLowerCase() || c.value === raw.toLowerCase());
    const guess = byLabel?.value ?? nearest(raw, byValue.keys());
    return problem(
      'enum.invalid',
      `“${raw}”不是允许的取值。允许：${listed.zh}。`,
      `"${raw}" is not an allowed value. Allowed: ${listed.en}.`,
      guess ? hint(`改为 ${guess}`, `Use ${guess}`) : hint('填写上面列出的英文代码之一。', 'Enter one of the codes listed above.'),
    );
  }, { type: 'string', constraints: { enum: choices.map((c) => c.value) } });
}

// ---------------------------------------------------------------- lists

/** Several values in one cell separated by `;` (e.g. `jishou-econ;luxi-hitech`). */
export function list<T>(item: CellParser<T>): CellParser<T[]> {
  const itemField = fieldOf(item);
  const itemType = itemField.type === 'number' || itemField.type === 'integer' ? itemField.type : 'string';
  return typed((raw): T[] | Problem => {
    if (/[；，,、]/.test(raw)) {
      const fix = raw.split(/\s*[；，,、;]\s*/).filter(Boolean).join(';');
      return problem(
        'list.separator',
        `“${raw}”用了错误的分隔符：多个值之间用英文分号 ; 隔开。`,
        `"${raw}" uses the wrong separator: separate several values with a semicolon ;.`,
        hint(`改为 ${fix}`, `Use ${fix}`),
      );
    }
    const out: T[] = [];
    for (const part of raw.split(';')) {
      const p = part.trim();
      if (p === '') {
        return problem('list.empty-item', `“${raw}”中有空项（连续的 ; 或结尾多了 ;）。`, `"${raw}" has an empty item (two ; in a row or a trailing ;).`, hint(`改为 ${raw.split(';').map((x) => x.trim()).filter(Boolean).join(';')}`, `Use ${raw.split(';').map((x) => x.trim()).filter(Boolean).join(';')}`));
      }
      const v = item(p);
      if (isProblem(v)) return v;
      out.push(v);
    }
    return out;
  }, { type: 'list', itemType, delimiter: ';', ...(itemField.constraints?.enum ? { constraints: { enum: itemField.constraints.enum } } : {}) });
}

/** Optional list: blank is the empty list, not null. */
export function optionalList<T>(item: CellParser<T>): CellParser<T[]> {
  const parse = list(item);
  return typed((raw) => (raw.trim() === '' ? [] : parse(raw.trim())), fieldOf(parse));
}
