/**
 * The staff commands as staff run them: `npm run check` with an acknowledged warning, `npm run diff`
 * in a git repository, `npm run new` followed by `npm run check`; and the methodology page showing
 * the sample's acknowledged warning with its reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './helpers/build.ts';
import { copyFixture, ROOT, SAMPLE, type FixtureCopy } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';

function run(script: string, args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
}
const dirs = (f: FixtureCopy) => ({ PORTAL_DATA_DIR: f.dataDir, PORTAL_CONTENT_DIR: f.contentDir });

function gitRepo(f: FixtureCopy) {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: f.root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'published');
}

describe('npm run check with plausibility warnings', () => {
  it('the sample passes and counts its acknowledged warning in the summary', () => {
    const r = run('check.ts', []);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('数据检查通过（另有 1 个提醒已确认，见 checks/acknowledged.csv）。 The data passed the check (1 acknowledged, see checks/acknowledged.csv).');
    expect(JSON.parse(run('check.ts', ['--json']).stdout)).toMatchObject({ errors: 0, warnings: 0, acknowledged: 1 });
  });

  it('a 元 entered in a 万元 column is a warning, not a failure, with the line to acknowledge it', () => {
    const f = copyFixture();
    // 2023 is a draft year in the fixture (2024 is sealed: a change there would fail the seal guard).
    f.setCell('data/park_indicators.csv', 2, 'tax_wan', '185000000');
    const r = run('check.ts', [], dirs(f));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tax revenue (tax_wan) went from 185000000 in 2023 (line 2, column G) to 20600 in 2024, 0.00011× the year before (about 8981×: is one of them in 元 (yuan)?).');
    expect(r.stdout).toContain('park_indicators.csv,north-park;2024,tax_wan,plausibility.jump,20600,<理由 reason>,,YYYY-MM-DD,');
    expect(r.stdout).toContain('数据检查通过，有 1 个提醒。');
  });
});

describe('npm run diff', () => {
  it("a commit's changed tax cell shows the cell and the ranking change; --markdown the same as Markdown", () => {
    const f = copyFixture();
    gitRepo(f);
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    const r = run('diff.ts', ['HEAD'], dirs(f), f.root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  ~ park_id=north-park, year=2024\n      tax_wan: 20600 → 6000');
    expect(r.stdout).toContain('北岭经开区 (north-park): 第 1 名 B 类 106.50 分 (#1, B, 106.50) → 第 2 名 B 类 94.42 分 (#2, B, 94.42)');
    const md = run('diff.ts', ['HEAD', '--markdown'], dirs(f), f.root);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('| ~ | park_id=north-park, year=2024 | `tax_wan` | 20600 | 6000 |');
    expect(md.stdout).toContain('| 北岭经开区 (`north-park`) | 第 1 名 B 类 106.50 分 (#1, B, 106.50) | 第 2 名 B 类 94.42 分 (#2, B, 94.42) |');
  });

  it('a bad ref: a clear message, exit code 1, no stack trace', () => {
    const f = copyFixture();
    gitRepo(f);
    const r = run('diff.ts', ['v9.9'], dirs(f), f.root);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('找不到 git 版本“v9.9”。可以用分支名（main）、标签、提交号，或 HEAD~1（上一次提交）。\nThere is no git ref "v9.9". Use a branch (main), a tag, a commit hash, or HEAD~1 (the commit before).\n');
  });

  it('no ref: the usage', () => {
    const r = run('diff.ts', []);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run diff -- <git-ref> [--markdown]');
  });
});

describe('npm run new', () => {
  it('a park: the check then lists what to fill; filled in, the check passes', () => {
    const f = copyFixture();
    const r = run('new.ts', ['park', 'west-park'], dirs(f));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('parks.csv 的 level：级别（可选：national 国家级、provincial 省级、prefecture 地市级）');
    const before = run('check.ts', [], dirs(f));
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('第 4 行 line 4 · 第 2 列 column 2 (B, name_zh)');
    f.replace('data/parks.csv', /^west-park,.*$/m, 'west-park,西坪工业集中区,Xiping Industrial Concentration Zone,,south,prefecture,industrial_cluster,,,,纺织,,,,,33.2,106.9,,,,,');
    const after = run('check.ts', [], dirs(f));
    expect(after.stdout).toBe('数据检查通过。 The data passed the check.\n');
    expect(after.status).toBe(0);
  });

  it('an existing id is refused with a message and exit code 1', () => {
    const f = copyFixture();
    const r = run('new.ts', ['chain', 'tea'], dirs(f));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('chains/tea.mdx 已经存在：编号不能重复。要修改它，直接编辑这个文件。\nchains/tea.mdx already exists: ids must be unique. To change it, edit that file.\n');
  });
});

describe('the methodology page', () => {
  it('lists every acknowledged warning of the sample with its reason', () => {
    const html = readPage(inject('sampleDist'), 'methodology/index.html');
    const { dataset } = loadDataset(SAMPLE);
    expect(dataset!.acknowledged.length).toBeGreaterThan(0);
    expect(html).toContain('八、数据合理性提醒与已确认的数据');
    for (const a of dataset!.acknowledged) expect(html).toContain(a.reason_zh);
    expect(html).toContain('钒储能');
  });
});
