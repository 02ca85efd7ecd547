/**
 * `npm run build` as a gate over hostile content and a failing build: nothing of the content reaches
 * dist/, nothing in it runs, and the previous dist/ stays exactly as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, type BuildResult } from './helpers/build.ts';
import { copyFixture, type FixtureCopy } from './helpers/fixture.ts';

const hashes = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('a build over hostile MDX, with a previous site in the output folder', () => {
  let f: FixtureCopy;
  let build: BuildResult;
  let before: Record<string, string>;
  const marker = () => join(f.root, 'PWNED');
  beforeAll(() => {
    f = copyFixture();
    const outDir = join(f.root, 'out', 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous</title>');
    writeFileSync(join(outDir, 'previous.txt'), 'the site as it was');
    before = hashes(outDir);
    const park = 'content/parks/north-park.mdx';
    f.write(park, `${f.read(park)}\nimport fs from 'node:fs'\nexport const x = fs.writeFileSync(${JSON.stringify(marker())}, process.env.HOME ?? '')\n\n<script>alert(document.cookie)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n[点我](javascript:alert(1))\n`);
    build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir, outDir });
  });

  it('fails with the report (file, line, rule words), no stack trace', () => {
    expect(build.status).toBe(1);
    const out = build.stdout + build.stderr;
    expect(out).toContain('north-park.mdx');
    expect(out).toMatch(/第 10 行 line 10 .*import fs/);
    expect(out).toContain('<script>');
    expect(out).toContain('<iframe>');
    expect(out).toContain('javascript:');
    expect(out).toContain('The build failed; the site was not updated');
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
  it('ran nothing: the import never wrote its marker file', () => {
    expect(existsSync(marker())).toBe(false);
  });
  it('left the previous output folder exactly as it was, and no staging folder behind', () => {
    expect(hashes(join(f.root, 'out', 'dist'))).toEqual(before);
    expect(listFiles(join(f.root, 'out')).filter((p) => !p.startsWith('dist/'))).toEqual([]);
  });
});

describe('a successful build replaces the previous output folder', () => {
  it('swaps in the new site and removes every file of the old one', () => {
    const f = copyFixture();
    const outDir = join(f.root, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'stale.txt'), 'old');
    const build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir, outDir });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const files = listFiles(outDir);
    expect(files).toContain('index.html');
    expect(files).not.toContain('stale.txt');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('青禾市');
    expect(listFiles(f.root).some((p) => /building|\.old-/.test(p))).toBe(false);
  });
});

describe('the published CSV files of the sample', () => {
  it('have no cell that a spreadsheet would run as a formula or that hides a character', async () => {
    const { inject } = await import('vitest');
    const Papa = (await import('papaparse')).default;
    const dist = inject('sampleDist');
    const csvs = listFiles(dist).filter((p) => p.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(5);
    for (const file of csvs) {
      const rows = Papa.parse<string[]>(readFileSync(join(dist, file), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      for (const [r, row] of rows.entries()) {
        for (const cell of row) {
          expect(cell, `${file} row ${r + 1}`).not.toMatch(/^[=+@\t\r]|^-(?!\d|\.\d)/);
          // eslint-disable-next-line no-control-regex
          expect(cell, `${file} row ${r + 1}`).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b-\u200f\u202a-\u202e\u2060\ufeff]/);
        }
      }
    }
  });
});
