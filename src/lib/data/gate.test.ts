/**
 * The publishing gate, case by case: realistic staff mistakes and a few hostile edits, each made to
 * a copy of the second region, each asserting what `npm run check` does with it: the exit code, the
 * file, the line (or field), the rule and the key words of the message. One table, so a new mistake
 * is one line.
 */
import { describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../../../tests/helpers/fixture.ts';
import { checkCommand } from './check-command.ts';

const PARK_MDX = 'content/parks/north-park.mdx';
const FRONT = '---\nsummary: "以茶叶为主导的省级经济开发区（虚构测试园区）。"\nupdated: \'2025-06-20\'\n---\n\n';
/** A park profile whose body starts on line 6. */
const body = (text: string) => (f: FixtureCopy) => f.write(PARK_MDX, FRONT + text + '\n');
const cell = (file: string, line: number, column: string, value: string) => (f: FixtureCopy) => f.setCell(file, line, column, value);
/** The text as Excel saves it in GBK ("CSV (Comma delimited)" on a Chinese Windows), built from Node's GBK decoder. */
function gbk(text: string): Uint8Array {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const decoded = [...new TextDecoder('gbk').decode(new Uint8Array(pairs))];
  const code = new Map<string, [number, number]>();
  decoded.forEach((ch, i) => code.has(ch) || code.set(ch, [pairs[2 * i]!, pairs[2 * i + 1]!]));
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (code.get(ch) ?? [0x3f]))));
}
const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;

interface Case {
  name: string;
  edit: (f: FixtureCopy) => void;
  exit?: 0 | 1;
  file: string;
  line?: number;
  field?: string;
  rule: string;
  /** Words the printed report must contain. */
  words: string[];
  /** The report names no other file (no knock-on errors elsewhere). */
  only?: boolean;
}

