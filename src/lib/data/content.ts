/**
 * The MDX content: frontmatter schemas (shared with `src/content.config.ts`) and a reader that checks
 * every file's frontmatter with line numbers, without compiling MDX.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { date, email, id, oneOf, required, text, url, type CellParser } from './cells.ts';
import { POLICY_KINDS, UPDATE_KINDS } from './choices.ts';
import { hint, isProblem, problem, type DataIssue, type Problem } from './issues.ts';
import { nearest } from '../text/nearest.ts';
import { checkBody } from './body.ts';
import { decodeUtf8 } from './csv.ts';
import { cellSafetyProblem } from './cell-safety.ts';

// ---------------------------------------------------------------- field schemas

function fail(ctx: z.RefinementCtx, p: Problem): never {
  ctx.addIssue({ code: 'custom', message: p.message.en, params: { problem: p } });
  return z.NEVER;
}

/** YAML gives strings, numbers and (unquoted dates) Date objects; cell rules read strings. */
function scalarText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const NOT_A_LIST = problem('frontmatter.not-list', '这里应是一个列表。', 'This must be a list.', hint('写成 YAML 列表，例如 chains: [baijiu, green-food]，或每项一行以“- ”开头。', 'Write a YAML list, e.g. chains: [baijiu, green-food], or one "- item" per line.'));
const NOT_TEXT = problem('frontmatter.not-text', '这里应是一段文字。', 'This must be a single value.', hint('只写一个值。', 'Write a single value.'));

/** A single value checked by a cell rule; required unless `optional`. */
function field<T>(parse: CellParser<T>): z.ZodType<T>;
function field<T>(parse: CellParser<T>, optional: true): z.ZodType<T | null>;
function field<T>(parse: CellParser<T>, optional = false) {
  // `.optional()` lets the key be absent; the transform still runs and decides what absent means.
  return z.unknown().optional().transform((v, ctx) => {
    if (Array.isArray(v) || (typeof v === 'object' && v !== null && !(v instanceof Date))) return fail(ctx, NOT_TEXT);
    const s = scalarText(v);
    if (s === undefined || s.trim() === '') {
      if (optional) return null;
      return fail(ctx, problem('required', '缺少这一项或为空。', 'This field is missing or blank.', hint('填写这一项。', 'Fill it in.')));
    }
    const unsafe = cellSafetyProblem(s);
    if (unsafe) return fail(ctx, unsafe);
    const out = required(parse)(s);
    return isProblem(out) ? fail(ctx, out) : out;
  });
}

/** A list (missing = empty) whose items each pass a cell rule. */
function listField<T>(parse: CellParser<T>) {
  return z.unknown().optional().transform((v, ctx): T[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return fail(ctx, NOT_A_LIST);
    const out: T[] = [];
    for (const item of v) {
      const s = scalarText(item);
      const parsed = s === undefined ? NOT_TEXT : (cellSafetyProblem(s) ?? required(parse)(s));
      if (isProblem(parsed)) return fail(ctx, parsed);
      out.push(parsed);
    }
    return out;
  });
}

export const parkFrontmatter = z.strictObject({
  /** One-sentence summary shown in lists and previews. */
  summary: field(text, true),
  /** When the profile was last revised (YYYY-MM-DD). */
  updated: field(date, true),
});

export const chainFrontmatter = parkFrontmatter;

export const policyFrontmatter = z.strictObject({
  title: field(text),
  title_en: field(text, true),
  /** 文号, e.g. 州政办发〔2023〕12号. */
  doc_number: field(text, true),
  issuer: field(text),
  issued_on: field(date),
  effective_from: field(date, true),
  /** Blank = in force until replaced. */
  effective_to: field(date, true),
  kind: field(oneOf(POLICY_KINDS)),
  /** Chain ids it applies to. */
  chains: listField(id),
  /** Park ids it applies to. */
  parks: listField(id),
  /** County ids it applies to (all parks in them). */
  counties: listField(id),
  summary: field(text),
  /** The benefits, one line each. */
  benefits: listField(text),
  source_name: field(text, true),
  source_url: field(url, true),
  contact_email: field(email, true),
});

