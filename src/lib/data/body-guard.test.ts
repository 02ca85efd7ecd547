/**
 * The build's own guard, without the check in front of it: Astro's MDX processor (Sätteri) with
 * our two plugins refuses code before any JavaScript is generated, and sanitizes what it renders.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { demoteHeadings, refuseCode, renderBody, sanitizeBody, sanitizeBodyFor } from './body-guard.ts';
import { checkBody } from './body.ts';

const compile = async (source: string, frontmatter: Record<string, unknown> = {}) =>
  (await mdxToJs(source, { mdastPlugins: [refuseCode], hastPlugins: [sanitizeBody], jsxImportSource: 'astro', elementAttributeNameCase: 'html', fileURL: pathToFileURL('/content/parks/x.mdx'), data: { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } } })).code;

/** Bodies with code or unsafe HTML: what the refusal names, and where. */
const REFUSED: [string, string, RegExp, string][] = [
  ['import', "import fs from 'node:fs'\n\n正文", /import\/export/, '1:1'],
  ['export', 'export const a = 1', /import\/export/, '1:1'],
  ['an expression', '合计 {process.env.HOME}', /expression \{process\.env\.HOME\}/, '1:4'],
  ['a component', '<Chart />', /component <Chart>/, '1:1'],
  ['a script element', '<script>alert(1)</script>', /element <script>/, '1:1'],
  ['an event handler', '<p onclick="x()">a</p>', /attribute onclick/, '1:1'],
  ['a javascript: href', '<a href="javascript:alert(1)">a</a>', /address javascript:/, '1:1'],
  ['an expression attribute', '<a href={evil}>a</a>', /expression attribute/, '1:1'],
];

describe('refuseCode (mdast plugin in the build)', () => {
  it.each(REFUSED)('stops the compile on %s, naming file, line and column', async (_, source, message, at) => {
    await expect(compile(source)).rejects.toThrow(message);
    await expect(compile(source)).rejects.toThrow(`x.mdx:${at}:`);
  });
  it('stops on a frontmatter layout (Astro would import that file)', async () => {
    await expect(compile('正文', { layout: '../x.astro' })).rejects.toThrow(/frontmatter layout/);
  });
  it('drops {/* comments */} and compiles prose that the check passes', async () => {
    const source = '---\ntitle: x\n---\n税收\\<10万元 \\{附件一\\} {/* 备注 */} H<sub>2</sub>O';
    expect(checkBody(source, 'x.mdx')).toEqual([]);
    const code = await compile(source.replace(/^---[\s\S]*?---\n/, ''));
    expect(code).toContain('税收<10万元 {附件一}');
    expect(code).not.toContain('备注');
    expect(code).toContain('"sub"');
  });
  it('never evaluates an import: the marker file of a hostile body is not written', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'portal-marker-')), 'PWNED');
    await expect(compile(`import fs from 'node:fs'\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, 'x')`)).rejects.toThrow();
    expect(existsSync(marker)).toBe(false);
  });
});

describe('sanitizeBody (hast plugin in the build, rehype-sanitize)', () => {
  it('keeps Markdown output and the allowed HTML, strips a javascript: Markdown link target', async () => {
    const code = await compile('[a](javascript:alert(1)) [b](https://example.org/) x[^1]\n\n[^1]: 注\n\n| a |\n| - |\n| 1 |\n\n<abbr title="亩均论英雄">亩均</abbr>');
    expect(code).not.toContain('javascript:');
    expect(code).toContain('href: "https://example.org/"');
    expect(code).toContain('"#user-content-fn-1"');
    expect(code).toContain('id: "user-content-fnref-1"');
    expect(code).toContain('table');
    expect(code).toContain('title: "亩均论英雄"');
  });
  it('drops an image from another site (no third-party request)', async () => {
    const code = await compile('![x](https://tracker.example.com/p.png)');
    expect(code).not.toContain('tracker.example.com');
  });
});

describe('sanitizeBodyFor(base)', () => {
  it('puts links and images of this site under the base path, and leaves other addresses alone', async () => {
    const { code } = await mdxToJs('[关于](/about/) [外部](https://example.org/) [锚](#a) ![图](/images/x.png)', { hastPlugins: [sanitizeBodyFor('/portal/')], jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    expect(code).toContain('href: "/portal/about/"');
    expect(code).toContain('href: "https://example.org/"');
    expect(code).toContain('href: "#a"');
    expect(code).toContain('src: "/portal/images/x.png"');
  });
});

describe('renderBody (a body as the build publishes it: HTML, no JavaScript)', () => {
  const file = pathToFileURL('/content/updates/x.mdx');
  it.each(REFUSED)('refuses %s as refuseCode does, naming file, line and column', (_, source, message, at) => {
    expect(() => renderBody(source, { fileURL: file })).toThrow(message);
    expect(() => renderBody(source, { fileURL: file })).toThrow(`x.mdx:${at}:`);
  });
  it('counts lines from the top of the file, frontmatter included', () => {
    expect(() => renderBody('---\ntitle: x\n---\n\n正文 {a}', { fileURL: file })).toThrow('x.mdx:5:4:');
  });
  it('renders Markdown as Astro does: heading ids, smart punctuation, &amp;, blocks on their own lines', () => {
    const { html, headings } = renderBody('---\ntitle: x\n---\n## 主要内容\n\n"R&D" -- 三项... {/* 备注 */}\n\n## In short\n\n## In short');
    expect(html).toBe('<h2 id="主要内容">主要内容</h2>\n<p>“R&amp;D” – 三项… </p>\n<h2 id="in-short">In short</h2>\n<h2 id="in-short-1">In short</h2>');
    expect(headings).toEqual([
      { depth: 2, slug: '主要内容', text: '主要内容' },
      { depth: 2, slug: 'in-short', text: 'In short' },
      { depth: 2, slug: 'in-short-1', text: 'In short' },
    ]);
  });
  it('keeps the allowed HTML and GFM, drops a javascript: Markdown link and a third-party image', () => {
    const { html } = renderBody('H<sub>2</sub>O <abbr title="亩均论英雄">亩均</abbr> [a](javascript:alert(1)) [b](https://example.org/) x[^1] ![t](https://tracker.example.com/p.png)\n\n| a |\n| - |\n| 1 |\n\n[^1]: 注');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('<abbr title="亩均论英雄">亩均</abbr>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org/">b</a>');
    expect(html).not.toContain('tracker.example.com');
    expect(html).toContain('<table>');
    expect(html).toContain('href="#user-content-fn-1"');
  });
  it('puts site paths under the base path', () => {
    expect(renderBody('[关于](/about/) [外部](https://example.org/)', { base: '/portal/' }).html).toBe('<p><a href="/portal/about/">关于</a> <a href="https://example.org/">外部</a></p>');
  });
  it('demoteHeadings moves h2 and h3 one level down, once, and leaves the rest', () => {
    expect(demoteHeadings('<h2 id="a">A</h2>\n<h3>B</h3><h4>C</h4><p>h2 <header></header></p>')).toBe('<h3 id="a">A</h3>\n<h4>B</h4><h4>C</h4><p>h2 <header></header></p>');
  });
});
