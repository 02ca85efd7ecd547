/**
 * The programme's optional tables (investment_leads.csv, scoring/consequences.csv, clusters.csv):
 * absent is fine, present is checked like every other table. Messages are pinned word for word in
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset.ts';
import { copyFixture } from '../../../tests/helpers/fixture.ts';
import type { DataIssue } from './issues.ts';

/** severity rule @ file:line:column field "value" | zh | en | hint zh | hint en */
function brief(issues: DataIssue[]) {
  return issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-1)[0]}:${i.line ?? '-'}:${i.column ?? '-'} ${i.field ?? ''} "${i.value ?? ''}" | ${i.message.zh} | ${i.message.en} | ${i.hint?.zh ?? ''} | ${i.hint?.en ?? ''}`);
}

function loadWith(file: string, text: string) {
  const f = copyFixture();
  f.write(file, text);
  return loadDataset(f, f.root);
}

const LEADS_HEADER = 'id,name_zh,name_en,chain_id,segment_id,park_id,investment_wan,investor_brings_zh,investor_kinds,status,project_id,listed_on,contact_phone,contact_email,info_url';
const lead = (cells: Partial<Record<'id' | 'chain' | 'segment' | 'park' | 'wan' | 'kinds' | 'status' | 'project' | 'listed' | 'phone' | 'email' | 'url', string>> = {}) =>
  [cells.id ?? 'ql1', '茶饮料生产线', 'Tea drinks line', cells.chain ?? 'tea', cells.segment ?? 'tea-drinks', cells.park ?? 'north-park', cells.wan ?? '12000', '饮料灌装技术', cells.kinds ?? 'private_500', cells.status ?? 'open', cells.project ?? '', cells.listed ?? '2025-03-01', cells.phone ?? '0000-5550101', cells.email ?? 'invest@example.org', cells.url ?? ''].join(',');
const leads = (...rows: string[]) => [LEADS_HEADER, ...rows].join('\n') + '\n';

describe('investment_leads.csv', () => {
  it('is optional: the second region has none and passes', () => {
    const f = copyFixture();
    const r = loadDataset(f, f.root);
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset?.tables.investmentLeads).toEqual([]);
  });
  it('a valid lead is read with its list of investor kinds and a signed one keeps its project', () => {
    const r = loadWith('data/investment_leads.csv', leads(lead(), lead({ id: 'ql2', kinds: 'world_500;china_500;private_500', status: 'signed', project: 'qp01' })));
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.investmentLeads.map((l) => [l.id, l.investment_wan, l.investor_kinds, l.status, l.project_id])).toEqual([
      ['ql1', 12000, ['private_500'], 'open', null],
      ['ql2', 12000, ['world_500', 'china_500', 'private_500'], 'signed', 'qp01'],
    ]);
  });
  it('unknown chain, park and project, and a segment of another chain, are errors that suggest the nearest id', () => {
    const r = loadWith('data/investment_leads.csv', leads(lead({ chain: 'tee', segment: '' }), lead({ id: 'ql2', park: 'north-prak' }), lead({ id: 'ql3', segment: 'dyeing' }), lead({ id: 'ql4', status: 'signed', project: 'qp10' })));
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "error reference.unknown @ investment_leads.csv:2:4 chain_id "tee" | “tee”在 chains.csv 中不存在。 | "tee" does not exist in chains.csv. | 是不是 tea？ | Did you mean tea?",
        "error reference.unknown @ investment_leads.csv:3:6 park_id "north-prak" | “north-prak”在 parks.csv 中不存在。 | "north-prak" does not exist in parks.csv. | 是不是 north-park？ | Did you mean north-park?",
        "error reference.unknown @ investment_leads.csv:5:11 project_id "qp10" | “qp10”在 projects.csv 中不存在。 | "qp10" does not exist in projects.csv. | 是不是 qp01？ | Did you mean qp01?",
        "error segment.not-in-chain @ investment_leads.csv:4:5 segment_id "dyeing" | 环节“dyeing”不是产业链 tea 的环节（见 chain_segments.csv）。 | "dyeing" is not a segment of the chain tea (see chain_segments.csv). | 可用的环节：tea-garden, primary-processing, tea-drinks, brand-sales | Segments of that chain: tea-garden, primary-processing, tea-drinks, brand-sales",
      ]
    `);
  });
  it('status and project must agree; any stands alone; bad codes, amounts, phone, e-mail and URL scheme are refused', () => {
    const r = loadWith(
      'data/investment_leads.csv',
      leads(
        lead({ status: 'signed' }),
        lead({ id: 'ql2', project: 'qp01' }),
        lead({ id: 'ql3', kinds: 'any;listed' }),
        lead({ id: 'ql4', kinds: 'world500', status: 'pending' }),
        lead({ id: 'ql5', wan: '"1,200"' }),
        lead({ id: 'ql6', phone: 'call us', email: 'invest.example.org', url: 'ftp://example.org/x' }),
      ),
    );
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "error lead.signed-project @ investment_leads.csv:2:11 project_id "" | 状态为已签约（signed）的招商项目必须填写签约后的项目编号。 | A lead with status signed must name the project it became. | 在 project_id 填写 projects.csv 中的项目编号，或改正 status。 | Fill in project_id with an id from projects.csv, or correct the status.",
        "error lead.project-not-signed @ investment_leads.csv:3:10 status "open" | 招商项目已对应签约项目 qp01，状态却是“open”。 | The lead names the signed project qp01, yet its status is open. | 把 status 改为 signed，或清空 project_id。 | Set status to signed, or clear project_id.",
        "error lead.any-with-others @ investment_leads.csv:4:9 investor_kinds "any;listed" | “不限”（any）不能与其他投资方类型同时填写。 | "any" cannot be listed with other kinds of investor. | 只保留 any，或删去 any。 | Keep any alone, or remove it.",
        "error enum.invalid @ investment_leads.csv:5:9 investor_kinds "world500" | “world500”不是允许的取值。允许：world_500（世界500强）、china_500（中国企业500强）、private_500（中国民营企业500强）、listed（上市公司）、industry_leader（行业龙头企业）、specialized（专精特新企业）、any（不限）。 | "world500" is not an allowed value. Allowed: world_500 (world top-500 company), china_500 (China top-500 company), private_500 (China private top-500 company), listed (listed company), industry_leader (leading firm of its industry), specialized (specialised and innovative SME), any (any investor). | 改为 world_500 | Use world_500",
        "error enum.invalid @ investment_leads.csv:5:10 status "pending" | “pending”不是允许的取值。允许：open（公开招商）、in_talks（洽谈中）、signed（已签约（见招商项目））、withdrawn（已撤回）。 | "pending" is not an allowed value. Allowed: open (open to investors), in_talks (in talks), signed (signed (see the project)), withdrawn (withdrawn). | 填写上面列出的英文代码之一。 | Enter one of the codes listed above.",
        "error number.format @ investment_leads.csv:6:7 investment_wan "1,200" | “1,200”不是纯数字：用了千位分隔符。 | "1,200" is not a plain number: it has thousands separators. | 改为 1200 | Use 1200",
        "error phone.invalid @ investment_leads.csv:7:13 contact_phone "call us" | “call us”不像电话号码。 | "call us" does not look like a phone number. | 只写数字和连字符，例如 0743-8123456。 | Use digits and hyphens only, e.g. 0743-8123456.",
        "error email.invalid @ investment_leads.csv:7:14 contact_email "invest.example.org" | “invest.example.org”不是有效的电子邮箱地址。 | "invest.example.org" is not a valid e-mail address. | 写成 name@example.org 的形式。 | Write it as name@example.org.",
        "error url.scheme @ investment_leads.csv:7:15 info_url "ftp://example.org/x" | 网址“ftp://example.org/x”以“ftp:”开头：只允许 https:、http:、mailto:、tel: 或本站路径（以 / 开头）。 | The address "ftp://example.org/x" starts with "ftp:"; only https:, http:, mailto:, tel: or a path on this site (starting with /) are allowed. | 改为以 https:// 开头的网址，或删除这个链接。 | Use an address starting with https://, or remove the link.",
      ]
    `);
  });
  it('a strong segment and a project on another chain are warnings; a listing after the as-of date is an error', () => {
    const r = loadWith('data/investment_leads.csv', leads(lead({ segment: 'tea-garden' }), lead({ id: 'ql2', status: 'signed', project: 'qp02' }), lead({ id: 'ql3', listed: '2025-07-01' })));
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "warning lead.segment-strong @ investment_leads.csv:2:5 segment_id "tea-garden" | 环节 tea-garden 标为强（strong），不是补链缺口。 | The segment tea-garden is marked strong: it is not a gap to fill. | 核对环节，或在 chain_segments.csv 中把它标为 weak 或 missing。 | Check the segment, or mark it weak or missing in chain_segments.csv.",
        "warning lead.project-chain @ investment_leads.csv:3:11 project_id "qp02" | 签约项目 qp02 属于产业链 textiles，招商项目属于 tea。 | The signed project qp02 is on the chain textiles; the lead is on tea. | 核对 project_id 或 chain_id。 | Check project_id or chain_id.",
        "error lead.after-as-of @ investment_leads.csv:4:12 listed_on "2025-07-01" | 发布日期 2025-07-01 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | listed_on 2025-07-01 is after the data's as-of date 2025-06-30 (as_of in portal.json). | 核对日期，或更新 as_of。 | Check the date, or update as_of.",
      ]
    `);
  });
});

