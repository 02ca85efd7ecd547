/** `data/portal.json`: who publishes the portal, for which region, as of when, under which licence. */
import { z } from 'zod';
import { hint, type DataIssue, type Problem } from './issues.ts';
import { urlProblem } from './urls.ts';
import { invisibleProblem } from './cell-safety.ts';

/** A web address a reader may click: https or http only (see urls.ts). */
const webUrl = z.string().superRefine((v, ctx) => {
  const p = urlProblem(v, { external: true });
  if (p) ctx.addIssue({ code: 'custom', message: p.message.en, params: { problem: p } });
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a date that exists');

const contact = z.strictObject({
  /** Office or person to contact. */
  name_zh: z.string().min(1).optional(),
  email: z.email(),
  phone: z.string().min(5),
  address_zh: z.string().min(1).optional(),
});

export const portalSchema = z.strictObject({
  region: z.strictObject({
    /** Full name of the region, e.g. 湘西土家族苗族自治州. */
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    /** Short name used in titles, e.g. 湘西州. */
    short_zh: z.string().min(1),
    short_en: z.string().min(1),
    /** GB/T 2260 code of the region. */
    adcode: z.string().regex(/^\d{6}$/),
    /**
     * What the region is called as a level, in pages' set phrases (全州, 州里; the prefecture): e.g. 州 and
     * "prefecture", or 市 and "city". Optional: by default the last character of short_zh, and the
     * English word that goes with it.
     */
    level_zh: z.string().min(1).optional(),
    level_en: z.string().min(1).optional(),
  }),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  publisher_zh: z.string().min(1),
  publisher_en: z.string().min(1),
  /** The date the data describe; pages say "as of" this date. The build never reads the clock. */
  as_of: isoDate,
  /** true while the figures are illustrative: every page then says so. */
  sample_data: z.boolean(),
  licence: z.strictObject({ name: z.string().min(1), url: webUrl }),
  contact,
  /** Where objections go during a ranking's public-notice period (公示期). */
  objection_contact: contact,
  /** Where the source and data of the portal can be found (a repository), if public. */
  source_url: webUrl.nullable().optional(),
});

export type Portal = z.output<typeof portalSchema>;

/** Line of the first `"key"` of a JSON path in the text: good enough to point an editor at it. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  let from = 0;
  let line: number | undefined;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const at = text.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at;
    line = text.slice(0, at).split('\n').length;
  }
  return line;
}

export function parsePortal(text: string, file: string): { portal?: Portal; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      issues: [
        {
          severity: 'error',
          file,
          rule: 'json.syntax',
          message: { zh: `JSON 格式错误：${msg}`, en: `Invalid JSON: ${msg}` },
          hint: hint('检查逗号、引号和括号是否成对；最后一项后面不能有逗号。', 'Check commas, quotes and brackets; no comma after the last item.'),
        },
      ],
    };
  }
  // Invisible characters in any text of the portal (names, titles, contacts) are errors too.
  const hidden: DataIssue[] = [];
  const visit = (v: unknown, path: string[]) => {
    if (typeof v === 'string') {
      const p = invisibleProblem(v);
      if (p) {
        const issue: DataIssue = { severity: 'error', file, field: path.join('.'), value: v, rule: p.rule, message: p.message };
        if (p.hint) issue.hint = p.hint;
        const line = lineOfPath(text, path);
        if (line !== undefined) issue.line = line;
        hidden.push(issue);
      }
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(json, []);
  const parsed = portalSchema.safeParse(json);
  if (parsed.success && hidden.length === 0) return { portal: parsed.data, issues: [] };
  if (parsed.success) return { issues: hidden };
  return {
    issues: [...hidden, ...parsed.error.issues.map((zi) => {
      const path = zi.path.map(String).join('.');
      const keys = zi.code === 'unrecognized_keys' ? (zi as { keys: string[] }).keys.join(', ') : '';
      const own = (zi as { params?: { problem?: Problem } }).params?.problem;
      const issue: DataIssue = {
        severity: 'error',
        file,
        field: path || '(root)',
        rule: own ? own.rule : `portal.${zi.code}`,
        message: keys
          ? { zh: `${path || '顶层'} 中有未知的键：${keys}。`, en: `Unknown key(s) in ${path || 'the top level'}: ${keys}.` }
          : own
            ? { zh: `${path}：${own.message.zh}`, en: `${path}: ${own.message.en}` }
            : { zh: `${path}：值不符合要求（${zi.message}）。`, en: `${path}: ${zi.message}.` },
        hint: own?.hint ?? hint('对照 data/README.md 中 portal.json 的说明修改。', 'See portal.json in data/README.md.'),
      };
      const line = lineOfPath(text, zi.path);
      if (line !== undefined) issue.line = line;
      return issue;
    })],
  };
}
