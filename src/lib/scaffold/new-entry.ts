/**
 * `npm run new -- park|chain|policy|update <id>`: the skeleton of a new entry. A park or chain gets a
 * row stub appended to parks.csv / chains.csv (id filled, the rest blank) and a profile MDX; a policy
 * or an update gets an MDX file. Every frontmatter field is written with a comment. Required cells
 * and fields are left blank, so `npm run check` then lists each one to fill in, with its line.
 * An existing entry or an id that cannot be a URL is refused with a message; nothing is written then.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsvBytes } from '../data/csv.ts';
import type { PortalDirs } from '../data/dataset.ts';
import type { Bilingual } from '../data/issues.ts';
import type { TableDef } from '../data/table.ts';
import { TABLES } from '../data/tables.ts';
import { mdxSkeleton } from './templates.ts';

export const ENTRY_KINDS = ['park', 'chain', 'policy', 'update'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UPDATE_ID = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  /** Whole file to create, or a line to append to an existing CSV. */
  mode: 'create' | 'append';
  text: string;
}

export interface Plan {
  files: PlannedFile[];
  /** What the staff member fills in, in order. */
  todo: Bilingual[];
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: Bilingual };

/** A slug close to what was typed: lowercase, hyphens for spaces and underscores, nothing else. */
export function suggestSlug(id: string): string {
  return id.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

const fail = (zh: string, en: string): PlanResult => ({ ok: false, error: { zh, en } });

/** Ids in a CSV's `id` column (raw, valid or not); empty when the file is missing or unreadable. */
function csvIds(path: string): { ids: Set<string>; header: string[]; crlf: boolean; endsWithNewline: boolean } | undefined {
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  const parsed = parseCsvBytes(bytes, path);
  if (!parsed.ok) return undefined;
  const i = parsed.table.header.indexOf('id');
  const text = bytes.toString('utf8');
  return { ids: new Set(parsed.table.rows.map((r) => (r.cells[i] ?? '').trim())), header: parsed.table.header, crlf: text.includes('\r\n'), endsWithNewline: /\n$/.test(text) };
}

/** The stub row for a table: the header's columns, `filled` set, every other cell blank. */
function stubRow(header: string[], filled: Record<string, string>): string {
  return header.map((h) => filled[h] ?? '').join(',');
}

function requiredColumns(def: TableDef, filled: Record<string, string>): Bilingual[] {
  return Object.entries(def.columns)
    .filter(([name, c]) => c.required && !(name in filled))
    .map(([name, c]) => ({
      zh: `${def.file} 的 ${name}：${c.zh}${c.choices ? `（可选：${c.choices.map((x) => `${x.value} ${x.zh}`).join('、')}）` : ''}`,
      en: `${def.file}, ${name}: ${c.en}${c.choices ? ` (one of: ${c.choices.map((x) => x.value).join(', ')})` : ''}`,
    }));
}

export function planNewEntry(kind: string, id: string, dirs: PortalDirs): PlanResult {
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
    return fail(`不认识的类型“${kind}”：可以是 park（园区）、chain（产业链）、policy（政策）或 update（动态）。`, `Unknown kind "${kind}": use park, chain, policy or update.`);
  }
  const k = kind as EntryKind;
  if (k === 'update') {
    if (!UPDATE_ID.test(id)) {
      const slug = suggestSlug(id.replace(/^\d{4}-\d{2}-\d{2}-?/, '')) || 'monthly-dispatch';
      return fail(`动态的编号“${id}”应写成 日期-简称，只用小写英文字母、数字和连字符，例如 2025-06-12-${slug}。`, `An update's id "${id}" must be date-slug, in lowercase letters, digits and hyphens, e.g. 2025-06-12-${slug}.`);
    }
  } else if (!SLUG.test(id)) {
    const s = suggestSlug(id);
    return fail(
      `编号“${id}”不能作网址：只能用小写英文字母、数字和连字符${s ? `，例如 ${s}` : ''}。编号发布后不再修改。`,
      `The id "${id}" cannot be a URL: use lowercase letters, digits and hyphens only${s ? `, e.g. ${s}` : ''}. Ids never change once published.`,
    );
  }

  const collection = ({ park: 'parks', chain: 'chains', policy: 'policies', update: 'updates' } as const)[k];
  const mdxPath = join(dirs.contentDir, collection, `${id}.mdx`);
  if (existsSync(mdxPath)) return fail(`${collection}/${id}.mdx 已经存在：编号不能重复。要修改它，直接编辑这个文件。`, `${collection}/${id}.mdx already exists: ids must be unique. To change it, edit that file.`);

  const files: PlannedFile[] = [];
  const todo: Bilingual[] = [];
  if (k === 'park' || k === 'chain') {
    const table = k === 'park' ? 'parks' : 'chains';
    const def = TABLES[table] as unknown as TableDef;
    const csvPath = join(dirs.dataDir, def.file);
    const csv = csvIds(csvPath);
    if (!csv) return fail(`读不了 ${def.file}：先运行 npm run check 改正它。`, `${def.file} cannot be read: run npm run check and fix it first.`);
    if (csv.ids.has(id)) {
      // The row is there but has no profile (the check's content.no-profile warning): add the MDX only.
      todo.push({ zh: `${def.file} 中已有 ${id} 这一行，只新建简介。`, en: `${def.file} already has the row ${id}; only the profile is created.` });
    } else {
      const filled: Record<string, string> = { id };
      if (k === 'chain') {
        // Next display order, so the new chain lists last until someone moves it.
        const parsed = parseCsvBytes(readFileSync(csvPath), csvPath);
        const oi = csv.header.indexOf('order');
        const orders = parsed.ok && oi >= 0 ? parsed.table.rows.map((r) => Number(r.cells[oi])).filter(Number.isFinite) : [];
        if (oi >= 0) filled['order'] = String(orders.length ? Math.max(...orders) + 1 : 1);
      }
      const eol = csv.crlf ? '\r\n' : '\n';
      files.push({ path: csvPath, mode: 'append', text: `${csv.endsWithNewline ? '' : eol}${stubRow(csv.header, filled)}${eol}` });
      todo.push(...requiredColumns(def, filled));
      const missing = Object.entries(def.columns).filter(([name, c]) => c.required && !csv.header.includes(name));
      if (missing.length) return fail(`${def.file} 的表头缺少必需的列 ${missing.map(([n]) => n).join(', ')}：先运行 npm run check 改正它。`, `The header of ${def.file} lacks the required columns ${missing.map(([n]) => n).join(', ')}: run npm run check and fix it first.`);
    }
    todo.push(
      k === 'park'
        ? { zh: '有数据后，在 park_indicators.csv 添加各年指标，在 park_infrastructure.csv、sites.csv 添加设施和可供土地厂房。', en: 'When figures are available, add the yearly rows to park_indicators.csv, and facilities and sites to park_infrastructure.csv and sites.csv.' }
        : { zh: '在 chain_segments.csv 和 chain_links.csv 添加本链的环节和关系，在 chain_indicators.csv 添加各年指标。', en: 'Add the chain’s segments and links to chain_segments.csv and chain_links.csv, and its yearly figures to chain_indicators.csv.' },
    );
  }

  const prefill: Record<string, string> = k === 'update' ? { date: `'${UPDATE_ID.exec(id)![1]}'` } : {};
  files.push({ path: mdxPath, mode: 'create', text: mdxSkeleton(collection, prefill) });
  todo.push({ zh: `${collection}/${id}.mdx：按每项上方的注释填写头部信息，再把正文中的括号说明换成正文。`, en: `${collection}/${id}.mdx: fill in the frontmatter as each comment says, and replace the bracketed notes in the body with the text.` });
  return { ok: true, plan: { files, todo } };
}

/** Writes a plan: creates the MDX (and its folder), appends the CSV stubs. */
export function applyPlan(plan: Plan): void {
  for (const f of plan.files) {
    mkdirSync(dirname(f.path), { recursive: true });
    if (f.mode === 'append') writeFileSync(f.path, f.text, { flag: 'a' });
    else writeFileSync(f.path, f.text, { flag: 'wx' });
  }
}