describe('scoring/consequences.csv', () => {
  const HEADER = 'grade,item,kind,consequence_zh,consequence_en,policy_id';
  it('is optional, and a valid file is read', () => {
    const r = loadWith('data/scoring/consequences.csv', `${HEADER}\nA,land-quota,reward,优先安排用地指标,Land quota first,tea-support\nD,interview,accountability,约谈,Interview,\n`);
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.scoringConsequences.map((c) => [c.grade, c.item, c.kind, c.policy_id])).toEqual([
      ['A', 'land-quota', 'reward', 'tea-support'],
      ['D', 'interview', 'accountability', null],
    ]);
  });
  it('a grade or kind outside the codes, the same measure twice and an unknown policy are errors', () => {
    const r = loadWith('data/scoring/consequences.csv', `${HEADER}\nE,land-quota,reward,优先,,\nA,land-quota,bonus,优先,,\nB,fix,accountability,整改,,tea-suport\nB,fix,accountability,整改,,\n`);
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "error enum.invalid @ consequences.csv:2:1 grade "E" | “E”不是允许的取值。允许：A（A 类）、B（B 类）、C（C 类）、D（D 类）。 | "E" is not an allowed value. Allowed: A (grade A), B (grade B), C (grade C), D (grade D). | 改为 A | Use A",
        "error enum.invalid @ consequences.csv:3:3 kind "bonus" | “bonus”不是允许的取值。允许：reward（奖励）、support（支持）、accountability（问责整改）。 | "bonus" is not an allowed value. Allowed: reward (reward), support (support), accountability (accountability). | 填写上面列出的英文代码之一。 | Enter one of the codes listed above.",
        "error key.duplicate @ consequences.csv:5:1 grade "B, fix" | 重复的记录：grade=B, item=fix 已在第 4 行出现。 | Duplicate row: grade=B, item=fix already appears on line 4. | 合并两行，或改正其中一行的编号/年份。 | Merge the two rows, or correct the id/year of one of them.",
        "error reference.unknown @ consequences.csv:4:6 policy_id "tea-suport" | “tea-suport”在 content/policies/ 中不存在。 | "tea-suport" does not exist in content/policies/. | 是不是 tea-support？ | Did you mean tea-support?",
      ]
    `);
  });
});

describe('clusters.csv', () => {
  const HEADER = 'id,name_zh,name_en,level,status,chain_ids,output_target_wan,target_year,recognised_on,policy_id';
  it('is optional, and a valid file is read with its list of chains', () => {
    const r = loadWith('data/clusters.csv', `${HEADER}\nqinghe-tea,青禾茶产业集群,Qinghe tea cluster,provincial,recognised,tea;textiles,800000,2027,2024-05-01,tea-support\n`);
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.clusters.map((c) => [c.id, c.level, c.status, c.chain_ids, c.output_target_wan, c.target_year])).toEqual([['qinghe-tea', 'provincial', 'recognised', ['tea', 'textiles'], 800000, 2027]]);
  });
  it('unknown chains and policies, a bad level, a recognised cluster without its date and a date after as-of are reported', () => {
    const r = loadWith(
      'data/clusters.csv',
      `${HEADER}\nc1,甲,,provincial,cultivating,tea;texttiles,,,,tea-suport\nc2,乙,,county,cultivating,tea,,,,\nc3,丙,,national,recognised,tea,,,,\nc4,丁,,national,recognised,tea,,,2025-07-01,\n`,
    );
    expect(brief(r.issues)).toMatchInlineSnapshot(`
      [
        "error enum.invalid @ clusters.csv:3:4 level "county" | “county”不是允许的取值。允许：national（国家级）、provincial（省级）、prefecture（地市级）。 | "county" is not an allowed value. Allowed: national (national), provincial (provincial), prefecture (prefecture). | 填写上面列出的英文代码之一。 | Enter one of the codes listed above.",
        "error cluster.recognised-date @ clusters.csv:4:9 recognised_on "" | 状态为已认定（recognised）的集群必须填写认定日期。 | A recognised cluster needs the date it was recognised. | 填写 recognised_on，或把 status 改为 cultivating。 | Fill in recognised_on, or set status to cultivating.",
        "error reference.unknown @ clusters.csv:2:6 chain_ids "texttiles" | “texttiles”在 chains.csv 中不存在。 | "texttiles" does not exist in chains.csv. | 是不是 textiles？ | Did you mean textiles?",
        "error reference.unknown @ clusters.csv:2:10 policy_id "tea-suport" | “tea-suport”在 content/policies/ 中不存在。 | "tea-suport" does not exist in content/policies/. | 是不是 tea-support？ | Did you mean tea-support?",
        "error cluster.after-as-of @ clusters.csv:5:9 recognised_on "2025-07-01" | 认定日期 2025-07-01 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | recognised_on 2025-07-01 is after the data's as-of date 2025-06-30 (as_of in portal.json). | 核对日期，或更新 as_of。 | Check the date, or update as_of.",
        "warning name.no-english @ clusters.csv:2:3 name_en "" | “甲”没有英文名称，英文版页面将显示中文名。 | "甲" has no English name; English pages will show the Chinese name. | 填写 name_en。 | Fill in name_en.",
        "warning name.no-english @ clusters.csv:5:3 name_en "" | “丁”没有英文名称，英文版页面将显示中文名。 | "丁" has no English name; English pages will show the Chinese name. | 填写 name_en。 | Fill in name_en.",
      ]
    `);
  });
});