export const updateFrontmatter = z.strictObject({
  title: field(text),
  date: field(date),
  kind: field(oneOf(UPDATE_KINDS)),
  parks: listField(id),
  chains: listField(id),
  summary: field(text, true),
});

export const pageFrontmatter = z.strictObject({
  title: field(text),
  title_en: field(text, true),
  summary: field(text, true),
});

export const COLLECTIONS = {
  parks: parkFrontmatter,
  chains: chainFrontmatter,
  policies: policyFrontmatter,
  updates: updateFrontmatter,
  pages: pageFrontmatter,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type Frontmatter<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]>;
export type ParkFrontmatter = Frontmatter<'parks'>;
export type ChainFrontmatter = Frontmatter<'chains'>;
export type PolicyFrontmatter = Frontmatter<'policies'>;
export type UpdateFrontmatter = Frontmatter<'updates'>;
export type PageFrontmatter = Frontmatter<'pages'>;

export interface ContentEntry<T> {
  /** File name without `.mdx`: the URL slug. */
  id: string;
  /** Path as messages show it. */
  file: string;
  data: T;
  /** Line of each frontmatter key, for later cross-checks to point at. */
  lines: Record<string, number>;
}

export type ContentSet = { [N in CollectionName]: ContentEntry<Frontmatter<N>>[] };

/**
 * An English twin, `<id>.en.mdx`: an English body, and optionally English versions of the
 * original's title, summary and benefits. Everything else (dates, references) stays in the original.
 */
export const translationFrontmatter = z.strictObject({
  title: field(text, true),
  summary: field(text, true),
  benefits: listField(text),
});
export type TranslationFrontmatter = z.output<typeof translationFrontmatter>;
export type TranslationSet = { [N in CollectionName]: ContentEntry<TranslationFrontmatter>[] };

// ---------------------------------------------------------------- reading

