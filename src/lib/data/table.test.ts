import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv.ts';
import { readTable, type Columns, type TableDef } from './table.ts';
import { parkIndicators, projects, sites, scoringReleases, fiveGoodScores } from './tables.ts';
import type { DataIssue } from './issues.ts';

function read<C extends Columns>(def: TableDef<C>, text: string) {
  const csv = parseCsvText(text, def.file);
  if (!csv.ok) throw new Error('csv');
  return readTable(def, csv.table, `data/${def.file}`);
}

/** file:line:column field "value" rule | zh | hint — one line per issue. */
const brief = (issues: DataIssue[]) => issues.map((i) => `${i.file}:${i.line ?? '-'}:${i.column ?? '-'} ${i.field ?? ''} "${i.value ?? ''}" ${i.rule} | ${i.message.zh} | ${i.hint?.zh ?? ''}`);

const IND = 'park_id,year,industrial_land_mu,industrial_investment_wan,industrial_output_wan,lead_industry_output_wan,tax_wan,value_added_wan,energy_tce,rd_spending_wan,employees,exempt_reason';

describe('readTable: header rules', () => {
  it('names the closest column for a typo in the header', () => {
    const r = read(parkIndicators, IND.replace('tax_wan', 'tax_wna') + '\n');
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "data/park_indicators.csv:1:7 tax_wna "tax_wna" header.unknown | 未知的列名“tax_wna”。 | 是不是 tax_wan？",
      ]
    `);
  });
  it('reports a missing required column with its meaning', () => {
    const r = read(parkIndicators, IND.replace('park_id,', '') + '\n');
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "data/park_indicators.csv:1:- park_id "" header.missing | 缺少必需的列“park_id”（园区（parks.csv 的 id））。 | 在表头加上 park_id 列。",
      ]
    `);
  });
  it('reports a column named twice', () => {
    const r = read(fiveGoodScores, 'park_id,year,dimension,score,max_score,score\n');
    expect(r.issues.map((i) => [i.rule, i.column])).toEqual([['header.duplicate', 6]]);
  });
  it('lets an optional column be left out: its cells are null', () => {
    const r = read(parkIndicators, 'park_id,year,industrial_land_mu\na,2024,100\n');
    expect(r.issues).toEqual([]);
    expect(r.rows[0]!.row.tax_wan).toBeNull();
    expect(r.rows[0]!.row.industrial_land_mu).toBe(100);
  });
});

