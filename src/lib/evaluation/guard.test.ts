/**
 * The seal guard on copies of the second-region fixture (2024 is final and sealed): a changed input
 * cell, a changed weight and a changed engine each fail the check with the year, the parks old → new,
 * the cells that differ and the two ways forward; a recorded correction, sealed with
 * `npm run seal`, makes it pass and keeps the original. Messages pinned word for word.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset.ts';
import type { DataIssue } from '../data/issues.ts';
import { copyFixture, type FixtureCopy } from '../../../tests/helpers/fixture.ts';
import { evaluateReleases, parkYearInputs } from './portal.ts';
import { SealError, sealYear } from './seal-write.ts';
import { sealText, sha256Hex } from './seal.ts';

const load = (f: FixtureCopy, engine?: typeof evaluateReleases) => loadDataset(f, f.root, engine ? { engine } : {});
const brief = (issues: DataIssue[]) => issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-3).join('/')}:${i.line ?? '-'}:${i.column ?? '-'} "${i.value ?? ''}"\n${i.message.zh}\n${i.message.en}\n→ ${i.hint?.zh ?? ''}\n  ${i.hint?.en ?? ''}`);
const RELEASES = 'data/scoring/releases.csv';
const CORRECTION = 'year,n,corrected_on,reference,reason_zh,reason_en,corrects_zh,corrects_en,seal_sha256\n2024,1,2025-09-01,青禾园办〔2025〕3号,北岭经开区税收误含外区企业税款,Tax of a firm outside North Ridge EDZ was counted in,北岭经开区2024年税收,North Ridge EDZ 2024 tax,\n';

describe('the seal guard', () => {
  it('the fixture passes: its final year 2024 is sealed and reproduced', () => {
    const { issues, dataset } = load(copyFixture());
    expect(issues).toEqual([]);
    expect([...dataset!.seals.keys()]).toEqual([2024]);
  });

  it('a changed input cell of a sealed year fails with the parks old → new, the cell and the ways forward', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    const { issues, dataset } = load(f);
    expect(dataset).toBeUndefined();
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.rule)).toEqual(['plausibility.jump']);
    // The standings are the ones `npm run diff` reports for the same edit (src/lib/diff/diff.test.ts).
    expect(brief(issues.filter((i) => i.severity === 'error'))).toMatchInlineSnapshot(`
      [
        "error seal.changed @ scoring/seals/2024.csv:-:- "2024"
      2024 年度的结果已封存（data/scoring/seals/2024.csv），当前的数据、设置或程序会改变它，2 个园区的结果会变：南川工业集中区 (south-park) 第 2 名 C 类 85.69 分 → 第 1 名 B 类 108.94 分；北岭经济开发区 (north-park) 第 1 名 B 类 106.50 分 → 第 2 名 B 类 94.42 分。与封存时不同的单元格：data/park_indicators.csv 第 3 行 tax_wan（north-park 2024）：20600 → 6000。
      The 2024 result is sealed (data/scoring/seals/2024.csv) and the current data, settings or code would change it; 2 park(s) would change: 南川工业集中区 (south-park) #2, C, 85.69 → #1, B, 108.94; 北岭经济开发区 (north-park) #1, B, 106.50 → #2, B, 94.42. Cells that differ from the seal: data/park_indicators.csv line 3 tax_wan (north-park 2024): 20600 → 6000.
      → 两种办法：① 撤销这项改动，恢复封存时的数值；② 确需更正已公布的结果：在 data/scoring/corrections.csv 加一行（year=2024，n=1，更正日期、文号、中英文理由、更正内容），再运行 npm run seal -- 2024，把更正后的封存文件一并提交。
        Two ways forward: (1) undo the change, back to the sealed values; (2) to correct the published result, add a row to data/scoring/corrections.csv (year=2024, n=1, date, reference, reasons in Chinese and English, what it corrects), run npm run seal -- 2024 and commit the corrected seal with it.",
      ]
    `);
  });

  it('last year’s energy figure feeds a sealed year: its cell is named with its own year', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 2, 'energy_tce', '60000');
    const [issue] = load(f).issues;
    expect(issue?.rule).toBe('seal.changed');
    expect(issue?.message.en).toContain('data/park_indicators.csv line 2 energy_tce (north-park 2023): 52000 → 60000.');
  });

  it('a changed weight fails and names the settings cells', () => {
    const f = copyFixture();
    f.replace('data/scoring/indicators.csv', /tax_per_mu,30/, 'tax_per_mu,35');
    f.replace('data/scoring/indicators.csv', /output_per_mu,25/, 'output_per_mu,20');
    const issues = load(f).issues;
    expect(issues.map((i) => i.rule)).toEqual(['seal.changed']);
    expect(issues[0]!.message.zh).toContain('与封存时不同的单元格：data/scoring/indicators.csv 第 3 行 weight（output_per_mu）：25 → 20；data/scoring/indicators.csv 第 4 行 weight（tax_per_mu）：30 → 35。');
    expect(issues[0]!.message.en).toContain('Cells that differ from the seal: data/scoring/indicators.csv line 3 weight (output_per_mu): 25 → 20; data/scoring/indicators.csv line 4 weight (tax_per_mu): 30 → 35.');
  });

  it('a changed grade rule fails and names the rule as sealed and as it is now', () => {
    const f = copyFixture();
    // South Park's sealed total is 85.69: a C under "C from 70", a D under "C from 86".
    f.replace('data/scoring/grades.csv', 'C,70,', 'C,86,');
    const issues = load(f).issues;
    expect(issues.map((i) => i.rule)).toEqual(['seal.changed']);
    expect(issues[0]!.message.en).toContain('南川工业集中区 (south-park) #2, C, 85.69 → #2, D, 85.69.');
    expect(issues[0]!.message.en).toContain('Cells that differ from the seal: grading method and grade rules (data/scoring/grades.csv, grade_method in data/scoring/releases.csv): thresholds: A≥110; B≥90; C≥70; D → thresholds: A≥110; B≥90; C≥86; D.');
  });

  it('an engine that rounds differently (a test double) fails with the same data: the code changed', () => {
    // Totals cut to whole points, as a careless change to the engine's rounding might do.
    const rounding: typeof evaluateReleases = (t) => evaluateReleases(t).map((e) => ({ ...e, graded: e.graded.map((g) => ({ ...g, total: Math.floor(g.total) })) }));
    const issues = load(copyFixture(), rounding).issues;
    expect(issues.map((i) => i.rule)).toEqual(['seal.changed']);
    // Sealed totals 106.496014 and 85.69… (the seal file), cut by the double to 106 and 85.
    expect(issues[0]!.message.en).toContain('北岭经济开发区 (north-park) #1, B, 106.50 → #1, B, 106.00; 南川工业集中区 (south-park) #2, C, 85.69 → #2, C, 85.00.');
    expect(issues[0]!.message.en).toContain('The inputs and indicator settings are as sealed: the change comes from the grade rules (scoring/grades.csv, grade_method in releases.csv) or from the calculation code.');
  });

  it('a correction, sealed by npm run seal, makes the check pass and keeps the original', () => {
    const f = copyFixture();
    const original = f.read('data/scoring/seals/2024.csv');
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    expect(() => sealYear(f, 2024, '2025-09-01', f.root)).toThrow(SealError);
    f.write('data/scoring/corrections.csv', CORRECTION);
    // Recorded but not yet sealed: the check says to run the seal.
    expect(brief(load(f).issues.filter((i) => i.severity === 'error'))).toMatchInlineSnapshot(`
      [
        "error correction.unsealed @ data/scoring/corrections.csv:2:2 "1"
      2024 年度第 1 次更正已记录，但更正后的结果还没有封存。
      Correction 1 of 2024 is recorded but the corrected result is not sealed yet.
      → 运行 npm run seal -- 2024：它把当前结果写入 data/scoring/seals/2024.corrected-1.csv 并在本行填写哈希值（原封存文件保留）；然后一并提交。
        Run npm run seal -- 2024: it writes the current result to data/scoring/seals/2024.corrected-1.csv and fills in this row's hash (the original seal is kept); then commit them together.",
      ]
    `);
    const out = sealYear(f, 2024, '2025-09-01', f.root);
    expect(out.written).toEqual(['scoring/seals/2024.corrected-1.csv', 'scoring/corrections.csv']);
    const { issues, dataset } = load(f);
    expect(issues.map((i) => i.rule)).toEqual(['plausibility.jump']);
    expect(f.read('data/scoring/seals/2024.csv')).toBe(original);
    const corrected = f.read('data/scoring/seals/2024.corrected-1.csv');
    expect(dataset!.tables.scoringCorrections[0]!.seal_sha256).toBe(sha256Hex(corrected));
    expect(dataset!.seals.get(2024)!.corrections.map((c) => c.seal.path)).toEqual(['scoring/seals/2024.corrected-1.csv']);
    // A second seal with nothing changed is refused; so is a correction recorded before the change.
    expect(() => sealYear(f, 2024, '2025-09-02', f.root)).toThrow(/nothing to seal/);
    f.write('data/scoring/corrections.csv', `${f.read('data/scoring/corrections.csv')}2024,2,2025-10-01,青禾园办〔2025〕4号,再次更正,Again,北岭经开区,North Ridge,,\n`);
    expect(() => sealYear(f, 2024, '2025-10-01', f.root)).toThrow('records correction 2 of 2024, but the current result is the same as the seal (scoring/seals/2024.corrected-1.csv): make the corrected change first');
  });

  it('a hand-edited seal file is an error, even when the results in it still match', () => {
    const f = copyFixture();
    f.replace('data/scoring/seals/2024.csv', '北岭经济开发区', '北岭经开区');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error seal.edited @ scoring/seals/2024.csv:-:- ""
      封存文件被改动过：它的 SHA-256 与 data/scoring/releases.csv 第 3 行记录的不一致。封存文件不能手改。
      The seal file was edited: its SHA-256 is not the one recorded on line 3 of data/scoring/releases.csv. Seal files are never edited by hand.
      → 恢复原文件：git checkout -- data/scoring/seals/2024.csv。要改变已公布的结果，请在 data/scoring/corrections.csv 记录更正，再运行 npm run seal -- 2024。
        Restore it: git checkout -- data/scoring/seals/2024.csv. To change a published result, record a correction in data/scoring/corrections.csv and run npm run seal -- 2024.",
      ]
    `);
  });

  it('a final year without a seal says how to create it; npm run seal writes it and the check passes', () => {
    const f = copyFixture();
    rmSync(join(f.dataDir, 'scoring', 'seals', '2024.csv'));
    f.replace(RELEASES, /,2025-06-13,[0-9a-f]{64},.*$/m, ',,,');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error seal.missing @ data/scoring/releases.csv:3:2 "final"
      2024 年度已标为 final（正式发布），但结果还没有封存。
      2024 is marked final but its result is not sealed yet.
      → 运行 npm run seal -- 2024：它把当前结果写入 data/scoring/seals/2024.csv，并在本行填写封存日期和哈希值；然后一并提交。
        Run npm run seal -- 2024: it writes the current result to data/scoring/seals/2024.csv and fills in this row's seal date and hash; then commit them together.",
      ]
    `);
    sealYear(f, 2024, '2025-06-13', f.root);
    expect(load(f).issues).toEqual([]);
  });

  it('round trip: a seal written from the data is the published CSV byte for byte, and the committed seal', () => {
    const f = copyFixture();
    const committed = f.read('data/scoring/seals/2024.csv');
    rmSync(join(f.dataDir, 'scoring', 'seals', '2024.csv'));
    f.replace(RELEASES, /,2025-06-13,[0-9a-f]{64},.*$/m, ',,,');
    sealYear(f, 2024, '2025-06-13', f.root);
    const written = readFileSync(join(f.dataDir, 'scoring', 'seals', '2024.csv'), 'utf8');
    expect(written).toBe(committed);
    const { dataset } = load(f);
    const t = dataset!.tables;
    const names = new Map(t.parks.map((p) => [p.id, p.name_zh]));
    expect(sealText(evaluateReleases(t).find((e) => e.year === 2024)!, parkYearInputs(t), (id) => names.get(id)!)).toBe(written);
    expect(f.read(RELEASES)).toMatch(new RegExp(`^2024,final,.*,2025-06-13,${sha256Hex(written)},thresholds: A≥110; B≥90; C≥70; D$`, 'm'));
  });

  it('a sealed year set back to notice, and a correction of a year that is not final, are errors', () => {
    const f = copyFixture();
    f.replace(RELEASES, '2024,final', '2024,notice');
    f.write('data/scoring/corrections.csv', CORRECTION);
    expect(load(f).issues.map((i) => `${i.severity} ${i.rule} ${i.message.en}`)).toEqual([
      'warning release.notice-overdue The public notice of 2024 ended on 2025-05-30 (data as of 2025-06-30) and the status is still notice: the year is waiting to be finalised.',
      'error correction.not-final 2024 is not a final year, so there is no sealed result to correct.',
    ]);
    const g = copyFixture();
    g.replace(RELEASES, '2024,final', '2024,notice');
    expect(load(g).issues.map((i) => i.rule)).toEqual(['release.notice-overdue', 'seal.not-final']);
  });

  it('a correction numbered 2 without a 1, and a seal file gone while its hash is recorded, are errors', () => {
    const f = copyFixture();
    f.write('data/scoring/corrections.csv', CORRECTION.replace('\n2024,1,', '\n2024,2,'));
    expect(load(f).issues.map((i) => `${i.rule} @ ${i.line}:${i.column} ${i.message.en} → ${i.hint?.en}`)).toEqual(['correction.number @ 2:2 Correction 2 of 2024 has no correction 1 before it. → Number the corrections of each year 1, 2, 3 … in order.']);
    const g = copyFixture();
    rmSync(join(g.dataDir, 'scoring', 'seals', '2024.csv'));
    expect(load(g).issues.map((i) => `${i.rule} @ ${i.line}:${i.column} ${i.message.en} → ${i.hint?.en}`)).toEqual([
      `seal.file-missing @ 3:9 The seal file ${g.dataDir.split('/').pop()}/scoring/seals/2024.csv of 2024 is missing (this row records its hash). → Restore it from git: git checkout -- ${g.dataDir.split('/').pop()}/scoring/seals/2024.csv`,
    ]);
  });

  it('the seal command refuses a year still under notice, with what to do', () => {
    const f = copyFixture();
    rmSync(join(f.dataDir, 'scoring', 'seals', '2024.csv'));
    f.replace(RELEASES, /2024,final,(.*),2025-06-13,[0-9a-f]{64},.*$/m, '2024,notice,$1,,,');
    expect(() => sealYear(f, 2024, '2025-06-13', f.root)).toThrow('The status of 2024 is notice, not final. Once the public notice is over and objections are dealt with, set status to final in scoring/releases.csv, then run npm run seal -- 2024.');
    expect(existsSync(join(f.dataDir, 'scoring', 'seals', '2024.csv'))).toBe(false);
  });
});
