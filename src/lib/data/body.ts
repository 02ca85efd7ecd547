/**
 * Checking an MDX body as content, not as a program: it is parsed with the parser the build uses
 * (Sätteri's MDX parser, Astro 7's default MDX processor) and every node that is code (ESM,
 * expressions), a component, or HTML outside the allow-list in body-policy.ts is reported with its
 * line and column. A body that passes here compiles in the build and runs nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { hint, problem, type DataIssue, type Problem } from './issues.ts';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, DANGEROUS_HTML, isCommentOnly } from './body-policy.ts';
import { urlProblem } from './urls.ts';
import { invisibleProblem } from './cell-safety.ts';

const FRONTMATTER = /^(\uFEFF?)---(\r?\n[\s\S]*?\r?\n)---(\r?(?:\n|$))/;

/**
 * The body as the build's MDX plugin sees it: the frontmatter blanked to spaces (line breaks kept),
 * as Astro's `parseFrontmatter(…, { frontmatter: 'empty-with-spaces' })` does, so positions are the
 * file's own lines and columns.
 */
export function bodyOf(source: string): string {
  return source.replace(FRONTMATTER, (_, bom: string, inner: string, end: string) => `${bom}   ${inner.replace(/[^\r\n]/g, ' ')}   ${end}`);
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The parser features the build uses for MDX (GFM on; Astro's default). */
const FEATURES = { gfm: true } as const;

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point };
}

/** A parser message such as `1:3: Unexpected character … (mdx-jsx:unexpected-character)`. */
function parseError(e: unknown): { line: number; column: number; message: string } {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\([\w:-]+\))?$/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]), message: m[3]! } : { line: 1, column: 1, message: text };
}

const LT_HINT = hint('在 < 前加反斜杠写成 \\<，或写成 &lt;，或用全角＜、“小于”。', 'Write \\< (a backslash before it) or &lt;, or the full-width ＜, or the word "less than".');

/** Why the parser stopped, said for staff, with the fix. */
function syntaxProblem(body: string, at: { line: number; column: number; message: string }): Problem {
  const lineText = body.split(/\r?\n|\r/)[at.line - 1] ?? '';
  const chars = [...lineText];
  // The parser points at the character after "<" or at "<" itself.
  const i = Math.max(0, at.column - 1);
  const lt = chars[i] === '<' ? i : chars[i - 1] === '<' ? i - 1 : -1;
  const after = lt >= 0 ? chars.slice(lt, lt + 12).join('') : '';
  if (after.startsWith('<!--')) {
    return problem('mdx.html-comment', 'HTML 注释 <!-- … --> 在页面正文中不能用。', 'An HTML comment <!-- … --> cannot be used in a page body.', hint('删除它，或改写为 {/* 注释 */}（不会显示在页面上）。', 'Delete it, or write {/* comment */} instead (it is not shown on the page).'));
  }
  const tag = /Expected a closing tag for `<([^>\s]+)>`/.exec(at.message);
  if (tag) {
    const name = tag[1]!;
    if (!(name in ALLOWED_HTML)) return elementProblem(name);
    return problem(
      'mdx.unclosed-tag',
      `<${name}> 在同一段落内没有结束标记。`,
      `<${name}> is not closed within its paragraph.`,
      ['br', 'hr'].includes(name)
        ? hint(`写成 <${name} />。`, `Write <${name} />.`)
        : hint(`在同一段落内加上 </${name}>（元素中间不能有空行）；如果 < 是文字，写成 \\< 或 &lt;。`, `Add </${name}> in the same paragraph (no blank line inside an element); if the < is text, write \\< or &lt;.`),
    );
  }
  if (after.startsWith('</')) {
    const name = /^<\/([^>\s]*)/.exec(after)?.[1] ?? '';
    return problem('mdx.stray-closing-tag', `</${name}> 前面没有对应的 <${name}>。`, `</${name}> has no matching <${name}> before it.`, hint('元素要在同一段落内开始和结束（中间不能有空行）；或删除这个结束标记。', 'An element must open and close in the same paragraph (no blank line inside); or remove this closing tag.'));
  }
  const autolink = lt >= 0 ? /^<([a-z][a-z0-9+.-]*:[^>\s]*)>/i.exec(chars.slice(lt).join('')) : null;
  if (autolink) {
    const url = autolink[1]!;
    return problem('mdx.autolink', `<${url}> 这种尖括号网址在页面正文中不能用。`, `An address in angle brackets, <${url}>, cannot be used in a page body.`, hint(`写成 [${url}](${url})。`, `Write [${url}](${url}).`));
  }
  if (lt >= 0) {
    return problem('mdx.less-than', `“${after.replace(/\s+$/, '')}”中的 < 会被当作 HTML 标记的开始。`, `The < in "${after.replace(/\s+$/, '')}" is read as the start of an HTML tag.`, LT_HINT);
  }
  if (/expression|brace|`\{`|`\}`/i.test(at.message)) {
    return problem('mdx.brace', `花括号 { } 没有成对：${at.message}`, `Unmatched curly brace { }: ${at.message}`, hint('文字中的花括号写成 \\{ 和 \\}，或用全角｛｝/【】。', 'Write braces in text as \\{ and \\}, or use full-width ｛｝ or 【】.'));
  }
  return problem('mdx.syntax', `正文无法解析：${at.message}`, `The body cannot be read: ${at.message}`, hint('检查这一行的 <、>、{、} 等符号；文字中的这些符号前加反斜杠 \\。', 'Check the <, >, { and } on this line; put a backslash \\ before them when they are text.'));
}

