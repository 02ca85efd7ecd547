/**
 * A link to a document: a web address (https:// or http://) or a path on this site (`/…`). A site
 * path whose last part has a file extension is a file under public/ (it must exist); any other site
 * path is a page of the portal, shown in the reader's language (`/chains/tea/` → `/en/chains/tea/`).
 */
import { hint, problem } from './issues.ts';
import { typed, type CellParser } from './cells.ts';

export type LinkKind = 'external' | 'page' | 'file';

const EXTERNAL = /^https?:\/\/[^\s/]+[^\s]*$/i;
const SITE = /^\/(?!\/)[^\s\\]*$/;

export const docLink: CellParser<string> = typed(
  (raw) => {
    if (EXTERNAL.test(raw)) return raw;
    if (SITE.test(raw)) {
      if (pathOf(raw).split('/').some((part) => part === '..' || part === '.')) {
        return problem('doc-link.dots', `站内路径“${raw}”不能含有 . 或 .. 段。`, `The site path "${raw}" cannot contain . or .. segments.`, hint('从网站根目录写起，例如 /files/chain-report.pdf。', 'Write it from the site root, e.g. /files/chain-report.pdf.'));
      }
      return raw;
    }
    return problem(
      'doc-link.invalid',
      `“${raw}”不是网址或站内路径：应以 https://、http:// 或 / 开头。`,
      `"${raw}" is neither a web address nor a site path: it must start with https://, http:// or /.`,
      hint('网址写全（https://…）；本站页面或 public/ 下的文件写成 /chains/tea/ 或 /files/report.pdf。', 'Write a web address in full (https://…); a page of this site or a file under public/ as /chains/tea/ or /files/report.pdf.'),
    );
  },
  { type: 'string', constraints: { pattern: '^(https?://\\S+|/(?!/)\\S*)$' } },
);

/** The path of a site link without its query and fragment: `/chains/tea/?x=1#map` → `/chains/tea/`. */
export function pathOf(link: string): string {
  return link.replace(/[?#].*$/, '');
}

/** Whether a checked link points elsewhere, at a page of this site or at a file under public/. */
export function linkKind(link: string): LinkKind {
  if (!link.startsWith('/')) return 'external';
  const last = pathOf(link).split('/').at(-1) ?? '';
  return /\.[A-Za-z0-9]+$/.test(last) ? 'file' : 'page';
}

/**
 * The href for a link on a page: external as written; a site file under the base path; a site page
 * under the base path and the language prefix (`en/`), so it opens in the reader's language.
 */
export function resolveLink(link: string, base: string, langPrefix: string): string {
  const kind = linkKind(link);
  if (kind === 'external') return link;
  const b = base.replace(/\/?$/, '/');
  return kind === 'file' ? `${b}${link.slice(1)}` : `${b}${langPrefix}${link.slice(1)}`;
}
