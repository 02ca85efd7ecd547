/**
 * Property-based robustness (fast-check) for what staff write besides CSV: MDX bodies, frontmatter
 * and portal.json. Whatever is written, the check returns a report and never throws; and a body the
 * check passes always compiles in the build's MDX processor (with the build's guard), producing
 * code that imports nothing but the JSX runtime: the build never fails on a body the check passed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { copyFixture } from '../../../tests/helpers/fixture.ts';
import { bodyOf, checkBody } from './body.ts';
import { refuseCode, sanitizeBody } from './body-guard.ts';
import { loadDataset } from './dataset.ts';
import { formatReport } from './report.ts';

const SEED = Number(process.env['FC_SEED']) || 20261129;

/** Pieces of what staff (and attackers) put in a body. */
const piece = fc.oneof(
  fc.constantFrom('税收<10万元', '{附件一}', '\\{附件一\\}', '\\<', '&lt;', '<!-- 注释 -->', '{/* 注释 */}', '<br>', '<br />', '<sup>2</sup>', '<script>alert(1)</script>', "import fs from 'node:fs'", 'export const a = 1', '{1+1}', '<Chart />', '<a href="javascript:alert(1)">x</a>', '[x](javascript:alert(1))', '[x](https://example.org/)', '![x](https://evil.example/x.png)', '<p onclick="x()">a</p>', '<span style="color:red">a</span>', '| a | b |\n| - | - |\n| 1 | 2 |', '# 标题', '- 列表', '> 引用', '`code`', '```\ncode {x} <y>\n```', 'a < b', '1 > 0', '}', '{', '<', '>', '&', '*', '_', '[^1]', '[^1]: 注', '<details><summary>更多</summary>正文</details>', '<abbr title="x">y</abbr>', '<iframe src="x"></iframe>', '\u200b', '\u202e'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const mdxBody = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '\n', '\n\n')), { maxLength: 8 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

const compile = (body: string) => mdxToJs(body, { mdastPlugins: [refuseCode], hastPlugins: [sanitizeBody], jsxImportSource: 'astro', elementAttributeNameCase: 'html', data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } } });

describe('MDX bodies, at random', () => {
  it('the check always returns a report; a body it passes compiles and imports only the JSX runtime (300 runs)', async () => {
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(mdxBody, async (text) => {
        const source = `---\ntitle: x\n---\n${text}\n`;
        const issues = checkBody(source, 'content/pages/x.mdx');
        for (const i of issues) expect(typeof i.message.zh).toBe('string');
        expect(typeof formatReport(issues)).toBe('string');
        if (issues.some((i) => i.severity === 'error')) return;
        passed++;
        const { code } = await compile(bodyOf(source));
        const imports = [...code.matchAll(/^\s*import\s.*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
        expect(imports.every((m) => m === 'astro/jsx-runtime'), code).toBe(true);
        expect(code).not.toMatch(/javascript:|<script|onclick|process\.env/i);
      }),
      { numRuns: 300, seed: SEED },
    );
    // The generator must reach the interesting case often enough to mean something.
    expect(passed).toBeGreaterThan(30);
  }, 60_000);
});

describe('frontmatter and portal.json, at random', () => {
  const yamlValue = fc.oneof(fc.constantFrom('', '~', 'null', '[]', '{}', '[a, b]', "'2025-02-30'", '2025-01-01', '"=1+1"', '"javascript:alert(1)"', '"\u200b"', '- a\n  - b', ': x', '"unterminated', '|\n  block', '&anchor x', '*alias', '!!binary AAAA', '1e309'), fc.string({ maxLength: 15 }).map((s) => JSON.stringify(s)));
  it('any value for any frontmatter key gives a report, never a throw (150 runs)', () => {
    const f = copyFixture();
    const file = join(f.contentDir, 'policies', 'tea-support.mdx');
    const original = readFileSync(file, 'utf8');
    const keys = ['title', 'issued_on', 'effective_to', 'kind', 'chains', 'parks', 'summary', 'source_url', 'contact_email', 'layout', 'benefits'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), yamlValue, (key, value) => {
        const lines = original.split('\n');
        const at = lines.findIndex((l) => l.startsWith(`${key}:`));
        if (at >= 0) lines[at] = `${key}: ${value}`;
        else lines.splice(1, 0, `${key}: ${value}`);
        writeFileSync(file, lines.join('\n'));
        const r = loadDataset(f, f.root);
        expect(r.dataset === undefined).toBe(r.issues.some((i) => i.severity === 'error'));
        expect(typeof formatReport(r.issues)).toBe('string');
      }),
      { numRuns: 150, seed: SEED },
    );
    writeFileSync(file, original);
  }, 60_000);

  it('any edit of portal.json gives a report, never a throw (150 runs)', () => {
    const f = copyFixture();
    const file = join(f.dataDir, 'portal.json');
    const original = readFileSync(file, 'utf8');
    const json = JSON.parse(original) as Record<string, unknown>;
    const paths = [['title_zh'], ['as_of'], ['sample_data'], ['licence', 'url'], ['contact', 'email'], ['region', 'adcode'], ['source_url'], ['extra_key']];
    const value = fc.oneof(fc.constantFrom(null, true, 0, -1, 1e309, '', ' ', 'javascript:alert(1)', '//evil.example', '2025-02-30', '=1+1', '\u200b', [], {}), fc.string({ maxLength: 12 }), fc.double());
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, fc.boolean(), (path, v, breakSyntax) => {
        const copy = structuredClone(json);
        let at = copy as Record<string, unknown>;
        for (const k of path.slice(0, -1)) at = (at[k] ?? (at[k] = {})) as Record<string, unknown>;
        at[path.at(-1)!] = v;
        const text = JSON.stringify(copy, null, 2);
        writeFileSync(file, breakSyntax ? text.slice(0, Math.floor(text.length / 2)) : text);
        const r = loadDataset(f, f.root);
        expect(r.dataset === undefined).toBe(r.issues.some((i) => i.severity === 'error'));
        expect(typeof formatReport(r.issues)).toBe('string');
      }),
      { numRuns: 150, seed: SEED },
    );
    writeFileSync(file, original);
  }, 60_000);
});
