/** The programme tables' checks, message by message, on a copy of the second-region fixture. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './dataset.ts';
import { copyFixture } from '../../../tests/helpers/fixture.ts';
import type { DataIssue } from './issues.ts';

/** severity rule @ file:line:column field "value" | zh | en | hint zh | hint en */
const brief = (issues: DataIssue[]) =>
  issues.map((i) => `${i.severity} ${i.rule} @ ${i.file.split('/').slice(-2).join('/')}:${i.line ?? '-'}:${i.column ?? '-'} ${i.field ?? ''} "${i.value ?? ''}" | ${i.message.zh} | ${i.message.en} | ${i.hint?.zh ?? ''} | ${i.hint?.en ?? ''}`);

function loadWith(files: Record<string, string>, publicFiles: Record<string, string> = {}) {
  const f = copyFixture();
  for (const [name, text] of Object.entries(files)) f.write(`data/${name}`, text);
  for (const [name, text] of Object.entries(publicFiles)) {
    const path = join(f.root, 'public', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return loadDataset(f, f.root);
}

describe('chain_documents.csv', () => {
  it('is optional: the fixture without it loads with an empty table', () => {
    const r = loadWith({});
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.chainDocuments).toEqual([]);
  });

  it('good rows load, a site file under public/ included', () => {
    const r = loadWith(
      { 'chain_documents.csv': 'chain_id,id,kind,title_zh,date,status,link\ntea,map,map,茶叶产业链图谱,2025-06-30,published,/chains/tea/#map-h\ntea,report,report,茶叶报告,2025-01-02,published,/files/tea%20report.txt\ntea,pool,pool,茶叶池,,planned,\n' },
      { 'files/tea report.txt': 'sample' },
    );
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.chainDocuments.map((d) => `${d.id} ${d.kind} ${d.status} ${d.link}`)).toEqual(['map map published /chains/tea/#map-h', 'report report published /files/tea%20report.txt', 'pool pool planned null']);
  });

  it('an unknown chain, a bad kind, a date after as_of, a bad link, a missing file, a published row without link and a link to a chain that does not exist each get one message', () => {
    const r = loadWith({
      'chain_documents.csv': [
        'chain_id,id,kind,title_zh,date,status,link',
        'tee,map,map,茶叶图谱,2025-01-01,published,/chains/tea/',
        'tea,db,databse,茶叶企业库,2025-01-01,not_public,',
        'tea,late,report,茶叶报告,2025-07-01,not_public,',
        'tea,bad-link,report,茶叶报告二,2025-01-01,published,javascript:alert(1)',
        'tea,gone,report,茶叶报告三,2025-01-01,published,/files/gone.pdf',
        'tea,nolink,map,茶叶地图,2025-01-01,published,',
        'tea,wrong-page,map,茶叶图谱二,2025-01-01,published,/chains/te/#map-h',
      ].join('\n') + '\n',
    });
    expect(brief(r.issues)).toEqual([
      'error enum.invalid @ data/chain_documents.csv:3:3 kind "databse" | “databse”不是允许的取值。允许：map（图）、database（库）、pool（池）、report（报告）。 | "databse" is not an allowed value. Allowed: map (map), database (database), pool (pool), report (report). | 改为 database | Use database',
      'error doc-link.invalid @ data/chain_documents.csv:5:7 link "javascript:alert(1)" | “javascript:alert(1)”不是网址或站内路径：应以 https://、http:// 或 / 开头。 | "javascript:alert(1)" is neither a web address nor a site path: it must start with https://, http:// or /. | 网址写全（https://…）；本站页面或 public/ 下的文件写成 /chains/tea/ 或 /files/report.pdf。 | Write a web address in full (https://…); a page of this site or a file under public/ as /chains/tea/ or /files/report.pdf.',
      'error chain-document.link-required @ data/chain_documents.csv:7:7 link "" | 状态为“已公开”（published）的文件必须填写链接。 | A published document (status published) needs a link. | 填写网址或本站路径，或把 status 改为 not_public。 | Fill in its address or site path, or set status to not_public.',
      'error reference.unknown @ data/chain_documents.csv:2:1 chain_id "tee" | “tee”在 chains.csv 中不存在。 | "tee" does not exist in chains.csv. | 是不是 tea？ | Did you mean tea?',
      'error date.after-as-of @ data/chain_documents.csv:4:5 date "2025-07-01" | date 2025-07-01 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | date 2025-07-01 is after the data\'s as-of date 2025-06-30 (as_of in portal.json). | 核对日期，或更新 as_of。 | Check the date, or update as_of.',
      'error doc-link.file-missing @ data/chain_documents.csv:6:7 link "/files/gone.pdf" | 站内文件 /files/gone.pdf 不存在（应在 public/files/gone.pdf）。 | The site file /files/gone.pdf does not exist (it should be public/files/gone.pdf). | 把文件放到 public/files/gone.pdf，或改正路径。 | Put the file at public/files/gone.pdf, or correct the path.',
      'error doc-link.unknown-page @ data/chain_documents.csv:8:7 link "/chains/te/#map-h" | 链接指向的 chains/te 不存在：chains.csv 中没有 te。 | The link points at chains/te, which does not exist: chains.csv has no te. | 是不是 /chains/tea/？ | Did you mean /chains/tea/?',
    ]);
  });
});