function elementProblem(name: string): Problem {
  if (name.toLowerCase() === 'img') {
    return problem('html.dangerous-element', '正文中不允许 HTML 的 <img>（它可以运行代码或从其他网站加载图片）。', 'An HTML <img> is not allowed in a body (it can run code or load from another site).', hint('用 Markdown 写图片：![说明](/images/文件名.png)，文件放在 public/images/。', 'Write the image in Markdown: ![description](/images/file.png), with the file in public/images/.'));
  }
  if (DANGEROUS_HTML.has(name.toLowerCase())) {
    return problem('html.dangerous-element', `正文中不允许 <${name}>：它会运行代码、加载外部内容或改变页面。`, `<${name}> is not allowed in a body: it runs code, loads outside content or changes the page.`, hint('删除它。图片、视频、表单等请联系网站维护人员。', 'Remove it. For images, video or forms, ask the site maintainers.'));
  }
  return problem('html.element', `正文中不允许 HTML 元素 <${name}>。`, `The HTML element <${name}> is not allowed in a body.`, hint(`改用 Markdown 写法；允许的元素：${Object.keys(ALLOWED_HTML).join(' ')}`, `Use Markdown instead; allowed elements: ${Object.keys(ALLOWED_HTML).join(' ')}`));
}

function componentProblem(name: string): Problem {
  const allowed = ALLOWED_COMPONENTS.length ? ALLOWED_COMPONENTS.join(', ') : '';
  return problem(
    'mdx.component',
    `组件 <${name}> 不在允许使用的组件中${allowed ? `（允许：${allowed}）` : '（目前正文中不允许使用任何组件）'}。`,
    `The component <${name}> is not allowed${allowed ? ` (allowed: ${allowed})` : ' (no components may be used in a body)'}.`,
    hint('删除它，用 Markdown 写；如果 < 是文字，写成 \\<。', 'Remove it and use Markdown; if the < is text, write \\<.'),
  );
}

function expressionProblem(value: string): Problem {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return problem(
    'mdx.expression',
    `{${shown}} 是一段 JavaScript 表达式，页面正文中不能用。`,
    `{${shown}} is a JavaScript expression, which a page body cannot contain.`,
    hint(`如果这是文字，写成 \\{${shown}\\}（花括号前加反斜杠），或用全角括号【${shown}】。`, `If it is text, write \\{${shown}\\} (a backslash before each brace), or use full-width brackets 【${shown}】.`),
  );
}

/** Attributes of an allowed element: only the listed ones, with plain text values and safe addresses. */
function attributeProblems(element: string, attributes: NonNullable<Node['attributes']>): Problem[] {
  const out: Problem[] = [];
  const allowed = ALLOWED_HTML[element] ?? [];
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
      out.push(expressionProblem(typeof a.value === 'string' ? a.value : '…'));
      continue;
    }
    const name = a.name;
    if (typeof a.value === 'object' && a.value !== null) {
      out.push(expressionProblem(String((a.value as { value?: unknown }).value ?? '…')));
      continue;
    }
    if (/^on/i.test(name)) {
      out.push(problem('html.event-handler', `<${element}> 的 ${name} 属性会运行代码，不允许。`, `The ${name} attribute of <${element}> runs code and is not allowed.`, hint(`删除 ${name}="…"。`, `Remove ${name}="…".`)));
    } else if (name.toLowerCase() === 'style') {
      out.push(problem('html.style', `<${element}> 的 style 属性不允许：页面样式由网站统一设定。`, `The style attribute of <${element}> is not allowed: the site sets the styles.`, hint('删除 style="…"。', 'Remove style="…".')));
    } else if (!allowed.includes(name)) {
      out.push(problem('html.attribute', `<${element}> 不允许 ${name} 属性。`, `The attribute ${name} is not allowed on <${element}>.`, hint(allowed.length ? `只能用：${allowed.join(', ')}。` : `删除 ${name}="…"。`, allowed.length ? `Only ${allowed.join(', ')} may be used.` : `Remove ${name}="…".`)));
    } else if (name === 'href' && typeof a.value === 'string') {
      const p = urlProblem(a.value);
      if (p) out.push(p);
    }
  }
  return out;
}

