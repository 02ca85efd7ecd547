/**
 * The plausibility warnings, each kind on a copy of the second-region fixture with one plausible
 * mistake put in, messages pinned word for word; and acknowledging a warning in checks/acknowledged.csv.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset.ts';
import { formatReport } from './report.ts';
import { copyFixture, type FixtureCopy } from '../../../tests/helpers/fixture.ts';
import type { DataIssue } from './issues.ts';

/** rule @ file:line:column field "value" | zh | en | hint zh */
function brief(issues: DataIssue[]) {
  return issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-2).join('/')}:${i.line ?? '-'}:${i.column ?? '-'} ${i.field ?? ''} "${i.value ?? ''}" | ${i.message.zh} | ${i.message.en} | ${i.hint?.zh ?? ''}`);
}

// These tests put plausible mistakes into the fixture's sealed year 2024: the seal guard (its own
// tests are in src/lib/evaluation/guard.test.ts) is left out so each test sees only its warnings.
const load = (f: FixtureCopy) => loadDataset(f, f.root, { guard: false });
const INDICATORS = 'data/park_indicators.csv';
const HEADER = 'park_id,year,industrial_land_mu,industrial_investment_wan,industrial_output_wan,lead_industry_output_wan,tax_wan,value_added_wan,energy_tce,rd_spending_wan,employees,exempt,exempt_reason';

/** north-park gets a 2022 row, so each series has three years (lines 2–4 are north-park 2022–2024). */
function withThreeYears(): FixtureCopy {
  const f = copyFixture();
  f.replace(INDICATORS, `${HEADER}\n`, `${HEADER}\nnorth-park,2022,2300,90000,390000,196000,17000,97000,50000,7600,6000,,\n`);
  return f;
}

/** A third park (west-park), so per-mu figures can be compared with two other parks. */
function withThirdPark(indicatorRows: string): FixtureCopy {
  const f = copyFixture();
  const south = f.read('data/parks.csv').split('\n').find((l) => l.startsWith('south-park,'))!;
  f.write('data/parks.csv', `${f.read('data/parks.csv').trimEnd()}\n${south.replace(/south-park/g, 'west-park').replace('南川工业集中区', '西坪工业集中区')}\n`);
  f.write('content/parks/west-park.mdx', '---\nsummary: "西坪工业集中区（虚构）"\n---\n正文\n');
  f.write(INDICATORS, `${f.read(INDICATORS).trimEnd()}\n${indicatorRows}\n`);
  return f;
}

describe('plausibility warnings', () => {
  it('the fixture and the sample give none unacknowledged', () => {
    expect(load(copyFixture()).issues).toEqual([]);
  });

  it('a year-on-year jump beyond jump_factor names both cells', () => {
    const f = copyFixture();
    f.setCell(INDICATORS, 3, 'tax_wan', '82400');
    const { issues, dataset } = load(f);
    expect(dataset).toBeDefined();
    expect(brief(issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.jump @ data/park_indicators.csv:3:7 tax_wan "82400" | 税收（tax_wan） 从 2023 年（第 2 行 G 列）的 18500 变为 2024 年的 82400，是上年的 4.5 倍。 | Tax revenue (tax_wan) went from 18500 in 2023 (line 2, column G) to 82400 in 2024, 4.5× the year before. | 核对 2023 年（第 2 行 G 列）和 2024 年（第 3 行 G 列）这两个数。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,north-park;2024,tax_wan,plausibility.jump,82400,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('a jump that comes back the year after is one warning naming both cells', () => {
    const f = withThreeYears();
    f.setCell(INDICATORS, 3, 'tax_wan', '185000');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.spike @ data/park_indicators.csv:3:7 tax_wan "185000" | 税收（tax_wan） 从 2022 年的 17000 跳到 2023 年的 185000（10.9 倍），2024 年又回到 20600（第 4 行 G 列）。 | Tax revenue (tax_wan) jumps from 17000 in 2022 to 185000 in 2023 (10.9×) and back to 20600 in 2024 (line 4, column G). | 核对 2023 年（第 3 行 G 列）和 2024 年（第 4 行 G 列）这两个数，其中一个很可能填错了。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,north-park;2023,tax_wan,plausibility.spike,185000,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('a figure about 10,000× its other years is named a 元/万元 slip, with the corrected figure', () => {
    const f = withThreeYears();
    f.setCell(INDICATORS, 4, 'tax_wan', '206000000');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.unit-slip @ data/park_indicators.csv:4:7 tax_wan "206000000" | 税收（tax_wan） 2024 年的 206000000 约是同一园区其他年份（17000–18500）的 11616 倍：很可能按“元”填写了，本列单位是“万元”。 | Tax revenue (tax_wan) for 2024, 206000000, is about 11616× the other years of the same park (17000–18500): it was probably entered in 元 (yuan); the column is in 万元. | 核对原始报表；如确是元，改为 20600。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,north-park;2024,tax_wan,plausibility.unit-slip,206000000,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('land about 1/15 of its other years is named a 公顷/亩 slip', () => {
    const f = withThreeYears();
    f.setCell(INDICATORS, 4, 'industrial_land_mu', '167');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.unit-slip @ data/park_indicators.csv:4:3 industrial_land_mu "167" | 工业用地面积（亩均指标的分母；空白 = 缺数）（industrial_land_mu） 2024 年的 167 约是同一园区其他年份（2300–2400）的 0.071 倍：很可能按“公顷”填写了，本列单位是“亩”。 | Industrial land (the per-mu denominator; blank = missing) (industrial_land_mu) for 2024, 167, is about 0.071× the other years of the same park (2300–2400): it was probably entered in 公顷 (hectares); the column is in 亩. | 核对原始报表；如确是公顷，改为 2505。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,north-park;2024,industrial_land_mu,plausibility.unit-slip,167,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('with two years only, a 10,000× jump is a jump that asks about 元', () => {
    const f = copyFixture();
    f.setCell(INDICATORS, 3, 'tax_wan', '206000000');
    expect(brief(load(f).issues).map((s) => s.split(' | ').slice(0, 2).join(' | '))).toMatchInlineSnapshot(`
      [
        "warning plausibility.jump @ data/park_indicators.csv:3:7 tax_wan "206000000" | 税收（tax_wan） 从 2023 年（第 2 行 G 列）的 18500 变为 2024 年的 206000000，是上年的 11135 倍（约 11135 倍：其中一个是否按“元”填写？）。",
      ]
    `);
  });

  it('a per-mu figure far outside every other park that year points at its cell', () => {
    const f = withThirdPark('west-park,2024,1050,39000,150000,88000,54000,36000,21000,1700,2500,,');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.per-mu-outlier @ data/park_indicators.csv:6:7 tax_wan "54000" | 2024 年亩均税收为 51.4 万元/亩（tax_wan ÷ industrial_land_mu = 54000 ÷ 1050），其他园区当年在 5.3–8.24 之间：高于最高值的 3 倍。 | The tax per mu for 2024 is 51.4 万元 per mu (tax_wan ÷ industrial_land_mu = 54000 ÷ 1050); the other parks were between 5.3 and 8.24 that year: more than 3× the highest. | 核对 tax_wan 和 industrial_land_mu 两个数。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,west-park;2024,tax_wan,plausibility.per-mu-outlier,54000,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('when every per-mu figure of a park is out, the land figure is named', () => {
    const f = withThirdPark('west-park,2024,150,39000,150000,88000,5400,36000,21000,1700,2500,,');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.per-mu-outlier @ data/park_indicators.csv:6:3 industrial_land_mu "150" | 按 industrial_land_mu = 150 亩计算，2024 年的亩均工业投资、亩均工业产值、亩均税收都远高于其他园区当年的范围（260，其他 35.7–41.6；1000，其他 141–186；36，其他 5.3–8.24，万元/亩）。 | With industrial_land_mu = 150 mu, the investment per mu, output per mu, tax per mu for 2024 are all far above the other parks’ range that year (260 vs 35.7–41.6; 1000 vs 141–186; 36 vs 5.3–8.24, 万元 per mu). | 工业用地面积很可能填错了：核对这个数。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,west-park;2024,industrial_land_mu,plausibility.per-mu-outlier,150,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('a row identical to another park’s row is one warning, not a jump per cell', () => {
    const f = copyFixture();
    f.replace(INDICATORS, 'south-park,2024,1150,41000,162000,98000,6100,39500,22100,2100,2750,', 'south-park,2024,2500,104000,465000,236000,20600,118000,55500,9700,6450,');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.identical-row @ data/park_indicators.csv:5:1 park_id "" | south-park 2024 的 9 个数值与第 3 行（north-park 2024）完全相同。 | The 9 figures of south-park 2024 are exactly those of line 3 (north-park 2024). | 是否复制粘贴了别的行？核对这一行。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,south-park;2024,,plausibility.identical-row,,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('the same non-zero figure in every year (constant_min_years or more) is a warning', () => {
    const f = copyFixture();
    f.replace('data/chain_indicators.csv', 'tea,2024,236000,10,35500', 'tea,2024,236000,9,35500\ntea,2025,250000,9,36000');
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.constant @ data/chain_indicators.csv:4:4 above_scale_enterprises "9" | tea 的 规上企业数（above_scale_enterprises） 在 2023–2025 年每年都是 9。 | tea's Enterprises above designated size (above_scale_enterprises) is 9 in every year from 2023 to 2025. | 是否把上一年的数复制到了新的一年？核对各年的数。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：chain_indicators.csv,tea,above_scale_enterprises,plausibility.constant,9,<理由 reason>,,YYYY-MM-DD,",
      ]
    `);
  });

  it('thresholds come from checks/thresholds.csv: a higher jump_factor lets the same jump pass', () => {
    const f = copyFixture();
    f.setCell(INDICATORS, 3, 'tax_wan', '82400');
    f.replace('data/checks/thresholds.csv', 'jump_factor,3,', 'jump_factor,5,');
    expect(load(f).issues).toEqual([]);
  });

  it('a missing threshold is an error that names the setting', () => {
    const f = copyFixture();
    f.replace('data/checks/thresholds.csv', /^jump_factor,.*\n/m, '');
    const { issues, dataset } = load(f);
    expect(dataset).toBeUndefined();
    expect(brief(issues)).toMatchInlineSnapshot(`
      [
        "error checks.threshold-missing @ checks/thresholds.csv:-:- setting "jump_factor" | 缺少设置 jump_factor（同比跳变倍数：比上年大（或小）超过这个倍数即提醒）。 | The setting jump_factor (year-on-year factor: a figure more than this many times (or this fraction of) the previous year’s is flagged) is missing. | 添加一行：jump_factor,取值",
      ]
    `);
  });
});

