/**
 * The build's own guard on MDX bodies (Sätteri plugins for Astro's MDX processor), so even a build
 * that skipped `npm run check` cannot run code from content or publish unsafe HTML:
 * - `refuseCode` (mdast) stops the compile on ESM, expressions, components, HTML outside the
 *   allow-list and a frontmatter `layout` (which Astro would import), before any JavaScript is
 *   generated; MDX comments `{/* … *\/}` are dropped;
 * - `sanitizeBody` (hast) turns the allowed HTML elements into plain elements and runs
 *   rehype-sanitize with the schema in body-policy.ts over the whole body.
 * Both read the same allow-list as the check, so a body the check passed compiles unchanged.
 */
import rehypeSanitize from 'rehype-sanitize';
import { defineHastPlugin, defineMdastPlugin, mdxToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import { bodyOf } from './body.ts';
import type { Root as HastRoot, Nodes as HastNodes, Element, ElementContent } from 'hast';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, HAST_PROPERTY, isCommentOnly, SANITIZE_SCHEMA } from './body-policy.ts';
import { urlProblem } from './urls.ts';

interface MdastLike {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } } | undefined;
}

function refuse(node: MdastLike, ctx: { fileURL: URL | undefined }, what: string): never {
  const where = `${ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : 'MDX'}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
  throw new Error(`${where}: ${what} 页面正文中不允许程序代码或不安全的 HTML。 Page bodies may not contain code or unsafe HTML. Run npm run check for the full report.`);
}

function checkElement(node: MdastLike, ctx: { fileURL: URL | undefined }) {
  const name = node.name ?? '';
  if (name === '' || /^[A-Z]|[.:]/.test(name)) {
    if (!ALLOWED_COMPONENTS.includes(name)) refuse(node, ctx, `component <${name}>.`);
    return;
  }
  const allowed = ALLOWED_HTML[name];
  if (!allowed) refuse(node, ctx, `element <${name}>.`);
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined || (typeof a.value === 'object' && a.value !== null)) refuse(node, ctx, `expression attribute on <${name}>.`);
    if (!allowed.includes(a.name)) refuse(node, ctx, `attribute ${a.name} on <${name}>.`);
    if (a.name === 'href' && typeof a.value === 'string' && urlProblem(a.value)) refuse(node, ctx, `address ${a.value}.`);
  }
}

/** Refuses a node that is code (ESM, an expression that is not a comment, a component or HTML outside the allow-list). */
function refuseNode(node: MdastLike, ctx: { fileURL: URL | undefined }): void {
  switch (node.type) {
    case 'mdxjsEsm':
      return refuse(node, ctx, 'import/export.');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node.value ?? '')) refuse(node, ctx, `expression {${node.value}}.`);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, ctx);
      break;
  }
}

/** mdast plugin: refuse code before it is compiled. */
export const refuseCode = defineMdastPlugin({
  name: 'portal-refuse-code',
  // Positions, so the refusal names the line.
  options: { position: true },
  before(_root, ctx) {
    const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter && 'layout' in astro.frontmatter) refuse({ type: 'yaml' }, ctx, 'frontmatter layout.');
  },
  mdxjsEsm(node, ctx) {
    refuseNode(node as MdastLike, ctx);
  },
  mdxFlowExpression(node, ctx) {
    refuseNode(node as MdastLike, ctx);
    ctx.removeNode(node);
  },
  mdxTextExpression(node, ctx) {
    refuseNode(node as MdastLike, ctx);
    ctx.removeNode(node);
  },
  mdxJsxFlowElement(node, ctx) {
    refuseNode(node as unknown as MdastLike, ctx);
  },
  mdxJsxTextElement(node, ctx) {
    refuseNode(node as unknown as MdastLike, ctx);
  },
});

interface JsxHast {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
}

/** A plain copy of a hast node (Sätteri's nodes carry internal fields), with allowed JSX HTML made into elements; code nodes dropped. */
function toPlain(node: unknown): HastNodes | null {
  const n = node as { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] };
  const kids = (): ElementContent[] => (n.children ?? []).map(toPlain).filter((c): c is ElementContent => c !== null && c.type !== 'root' && c.type !== 'doctype');
  switch (n.type) {
    case 'text':
    case 'comment':
      return { type: n.type, value: n.value ?? '' };
    case 'raw':
      // Raw HTML strings never pass: the sanitizer cannot see inside them.
      return null;
    case 'element':
      return { type: 'element', tagName: n.tagName ?? 'div', properties: { ...(n.properties as Element['properties']) }, children: kids() };
    case 'root':
      return { type: 'root', children: kids() as HastRoot['children'] };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const j = node as JsxHast;
      const name = j.name ?? '';
      const allowed = ALLOWED_HTML[name];
      if (!allowed) return null;
      const properties: Element['properties'] = {};
      for (const a of j.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name && allowed.includes(a.name) && (typeof a.value === 'string' || a.value === null)) {
          properties[HAST_PROPERTY[a.name] ?? a.name] = a.value ?? '';
        }
      }
      return { type: 'element', tagName: name, properties, children: kids() };
    }
    default:
      return null;
  }
}

/** A site path (`/about/`) under the site's base path (`/portal/about/`), so body links work under any base. */
function underBase(tree: HastNodes, base: string): void {
  if (base === '/' || base === '') return;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const visit = (n: HastNodes) => {
    if (n.type === 'element') {
      for (const key of ['href', 'src'] as const) {
        const v = n.properties[key];
        if (typeof v === 'string' && /^\/(?!\/)/.test(v) && !v.startsWith(`${prefix}/`)) n.properties[key] = prefix + v;
      }
    }
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(tree);
}

/** A body's hast tree made plain (allowed JSX HTML as elements, code dropped), sanitized, with site paths under `base`. */
export function sanitizeTree(root: unknown, base = '/'): HastRoot {
  const plain = toPlain(root) as HastRoot;
  const clean = rehypeSanitize(SANITIZE_SCHEMA)(plain) as HastRoot;
  underBase(clean, base);
  return clean;
}

/** hast plugin: sanitize the whole body with rehype-sanitize, and put site paths under `base`. */
export function sanitizeBodyFor(base = '/') {
  return defineHastPlugin({
    name: 'portal-sanitize-body',
    after(root, ctx) {
      ctx.replaceNode(root, sanitizeTree(root, base));
    },
  });
}

export const sanitizeBody = sanitizeBodyFor('/');

// ---------------------------------------------------------------- rendering a body to HTML

/** What Astro's MDX processor turns on for every body (GFM, and smart quotes, dashes and ellipses). */
const BODY_FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface RenderedBody {
  html: string;
  /** The body's headings, as Astro reports them (depth, id, text). */
  headings: { depth: number; slug: string; text: string }[];
}

const textOf = (n: HastNodes): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map(textOf).join('') : '');

/**
 * A page body rendered to HTML, as the build publishes it: parsed by the same MDX parser as the check
 * (Sätteri), refused if it holds code (the same rules as `refuseCode`), made plain and sanitized (as
 * `sanitizeBodyFor`), and headings given ids as Astro's processor gives them (github-slugger, after
 * sanitizing, so "user-content-" never prefixes them). No JavaScript is generated at any step: a body
 * is data, rendered once when the content is loaded (src/site/content-loader.ts), not a module the
 * build bundles and imports (at 5,000 bodies that bundling was about a tenth of a national build).
 */
export function renderBody(source: string, options: { base?: string; fileURL?: URL } = {}): RenderedBody {
  const ctx = { fileURL: options.fileURL };
  const tree = mdxToHast(bodyOf(source), { features: BODY_FEATURES }) as unknown as { type: string; children?: unknown[] };
  const walk = (n: MdastLike & { children?: unknown[] }) => {
    refuseNode(n, ctx);
    for (const c of n.children ?? []) walk(c as MdastLike & { children?: unknown[] });
  };
  walk(tree as MdastLike);
  const clean = sanitizeTree(tree, options.base ?? '/');
  const slugger = new GithubSlugger();
  const headings: RenderedBody['headings'] = [];
  const ids = (n: HastNodes) => {
    if (n.type === 'element' && /^h[1-6]$/.test(n.tagName)) {
      const text = textOf(n);
      const existing = n.properties['id'];
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      if (typeof existing !== 'string') n.properties['id'] = slug;
      headings.push({ depth: Number(n.tagName[1]), slug, text });
    }
    if ('children' in n) for (const c of n.children) ids(c);
  };
  ids(clean);
  // Named references (&amp;), as Astro writes them.
  return { html: toHtml(clean, { characterReferences: { useNamedReferences: true } }), headings };
}

/** A body's headings one level down (h2 → h3, h3 → h4), for a body shown under a heading of the page's own. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([23])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${Number(n) + 1}`);
}