const CASES: Case[] = [
  // ---------------------------------------------------------------- MDX bodies are prose
  { name: 'an import of node:fs in a body', edit: body("import fs from 'node:fs'\n\n正文"), file: PARK_MDX, line: 6, rule: 'mdx.esm', words: ['import / export', '删除这一行'] },
  { name: 'an export in a body', edit: body('export const secret = process.env.HOME'), file: PARK_MDX, line: 6, rule: 'mdx.esm', words: ['program code'] },
  { name: 'a JavaScript expression', edit: body('合计 {1 + 1} 项'), file: PARK_MDX, line: 6, rule: 'mdx.expression', words: ['{1 + 1}', 'JavaScript'] },
  { name: 'text in braces such as {附件一}', edit: body('详见{附件一}。'), file: PARK_MDX, line: 6, rule: 'mdx.expression', words: ['\\{附件一\\}', '【附件一】'] },
  { name: 'a less-than sign before a number: 税收<10万元', edit: body('第一行\n\n税收<10万元的企业'), file: PARK_MDX, line: 8, rule: 'mdx.less-than', words: ['\\<', '&lt;'] },
  { name: 'an HTML comment', edit: body('<!-- 内部备注 -->\n\n正文'), file: PARK_MDX, line: 6, rule: 'mdx.html-comment', words: ['{/* 注释 */}'] },
  { name: 'a <script> element', edit: body('<script>alert(1)</script>'), file: PARK_MDX, line: 6, rule: 'html.dangerous-element', words: ['<script>', 'runs code'] },
  { name: 'an <iframe>', edit: body('<iframe src="https://example.org/"></iframe>'), file: PARK_MDX, line: 6, rule: 'html.dangerous-element', words: ['<iframe>'] },
  { name: 'a <meta http-equiv> refresh', edit: body('<meta http-equiv="refresh" content="0;url=https://example.org/" />'), file: PARK_MDX, line: 6, rule: 'html.dangerous-element', words: ['<meta>'] },
  { name: 'an on* event handler', edit: body('<p onclick="steal()">点这里</p>'), file: PARK_MDX, line: 6, rule: 'html.event-handler', words: ['onclick'] },
  { name: 'a style attribute', edit: body('<span style="color:red">红字</span>'), file: PARK_MDX, line: 6, rule: 'html.style', words: ['style'] },
  { name: 'a javascript: link in raw HTML', edit: body('<a href="javascript:alert(1)">链接</a>'), file: PARK_MDX, line: 6, rule: 'url.scheme', words: ['javascript:'] },
  { name: 'a javascript: link in Markdown, obfuscated with a character reference', edit: body('[链接](JaVa&#83;cript:alert(1))'), file: PARK_MDX, line: 6, rule: 'url.scheme', words: ['javascript:'] },
  { name: 'a component', edit: body('<Chart data="x" />'), file: PARK_MDX, line: 6, rule: 'mdx.component', words: ['<Chart>', '不允许使用任何组件'] },
  { name: 'a Markdown autolink <https://…>', edit: body('网址：<https://example.org/>'), file: PARK_MDX, line: 6, rule: 'mdx.autolink', words: ['[https://example.org/](https://example.org/)'] },
  { name: 'an HTML <img> with onerror', edit: body('<img src="x" onerror="alert(1)" />'), file: PARK_MDX, line: 6, rule: 'html.dangerous-element', words: ['![说明](/images/文件名.png)'] },
  { name: 'an unclosed <br>', edit: body('第一行<br>第二行'), file: PARK_MDX, line: 6, rule: 'mdx.unclosed-tag', words: ['<br />'] },
  { name: 'an image from another site', edit: body('![图](https://tracker.example.com/p.png)'), file: PARK_MDX, line: 6, rule: 'mdx.image', words: ['public/images/'] },
  { name: 'an image of this site that does not exist', edit: body('![图](/images/no-such-file.png)'), file: PARK_MDX, line: 6, rule: 'mdx.image-missing', words: ['public/images/no-such-file.png'] },
  { name: 'an element split by a blank line', edit: body('<details><summary>更多</summary>\n\n正文\n\n</details>'), file: PARK_MDX, line: 6, rule: 'mdx.unclosed-tag', words: ['空行', 'blank line'] },
  { name: 'a zero-width space in prose', edit: body('正文\u200b文字'), file: PARK_MDX, line: 6, rule: 'cell.invisible-character', words: ['U+200B', 'zero-width space'] },
  { name: 'a frontmatter layout (Astro would import it)', edit: (f) => f.write(PARK_MDX, FRONT.replace('---\n\n', "layout: '../../../etc/x.astro'\n---\n\n") + '正文\n'), file: PARK_MDX, line: 4, field: 'layout', rule: 'frontmatter.layout', words: ['import and run another file'] },
  { name: 'a javascript: source_url in a policy', edit: (f) => f.replace('content/policies/tea-support.mdx', 'source_name: "虚构测试政策"', 'source_name: "虚构测试政策"\nsource_url: "javascript:alert(1)"'), file: 'content/policies/tea-support.mdx', field: 'source_url', rule: 'url.scheme', words: ['javascript:'] },
  { name: 'a formula in a frontmatter title', edit: (f) => f.replace('content/policies/tea-support.mdx', /title: "[^"]+"/, 'title: "=HYPERLINK(\\"https://evil.example\\")"'), file: 'content/policies/tea-support.mdx', field: 'title', rule: 'cell.formula', words: ['Excel'] },

  // ---------------------------------------------------------------- every URL, every cell
  { name: 'a javascript: website', edit: cell('data/parks.csv', 2, 'website', 'javascript:alert(1)'), file: 'data/parks.csv', line: 2, field: 'website', rule: 'url.scheme', words: ['javascript:', 'https:'] },
  { name: 'a data: website', edit: cell('data/parks.csv', 2, 'website', csvQuote('data:text/html,<script>alert(1)</script>')), file: 'data/parks.csv', line: 2, field: 'website', rule: 'url.scheme', words: ['data:'] },
  { name: 'a protocol-relative website', edit: cell('data/parks.csv', 2, 'website', '//evil.example/'), file: 'data/parks.csv', line: 2, field: 'website', rule: 'url.scheme', words: ['https://evil.example/'] },
  { name: 'a javascript: licence URL in portal.json', edit: (f) => f.replace('data/portal.json', /"url": "[^"]+"/, '"url": "javascript:alert(1)"'), file: 'data/portal.json', field: 'licence.url', rule: 'url.scheme', words: ['licence.url', 'javascript:'] },
  { name: 'a formula in a name', edit: cell('data/parks.csv', 2, 'name_zh', '=1+2'), file: 'data/parks.csv', line: 2, field: 'name_zh', rule: 'cell.formula', words: ['=', 'Excel', 'formula'] },
  { name: 'an @ formula', edit: cell('data/parks.csv', 2, 'short_name_zh', '@SUM(A1:A9)'), file: 'data/parks.csv', line: 2, field: 'short_name_zh', rule: 'cell.formula', words: ['@'] },
  { name: 'a phone number starting with +', edit: cell('data/parks.csv', 2, 'contact_phone', '+86 0000 5550101'), file: 'data/parks.csv', line: 2, field: 'contact_phone', rule: 'cell.formula', words: ['0086 0000 5550101'] },
  { name: 'text starting with -', edit: cell('data/sites.csv', 2, 'note_zh', '-仅限茶叶项目'), file: 'data/sites.csv', line: 2, field: 'note_zh', rule: 'cell.formula', words: ['仅限茶叶项目'] },
  { name: 'a +5 in a number column', edit: cell('data/park_indicators.csv', 2, 'tax_wan', '+18500'), file: 'data/park_indicators.csv', line: 2, field: 'tax_wan', rule: 'cell.formula', words: ['18500'] },
  { name: 'an Excel error value', edit: cell('data/park_indicators.csv', 2, 'tax_wan', '#N/A'), file: 'data/park_indicators.csv', line: 2, field: 'tax_wan', rule: 'cell.excel-error', words: ['#N/A', 'Excel'] },
  { name: 'a #DIV/0! in a text column', edit: cell('data/sites.csv', 2, 'note_zh', '#DIV/0!'), file: 'data/sites.csv', line: 2, field: 'note_zh', rule: 'cell.excel-error', words: ['#DIV/0!'] },
  { name: 'a zero-width space in an id', edit: cell('data/parks.csv', 3, 'county_id', 'sou\u200bth'), file: 'data/parks.csv', line: 3, field: 'county_id', rule: 'cell.invisible-character', words: ['U+200B', '第 4 个字符', 'south'] },
  { name: 'a zero-width space in a park id (no knock-on in the rows naming that park)', edit: cell('data/parks.csv', 2, 'id', 'north-park\u200b'), file: 'data/parks.csv', line: 2, field: 'id', rule: 'cell.invisible-character', words: ['U+200B', 'north-park'], only: true },
  { name: 'a NUL character', edit: cell('data/parks.csv', 2, 'address_zh', '示例路\u00001号'), file: 'data/parks.csv', line: 2, field: 'address_zh', rule: 'cell.invisible-character', words: ['U+0000'] },
  { name: 'a right-to-left override', edit: cell('data/parks.csv', 2, 'name_en', 'Beiling\u202eZone'), file: 'data/parks.csv', line: 2, field: 'name_en', rule: 'cell.invisible-character', words: ['U+202E'] },
  { name: 'a zero-width space in a column name', edit: (f) => f.write('data/parks.csv', f.read('data/parks.csv').replace('website', 'web\u200bsite')), file: 'data/parks.csv', line: 1, field: 'web\u200bsite', rule: 'cell.invisible-character', words: ['U+200B', 'website'] },
  { name: 'a placeholder dash for no value', edit: cell('data/park_indicators.csv', 2, 'rd_spending_wan', '-'), file: 'data/park_indicators.csv', line: 2, field: 'rd_spending_wan', rule: 'cell.placeholder', words: ['留空'] },
  { name: '无 as an exemption reason', edit: cell('data/park_indicators.csv', 2, 'exempt_reason', '无'), file: 'data/park_indicators.csv', line: 2, field: 'exempt_reason', rule: 'exemption.placeholder', words: ['占位词'] },
  { name: '- as an exemption reason', edit: cell('data/park_indicators.csv', 2, 'exempt_reason', '-'), file: 'data/park_indicators.csv', line: 2, field: 'exempt_reason', rule: 'cell.placeholder', words: ['placeholder'] },
  { name: 'an invisible character as an exemption reason', edit: cell('data/park_indicators.csv', 2, 'exempt_reason', '\u200b'), file: 'data/park_indicators.csv', line: 2, field: 'exempt_reason', rule: 'cell.invisible-character', words: ['U+200B'] },
  { name: 'a reason without exempt = yes', edit: cell('data/park_indicators.csv', 2, 'exempt_reason', '新设园区'), file: 'data/park_indicators.csv', line: 2, field: 'exempt', rule: 'exemption.not-chosen', words: ['exempt', 'yes'] },
  { name: 'exempt = yes without a reason', edit: cell('data/park_indicators.csv', 2, 'exempt', 'yes'), file: 'data/park_indicators.csv', line: 2, field: 'exempt_reason', rule: 'exemption.no-reason', words: ['exempt_reason'] },
  { name: 'a figure too large to store', edit: cell('data/park_indicators.csv', 2, 'tax_wan', '123456789012345678'), file: 'data/park_indicators.csv', line: 2, field: 'tax_wan', rule: 'number.too-large', words: ['15'] },
  { name: 'an infinite figure (1e309)', edit: cell('data/park_indicators.csv', 2, 'tax_wan', '1e309'), file: 'data/park_indicators.csv', line: 2, field: 'tax_wan', rule: 'number.too-large', words: ['too large'] },
  { name: 'scientific notation', edit: cell('data/park_indicators.csv', 2, 'industrial_output_wan', '4.2E+05'), file: 'data/park_indicators.csv', line: 2, field: 'industrial_output_wan', rule: 'number.format', words: ['改为 420000'] },
  { name: 'an amount in 亿元', edit: cell('data/park_indicators.csv', 2, 'industrial_output_wan', '42亿元'), file: 'data/park_indicators.csv', line: 2, field: 'industrial_output_wan', rule: 'number.format', words: ['改为 420000'] },
  { name: 'an amount in 万亩', edit: cell('data/parks.csv', 2, 'planned_area_mu', '0.9万亩'), file: 'data/parks.csv', line: 2, field: 'planned_area_mu', rule: 'number.format', words: ['改为 9000'] },
  { name: 'an indicator year after as_of', edit: cell('data/chain_indicators.csv', 3, 'year', '2026'), file: 'data/chain_indicators.csv', line: 3, field: 'year', rule: 'date.after-as-of', words: ['2026', '2025-06-30'] },
  { name: 'target progress after as_of', edit: cell('data/target_progress.csv', 2, 'as_of', '2025-12-31'), file: 'data/target_progress.csv', line: 2, field: 'as_of', rule: 'date.after-as-of', words: ['2025-12-31'] },
  { name: 'an update dated after as_of', edit: (f) => f.replace('content/updates/2025-05-20-dyeing-project.mdx', /date: '[^']+'/, "date: '2025-07-01'"), file: 'content/updates/2025-05-20-dyeing-project.mdx', field: 'date', rule: 'date.after-as-of', words: ['2025-07-01'] },
  { name: 'a policy ending before it was issued', edit: (f) => f.replace('content/policies/tea-support.mdx', "effective_to: '2027-12-31'", "effective_to: '2023-12-31'"), file: 'content/policies/tea-support.mdx', field: 'effective_to', rule: 'policy.ends-before-issued', words: ['2023-12-31', '2024-03-01'] },
  { name: 'a release published before its notice started', edit: cell('data/scoring/releases.csv', 3, 'published_on', '2025-05-01'), file: 'data/scoring/releases.csv', line: 3, field: 'published_on', rule: 'release.published-before-notice', words: ['2025-05-19'] },

  // ---------------------------------------------------------------- one clear message for a wrong file
  { name: 'a semicolon-separated file', edit: (f) => f.write('data/parks.csv', f.read('data/parks.csv').replace(/,/g, ';')), file: 'data/parks.csv', rule: 'file.delimiter', words: ['分号', 'CSV UTF-8'], only: true },
  { name: 'a tab-separated file', edit: (f) => f.write('data/chains.csv', f.read('data/chains.csv').replace(/,/g, '\t')), file: 'data/chains.csv', rule: 'file.delimiter', words: ['制表符', 'Tab delimited'], only: true },
  { name: 'CR-only line ends', edit: (f) => f.write('data/parks.csv', f.read('data/parks.csv').replace(/\n/g, '\r')), file: 'data/parks.csv', rule: 'file.line-ends-cr', words: ['Macintosh'], only: true },
  { name: 'mixed line ends (read, with a warning)', edit: (f) => f.write('data/parks.csv', f.read('data/parks.csv').replace('\n', '\r\n')), exit: 0, file: 'data/parks.csv', line: 1, rule: 'file.line-ends-mixed', words: ['CRLF 1', 'LF 2'] },
  { name: 'a title row above the header', edit: (f) => f.write('data/parks.csv', '青禾市园区名录（2025年）,,\n' + f.read('data/parks.csv')), file: 'data/parks.csv', line: 1, rule: 'file.title-row', words: ['第 2 行', '删除第 1 行'], only: true },
  { name: 'an Excel sep= line', edit: (f) => f.write('data/parks.csv', 'sep=,\n' + f.read('data/parks.csv')), file: 'data/parks.csv', line: 1, rule: 'file.sep-line', words: ['sep=,'], only: true },
  { name: 'UTF-16 with a byte-order mark', edit: (f) => f.write('data/parks.csv', new Uint8Array([0xff, 0xfe, ...Buffer.from(f.read('data/parks.csv'), 'utf16le')])), file: 'data/parks.csv', rule: 'file.encoding-utf16', words: ['UTF-16'], only: true },
  { name: 'UTF-16 without a byte-order mark', edit: (f) => f.write('data/parks.csv', Buffer.from(f.read('data/parks.csv'), 'utf16le')), file: 'data/parks.csv', rule: 'file.encoding-utf16', words: ['UTF-16'], only: true },
  { name: 'a GBK-saved CSV', edit: (f) => f.write('data/parks.csv', gbk(f.read('data/parks.csv'))), file: 'data/parks.csv', line: 2, rule: 'file.encoding', words: ['GBK', 'CSV UTF-8'], only: true },
  { name: 'a GBK-saved portal.json', edit: (f) => f.write('data/portal.json', gbk(f.read('data/portal.json'))), file: 'data/portal.json', rule: 'file.encoding', words: ['UTF-8'], only: true },
  { name: 'a GBK-saved MDX file', edit: (f) => f.write(PARK_MDX, gbk(FRONT + '园区简介正文。\n')), file: PARK_MDX, line: 2, rule: 'file.encoding', words: ['GBK', 'UTF-8'] },
  { name: 'a missing required column, the rest of the header fine', edit: (f) => f.write('data/parks.csv', f.read('data/parks.csv').replace('id,name_zh', 'name_zh').replace(/\n(north|south)-park,/g, '\n')), file: 'data/parks.csv', line: 1, field: 'id', rule: 'header.missing', words: ['园区编号'], only: true },
  { name: 'a quoted cell with a formula after a comma in an address', edit: cell('data/parks.csv', 2, 'address_zh', csvQuote('=HYPERLINK("https://evil.example","点我")')), file: 'data/parks.csv', line: 2, field: 'address_zh', rule: 'cell.formula', words: ['HYPERLINK'] },
];

describe('the publishing gate: each mistake gets one clear message (table)', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const f = copyFixture();
    c.edit(f);
    const r = checkCommand(f, { cwd: f.root });
    expect(r.exitCode, r.stdout).toBe(c.exit ?? 1);
    const hit = r.issues.find((i) => i.rule === c.rule && i.file === c.file && (c.line === undefined || i.line === c.line) && (c.field === undefined || i.field === c.field));
    expect(hit, `${c.rule} at ${c.file}:${c.line ?? ''} ${c.field ?? ''}\n${r.stdout}`).toBeDefined();
    for (const w of c.words) expect(r.stdout, w).toContain(w);
    expect(r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    if (c.only) expect(new Set(r.issues.map((i) => i.file)), r.stdout).toEqual(new Set([c.file]));
  });
});

describe('prose that looks like code, written the documented way, passes', () => {
  it('\\<, &lt;, \\{…\\}, {/* comments */}, allowed HTML and safe links are content', () => {
    const f = copyFixture();
    body(['税收\\<10万元，利润&lt;5万元，详见\\{附件一\\}。{/* 内部备注 */}', '', '第一行<br />第二行，H<sub>2</sub>O，10<sup>3</sup>，<abbr title="亩均论英雄">亩均</abbr>。', '', '[关于本平台](/about/) · [邮件](mailto:portal@example.org) · [电话](tel:0000-5550100) · [外部](https://example.org/)', '', '| 指标 | 数值 |', '| --- | --- |', '| 税收 | 100 |'].join('\n'))(f);
    const r = checkCommand(f, { cwd: f.root });
    expect(r.exitCode, r.stdout).toBe(0);
  });
});

describe('warnings and errors in one report', () => {
  it('a warning elsewhere is shown beside an error, and the summary counts both', () => {
    const f = copyFixture();
    f.setCell('data/parks.csv', 3, 'name_en', '');
    f.setCell('data/sites.csv', 2, 'note_zh', '=1+1');
    const r = checkCommand(f, { cwd: f.root });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('! 提醒 warning');
    expect(r.stdout).toContain('has no English name');
    expect(r.stdout).toMatch(/发现 1 个错误、[1-9]\d* 个提醒/);
  });
  it('a plausibility warning shows while another file has an error', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '82400');
    f.setCell('data/sites.csv', 2, 'note_zh', '=1+1');
    const r = checkCommand(f, { cwd: f.root });
    expect(r.exitCode).toBe(1);
    expect(r.issues.some((i) => i.rule === 'plausibility.jump' && i.severity === 'warning')).toBe(true);
  });
});