describe('site files', () => {
  it('with publicDir null (a version checked out without its site files, as npm run diff does) a linked site file is not looked for', () => {
    const f = copyFixture();
    f.write('data/chain_documents.csv', 'chain_id,id,kind,title_zh,status,link\ntea,report,report,茶叶报告,published,/files/gone.pdf\n');
    expect(brief(loadDataset(f, f.root).issues).map((i) => i.split(' @')[0])).toEqual(['error doc-link.file-missing']);
    expect(brief(loadDataset({ ...f, publicDir: null }, f.root).issues)).toEqual([]);
  });
});

describe('enterprise_tiers.csv', () => {
  it('is optional, and good rows load', () => {
    expect(loadWith({}).dataset!.tables.enterpriseTiers).toEqual([]);
    const r = loadWith({ 'enterprise_tiers.csv': 'enterprise_id,year,tier\nq001,2024,chain_leader\nq002,2024,specialized\nq002,2025,little_giant\n' });
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.enterpriseTiers.map((t) => `${t.enterprise_id} ${t.year} ${t.tier}`)).toEqual(['q001 2024 chain_leader', 'q002 2024 specialized', 'q002 2025 little_giant']);
  });

  it('an unknown firm, a year after the as-of year, a second tier for the same firm and year, and an unknown tier each get one message', () => {
    const r = loadWith({ 'enterprise_tiers.csv': 'enterprise_id,year,tier\nq009,2024,specialized\nq001,2026,chain_leader\nq002,2024,specialized\nq002,2024,little_giant\nq003,2024,小巨人\n' });
    expect(brief(r.issues)).toEqual([
      'error key.duplicate @ data/enterprise_tiers.csv:5:1 enterprise_id "q002, 2024" | 重复的记录：enterprise_id=q002, year=2024 已在第 4 行出现。 | Duplicate row: enterprise_id=q002, year=2024 already appears on line 4. | 合并两行，或改正其中一行的编号/年份。 | Merge the two rows, or correct the id/year of one of them.',
      'error enum.invalid @ data/enterprise_tiers.csv:6:3 tier "小巨人" | “小巨人”不是允许的取值。允许：chain_leader（链主/头部企业）、little_giant（专精特新“小巨人”）、specialized（专精特新中小企业）、innovative_sme（创新型中小企业）、above_scale（规上企业）。 | "小巨人" is not an allowed value. Allowed: chain_leader (chain leader or leading firm), little_giant (specialised "little giant"), specialized (specialised and innovative SME), innovative_sme (innovative SME), above_scale (firm above designated size). | 填写上面列出的英文代码之一。 | Enter one of the codes listed above.',
      'error reference.unknown @ data/enterprise_tiers.csv:2:1 enterprise_id "q009" | “q009”在 enterprises.csv 中不存在。 | "q009" does not exist in enterprises.csv. | 是不是 q001？ | Did you mean q001?',
      'error year.after-as-of @ data/enterprise_tiers.csv:3:2 year "2026" | 年度 2026 晚于数据截至日期 2025-06-30 所在的年份。 | The year 2026 is after the year of the as-of date 2025-06-30. | 核对年度，或更新 portal.json 的 as_of。 | Check the year, or update as_of in portal.json.',
    ]);
  });
});

describe('park_governance.csv', () => {
  it('is optional, and good rows load', () => {
    expect(loadWith({}).dataset!.tables.parkGovernance).toEqual([]);
    const r = loadWith({ 'park_governance.csv': 'park_id,operating_model,reform_status,updated_on\nnorth-park,committee_company,completed,2025-06-30\n' });
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.parkGovernance).toEqual([{ park_id: 'north-park', operating_model: 'committee_company', operator_zh: null, operator_en: null, reform_status: 'completed', reform_zh: null, reform_en: null, updated_on: '2025-06-30', source_url: null }]);
  });

  it('an unknown park, a model by its Chinese name, a date after as_of and a second row for a park each get one message', () => {
    const r = loadWith({ 'park_governance.csv': 'park_id,operating_model,reform_status,updated_on\nnorth-prk,committee,none,2025-01-01\nsouth-park,管委会,underway,2025-01-01\nnorth-park,company,underway,2025-07-01\nnorth-park,company,underway,2025-01-01\n' });
    expect(brief(r.issues)).toEqual([
      'error enum.invalid @ data/park_governance.csv:3:2 operating_model "管委会" | “管委会”不是允许的取值。允许：committee_company（管委会＋公司）、committee（管委会）、company（公司运营）、government（政府部门直接管理）、other（其他）。 | "管委会" is not an allowed value. Allowed: committee_company (management committee plus a company), committee (management committee), company (run by a company), government (run by a government department), other (other). | 改为 committee | Use committee',
      'error key.duplicate @ data/park_governance.csv:5:1 park_id "north-park" | 重复的记录：park_id=north-park 已在第 4 行出现。 | Duplicate row: park_id=north-park already appears on line 4. | 合并两行，或改正其中一行的编号/年份。 | Merge the two rows, or correct the id/year of one of them.',
      'error reference.unknown @ data/park_governance.csv:2:1 park_id "north-prk" | “north-prk”在 parks.csv 中不存在。 | "north-prk" does not exist in parks.csv. | 是不是 north-park？ | Did you mean north-park?',
      'error date.after-as-of @ data/park_governance.csv:4:4 updated_on "2025-07-01" | updated_on 2025-07-01 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | updated_on 2025-07-01 is after the data\'s as-of date 2025-06-30 (as_of in portal.json). | 核对日期，或更新 as_of。 | Check the date, or update as_of.',
    ]);
  });
});