/** Every problem of the body of one MDX file. `source` is the whole file, frontmatter included. */
export function checkBody(source: string, file: string, publicDir?: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (p: Problem, line: number | undefined, column: number | undefined, value?: string) => {
    const i: DataIssue = { severity: 'error', file, rule: p.rule, message: p.message };
    if (line !== undefined) i.line = line;
    if (column !== undefined) i.column = column;
    if (value !== undefined) i.value = value;
    if (p.hint) i.hint = p.hint;
    issues.push(i);
  };
  let body = bodyOf(source);
  // Invisible characters in prose hide differences (and direction overrides reorder the text).
  body.split(/\r?\n|\r/).forEach((text, n) => {
    // Tabs indent Markdown (lists, code); every other control or invisible character is reported.
    const p = invisibleProblem(text.replace(/^\uFEFF/, '').replace(/\t/g, ' '));
    if (p) add(p, n + 1, undefined);
  });
  // The parser stops at the first syntax error; blank that line and read on, so every such line is
  // reported at once (up to a bound: one broken tag can confuse the lines after it).
  let tree: Node | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      tree = mdxToMdast(body, { features: FEATURES }) as unknown as Node;
      break;
    } catch (e) {
      const at = parseError(e);
      const lines = body.split('\n');
      const p = syntaxProblem(body, at);
      add(p, at.line, at.column, (lines[at.line - 1] ?? '').trim().slice(0, 80));
      if (at.line < 1 || at.line > lines.length || lines[at.line - 1]!.trim() === '') break;
      lines[at.line - 1] = lines[at.line - 1]!.replace(/[^\r]/g, ' ');
      body = lines.join('\n');
    }
  }
  if (!tree) return issues;
  const walk = (node: Node) => {
    const pos = node.position?.start;
    const at = (p: Problem, value?: string) => add(p, pos?.line, pos?.column, value);
    switch (node.type) {
      case 'mdxjsEsm':
        at(problem('mdx.esm', 'import / export 是程序代码，页面正文中不能用。', 'import / export is program code, which a page body cannot contain.', hint('删除这一行。如果这是正文文字，不要让它以 import 或 export 开头。', 'Delete the line. If it is prose, do not start it with import or export.')), (node.value ?? '').split('\n')[0]);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) at(expressionProblem(node.value ?? ''), `{${node.value ?? ''}}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name === '') at(problem('mdx.fragment', '<> … </> 不能用在正文中。', '<> … </> cannot be used in a body.', LT_HINT), '<>');
        else if (/^[A-Z]|[.:]/.test(name) && !ALLOWED_COMPONENTS.includes(name)) at(componentProblem(name), `<${name}>`);
        else if (!(name in ALLOWED_HTML)) at(elementProblem(name), `<${name}>`);
        else for (const p of attributeProblems(name, node.attributes ?? [])) at(p, `<${name}>`);
        break;
      }
      case 'link':
      case 'definition': {
        const p = urlProblem(node.url ?? '');
        if (p) at(p, node.url);
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.url ?? '';
        if (node.type === 'image' && !/^\/(?!\/)/.test(url)) {
          at(problem('mdx.image', `图片地址“${url}”不是本站的路径：页面不能从其他网站加载图片。`, `The image address "${url}" is not a path on this site: pages never load images from elsewhere.`, hint('把图片放进 public/images/，写成 ![说明](/images/文件名.png)。', 'Put the image in public/images/ and write ![description](/images/file.png).')), url);
        } else if (node.type === 'image' && publicDir !== undefined && !existsSync(join(publicDir, safeDecode(url.split(/[?#]/)[0]!)))) {
          at(problem('mdx.image-missing', `图片 ${url} 不存在（应在 public${url}）。`, `The image ${url} does not exist (it belongs in public${url}).`, hint('把图片文件放到这个位置，或改正地址。', 'Put the image file there, or correct the address.')), url);
        }
        break;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return issues;
}
