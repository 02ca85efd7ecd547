/**
 * project_progress.csv and inspections.csv: optional for a region, and every mistake reported once,
 * in Chinese and English, at its cell (messages pinned word for word).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset.ts';
import { copyFixture } from '../../../tests/helpers/fixture.ts';
import type { DataIssue } from './issues.ts';
import { month, quarter } from './periods.ts';

const brief = (issues: DataIssue[]) => issues.filter((i) => /project_progress|inspections/.test(i.file)).map((i) => `${i.rule} @ ${i.file.split('/').pop()}:${i.line ?? '-'}:${i.column ?? '-'} "${i.value ?? ''}" | ${i.message.zh} | ${i.message.en} | ${i.hint?.zh ?? ''}`);
const errors = (issues: DataIssue[]) => issues.filter((i) => i.severity === 'error');

// The mini region's projects: qp01 signed 2025-04-18, not started; qp02 started 2024-11-20;
// qp03 in production 2024-09-12 (contract 18000); qp04 terminated 2024-04-30. As of 2025-06-30.
const PROGRESS_HEADER = 'project_id,month,investment_completed_wan,funds_in_place_wan,stage,note_zh';
const INSPECTIONS_HEADER = 'id,quarter,park_id,chain_id,project_id,finding_zh,finding_en,responsible_zh,responsible_en,deadline,status,rectified_on,note_zh';

describe('the dispatch tables are optional', () => {
  it('a region without project_progress.csv and inspections.csv loads with empty tables', () => {
    const r = loadDataset(copyFixture());
    expect(errors(r.issues)).toEqual([]);
    expect(r.dataset!.tables.projectProgress).toEqual([]);
    expect(r.dataset!.tables.inspections).toEqual([]);
  });
  it('a correct pair of files loads with its rows', () => {
    const f = copyFixture();
    f.write('data/project_progress.csv', [PROGRESS_HEADER, 'qp02,2024-10,0,,signed,', 'qp02,2024-11,500,1000,started,', 'qp02,2024-12,800,,started,', 'qp03,2024-12,19000,17500,in_production,含追加投资（虚构）'].join('\n'));
    f.write('data/inspections.csv', [INSPECTIONS_HEADER, '2025-q1-01,2025-Q1,south-park,textiles,qp02,印染中心进度滞后（虚构）,,南区管委会,,2025-04-30,rectified,2025-04-20,', '2025-q2-01,2025-Q2,,tea,,茶产业链招商储备不足（虚构）,,茶产业链专班,,2025-09-30,open,,'].join('\n'));
    const r = loadDataset(f);
    expect(brief(r.issues)).toEqual([]);
    expect(r.dataset!.tables.projectProgress.map((p) => `${p.project_id} ${p.month} ${p.funds_in_place_wan}`)).toEqual(['qp02 2024-10 null', 'qp02 2024-11 1000', 'qp02 2024-12 null', 'qp03 2024-12 17500']);
    expect(r.dataset!.tables.inspections.map((i) => `${i.id} ${i.quarter} ${i.park_id} ${i.status}`)).toEqual(['2025-q1-01 2025-Q1 south-park rectified', '2025-q2-01 2025-Q2 null open']);
  });
});

describe('project_progress.csv mistakes', () => {
  it('each is reported at its cell, in both languages', () => {
    const f = copyFixture();
    f.write(
      'data/project_progress.csv',
      [
        PROGRESS_HEADER,
        'qp02,2024-10,0,,started,', // 2: started before actual_start_on
        'qp02,2025-02,900,2000,started,', // 3
        'qp02,2025-01,950,1500,started,', // 4: out of order; in month order investment falls 950 → 900
        'qp03,2025-01,19000,,in_production,', // 5: above the contract, no note
        'qp01,2025-03,0,,signed,', // 6: before signing
        'qp01,2025-07,0,,signed,', // 7: after the as-of date
        'qp01,2025/7,0,,signed,', // 8: month format
        'qp04,2024-05,100,,started,', // 9: terminated by then
      ].join('\n'),
    );
    expect(brief(loadDataset(f).issues)).toEqual([
      'month.format @ project_progress.csv:8:2 "2025/7" | 月份“2025/7”格式不对，应写成 年-月（YYYY-MM）。 | The month "2025/7" is not written as YYYY-MM. | 改为 2025-07',
      'progress.stage-dates @ project_progress.csv:2:5 "started" | 2024-10 月末的进展为“已开工”（started），但 projects.csv 中 actual_start_on 为 2024-11-20，按日期应为“已签约”（signed）。 | The stage at the end of 2024-10 is started, but actual_start_on in projects.csv is 2024-11-20, so by the dates it is signed. | 把 stage 改为 signed，或核对 projects.csv 中项目 qp02 的日期。',
      'progress.month-order @ project_progress.csv:4:2 "2025-01" | 项目 qp02 的 2025-01 排在 2025-02（第 3 行）之后：同一项目的月份要按先后排列。 | Project qp02: 2025-01 comes after 2025-02 (line 3); a project\'s months must be in order. | 按月份先后排列这个项目的行，或核对月份。',
      'progress.above-contract @ project_progress.csv:5:3 "19000" | 累计完成投资 19000 万元超过合同投资额 18000 万元，且没有说明。 | Cumulative investment completed (19000 万元) exceeds the contracted investment (18000 万元) and there is no note. | 如确属追加投资，在 note_zh 写明；否则核对数值和单位。',
      'progress.before-signed @ project_progress.csv:6:2 "2025-03" | 项目 qp01 于 2025-04-18 签约，2025-03 还没有签约，不能有进展。 | Project qp01 was signed on 2025-04-18; it cannot have progress in 2025-03, before it was signed. | 删除这一行，或核对月份和签约日期（projects.csv 的 signed_on）。',
      'progress.after-as-of @ project_progress.csv:7:2 "2025-07" | 月份 2025-07 晚于数据截至日期 2025-06-30（portal.json 的 as_of）。 | The month 2025-07 is after the data\'s as-of date 2025-06-30 (as_of in portal.json). | 核对月份，或更新 as_of。',
      'progress.stage-dates @ project_progress.csv:9:5 "started" | 2024-05 月末的进展为“已开工”（started），但 projects.csv 中 terminated_on 为 2024-04-30，按日期应为“已终止”（terminated）。 | The stage at the end of 2024-05 is started, but terminated_on in projects.csv is 2024-04-30, so by the dates it is terminated. | 把 stage 改为 terminated，或核对 projects.csv 中项目 qp04 的日期。',
      'progress.decreasing @ project_progress.csv:3:3 "900" | investment_completed_wan 是累计数，2025-02 的 900 小于 2025-01（第 4 行）的 950。 | investment_completed_wan is cumulative: 900 in 2025-02 is less than 950 in 2025-01 (line 4). | 累计数不会减少：核对这两个月的数值。',
    ]);
  });
});

describe('inspections.csv mistakes', () => {
  it('each is reported at its cell, in both languages', () => {
    const f = copyFixture();
    f.write(
      'data/inspections.csv',
      [
        INSPECTIONS_HEADER,
        'a1,2025Q1,south-park,,,问题（虚构）,,南区管委会,,2025-04-30,open,,', // 2: quarter format
        'a2,2025-Q1,,,,问题（虚构）,,南区管委会,,2025-04-30,rectified,,', // 3: no park or chain; rectified without a date
        'a3,2025-Q2,south-park,,,问题（虚构）,,南区管委会,,2025-03-31,open,2025-05-01,', // 4: deadline before the quarter; a date while open
        'a4,2025-Q1,north-park,textiles,qp02,问题（虚构）,,北区管委会,,2025-04-30,open,,', // 5: qp02 is in south-park
        'a5,2025-Q3,south-park,,,问题（虚构）,,南区管委会,,2025-10-31,open,,', // 6: quarter after the as-of date
        'a6,2025-Q1,south-park,,,问题（虚构）,,南区管委会,,2025-04-30,rectified,2025-07-02,', // 7: rectified after the as-of date
      ].join('\n'),
    );
    expect(brief(loadDataset(f).issues)).toEqual([
      'quarter.format @ inspections.csv:2:2 "2025Q1" | 季度“2025Q1”格式不对，应写成 年-Q季（YYYY-QN）。 | The quarter "2025Q1" is not written as YYYY-QN. | 改为 2025-Q1',
      'inspection.subject @ inspections.csv:3:3 "" | 园区（park_id）和产业链（chain_id）至少要填一个。 | Give a park (park_id) or a chain (chain_id), or both. | 填写问题所在的园区或产业链。',
      'inspection.rectified-date @ inspections.csv:3:12 "" | 状态为“已整改”（rectified）的问题必须填写整改完成日期。 | A finding marked rectified must have the date it was rectified. | 填写 rectified_on，或改正 status。',
      'inspection.rectified-date @ inspections.csv:4:12 "2025-05-01" | 状态不是“已整改”，却填了整改完成日期 2025-05-01。 | The finding is not marked rectified, yet it has a date rectified (2025-05-01). | 把 status 改为 rectified，或清空 rectified_on。',
      'inspection.date-order @ inspections.csv:4:10 "2025-03-31" | 整改期限 2025-03-31 早于督查季度 2025-Q2 的开始（2025-04-01）。 | The deadline 2025-03-31 is before the start of the quarter 2025-Q2 (2025-04-01). | 核对整改期限或季度。',
      'inspection.project-park @ inspections.csv:5:3 "north-park" | 项目 qp02 在园区 south-park，不在 north-park。 | Project qp02 is in the park south-park, not north-park. | 改为 south-park，或核对 project_id。',
      'inspection.after-as-of @ inspections.csv:6:2 "2025-Q3" | 季度 2025-Q3 开始于 2025-07-01，晚于数据截至日期 2025-06-30。 | The quarter 2025-Q3 starts on 2025-07-01, after the data\'s as-of date 2025-06-30. | 核对季度，或更新 portal.json 的 as_of。',
      'inspection.after-as-of @ inspections.csv:7:12 "2025-07-02" | 整改完成日期 2025-07-02 晚于数据截至日期 2025-06-30。 | The date rectified 2025-07-02 is after the data\'s as-of date 2025-06-30. | 已发生的日期不能晚于截至日期：核对日期。',
    ]);
  });
  it('an unknown project, park or chain gets the nearest id suggested', () => {
    const f = copyFixture();
    f.write('data/inspections.csv', [INSPECTIONS_HEADER, 'b1,2025-Q1,south-prk,,qp2,问题（虚构）,,南区管委会,,2025-04-30,open,,'].join('\n'));
    f.write('data/project_progress.csv', [PROGRESS_HEADER, 'qp9,2025-01,0,,signed,'].join('\n'));
    expect(brief(loadDataset(f).issues).map((s) => s.split(' | ').slice(0, 1).concat(s.split(' | ').slice(-1)).join(' | '))).toEqual([
      'reference.unknown @ project_progress.csv:2:1 "qp9" | 是不是 qp01？',
      'reference.unknown @ inspections.csv:2:3 "south-prk" | 是不是 south-park？',
      'reference.unknown @ inspections.csv:2:5 "qp2" | 是不是 qp02？',
    ]);
  });
});

describe('month and quarter cells', () => {
  it('month(raw) accepts YYYY-MM and suggests the fix for 2025-7, 2025年7月 and an Excel date', () => {
    expect(month('2025-07')).toBe('2025-07');
    expect(month('2025-7')).toMatchObject({ rule: 'month.format', hint: { zh: '改为 2025-07' } });
    expect(month('2025年7月')).toMatchObject({ rule: 'month.format', hint: { en: 'Use 2025-07' } });
    expect(month('2025/7/1')).toMatchObject({ rule: 'month.format', hint: { en: 'Use 2025-07' } });
    expect(month('2025-13')).toMatchObject({ rule: 'month.invalid' });
  });
  it('quarter(raw) accepts YYYY-QN and suggests the fix for 2025q3 and 2025年第三季度', () => {
    expect(quarter('2025-Q3')).toBe('2025-Q3');
    expect(quarter('2025q3')).toMatchObject({ rule: 'quarter.format', hint: { zh: '改为 2025-Q3' } });
    expect(quarter('2025年第三季度')).toMatchObject({ rule: 'quarter.format', hint: { zh: '改为 2025-Q3' } });
    expect(quarter('2025-Q5')).toMatchObject({ rule: 'quarter.invalid' });
  });
});

describe('the sample', () => {
  it('has at least 18 months of progress, a row for every project alive in the last month, and two years of quarterly findings', async () => {
    const { SAMPLE } = await import('../../../tests/helpers/fixture.ts');
    const { monthOf } = await import('./periods.ts');
    const t = loadDataset(SAMPLE).dataset!.tables;
    const months = [...new Set(t.projectProgress.map((r) => r.month))].sort();
    expect(months.length).toBeGreaterThanOrEqual(18);
    const last = months.at(-1)!;
    const reported = new Set(t.projectProgress.filter((r) => r.month === last).map((r) => r.project_id));
    for (const p of t.projects) if (p.terminated_on === null && monthOf(p.signed_on) <= last) expect(reported.has(p.id), p.id).toBe(true);
    const quarters = new Set(t.inspections.map((f) => f.quarter));
    expect(quarters.size).toBeGreaterThanOrEqual(8);
    expect(new Set(t.inspections.map((f) => f.status))).toEqual(new Set(['open', 'in_progress', 'rectified']));
  });
});