/** A file's frontmatter block between its --- lines (group 1: the YAML). */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** The id of a content file's name (`tea.mdx` → `tea`; with `english`, `tea.en.mdx` → `tea`), or undefined for any other file. */
export function contentId(name: string, english: boolean): string | undefined {
  if (!name.endsWith('.mdx') || name.endsWith('.en.mdx') !== english) return undefined;
  return name.slice(0, -(english ? '.en.mdx' : '.mdx').length);
}
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks one MDX file's frontmatter; returns the typed data and every problem. */
export function readEntry<N extends CollectionName>(collection: N, source: string, file: string, idFromName: string, schemaOverride?: z.ZodObject): { entry?: ContentEntry<Frontmatter<N>>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const err = (line: number | undefined, field: string | undefined, value: string | undefined, p: Problem) => {
    const i: DataIssue = { severity: 'error', file, rule: p.rule, message: p.message };
    if (line !== undefined) i.line = line;
    if (field !== undefined) i.field = field;
    if (value !== undefined) i.value = value;
    if (p.hint) i.hint = p.hint;
    issues.push(i);
  };
  if (!SLUG.test(idFromName)) {
    err(undefined, undefined, idFromName, problem('content.file-name', `文件名“${idFromName}.mdx”不能作网址：只能用小写英文字母、数字和连字符。`, `The file name "${idFromName}.mdx" cannot be a URL: use lowercase letters, digits and hyphens only.`, hint('重命名文件，例如 luxi-hitech.mdx。', 'Rename the file, e.g. luxi-hitech.mdx.')));
  }
  const m = FRONTMATTER.exec(source);
  if (!m) {
    err(1, undefined, undefined, problem('frontmatter.missing', '文件开头缺少用 --- 包围的头部信息（frontmatter）。', 'The file does not start with a frontmatter block between --- lines.', hint('在第一行写 ---，接着写各项，再写一行 ---。', 'Start the file with ---, the fields, then another --- line.')));
    return { issues };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file (after the opening ---).
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      err(fileLine(e.pos[0]), undefined, undefined, problem('frontmatter.yaml', `头部信息的 YAML 写法有误：${e.message.split('\n')[0]}`, `The frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, hint('检查冒号后的空格、缩进和引号。', 'Check the space after each colon, the indentation and the quotes.')));
    }
    return { issues };
  }
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = fileLine(pair.key.range[0]);
    }
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    // An alias without its anchor (*x) or an alias bomb: the YAML cannot be read as values.
    err(2, undefined, undefined, problem('frontmatter.yaml', `头部信息的 YAML 写法有误：${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, `The frontmatter is not valid YAML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, hint('以 * 或 & 开头的值要加引号，例如 title: "*重点*"。', 'Quote a value that starts with * or &, e.g. title: "*key*".')));
    return { issues };
  }
  const schema: z.ZodObject = schemaOverride ?? COLLECTIONS[collection];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const known = Object.keys(schema.shape);
    for (const zi of parsed.error.issues) {
      if (zi.code === 'unrecognized_keys') {
        for (const key of zi.keys) {
          if (key === 'layout') {
            err(lines[key], key, key, problem('frontmatter.layout', 'layout 会让网站构建时导入并运行另一个文件，页面不允许设置它。', 'layout would make the build import and run another file; a page may not set it.', hint('删除 layout 这一行：页面的版式由网站统一提供。', 'Delete the layout line: the site provides the page layout.')));
            continue;
          }
          const guess = nearest(key, known);
          err(lines[key], key, key, problem('frontmatter.unknown-key', `未知的头部字段“${key}”。`, `Unknown frontmatter field "${key}".`, guess ? hint(`是不是 ${guess}？`, `Did you mean ${guess}?`) : hint(`允许的字段：${known.join(', ')}`, `Allowed fields: ${known.join(', ')}`)));
        }
        continue;
      }
      const key = String(zi.path[0] ?? '');
      const p = (zi as { params?: { problem?: unknown } }).params?.problem;
      const value = (raw as Record<string, unknown>)[key];
      err(lines[key] ?? 2, key || undefined, value === undefined ? undefined : String(scalarText(value) ?? JSON.stringify(value)), isProblem(p) ? p : problem('frontmatter.invalid', zi.message, zi.message));
    }
    return { issues };
  }
  return { entry: { id: idFromName, file, data: parsed.data as Frontmatter<N>, lines }, issues };
}

/** Reads every `<id>.mdx` in `dir/<collection>/` (or, with `english`, every `<id>.en.mdx` twin). */
export function readCollection<N extends CollectionName>(collection: N, contentDir: string, displayDir: string, english = false, publicDir?: string): { entries: ContentEntry<Frontmatter<N>>[]; ids: Set<string>; issues: DataIssue[] } {
  const dir = join(contentDir, collection);
  const entries: ContentEntry<Frontmatter<N>>[] = [];
  const issues: DataIssue[] = [];
  // Every file's id, valid or not, so one bad file does not cascade into "unknown id" errors elsewhere.
  const ids = new Set<string>();
  if (!existsSync(dir)) return { entries, ids, issues };
  for (const name of readdirSync(dir).sort()) {
    const id = contentId(name, english);
    if (id === undefined) continue;
    const file = `${displayDir}/${collection}/${name}`;
    ids.add(id);
    const bytes = readFileSync(join(dir, name));
    // Same decoder as the tables: UTF-16 and GBK are named, with the line of the first bad byte.
    const decoded = decodeUtf8(bytes, file);
    if ('issue' in decoded) {
      issues.push({ ...decoded.issue, hint: hint('用编辑器（记事本、VS Code）另存为 UTF-8 编码。', 'Save it with the UTF-8 encoding in your editor (Notepad, VS Code).') });
      continue;
    }
    const source = decoded.text;
    const r = readEntry(collection, source, file, id, english ? translationFrontmatter : undefined);
    issues.push(...r.issues);
    // The body is content too: parsed as the build parses it, code and unsafe HTML reported.
    issues.push(...checkBody(source, file, publicDir));
    if (r.entry) entries.push(r.entry);
  }
  return { entries, ids, issues };
}
