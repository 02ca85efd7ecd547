import { describe, expect, it } from 'vitest';
import { loadDataset, dirsFromEnv } from './dataset.ts';
import { copyFixture, SAMPLE, MINI } from '../../../tests/helpers/fixture.ts';
import type { DataIssue } from './issues.ts';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

/** rule @ file-name:line:column field "value" | zh | hint zh */
function brief(issues: DataIssue[]) {
  return issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-2).join('/')}:${i.line ?? '-'}:${i.column ?? '-'} ${i.field ?? ''} "${i.value ?? ''}" | ${i.message.zh} | ${i.hint?.zh ?? ''}`);
}

function load(copy: { dataDir: string; contentDir: string; root: string }) {
  return loadDataset(copy, copy.root);
}

describe('the bundled data', () => {
  it('the 湘西州 sample dataset has no errors and no warnings', () => {
    const { issues, dataset } = loadDataset(SAMPLE);
    expect(brief(issues)).toEqual([]);
    expect(dataset?.portal.sample_data).toBe(true);
    expect(dataset?.tables.counties.map((c) => `${c.name_zh} ${c.adcode}`)).toEqual(
      expect.arrayContaining(['吉首市 433101', '泸溪县 433122', '凤凰县 433123', '花垣县 433124', '保靖县 433125', '古丈县 433126', '永顺县 433127', '龙山县 433130']),
    );
  });
  it('the sample is rich enough to show every feature', () => {
    const t = loadDataset(SAMPLE).dataset!.tables;
    const c = loadDataset(SAMPLE).dataset!.content;
    expect(t.parks.length).toBeGreaterThanOrEqual(10);
    expect(t.chains.length).toBeGreaterThanOrEqual(10);
    expect(t.enterprises.length).toBeGreaterThanOrEqual(80);
    expect(t.projects.length).toBeGreaterThanOrEqual(60);
    expect(t.sites.length).toBeGreaterThanOrEqual(20);
    expect(new Set(t.projects.map((p) => p.stage))).toEqual(new Set(['signed', 'started', 'in_production', 'terminated']));
    expect(t.parkIndicators.some((r) => r.exempt_reason !== null)).toBe(true);
    expect(t.parkIndicators.some((r) => r.exempt_reason === null && r.tax_wan === null)).toBe(true);
    for (const chain of t.chains) {
      const segs = t.chainSegments.filter((s) => s.chain_id === chain.id);
      expect(segs.length, chain.id).toBeGreaterThanOrEqual(6);
      expect(segs.some((s) => s.strength === 'missing'), chain.id).toBe(true);
    }
    expect(t.parkInfrastructure.some((r) => r.item === 'sewage_treatment' && r.status !== 'complete')).toBe(true);
    expect(c.policies.length).toBeGreaterThanOrEqual(8);
    expect(c.updates.length).toBeGreaterThanOrEqual(8);
    expect(c.parks.map((e) => e.id).sort()).toEqual(t.parks.map((p) => p.id).sort());
    expect(c.chains.map((e) => e.id).sort()).toEqual(t.chains.map((p) => p.id).sort());
  });
  it('the second region fixture has no errors and no warnings', () => {
    expect(brief(loadDataset({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') }).issues)).toEqual([]);
  });
});

describe('dirsFromEnv', () => {
  it('defaults to data/ and content/ under the working folder', () => {
    expect(dirsFromEnv({}, '/repo')).toEqual({ dataDir: '/repo/data', contentDir: '/repo/content' });
  });
  it('takes PORTAL_DATA_DIR and PORTAL_CONTENT_DIR, relative or absolute', () => {
    expect(dirsFromEnv({ PORTAL_DATA_DIR: 'tests/x/data', PORTAL_CONTENT_DIR: '/abs/content' }, '/repo')).toEqual({ dataDir: '/repo/tests/x/data', contentDir: '/abs/content' });
  });
});

describe('cross-table rules', () => {
  it('an unknown reference suggests the nearest existing id', () => {
    const f = copyFixture();
    f.replace('data/enterprises.csv', 'q001,青禾云岭茶业有限公司,"Qinghe Yunling Tea Co., Ltd.",north-park', 'q001,青禾云岭茶业有限公司,"Qinghe Yunling Tea Co., Ltd.",north-prak');
    const { issues, dataset } = load(f);
    expect(dataset).toBeUndefined();
    expect(brief(issues)).toMatchInlineSnapshot(`
      [
        "error reference.unknown @ data/enterprises.csv:2:4 park_id "north-prak" | “north-prak”在 parks.csv 中不存在。 | 是不是 north-park？",
      ]
    `);
  });
  it('an invalid park row does not cascade into unknown-park errors elsewhere', () => {
    const f = copyFixture();
    f.setCell('data/parks.csv', 2, 'level', '省级园区');
    const rules = load(f).issues.map((i) => i.rule);
    expect(rules).toEqual(['enum.invalid']);
  });
  it("an enterprise's segment must belong to its chain", () => {
    const f = copyFixture();
    f.replace('data/enterprises.csv', 'north-park,tea,primary-processing', 'north-park,tea,dyeing');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error segment.not-in-chain @ data/enterprises.csv:2:6 segment_id "dyeing" | 环节“dyeing”不是产业链 tea 的环节（见 chain_segments.csv）。 | 可用的环节：tea-garden, primary-processing, tea-drinks, brand-sales",
      ]
    `);
  });
  it('a weak segment ("has firms, but small") with no firm listed is a warning at its strength cell', () => {
    const f = copyFixture();
    f.replace('data/enterprises.csv', 'q005,北岭纺纱有限公司,"Beiling Spinning Co., Ltd.",north-park,textiles,fibre,,2016\n', '');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning segment.weak-no-firm @ data/chain_segments.csv:6:6 strength "weak" | 环节“纤维与纱线”（textiles/fibre）标为“弱”（已有企业但规模小），但 enterprises.csv 中没有这个环节的企业。 | 在 enterprises.csv 中列出该环节的企业（segment_id 填这个环节），或把强弱（strength）改为 missing。",
      ]
    `);
  });
  it('a project date after the as-of date is an error', () => {
    const f = copyFixture();
    f.replace('data/projects.csv', '2025-04-18,2025-09-01', '2025-07-18,2025-09-01');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error project.after-as-of @ data/projects.csv:2:11 signed_on "2025-07-18" | signed_on 2025-07-18 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | 已发生的日期不能晚于截至日期：核对日期，或更新 as_of。",
      ]
    `);
  });
  it('scoring weights must add up to 100', () => {
    const f = copyFixture();
    f.replace('data/scoring/indicators.csv', /tax_per_mu,30/, 'tax_per_mu,35');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error scoring.weights-sum @ scoring/indicators.csv:-:- weight "105" | 各指标权重合计为 105，应为 100。 | 调整 weight 列使合计为 100。",
      ]
    `);
  });
  it('a profile without its row is an error; a row without a profile is a warning', () => {
    const f = copyFixture();
    f.write('content/parks/west-park.mdx', '---\nsummary: 无此园区\n---\n正文\n');
    f.write('content/chains/tea.mdx', '');
    const { issues, dataset } = load(f);
    expect(dataset).toBeUndefined();
    expect(brief(issues)).toMatchInlineSnapshot(`
      [
        "error frontmatter.missing @ chains/tea.mdx:1:-  "" | 文件开头缺少用 --- 包围的头部信息（frontmatter）。 | 在第一行写 ---，接着写各项，再写一行 ---。",
        "error content.no-row @ parks/west-park.mdx:-:-  "west-park" | parks/west-park.mdx 在 parks.csv 中没有对应的行。 | 在 parks.csv 中添加 west-park，或删除这个文件。",
      ]
    `);
    const removed = copyFixture();
    rmSync(join(removed.contentDir, 'parks', 'south-park.mdx'));
    const r = load(removed);
    expect(r.dataset).toBeDefined();
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "warning content.no-profile @ data/parks.csv:3:1 id "south-park" | south-park 还没有简介页（content/parks/south-park.mdx）。 | 可用 npm run new 新建简介；没有简介时页面只显示数据。",
      ]
    `);
  });
  it('frontmatter references and fields are checked with their line', () => {
    const f = copyFixture();
    f.replace('content/policies/tea-support.mdx', 'kind: "industry"', 'kind: "industri"\nsumary: x');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error enum.invalid @ policies/tea-support.mdx:9:- kind "industri" | “industri”不是允许的取值。允许：fund（产业基金）、land（用地保障）、tax（税费优惠）、finance（金融支持）、talent（人才）、assessment（考核评价）、industry（产业发展）、innovation（科技创新）、other（其他）。 | 改为 industry",
        "error frontmatter.unknown-key @ policies/tea-support.mdx:10:- sumary "sumary" | 未知的头部字段“sumary”。 | 是不是 summary？",
      ]
    `);
  });
  it('a frontmatter reference to an unknown park names the file and line', () => {
    const f = copyFixture();
    f.replace('content/policies/tea-support.mdx', '  - "north-park"', '  - "north-parc"');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error reference.unknown @ policies/tea-support.mdx:12:- parks "north-parc" | “north-parc”在 parks.csv 中不存在。 | 是不是 north-park？",
      ]
    `);
  });
  it('reports every problem at once, across files', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 2, 'tax_wan', '"18,500"');
    f.setCell('data/park_indicators.csv', 3, 'year', '2023');
    f.replace('data/counties.csv', 'north,', 'North,');
    f.replace('data/portal.json', '"as_of": "2025-06-30"', '"as_of": "2025-06-31"');
    const rules = load(f).issues.map((i) => `${i.rule} ${i.file.split('/').pop()}`);
    expect(rules).toEqual(expect.arrayContaining(['number.format park_indicators.csv', 'key.duplicate park_indicators.csv', 'id.format counties.csv', 'portal.custom portal.json']));
  });
});

describe('English names', () => {
  it('a row without name_en is a warning: English pages fall back to the Chinese name', () => {
    const f = copyFixture();
    f.setCell('data/parks.csv', 3, 'name_en', '');
    const { issues, dataset } = loadDataset(f, f.root);
    expect(dataset).toBeDefined();
    expect(brief(issues)).toMatchInlineSnapshot(`
      [
        "warning name.no-english @ data/parks.csv:3:3 name_en "" | “南川工业集中区”没有英文名称，英文版页面将显示中文名。 | 填写 name_en。",
      ]
    `);
  });
});