describe('readTable: rows', () => {
  it('collects every bad cell of every row in one pass, with line and column', () => {
    const r = read(parkIndicators, `${IND}\na,2024,1,200,3,,4,,,,,\nb,2024,"1,200",x,,,,,,,,\nc,1999,0,,,,,,,,12.5,\n`);
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "data/park_indicators.csv:3:3 industrial_land_mu "1,200" number.format | “1,200”不是纯数字：用了千位分隔符。 | 改为 1200",
        "data/park_indicators.csv:3:4 industrial_investment_wan "x" number.invalid | “x”不是数字。 | 只写阿拉伯数字，例如 1234.5（单位：万元）；没有数值就留空。",
        "data/park_indicators.csv:4:2 year "1999" year.range | 年份 1999 不在 2000–2100 之间。 | 检查是否输错。",
        "data/park_indicators.csv:4:3 industrial_land_mu "0" number.greater-than | 0 亩 必须大于 0（它要作除数）。 | 没有数值时留空，不要写 0。",
        "data/park_indicators.csv:4:11 employees "12.5" number.integer | “12.5”应是整数。 | 改为 13",
      ]
    `);
    expect(r.rows.map((x) => x.row.park_id)).toEqual(['a']);
  });
  it('keeps blank cells as null, never 0', () => {
    const r = read(parkIndicators, `${IND}\na,2024,100,,,,,,,,,\n`);
    expect(r.rows[0]!.row).toMatchObject({ industrial_investment_wan: null, tax_wan: null, employees: null, exempt_reason: null });
  });
  it('names the first line that used a duplicate key', () => {
    const r = read(parkIndicators, `${IND}\na,2024,1,,,,,,,,,\nb,2024,1,,,,,,,,,\na,2024,2,,,,,,,,,\n`);
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "data/park_indicators.csv:4:1 park_id "a, 2024" key.duplicate | 重复的记录：park_id=a, year=2024 已在第 2 行出现。 | 合并两行，或改正其中一行的编号/年份。",
      ]
    `);
  });
  it('reports a row with more cells than the header (an unquoted comma)', () => {
    const r = read(fiveGoodScores, 'park_id,year,dimension,score,max_score\na,2024,image,1,200,20\n');
    expect(r.issues.map((i) => [i.rule, i.line])).toEqual([['csv.too-many-cells', 2]]);
  });
  it('checks lead-industry output ≤ industrial output', () => {
    const r = read(parkIndicators, `${IND}\na,2024,100,,500,600,,,,,,\n`);
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "data/park_indicators.csv:2:6 lead_industry_output_wan "600" indicators.lead-exceeds-output | 主导产业产值 600 万元大于工业总产值 500 万元。 | 主导产业产值是工业总产值的一部分，请核对两个数。",
      ]
    `);
  });
  it('checks a site has the area its kind needs', () => {
    const head = 'id,park_id,kind,name_zh,status,supply_modes,contact_phone,area_mu,floor_area_m2';
    const r = read(sites, `${head}\ns1,p,land,地块,available,transfer,0743-8000000,,\ns2,p,factory,厂房,idle,lease;lease_then_transfer,0743-8000000,,1200\n`);
    expect(r.issues.map((i) => [i.rule, i.line, i.field])).toEqual([['site.land-area', 2, 'area_mu']]);
  });
  it('checks a release under public notice has its notice dates in order', () => {
    const r = read(scoringReleases, 'year,status,grade_method,notice_from,notice_to\n2024,notice,thresholds,2025-03-10,\n2023,final,quotas,2024-03-10,2024-03-01\n');
    expect(r.issues.map((i) => [i.rule, i.line, i.field])).toEqual([
      ['release.notice-dates', 2, 'notice_to'],
      ['release.notice-order', 3, 'notice_to'],
    ]);
  });
});

describe('projects: dates agree with the stage and with each other', () => {
  const head = 'id,name_zh,chain_id,park_id,contracted_investment_wan,stage,signed_on,planned_start_on,actual_start_on,planned_completion_on,production_on,terminated_on';
  const issuesFor = (row: string) => brief(read(projects, `${head}\n${row}\n`).issues);
  it('accepts a consistent project at each stage', () => {
    expect(issuesFor('p1,项目,c,k,1000,signed,2024-01-10,2024-06-01,,2025-06-01,,')).toEqual([]);
    expect(issuesFor('p1,项目,c,k,1000,started,2024-01-10,2024-06-01,2024-05-20,2025-06-01,,')).toEqual([]);
    expect(issuesFor('p1,项目,c,k,1000,in_production,2024-01-10,,2024-05-20,,2025-01-02,')).toEqual([]);
    expect(issuesFor('p1,项目,c,k,1000,terminated,2024-01-10,,,,,2024-09-01')).toEqual([]);
  });
  it('requires the dates a stage implies', () => {
    expect(issuesFor('p1,项目,c,k,1000,in_production,2024-01-10,,,,,')).toMatchInlineSnapshot(`
      [
        "data/projects.csv:2:9 actual_start_on "" project.stage-dates | 进展为“已投产（含试生产）”（in_production）的项目必须填写实际开工日期。 | 填写 actual_start_on，或改正 stage。",
        "data/projects.csv:2:11 production_on "" project.stage-dates | 进展为“已投产（含试生产）”（in_production）的项目必须填写投产日期。 | 填写 production_on，或改正 stage。",
      ]
    `);
  });
  it('refuses dates a stage rules out', () => {
    expect(issuesFor('p1,项目,c,k,1000,signed,2024-01-10,,2024-02-01,,,')).toMatchInlineSnapshot(`
      [
        "data/projects.csv:2:9 actual_start_on "2024-02-01" project.stage-dates | 进展为“已签约”（signed）的项目不应有实际开工日期。 | 清空 actual_start_on，或把 stage 改为与之相符的阶段。",
      ]
    `);
  });
  it('refuses dates out of order', () => {
    expect(issuesFor('p1,项目,c,k,1000,in_production,2024-01-10,2023-12-01,2024-03-01,,2024-02-01,')).toMatchInlineSnapshot(`
      [
        "data/projects.csv:2:8 planned_start_on "2023-12-01" project.date-order | 计划开工不能早于签约：planned_start_on 2023-12-01 早于 signed_on 2024-01-10。 | 核对这两个日期。",
        "data/projects.csv:2:11 production_on "2024-02-01" project.date-order | 投产不能早于开工：production_on 2024-02-01 早于 actual_start_on 2024-03-01。 | 核对这两个日期。",
      ]
    `);
  });
});
