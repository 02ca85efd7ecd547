/** `npm run check` as staff run it: exit codes, the report, --json, and GitHub annotations. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, ROOT } from './helpers/fixture.ts';

function check(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
}

describe('npm run check', () => {
  it('exits 0 on the bundled sample and says so', () => {
    const r = check({});
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('数据检查通过');
  });

  it('exits 1 on a broken copy, naming file, line and column of every problem', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 2, 'industrial_land_mu', '2400亩');
    f.replace('data/chains.csv', 'tea-support', 'tea-suport');
    const r = check({ PORTAL_DATA_DIR: f.dataDir, PORTAL_CONTENT_DIR: f.contentDir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('park_indicators.csv');
    expect(r.stdout).toContain('第 2 行 line 2 · 第 3 列 column 3 (C, industrial_land_mu)  值 value: "2400亩"');
    expect(r.stdout).toContain('chains.csv');
    expect(r.stdout).toContain('是不是 tea-support？');
    expect(r.stdout).toContain('发现 2 个错误');
    expect(r.stderr).toBe('');
  });

  it('--json prints the same problems as JSON', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 2, 'year', '23');
    const r = check({ PORTAL_DATA_DIR: f.dataDir, PORTAL_CONTENT_DIR: f.contentDir }, '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toBe(1);
    expect(report.issues[0]).toMatchObject({ line: 2, column: 2, field: 'year', value: '23', rule: 'year.format' });
  });

  it('under GitHub Actions also prints ::error annotations', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 2, 'year', '23');
    const r = check({ PORTAL_DATA_DIR: f.dataDir, PORTAL_CONTENT_DIR: f.contentDir, GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toMatch(/^::error file=.*park_indicators\.csv,line=2,col=2,title=year\.format::/m);
  });
});