describe('a huge file', () => {
  it('500,000 filled-down rows give a capped report (first 20, then a count) without running out of stack', () => {
    const f = copyFixture();
    const row = 'north-park,2024,2500,104000,465000,236000,20600,118000,55500,9700,6450,,';
    f.write('data/park_indicators.csv', `${f.read('data/park_indicators.csv').trimEnd()}\n${Array.from({ length: 500_000 }, () => row).join('\n')}\n`);
    const r = checkCommand(f, { cwd: f.root });
    expect(r.exitCode).toBe(1);
    expect(r.issues.length).toBeGreaterThanOrEqual(500_000);
    expect(r.stdout.split('\n').length).toBeLessThan(200);
    expect(r.stdout).toMatch(/另有 \d{6} 个问题未列出.*key\.duplicate ×\d{6}/);
    expect(r.stdout).toContain('and 500000 more not listed'.replace('500000', String(r.issues.filter((i) => i.file === 'data/park_indicators.csv').length - 20)));
  }, 120_000);
});

describe('a wrong file gives one message and no knock-on errors elsewhere', () => {
  it('every table of the 湘西州 sample, saved with semicolons, gives exactly one issue, in that file', async () => {
    const { SAMPLE } = await import('../../../tests/helpers/fixture.ts');
    const { TABLES } = await import('./tables.ts');
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = Object.values(TABLES).map((t) => `data/${t.file}`).filter((file) => existsSync(join(SAMPLE.dataDir, '..', file)));
    expect(files.length).toBeGreaterThan(15);
    const base = copyFixture(SAMPLE);
    for (const file of files) {
      const original = base.read(file);
      base.write(file, original.replace(/,/g, ';'));
      const r = checkCommand({ ...base, publicDir: null }, { cwd: base.root });
      base.write(file, original);
      expect(r.issues.map((i) => `${i.file} ${i.rule}`), file).toEqual([`${file} file.delimiter`]);
    }
  }, 120_000);
});
