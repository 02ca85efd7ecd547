/**
 * Rules across tables and content: references resolve, a firm's segment belongs to its chain, project
 * dates are not after the as-of date, the scoring settings add up, every profile has its row.
 */
import { hint, problem, type DataIssue, type Problem, type Severity } from './issues.ts';
import type { Loaded } from './dataset.ts';
import type { TableName } from './tables.ts';
import { nearest } from '../text/nearest.ts';
import { REFERENCES } from './references.ts';
import { leadsTargetsCheck } from './leads-targets-check.ts';

export function crossCheck(d: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const { lined, rawIds, files, columnIndex, content } = d;

  /** An issue at a cell of a table. */
  const atCell = (table: TableName, line: number, field: string, value: string, p: Problem, severity: Severity = 'error') => {
    const i: DataIssue = { severity, file: files[table], line, field, value, rule: p.rule, message: p.message };
    const col = columnIndex[table].get(field);
    if (col !== undefined) i.column = col;
    if (p.hint) i.hint = p.hint;
    out.push(i);
  };

  const unknownRef = (value: string, targetZh: string, targetEn: string, ids: Iterable<string>): Problem => {
    const guess = nearest(value, ids);
    return problem(
      'reference.unknown',
      `“${value}”在${targetZh}中不存在。`,
      `"${value}" does not exist in ${targetEn}.`,
      guess ? hint(`是不是 ${guess}？`, `Did you mean ${guess}?`) : hint(`先在${targetZh}中添加它，或改为已有的编号。`, `Add it to ${targetEn} first, or use an existing id.`),
    );
  };

  const policyIds = d.contentIds.policies;
  const target = {
    counties: { ids: rawIds.counties, zh: ' counties.csv ', en: 'counties.csv' },
    parks: { ids: rawIds.parks, zh: ' parks.csv ', en: 'parks.csv' },
    chains: { ids: rawIds.chains, zh: ' chains.csv ', en: 'chains.csv' },
    targets: { ids: rawIds.targets, zh: ' targets.csv ', en: 'targets.csv' },
    projects: { ids: rawIds.projects, zh: ' projects.csv ', en: 'projects.csv' },
    enterprises: { ids: rawIds.enterprises, zh: ' enterprises.csv ', en: 'enterprises.csv' },
    policies: { ids: policyIds, zh: ' content/policies/ ', en: 'content/policies/' },
  } as const;
  type Target = keyof typeof target;

  /** Every value of `field` (one id, a list of ids, or null) in `table` must exist in `to`. */
  const refs = <N extends TableName>(table: N, field: string, to: Target) => {
    const t = target[to];
    // A file that could not be read has had its one message; do not add one per reference to it.
    if (to !== 'policies' && d.unreadable.has(to)) return;
    for (const { line, row } of lined[table]) {
      const v = (row as Record<string, unknown>)[field];
      const values = Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
      for (const value of values) if (!t.ids.has(value)) atCell(table, line, field, value, unknownRef(value, t.zh, t.en, t.ids));
    }
  };

  for (const r of REFERENCES) refs(r.table, r.field, r.to);
  out.push(...leadsTargetsCheck(d));

  // Segments belong to one chain: links and firms must name a segment of their own chain.
  const segmentsOf = new Map<string, Map<string, string>>();
  for (const { row } of lined.chainSegments) {
    if (!segmentsOf.has(row.chain_id)) segmentsOf.set(row.chain_id, new Map());
    segmentsOf.get(row.chain_id)!.set(row.id, row.strength);
  }
  const segmentRef = (table: 'chainLinks' | 'enterprises', line: number, field: string, chainId: string, seg: string) => {
    if (!rawIds.chains.has(chainId)) return; // already reported as an unknown chain
    if (d.unreadable.has('chainSegments')) return;
    const segs = segmentsOf.get(chainId) ?? new Map<string, string>();
    if (!segs.has(seg)) {
      const guess = nearest(seg, segs.keys());
      atCell(table, line, field, seg, problem('segment.not-in-chain', `环节“${seg}”不是产业链 ${chainId} 的环节（见 chain_segments.csv）。`, `"${seg}" is not a segment of the chain ${chainId} (see chain_segments.csv).`, guess ? hint(`是不是 ${guess}？`, `Did you mean ${guess}?`) : hint(`可用的环节：${[...segs.keys()].join(', ') || '（无）'}`, `Segments of that chain: ${[...segs.keys()].join(', ') || '(none)'}`)));
    }
    return segs.get(seg);
  };
  for (const { line, row } of lined.chainLinks) {
    segmentRef('chainLinks', line, 'from', row.chain_id, row.from);
    segmentRef('chainLinks', line, 'to', row.chain_id, row.to);
  }
  for (const { line, row } of lined.enterprises) {
    if (row.segment_id === null) continue;
    const strength = segmentRef('enterprises', line, 'segment_id', row.chain_id, row.segment_id);
    if (strength === 'missing') {
      atCell('enterprises', line, 'segment_id', row.segment_id, problem('segment.missing-has-firm', `环节 ${row.segment_id} 标为缺失（missing），但这里有一家企业。`, `The segment ${row.segment_id} is marked missing, yet a firm is in it.`, hint('把该环节的 strength 改为 weak 或 strong，或核对企业所在环节。', "Set the segment's strength to weak or strong, or check the firm's segment.")), 'warning');
    }
  }

  // A weak segment means "has firms, but small": with no firm listed in it, a reader sees a contradiction.
  const segmentsWithFirms = new Set(lined.enterprises.filter((e) => e.row.segment_id !== null).map((e) => `${e.row.chain_id}/${e.row.segment_id}`));
  // An unreadable enterprises.csv is reported once, not again as every weak segment's missing firms.
  for (const { line, row } of d.unreadable.has('enterprises') ? [] : lined.chainSegments) {
    if (row.strength !== 'weak' || segmentsWithFirms.has(`${row.chain_id}/${row.id}`)) continue;
    atCell(
      'chainSegments',
      line,
      'strength',
      row.strength,
      problem(
        'segment.weak-no-firm',
        `环节“${row.name_zh}”（${row.chain_id}/${row.id}）标为“弱”（已有企业但规模小），但 enterprises.csv 中没有这个环节的企业。`,
        `The segment "${row.name_en ?? row.name_zh}" (${row.chain_id}/${row.id}) is marked weak (has firms, but small), yet no firm in enterprises.csv is in it.`,
        hint('在 enterprises.csv 中列出该环节的企业（segment_id 填这个环节），或把强弱（strength）改为 missing。', 'List its firms in enterprises.csv (with this segment_id), or set its strength to missing.'),
      ),
      'warning',
    );
  }

  // Projects: nothing can have happened after the as-of date; funds above the contract are doubtful.
  const asOf = d.portal?.as_of;
  for (const { line, row } of lined.projects) {
    for (const field of ['signed_on', 'actual_start_on', 'production_on', 'terminated_on'] as const) {
      const v = row[field];
      if (asOf && v && v > asOf) {
        atCell('projects', line, field, v, problem('project.after-as-of', `${field} ${v} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `${field} ${v} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('已发生的日期不能晚于截至日期：核对日期，或更新 as_of。', 'Something that happened cannot be after the as-of date: check the date, or update as_of.')));
      }
    }
    if (row.funds_in_place_wan !== null && row.funds_in_place_wan > row.contracted_investment_wan) {
      atCell('projects', line, 'funds_in_place_wan', String(row.funds_in_place_wan), problem('project.funds-above-contract', `到位资金 ${row.funds_in_place_wan} 万元超过合同投资额 ${row.contracted_investment_wan} 万元。`, `Funds in place (${row.funds_in_place_wan} 万元) exceed the contracted investment (${row.contracted_investment_wan} 万元).`, hint('如确属追加投资可以保留；否则核对单位和数值。', 'Keep it if the investor really added funds; otherwise check the figure and its unit.')), 'warning');
    }
  }

  // Nothing can be reported for a time after the as-of date (a year after it has not happened yet).
  if (asOf) {
    const asOfYear = Number(asOf.slice(0, 4));
    const yearAfter = (table: 'parkIndicators' | 'chainIndicators' | 'fiveGoodScores') => {
      for (const { line, row } of lined[table]) {
        if (row.year > asOfYear) atCell(table, line, 'year', String(row.year), problem('date.after-as-of', `年度 ${row.year} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `The year ${row.year} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对年度，或更新 portal.json 的 as_of。', 'Check the year, or update as_of in portal.json.')));
      }
    };
    yearAfter('parkIndicators');
    yearAfter('chainIndicators');
    yearAfter('fiveGoodScores');
    for (const { line, row } of lined.targetProgress) {
      if (row.as_of > asOf) atCell('targetProgress', line, 'as_of', row.as_of, problem('date.after-as-of', `进展日期 ${row.as_of} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, `The progress date ${row.as_of} is after the data's as-of date ${asOf} (as_of in portal.json).`, hint('核对日期，或更新 portal.json 的 as_of。', 'Check the date, or update as_of in portal.json.')));
    }
    for (const e of content.updates) {
      if (e.data.date > asOf) out.push({ severity: 'error', file: e.file, line: e.lines['date'] ?? 2, field: 'date', value: e.data.date, rule: 'date.after-as-of', message: { zh: `动态日期 ${e.data.date} 晚于数据截至日期 ${asOf}（portal.json 的 as_of）。`, en: `The update's date ${e.data.date} is after the data's as-of date ${asOf} (as_of in portal.json).` }, hint: hint('核对日期，或更新 portal.json 的 as_of。', 'Check the date, or update as_of in portal.json.') });
    }
  }

  // Scoring settings.
  const indicatorRows = lined.scoringIndicators;
  if (indicatorRows.length > 0) {
    const sum = indicatorRows.reduce((s, r) => s + r.row.weight, 0);
    if (Math.abs(sum - 100) > 1e-9) {
      out.push({ severity: 'error', file: files.scoringIndicators, field: 'weight', rule: 'scoring.weights-sum', value: String(Number(sum.toFixed(6))), message: { zh: `各指标权重合计为 ${Number(sum.toFixed(6))}，应为 100。`, en: `The weights add up to ${Number(sum.toFixed(6))}; they must add up to 100.` }, hint: hint('调整 weight 列使合计为 100。', 'Adjust the weight column so it adds up to 100.') });
    }
  }
  const grades = lined.scoringGrades;
  const usesQuotas = lined.scoringReleases.some((r) => r.row.status !== 'draft' && r.row.grade_method === 'quotas');
  const usesThresholds = lined.scoringReleases.some((r) => r.row.status !== 'draft' && r.row.grade_method === 'thresholds');
  if (grades.length > 0 && usesQuotas) {
    const sum = grades.reduce((s, r) => s + (r.row.quota_ratio ?? 0), 0);
    if (Math.abs(sum - 1) > 1e-9) {
      out.push({ severity: 'error', file: files.scoringGrades, field: 'quota_ratio', rule: 'scoring.quotas-sum', value: String(Number(sum.toFixed(6))), message: { zh: `名额比例合计为 ${Number(sum.toFixed(6))}，应为 1。`, en: `The quota ratios add up to ${Number(sum.toFixed(6))}; they must add up to 1.` }, hint: hint('有年度按比例定等（grade_method = quotas）时，quota_ratio 合计须为 1。', 'When a year grades by quotas, quota_ratio must add up to 1.') });
    }
  }
  if (grades.length > 0 && usesThresholds) {
    const sorted = [...grades].sort((a, b) => (a.row.grade < b.row.grade ? -1 : 1));
    sorted.forEach(({ line, row }, i) => {
      const last = i === sorted.length - 1;
      if (!last && row.min_score === null) {
        atCell('scoringGrades', line, 'min_score', '', problem('scoring.threshold-missing', `等次 ${row.grade} 缺少最低总分。`, `Grade ${row.grade} has no min_score.`, hint('按分数线定等时，除最低等次外都要填写 min_score。', 'With the threshold method every grade but the last needs a min_score.')));
      }
      const next = sorted[i + 1];
      if (next && row.min_score !== null && next.row.min_score !== null && next.row.min_score >= row.min_score) {
        atCell('scoringGrades', next.line, 'min_score', String(next.row.min_score), problem('scoring.threshold-order', `等次 ${next.row.grade} 的最低分 ${next.row.min_score} 不低于等次 ${row.grade} 的 ${row.min_score}。`, `Grade ${next.row.grade}'s min_score ${next.row.min_score} is not below grade ${row.grade}'s ${row.min_score}.`, hint('分数线应从 A 到 D 依次降低。', 'Thresholds must fall from A to D.')));
      }
    });
  }

  // Content: a profile needs its row; a row without a profile is doubtful, not wrong.
  const profileCheck = (collection: 'parks' | 'chains', table: 'parks' | 'chains') => {
    const rowIds = rawIds[table];
    const entryIds = d.contentIds[collection];
    if (d.unreadable.has(table)) return;
    for (const e of content[collection]) {
      if (!rowIds.has(e.id)) {
        const guess = nearest(e.id, rowIds);
        out.push({ severity: 'error', file: e.file, rule: 'content.no-row', value: e.id, message: { zh: `${collection}/${e.id}.mdx 在 ${table}.csv 中没有对应的行。`, en: `${collection}/${e.id}.mdx has no row in ${table}.csv.` }, hint: guess ? hint(`文件名应与编号一致：是不是 ${guess}.mdx？`, `The file name must be the id: did you mean ${guess}.mdx?`) : hint(`在 ${table}.csv 中添加 ${e.id}，或删除这个文件。`, `Add ${e.id} to ${table}.csv, or delete the file.`) });
      }
    }
    for (const { line, row } of lined[table]) {
      if (!entryIds.has(row.id)) {
        atCell(table, line, 'id', row.id, problem('content.no-profile', `${row.id} 还没有简介页（${d.contentDisplayDir}/${collection}/${row.id}.mdx）。`, `${row.id} has no profile yet (${d.contentDisplayDir}/${collection}/${row.id}.mdx).`, hint('可用 npm run new 新建简介；没有简介时页面只显示数据。', 'Add a profile; without one the page shows the data only.')), 'warning');
      }
    }
  };
  profileCheck('parks', 'parks');
  profileCheck('chains', 'chains');

  // English pages show a name in English when there is one; without it they fall back to Chinese.
  for (const table of Object.keys(lined) as TableName[]) {
    if (!columnIndex[table].has('name_en') && !('name_en' in ((lined[table][0]?.row ?? {}) as object))) continue;
    for (const { line, row } of lined[table] as { line: number; row: Record<string, unknown> }[]) {
      if (!('name_en' in row) || row['name_en'] !== null) continue;
      const nameZh = String(row['name_zh'] ?? '');
      atCell(table, line, 'name_en', '', problem('name.no-english', `“${nameZh}”没有英文名称，英文版页面将显示中文名。`, `"${nameZh}" has no English name; English pages will show the Chinese name.`, hint('填写 name_en。', 'Fill in name_en.')), 'warning');
    }
  }

  // Frontmatter references.
  const fmRefs = (entries: { file: string; id: string; data: Record<string, unknown>; lines: Record<string, number> }[], field: string, to: Target) => {
    const t = target[to];
    if (to !== 'policies' && d.unreadable.has(to)) return;
    for (const e of entries) {
      const v = e.data[field];
      for (const value of Array.isArray(v) ? (v as string[]) : []) {
        if (t.ids.has(value)) continue;
        const p = unknownRef(value, t.zh, t.en, t.ids);
        const i: DataIssue = { severity: 'error', file: e.file, field, value, rule: p.rule, message: p.message };
        const line = e.lines[field];
        if (line !== undefined) i.line = line;
        if (p.hint) i.hint = p.hint;
        out.push(i);
      }
    }
  };
  fmRefs(content.policies, 'chains', 'chains');
  fmRefs(content.policies, 'parks', 'parks');
  fmRefs(content.policies, 'counties', 'counties');
  fmRefs(content.updates, 'parks', 'parks');
  fmRefs(content.updates, 'chains', 'chains');
  for (const e of content.policies) {
    const { effective_from: from, effective_to: to } = e.data;
    if (to && to < e.data.issued_on) {
      out.push({ severity: 'error', file: e.file, line: e.lines['effective_to'] ?? 2, field: 'effective_to', value: to, rule: 'policy.ends-before-issued', message: { zh: `失效日期 ${to} 早于印发日期 ${e.data.issued_on}。`, en: `effective_to ${to} is before the policy was issued (${e.data.issued_on}).` }, hint: hint('核对 effective_to 和 issued_on。', 'Check effective_to and issued_on.') });
    } else if (from && to && to < from) {
      out.push({ severity: 'error', file: e.file, line: e.lines['effective_to'] ?? 2, field: 'effective_to', value: to, rule: 'policy.date-order', message: { zh: `失效日期 ${to} 早于生效日期 ${from}。`, en: `effective_to ${to} is before effective_from ${from}.` }, hint: hint('核对两个日期。', 'Check both dates.') });
    }
  }
  return out;
}
