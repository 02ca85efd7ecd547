/**
 * `npm run new`: the skeletons on a copy of the second-region fixture. Before filling in, the check
 * lists each blank required cell and field; once the stubs are filled in, the check passes with no
 * error and no warning.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../../../tests/helpers/fixture.ts';
import { loadDataset } from '../data/dataset.ts';
import { COLLECTIONS } from '../data/content.ts';
import { applyPlan, planNewEntry, suggestSlug } from './new-entry.ts';
import { frontmatterDocs, mdxSkeleton } from './templates.ts';

const load = (f: FixtureCopy) => loadDataset(f, f.root);
const where = (f: FixtureCopy) => load(f).issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-2).join('/')}:${i.line ?? '-'} ${i.field ?? ''}`);

function create(f: FixtureCopy, kind: string, id: string) {
  const r = planNewEntry(kind, id, f);
  if (!r.ok) throw new Error(r.error.en);
  applyPlan(r.plan);
  return r.plan;
}

/** Sets a frontmatter field of a skeleton (the line `key:` or `key: ""`). */
function setField(f: FixtureCopy, file: string, key: string, value: string) {
  f.replace(file, new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
}

describe('npm run new', () => {
  it('park: a parks.csv row stub and a profile; the check lists what to fill; filled in, it passes', () => {
    const f = copyFixture();
    const plan = create(f, 'park', 'west-park');
    expect(plan.files.map((p) => `${p.mode} ${p.path.slice(f.root.length + 1)}`)).toEqual(['append data/parks.csv', 'create content/parks/west-park.mdx']);
    expect(f.read('data/parks.csv').trimEnd().split('\n').pop()).toBe('west-park,,,,,,,,,,,,,,,,,,,,,');
    expect(where(f)).toMatchInlineSnapshot(`
      [
        "error required @ data/parks.csv:4 name_zh",
        "error required @ data/parks.csv:4 county_id",
        "error required @ data/parks.csv:4 level",
        "error required @ data/parks.csv:4 kind",
        "error required @ data/parks.csv:4 lead_industry_zh",
        "error required @ data/parks.csv:4 lat",
        "error required @ data/parks.csv:4 lon",
      ]
    `);

    f.replace('data/parks.csv', /^west-park,.*$/m, 'west-park,西坪工业集中区,Xiping Industrial Zone,,south,prefecture,industrial_cluster,,,,纺织,Textiles,,,textiles,33.2,106.9,,,,,');
    setField(f, 'content/parks/west-park.mdx', 'summary', '"以纺织为主导的工业集中区（虚构）。"');
    setField(f, 'content/parks/west-park.mdx', 'updated', "'2025-06-20'");
    expect(load(f).issues).toEqual([]);
    expect(load(f).dataset?.content.parks.find((p) => p.id === 'west-park')?.data.summary).toBe('以纺织为主导的工业集中区（虚构）。');
  });

  it('chain: a chains.csv row stub with the next display order, and a profile', () => {
    const f = copyFixture();
    create(f, 'chain', 'herbs');
    expect(f.read('data/chains.csv').trimEnd().split('\n').pop()).toBe('herbs,,,3,,,,,,,,,,,,,');
    expect(where(f)).toMatchInlineSnapshot(`
      [
        "error required @ data/chains.csv:4 name_zh",
        "error required @ data/chains.csv:4 leader_title_zh",
        "error required @ data/chains.csv:4 lead_unit_zh",
      ]
    `);
    f.replace('data/chains.csv', /^herbs,.*$/m, 'herbs,中药材,Herbal medicine,3,,市人民政府副市长,,市农业农村局,,,,,,,,,');
    expect(load(f).issues).toEqual([]);
  });

  it('policy: every frontmatter field, commented; filled in, it passes', () => {
    const f = copyFixture();
    create(f, 'policy', 'tea-fund');
    const file = 'content/policies/tea-fund.mdx';
    expect(f.read(file).split('\n').slice(0, 5)).toMatchInlineSnapshot(`
      [
        "---",
        "# 政策标题（必填） · Title in Chinese (required)",
        "title: """,
        "# 英文标题（可空） · Title in English (optional)",
        "title_en: """,
      ]
    `);
    expect(where(f)).toMatchInlineSnapshot(`
      [
        "error required @ policies/tea-fund.mdx:3 title",
        "error required @ policies/tea-fund.mdx:9 issuer",
        "error required @ policies/tea-fund.mdx:11 issued_on",
        "error required @ policies/tea-fund.mdx:17 kind",
        "error required @ policies/tea-fund.mdx:25 summary",
      ]
    `);
    setField(f, file, 'title', '"茶产业发展基金管理办法（虚构）"');
    setField(f, file, 'issuer', '"青禾市人民政府"');
    setField(f, file, 'issued_on', "'2025-03-01'");
    setField(f, file, 'kind', 'fund');
    setField(f, file, 'chains', '[tea]');
    setField(f, file, 'summary', '"设立茶产业发展基金，支持茶饮料和包装项目。"');
    expect(load(f).issues).toEqual([]);
  });

  it('update: the date comes from the id; filled in, it passes', () => {
    const f = copyFixture();
    create(f, 'update', '2025-06-12-tea-dispatch');
    const file = 'content/updates/2025-06-12-tea-dispatch.mdx';
    expect(f.read(file)).toContain("date: '2025-06-12'");
    expect(where(f)).toMatchInlineSnapshot(`
      [
        "error required @ updates/2025-06-12-tea-dispatch.mdx:3 title",
        "error required @ updates/2025-06-12-tea-dispatch.mdx:7 kind",
      ]
    `);
    setField(f, file, 'title', '"茶叶产业链 6 月调度"');
    setField(f, file, 'kind', 'monthly_dispatch');
    setField(f, file, 'parks', '[north-park]');
    expect(load(f).issues).toEqual([]);
  });

  it('a park row without a profile (the check’s content.no-profile warning) gets the profile only', () => {
    const f = copyFixture();
    rmSync(join(f.contentDir, 'parks', 'south-park.mdx'));
    const plan = create(f, 'park', 'south-park');
    expect(plan.files.map((p) => p.mode)).toEqual(['create']);
    expect(load(f).issues).toEqual([]);
  });

  it('refuses an existing id, an id that cannot be a URL, an unknown kind, and writes nothing', () => {
    const f = copyFixture();
    const before = f.read('data/parks.csv');
    const errors = [
      planNewEntry('park', 'north-park', f),
      planNewEntry('park', 'West Park', f),
      planNewEntry('chain', '茶叶', f),
      planNewEntry('update', 'may-dispatch', f),
      planNewEntry('project', 'x', f),
    ].map((r) => (r.ok ? 'ok' : r.error.zh));
    expect(errors).toMatchInlineSnapshot(`
      [
        "parks/north-park.mdx 已经存在：编号不能重复。要修改它，直接编辑这个文件。",
        "编号“West Park”不能作网址：只能用小写英文字母、数字和连字符，例如 west-park。编号发布后不再修改。",
        "编号“茶叶”不能作网址：只能用小写英文字母、数字和连字符。编号发布后不再修改。",
        "动态的编号“may-dispatch”应写成 日期-简称，只用小写英文字母、数字和连字符，例如 2025-06-12-may-dispatch。",
        "不认识的类型“project”：可以是 park（园区）、chain（产业链）、policy（政策）或 update（动态）。",
      ]
    `);
    expect(f.read('data/parks.csv')).toBe(before);
  });

  it('suggestSlug(id) lowercases and hyphenates', () => {
    expect(suggestSlug(' Luxi_New Materials ')).toBe('luxi-new-materials');
  });

  it('every skeleton writes every frontmatter field of its collection, each with a comment', () => {
    for (const c of ['parks', 'chains', 'policies', 'updates'] as const) {
      expect(Object.keys(frontmatterDocs(c)).sort(), c).toEqual(Object.keys(COLLECTIONS[c].shape).sort());
      const lines = mdxSkeleton(c).split('\n');
      for (const key of Object.keys(COLLECTIONS[c].shape)) {
        const i = lines.findIndex((l) => l.startsWith(`${key}:`));
        expect(lines[i - 1], `${c}.${key}`).toMatch(/^# .+ · .+/);
      }
    }
  });
});
