/**
 * What an MDX body may contain, in one place: read by `npm run check` (src/lib/data/body.ts, which
 * reports anything else with its line) and by the build (src/lib/data/body-guard.ts, which refuses
 * code and sanitizes HTML with rehype-sanitize), so the two can never disagree.
 *
 * Staff write Markdown. MDX's program syntax is not content: no `import`/`export`, no `{…}`
 * expressions (except `{/* comments *\/}`), and no components: the component allow-list is empty.
 * A few plain HTML elements are allowed for what Markdown cannot say (a line break, superscript,
 * a merged table cell), each with the attributes listed here and nothing else.
 */
import { defaultSchema } from 'rehype-sanitize';

/** Components (capitalised JSX names) staff may use. None: pages add their own layout around the body. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** Raw HTML elements allowed in a body, each with its allowed attributes (HTML names). */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  b: [],
  strong: [],
  i: [],
  em: [],
  s: [],
  del: [],
  ins: [],
  kbd: [],
  q: [],
  abbr: ['title'],
  a: ['href', 'title'],
  span: ['lang'],
  p: [],
  div: ['lang'],
  blockquote: [],
  details: [],
  summary: [],
  dl: [],
  dt: [],
  dd: [],
  ul: [],
  ol: ['start'],
  li: [],
  hr: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
};

/** Elements that run code, load other pages or restyle the site: named as dangerous in reports. */
export const DANGEROUS_HTML = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link', 'base', 'style', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'img', 'video', 'audio', 'source', 'picture', 'portal', 'dialog']);

/** HTML attribute name → hast property name, for the allowed attributes. */
export const HAST_PROPERTY: Readonly<Record<string, string>> = { href: 'href', title: 'title', lang: 'lang', start: 'start', colspan: 'colSpan', rowspan: 'rowSpan', scope: 'scope' };

/** An expression that is only a comment, `{/* … *\/}`: MDX's own comment syntax, compiled to nothing. */
export function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/**
 * The rehype-sanitize schema the build applies to every body: GitHub's default (which keeps what
 * Markdown itself produces: links, tables, footnotes, task lists), narrowed to web and mail links,
 * no external images (no third-party requests), no id clobbering of the generated footnote ids, and
 * the contents of script-like elements removed rather than shown.
 */
export const SANITIZE_SCHEMA = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []).filter((t) => t !== 'picture' && t !== 'source'), 'caption', 'abbr'])],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    th: ['colSpan', 'rowSpan', 'scope'],
    td: ['colSpan', 'rowSpan'],
    img: ['src', 'alt', 'title'],
  },
  // An empty list would allow every protocol (hast-util-sanitize reads it as "not restricted"), so
  // images and long descriptions list a protocol no address has: only paths on this site pass.
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['x-site-path-only'], cite: ['http', 'https'], longDesc: ['x-site-path-only'] },
  clobber: [],
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'object', 'embed', 'svg', 'math'],
};
