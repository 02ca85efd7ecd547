/**
 * Sealed results and public corrections in the built site: the sample's 2023 correction on its
 * ranking page (notice with a before/after table), on the affected parks' pages, on the methodology
 * page, in the feeds and in the open data (original and corrected tables); the published CSV of a
 * sealed year is its seal byte for byte. Then a copy of the second region gets a correction recorded
 * and sealed by `npm run seal`, and its build shows it the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, listFiles, readPage, type BuildResult } from './helpers/build.ts';
import { copyFixture, ROOT, SAMPLE, type FixtureCopy } from './helpers/fixture.ts';
import { sealYear } from '../src/lib/evaluation/seal-write.ts';

const dist = inject('sampleDist');
const seal = (name: string, dataDir = SAMPLE.dataDir) => readFileSync(join(dataDir, 'scoring', 'seals', name), 'utf8');
const built = (path: string, outDir = dist) => readFileSync(join(outDir, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the sample’s sealed years and its 2023 correction', () => {
  it('each sealed year’s CSV is its latest seal byte for byte; every seal is published under /rankings/sealed/', () => {
    expect(built('rankings/2022.csv')).toBe(seal('2022.csv'));
    expect(built('rankings/2023.csv')).toBe(seal('2023.corrected-1.csv'));
    expect(built('rankings/2024.csv')).toBe(seal('2024.csv'));
    for (const name of ['2022.csv', '2023.csv', '2023.corrected-1.csv', '2024.csv']) expect(built(`rankings/sealed/${name}`)).toBe(seal(name));
  });

  it('the 2023 ranking page carries the notice with a before/after table, in both languages; other years none', () => {
    const zh = readPage(dist, 'rankings/2023/index.html');
    expect(zh).toContain('id="correction-2023-1"');
    const notice = text(zh.slice(zh.indexOf('id="correction-2023-1"'), zh.indexOf('</section>', zh.indexOf('id="correction-2023-1"'))));
    expect(notice).toContain('更正公告：2023 年度评价结果（第 1 次更正）');
    expect(notice).toContain('州园区办〔2024〕15号（示例）');
    expect(notice).toContain('花垣经开区2023年税收误将园区外一家企业缴纳的4000万元税款计入');
    // The standings are the two seal files' own rows (see src/lib/evaluation/seal.test.ts).
    expect(notice).toMatch(/花垣经济开发区 6 C 70\.61 7 D 67\.59/);
    expect(notice).toMatch(/保靖工业集中区 7 C 70\.07 6 C 70\.33/);
    expect(zh).toContain('href="/rankings/sealed/2023.csv"');
    expect(zh).toContain('href="/rankings/sealed/2023.corrected-1.csv"');
    const en = readPage(dist, 'en/rankings/2023/index.html');
    expect(text(en)).toContain('Correction notice: the 2023 results (correction 1)');
    expect(en).toContain('<span lang="zh-CN">州园区办〔2024〕15号（示例）</span>');
    for (const y of [2022, 2024, 2025]) expect(readPage(dist, `rankings/${y}/index.html`)).not.toContain('correction-notice');
  });

  it('every park whose 2023 result changed shows it on its page, linking to the notice; the others do not', () => {
    const huayuan = text(readPage(dist, 'parks/huayuan-econ/index.html'));
    expect(huayuan).toContain('评价结果更正');
    expect(huayuan).toContain('2023 年度结果于 2024年9月20日 更正：第 6 名 C 类 70.61 分 → 第 7 名 D 类 67.59 分。');
    expect(readPage(dist, 'parks/huayuan-econ/index.html')).toContain('href="/rankings/2023/#correction-2023-1"');
    expect(text(readPage(dist, 'en/parks/huayuan-econ/index.html'))).toContain('The 2023 results were corrected on 2024-09-20: #6, grade C, 70.61 points → #7, grade D, 67.59 points.');
    expect(readPage(dist, 'parks/jishou-hitech/index.html')).not.toContain('park-corrections');
  });

  it('the methodology page lists every correction; the updates feed announces it in both languages', () => {
    const m = text(readPage(dist, 'methodology/index.html'));
    expect(m).toContain('已发布的更正');
    expect(m).toMatch(/2023 2024年9月20日 州园区办〔2024〕15号（示例）/);
    const feed = built('feeds/updates.xml');
    expect(feed).toContain('<title>2023 年度园区亩均效益评价结果更正（第 1 次）</title>');
    expect(feed).toContain('/rankings/2023/#correction-2023-1</link>');
    expect(built('en/feeds/updates.xml')).toContain('<title>Correction to the 2023 per-mu evaluation results (correction 1)</title>');
  });

  it('the open data keeps the original 2023 table beside the corrected one, each with its own date', () => {
    const files = listFiles(join(dist, 'data'));
    expect(files).toContain('evaluation-2023-original.csv');
    expect(files).toContain('scoring-corrections.csv');
    const original = built('data/evaluation-2023-original.csv');
    expect(original).toMatch(/\n2023,6,[^\n]*,huayuan-econ,[^\n]*,25221,/);
    expect(built('data/evaluation-2023.csv')).toMatch(/\n2023,7,[^\n]*,huayuan-econ,[^\n]*,21221,/);
    const pkg = JSON.parse(built('data/datapackage.json')) as { resources: { name: string; lastModified?: string; description?: string }[] };
    const names = pkg.resources.map((r) => r.name);
    expect(names).toContain('evaluation-2023-original');
    expect(names).toContain('evaluation-2023');
  });
});

describe('a correction recorded and sealed in a copy of the second region', () => {
  let f: FixtureCopy;
  let build: BuildResult;
  beforeAll(() => {
    f = copyFixture();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    f.write('data/scoring/corrections.csv', 'year,n,corrected_on,reference,reason_zh,reason_en,corrects_zh,corrects_en,seal_sha256\n2024,1,2025-09-01,青禾园办〔2025〕3号,北岭经开区税收误含外区企业税款,Tax of a firm outside North Ridge EDZ was counted in,北岭经开区2024年税收,North Ridge EDZ 2024 tax,\n');
    sealYear(f, 2024, '2025-09-01', f.root);
    build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir });
  }, 120_000);

  it('builds; the published CSV is the corrected seal and the original stays published', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(built('rankings/2024.csv', build.outDir)).toBe(seal('2024.corrected-1.csv', f.dataDir));
    expect(built('rankings/sealed/2024.csv', build.outDir)).toBe(seal('2024.csv', f.dataDir));
  });

  it('the ranking page and both parks’ pages show the correction', () => {
    const notice = text(readPage(build.outDir, 'rankings/2024/index.html'));
    expect(notice).toContain('更正公告：2024 年度评价结果（第 1 次更正）');
    // The same standings as `npm run diff` shows for this edit (src/lib/diff/diff.test.ts).
    expect(notice).toMatch(/南川工业集中区 2 C 85\.69 1 B 108\.94/);
    expect(notice).toMatch(/北岭经济开发区 1 B 106\.50 2 B 94\.42/);
    for (const id of ['north-park', 'south-park']) expect(readPage(build.outDir, `parks/${id}/index.html`)).toContain('href="/rankings/2024/#correction-2024-1"');
    expect(text(readPage(build.outDir, 'en/methodology/index.html'))).toContain('North Ridge EDZ 2024 tax');
  });
});

describe('npm run seal and npm run check, as staff run them', () => {
  const run = (script: string, args: string[], f: FixtureCopy) => spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', PORTAL_DATA_DIR: f.dataDir, PORTAL_CONTENT_DIR: f.contentDir } });

  it('a changed sealed figure fails the check; seal refuses without a correction, then seals it with one', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    const check = run('check.ts', [], f);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2024 年度的结果已封存');
    expect(check.stdout).toContain('Two ways forward: (1) undo the change');
    const refused = run('seal.ts', ['2024'], f);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('A sealed result changes only through a public correction');
    expect(refused.stderr).not.toContain('    at ');
    f.write('data/scoring/corrections.csv', 'year,n,corrected_on,reference,reason_zh,corrects_zh\n2024,1,2025-09-01,青禾园办〔2025〕3号,税收更正,北岭经开区2024年税收\n');
    const sealed = run('seal.ts', ['2024'], f);
    expect(sealed.stderr).toBe('');
    expect(sealed.stdout).toContain('Sealed correction 1 of 2024: scoring/seals/2024.corrected-1.csv');
    expect(run('check.ts', [], f).status).toBe(0);
  });

  it('the build refuses a change to a sealed result the same way, and writes no site', () => {
    const f = copyFixture();
    f.replace('data/scoring/indicators.csv', /tax_per_mu,30/, 'tax_per_mu,35');
    f.replace('data/scoring/indicators.csv', /output_per_mu,25/, 'output_per_mu,20');
    const outDir = join(f.root, 'dist');
    const build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir, outDir });
    const out = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(out).toContain('data/scoring/indicators.csv line 4 weight (tax_per_mu): 30 → 35');
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  it('no year given: the usage line, exit code 1', () => {
    const r = run('seal.ts', [], copyFixture());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('用法 Usage: npm run seal -- <年度 year> [--date YYYY-MM-DD]');
  });
});
