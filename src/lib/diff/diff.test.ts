/**
 * `npm run diff`: a temporary git repository holding a copy of the second-region fixture, one commit,
 * then an edit in the working tree, compared with HEAD.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../../../tests/helpers/fixture.ts';
import { runDiff } from './run.ts';
import { formatDiffMarkdown, formatDiffText } from './format.ts';
import { DiffError } from './git.ts';
import { sealYear } from '../evaluation/seal-write.ts';

function repo(): FixtureCopy {
  const f = copyFixture();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: f.root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'data as published');
  return f;
}

const noHash = (s: string) => s.replace(/\b[0-9a-f]{7}\b/g, 'abc1234');
const failure = (fn: () => unknown): DiffError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiffError) return e;
    throw e;
  }
  throw new Error('expected a DiffError');
};

describe('runDiff(ref, dirs)', () => {
  it('a changed tax cell shows the cell and how the ranking and grades change', () => {
    const f = repo();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    const { diff, labels } = runDiff('HEAD', f, f.root);
    expect(diff.tables.map((t) => t.file)).toEqual(['park_indicators.csv']);
    expect(noHash(formatDiffText(diff, labels))).toMatchInlineSnapshot(`
      "比较 HEAD（abc1234）与工作区 · Comparing HEAD (abc1234) with the working tree

      data/park_indicators.csv  （修改 1 行 1 changed）
        ~ park_id=north-park, year=2024
            tax_wan: 20600 → 6000

      评价结果的变化 · Changes to the ranking and grades
        2024 年度 year 2024
          南川工业区 (south-park): 第 2 名 C 类 85.69 分 (#2, C, 85.69) → 第 1 名 B 类 108.94 分 (#1, B, 108.94)
          北岭经开区 (north-park): 第 1 名 B 类 106.50 分 (#1, B, 106.50) → 第 2 名 B 类 94.42 分 (#2, B, 94.42)

      已封存的年度 · Sealed years: 这项改动会改变已封存的结果，npm run check 会失败 · this change alters a sealed result, so npm run check fails
        2024 年度的结果已封存（data/scoring/seals/2024.csv），当前的数据、设置或程序会改变它，2 个园区的结果会变：南川工业集中区 (south-park) 第 2 名 C 类 85.69 分 → 第 1 名 B 类 108.94 分；北岭经济开发区 (north-park) 第 1 名 B 类 106.50 分 → 第 2 名 B 类 94.42 分。与封存时不同的单元格：data/park_indicators.csv 第 3 行 tax_wan（north-park 2024）：20600 → 6000。
        The 2024 result is sealed (data/scoring/seals/2024.csv) and the current data, settings or code would change it; 2 park(s) would change: 南川工业集中区 (south-park) #2, C, 85.69 → #1, B, 108.94; 北岭经济开发区 (north-park) #1, B, 106.50 → #2, B, 94.42. Cells that differ from the seal: data/park_indicators.csv line 3 tax_wan (north-park 2024): 20600 → 6000.
        → 两种办法：① 撤销这项改动，恢复封存时的数值；② 确需更正已公布的结果：在 data/scoring/corrections.csv 加一行（year=2024，n=1，更正日期、文号、中英文理由、更正内容），再运行 npm run seal -- 2024，把更正后的封存文件一并提交。
          Two ways forward: (1) undo the change, back to the sealed values; (2) to correct the published result, add a row to data/scoring/corrections.csv (year=2024, n=1, date, reference, reasons in Chinese and English, what it corrects), run npm run seal -- 2024 and commit the corrected seal with it."
    `);
    expect(noHash(formatDiffMarkdown(diff, labels))).toMatchInlineSnapshot(`
      "## 数据变化 Data changes: \`HEAD\` (abc1234) → working tree

      ### \`data/park_indicators.csv\`

      修改 1 行 1 changed

      | | 键 key | 列 column | 原值 before | 新值 after |
      | --- | --- | --- | --- | --- |
      | ~ | park_id=north-park, year=2024 | \`tax_wan\` | 20600 | 6000 |

      ### 评价结果的变化 Changes to the ranking and grades

      #### 2024

      | 园区 park | 原来 before | 现在 after |
      | --- | --- | --- |
      | 南川工业区 (\`south-park\`) | 第 2 名 C 类 85.69 分 (#2, C, 85.69) | 第 1 名 B 类 108.94 分 (#1, B, 108.94) |
      | 北岭经开区 (\`north-park\`) | 第 1 名 B 类 106.50 分 (#1, B, 106.50) | 第 2 名 B 类 94.42 分 (#2, B, 94.42) |

      ### 已封存的年度 Sealed years

      这项改动会改变已封存的结果，\`npm run check\` 会失败。 This change alters a sealed result, so \`npm run check\` fails.

      - 2024 年度的结果已封存（data/scoring/seals/2024.csv），当前的数据、设置或程序会改变它，2 个园区的结果会变：南川工业集中区 (south-park) 第 2 名 C 类 85.69 分 → 第 1 名 B 类 108.94 分；北岭经济开发区 (north-park) 第 1 名 B 类 106.50 分 → 第 2 名 B 类 94.42 分。与封存时不同的单元格：data/park_indicators.csv 第 3 行 tax_wan（north-park 2024）：20600 → 6000。<br>The 2024 result is sealed (data/scoring/seals/2024.csv) and the current data, settings or code would change it; 2 park(s) would change: 南川工业集中区 (south-park) #2, C, 85.69 → #1, B, 108.94; 北岭经济开发区 (north-park) #1, B, 106.50 → #2, B, 94.42. Cells that differ from the seal: data/park_indicators.csv line 3 tax_wan (north-park 2024): 20600 → 6000.<br>→ 两种办法：① 撤销这项改动，恢复封存时的数值；② 确需更正已公布的结果：在 data/scoring/corrections.csv 加一行（year=2024，n=1，更正日期、文号、中英文理由、更正内容），再运行 npm run seal -- 2024，把更正后的封存文件一并提交。<br>Two ways forward: (1) undo the change, back to the sealed values; (2) to correct the published result, add a row to data/scoring/corrections.csv (year=2024, n=1, date, reference, reasons in Chinese and English, what it corrects), run npm run seal -- 2024 and commit the corrected seal with it.
      "
    `);
  });

  it('a published correction: the changed cell, the correction row, the new seal file, and no sealed year left touched', () => {
    const f = repo();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '6000');
    f.write('data/scoring/corrections.csv', 'year,n,corrected_on,reference,reason_zh,corrects_zh\n2024,1,2025-09-01,青禾园办〔2025〕3号,税收更正,北岭经开区2024年税收\n');
    sealYear(f, 2024, '2025-09-01', f.root);
    const { diff, labels } = runDiff('HEAD', f, f.root);
    expect(diff.sealed).toBeUndefined();
    expect(diff.seals).toEqual({ added: ['scoring/seals/2024.corrected-1.csv'], removed: [], changed: [] });
    const text = formatDiffText(diff, labels);
    expect(text).toContain('data/scoring/seals/  （封存文件 seal files）\n  + 2024.corrected-1.csv  新增 added');
    expect(text).toContain('data/scoring/corrections.csv  （新增 1 行 1 added）\n  + year=2024, n=1');
    expect(text).not.toContain('已封存的年度');
    expect(formatDiffMarkdown(diff, labels)).toContain('- 新增 added: `2024.corrected-1.csv`');
  });

  it('rows added and removed, MDX added, removed and edited, portal.json fields', () => {
    const f = repo();
    f.replace('data/chain_indicators.csv', 'tea,2024,236000,10,35500\n', '');
    f.write('data/chain_indicators.csv', `${f.read('data/chain_indicators.csv').trimEnd()}\ntea,2022,190000,8,30000\n`);
    f.replace('data/portal.json', '"as_of": "2025-06-30"', '"as_of": "2025-06-29"');
    f.write('content/updates/2025-06-01-tea-fair.mdx', '---\ntitle: "茶博会"\ndate: 2025-06-01\nkind: news\n---\n正文\n');
    rmSync(`${f.contentDir}/updates/2025-01-15-q4-inspection.mdx`);
    f.write('content/parks/north-park.mdx', `${f.read('content/parks/north-park.mdx')}\n补充一段。\n`);
    const { diff, labels } = runDiff('HEAD', f, f.root);
    expect(noHash(formatDiffText(diff, labels))).toMatchInlineSnapshot(`
      "比较 HEAD（abc1234）与工作区 · Comparing HEAD (abc1234) with the working tree

      data/chain_indicators.csv  （新增 1 行 1 added，删除 1 行 1 removed）
        + chain_id=tea, year=2022
        - chain_id=tea, year=2024

      data/portal.json
        ~ as_of: 2025-06-30 → 2025-06-29

      content/  （MDX）
        + updates/2025-06-01-tea-fair.mdx  新增 added
        - updates/2025-01-15-q4-inspection.mdx  删除 removed
        ~ parks/north-park.mdx  修改 edited

      评价结果没有变化。 The ranking and grades are unchanged."
    `);
  });

  it('no change says so', () => {
    const f = repo();
    const { diff, labels } = runDiff('HEAD', f, f.root);
    expect(noHash(formatDiffText(diff, labels))).toMatchInlineSnapshot(`
      "比较 HEAD（abc1234）与工作区 · Comparing HEAD (abc1234) with the working tree

      数据和内容没有变化。 No changes to the data or content."
    `);
  });

  it('an unknown ref is a clear message', () => {
    const f = repo();
    expect(failure(() => runDiff('no-such-branch', f, f.root)).text).toMatchInlineSnapshot(`
      {
        "en": "There is no git ref "no-such-branch". Use a branch (main), a tag, a commit hash, or HEAD~1 (the commit before).",
        "zh": "找不到 git 版本“no-such-branch”。可以用分支名（main）、标签、提交号，或 HEAD~1（上一次提交）。",
      }
    `);
  });

  it('data that fails the check at the ref is a clear message', () => {
    const f = repo();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '"20,600"');
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-am', 'broken'], { cwd: f.root });
    f.replace('data/park_indicators.csv', '"20,600"', '20600');
    const e = failure(() => runDiff('HEAD', f, f.root));
    expect(e.text.en).toMatchInlineSnapshot(`"The data at HEAD does not pass the check (1 error(s)), so there is nothing to compare."`);
    expect(e.text.zh).toContain('“20,600”不是纯数字');
  });
});