describe('acknowledging a warning in checks/acknowledged.csv', () => {
  const ACK = 'data/checks/acknowledged.csv';
  const jumped = () => {
    const f = copyFixture();
    f.setCell(INDICATORS, 3, 'tax_wan', '82400');
    return f;
  };

  it('the line the hint gives, with a reason and a date, silences the warning and is counted', () => {
    const f = jumped();
    const hintLine = load(f).issues[0]!.hint!.en.split(': ').pop()!;
    f.write(ACK, `${f.read(ACK)}${hintLine.replace('<理由 reason>', '2024 年北岭经开区两家龙头企业集中缴纳税款（虚构）').replace('YYYY-MM-DD', '2025-06-20')}\n`);
    const { issues, acknowledged, dataset } = load(f);
    expect(issues).toEqual([]);
    expect(acknowledged.map((a) => `${a.target.key.join(';')} ${a.target.column} ${a.target.rule} | ${a.reason_zh} | ${a.acknowledged_on}`)).toMatchInlineSnapshot(`
      [
        "north-park;2024 tax_wan plausibility.jump | 2024 年北岭经开区两家龙头企业集中缴纳税款（虚构） | 2025-06-20",
      ]
    `);
    expect(dataset?.acknowledged).toHaveLength(1);
    expect(formatReport(issues, { acknowledged: acknowledged.length })).toMatchInlineSnapshot(`"数据检查通过（另有 1 个提醒已确认，见 checks/acknowledged.csv）。 The data passed the check (1 acknowledged, see checks/acknowledged.csv)."`);
  });

  it('pasted unchanged, the placeholder reason and date are refused', () => {
    const f = jumped();
    const hintLine = load(f).issues[0]!.hint!.en.split(': ').pop()!;
    f.write(ACK, `${f.read(ACK)}${hintLine}\n`);
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "error date.format @ checks/acknowledged.csv:2:8 acknowledged_on "YYYY-MM-DD" | “YYYY-MM-DD”不是日期，应写成 年-月-日（YYYY-MM-DD）。 | "YYYY-MM-DD" is not a date; write it as YYYY-MM-DD. | 例如 2025-03-01。",
      ]
    `);
  });

  it('an acknowledgement whose figure changed no longer applies, and says so', () => {
    const f = jumped();
    f.write(ACK, `${f.read(ACK)}park_indicators.csv,north-park;2024,tax_wan,plausibility.jump,82000,企业集中缴税（虚构）,,2025-06-20,\n`);
    expect(brief(load(f).issues)).toMatchInlineSnapshot(`
      [
        "warning plausibility.jump @ data/park_indicators.csv:3:7 tax_wan "82400" | 税收（tax_wan） 从 2023 年（第 2 行 G 列）的 18500 变为 2024 年的 82400，是上年的 4.5 倍。 | Tax revenue (tax_wan) went from 18500 in 2023 (line 2, column G) to 82400 in 2024, 4.5× the year before. | 核对 2023 年（第 2 行 G 列）和 2024 年（第 3 行 G 列）这两个数。 如数值无误：在 data/checks/acknowledged.csv 加一行并写明理由和日期：park_indicators.csv,north-park;2024,tax_wan,plausibility.jump,82400,<理由 reason>,,YYYY-MM-DD,",
        "warning acknowledgement.stale @ checks/acknowledged.csv:2:2 key "north-park;2024" | 这条确认（park_indicators.csv north-park;2024 tax_wan plausibility.jump，数值 82000）已对应不到任何提醒：数据可能已经改正或改动。 | This acknowledgement (park_indicators.csv north-park;2024 tax_wan plausibility.jump, value 82000) matches no current warning: the figure may have been corrected or changed. | 如数据已改正，删除这一行；如数值改动后仍有提醒，按提醒中的新行更新它。",
      ]
    `);
  });
});
