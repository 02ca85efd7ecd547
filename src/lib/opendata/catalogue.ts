/**
 * The open-data catalogue: every table as published (CSV and JSON) and the derived datasets
 * (each year's evaluation, project rates, five-good results), each with its columns, keys and the
 * date of its newest record. Pure: the /data/ pages, the data package and the tests build on it.
 */
import { regionLevel, type RegionNames } from '../i18n/region-words.ts';
import type { Dataset } from '../data/dataset.ts';
import { TABLES, type TableName } from '../data/tables.ts';
import type { FieldType } from '../data/cells.ts';
import type { TableDef } from '../data/table.ts';
import { REFERENCES, SEGMENT_REFERENCES } from '../data/references.ts';
import type { CsvCell } from '../format/csv.ts';
import type { YearEvaluation } from '../evaluation/evaluate.ts';
import { EVALUATION_COLUMNS, evaluationRows } from '../evaluation/export.ts';
import type { ParkYearInput } from '../evaluation/indicators.ts';
import type { ProjectRates } from '../evaluation/projects.ts';
import type { FiveGoodResult } from '../evaluation/five-good.ts';
import { roundHalfUp } from '../evaluation/round.ts';
import { parseSeal } from '../evaluation/seal.ts';

export interface CatalogueField {
  name: string;
  zh: string;
  en: string;
  unit?: string;
  required: boolean;
  field: FieldType;
  choices?: readonly { value: string; zh: string; en: string }[];
}

export interface CatalogueEntry {
  /** File stem and resource name: `parks`, `scoring-indicators`, `evaluation-2025`. */
  name: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  kind: 'table' | 'derived';
  /** Where the data come from, e.g. `data/parks.csv`. */
  source: string;
  fields: CatalogueField[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: CsvCell[][];
  /** Newest date found in the records, else the portal's as-of date. */
  lastChanged: string;
}

/** `scoring/indicators.csv` → `scoring-indicators`; `park_indicators.csv` → `park-indicators`. */
export function resourceName(file: string): string {
  return file.replace(/\.csv$/, '').replace(/[/_]/g, '-');
}

const cell = (v: unknown): CsvCell => (Array.isArray(v) ? v.join(';') : v === null || v === undefined ? null : (v as CsvCell));

function newestDate(rows: readonly Record<string, unknown>[], dateFields: string[], asOf: string): string {
  let newest = '';
  for (const r of rows) for (const f of dateFields) {
    const v = r[f];
    if (typeof v === 'string' && v <= asOf && v > newest) newest = v;
  }
  return newest || asOf;
}

function tableEntry(name: TableName, dataset: Dataset): CatalogueEntry {
  const def = TABLES[name] as unknown as TableDef;
  const rows = dataset.tables[name] as unknown as Record<string, unknown>[];
  const fieldNames = Object.keys(def.columns);
  const fileOf = (t: TableName) => resourceName((TABLES[t] as unknown as TableDef).file);
  const foreignKeys: CatalogueEntry['foreignKeys'] = [];
  for (const r of REFERENCES) {
    if (r.table !== name || r.to === 'policies') continue;
    if (def.columns[r.field]?.field.type === 'list') continue; // Table Schema has no foreign keys on list fields
    foreignKeys.push({ fields: [r.field], reference: { resource: fileOf(r.to), fields: ['id'] } });
  }
  for (const r of SEGMENT_REFERENCES) {
    if (r.table !== name) continue;
    foreignKeys.push({ fields: ['chain_id', r.field], reference: { resource: fileOf('chainSegments'), fields: ['chain_id', 'id'] } });
  }
  return {
    name: resourceName(def.file),
    titleZh: def.zh,
    titleEn: def.en,
    descriptionZh: `${def.zh}（data/${def.file}），按 ${def.key.join(' + ')} 唯一。`,
    descriptionEn: `${def.en} (data/${def.file}), one row per ${def.key.join(' + ')}.`,
    kind: 'table',
    source: `data/${def.file}`,
    fields: Object.entries(def.columns).map(([n, c]) => ({ name: n, zh: c.zh, en: c.en, required: c.required, field: c.field, ...(c.unit ? { unit: c.unit } : {}), ...(c.choices ? { choices: c.choices } : {}) })),
    primaryKey: def.key,
    foreignKeys,
    rows: rows.map((r) => fieldNames.map((f) => cell(r[f]))),
    lastChanged: newestDate(rows, fieldNames.filter((f) => def.columns[f]!.field.type === 'date'), dataset.portal.as_of),
  };
}

const num = (name: string, zh: string, en: string, unit?: string, integer = false): CatalogueField => ({ name, zh, en, required: false, field: { type: integer ? 'integer' : 'number' }, ...(unit ? { unit } : {}) });
const str = (name: string, zh: string, en: string, required = false): CatalogueField => ({ name, zh, en, required, field: { type: 'string' } });

function evaluationFields(): CatalogueField[] {
  return EVALUATION_COLUMNS.map((c) => {
    if (c === 'year') return { name: c, zh: '评价年度', en: 'Year evaluated', required: true, field: { type: 'year' } };
    if (c === 'rank') return num(c, '名次', 'Rank', undefined, true);
    if (c === 'rank_change') return str(c, '较上年名次变化（new = 新进入）', 'Rank change on last year (new = not ranked last year)');
    if (c === 'park_id') return str(c, '园区', 'Park', true);
    if (c === 'park_name_zh' || c === 'grade' || c === 'status' || c === 'reason_zh') return str(c, { park_name_zh: '园区名称', grade: '等次', status: '评价状态（graded / exempt / missing_input）', reason_zh: '不评级原因' }[c], { park_name_zh: 'Park name', grade: 'Grade', status: 'Status (graded / exempt / missing_input)', reason_zh: 'Why not graded' }[c]);
    return num(c, c, c, c.endsWith('_wan') ? '万元' : c.endsWith('_mu') ? '亩' : c.endsWith('_tce') ? '吨标准煤' : undefined);
  });
}

function evaluationEntry(e: YearEvaluation, status: string, inputs: readonly ParkYearInput[], nameOf: (id: string) => string, releasedOn: string, corrected?: SupersededTable): CatalogueEntry {
  const fields = evaluationFields();
  return {
    name: `evaluation-${e.year}`,
    titleZh: `${e.year} 年度园区亩均效益评价结果`,
    titleEn: `Per-mu evaluation of parks, ${e.year}`,
    descriptionZh: `${e.year} 年度全部输入、基准、比值、单项得分、总分、名次和等次（${status === 'notice' ? '公示中' : '正式发布'}），可据此复核排名。${corrected ? `已于 ${releasedOn} 更正；最初公布的表见 ${corrected.name}。` : ''}`,
    descriptionEn: `Every input, benchmark, ratio, item score, total, rank and grade of ${e.year} (${status}), enough to re-run the ranking.${corrected ? ` Corrected on ${releasedOn}; the table as first published is ${corrected.name}.` : ''}`,
    kind: 'derived',
    source: 'data/park_indicators.csv + data/scoring/',
    fields,
    primaryKey: ['park_id'],
    foreignKeys: [{ fields: ['park_id'], reference: { resource: 'parks', fields: ['id'] } }],
    rows: evaluationRows(e, inputs, nameOf),
    lastChanged: releasedOn,
  };
}

/** A sealed table a correction replaced, kept in the open data as it was published. */
export interface SupersededTable {
  /** Resource name, e.g. `evaluation-2023-original`. */
  name: string;
  year: number;
  /** Which table it is: the original, or correction n. */
  n: number | null;
  text: string;
  /** The date it was published. */
  date: string;
}

function supersededEntry(s: SupersededTable): CatalogueEntry {
  const fields = evaluationFields();
  const numeric = new Set(fields.filter((f) => f.field.type === 'number' || f.field.type === 'integer' || f.field.type === 'year').map((f) => f.name));
  const which = s.n === null ? { zh: '最初公布的', en: 'as first published' } : { zh: `第 ${s.n} 次更正后的`, en: `after correction ${s.n}` };
  return {
    name: s.name,
    titleZh: `${s.year} 年度园区亩均效益评价结果（${which.zh}原表）`,
    titleEn: `Per-mu evaluation of parks, ${s.year} (${which.en})`,
    descriptionZh: `${s.year} 年度${which.zh}评价结果，${s.date} 发布，后经更正；保留原样以便对照（见评价方法页的更正列表）。`,
    descriptionEn: `The ${s.year} results ${which.en}, published on ${s.date} and later corrected; kept as published for comparison (see the corrections on the methodology page).`,
    kind: 'derived',
    source: `data/scoring/seals/`,
    fields,
    primaryKey: ['park_id'],
    foreignKeys: [{ fields: ['park_id'], reference: { resource: 'parks', fields: ['id'] } }],
    rows: parseSeal(s.text).map((r) => EVALUATION_COLUMNS.map((c) => {
      const v = r.cells[c] ?? '';
      return numeric.has(c) ? (v === '' || v === 'new' ? (v === 'new' ? v : null) : Number(v)) : v;
    })),
    lastChanged: s.date,
  };
}

function ratesEntry(rates: { year: number; group: string; groupId: string; r: ProjectRates }[], asOf: string, region: RegionNames): CatalogueEntry {
  const r6 = (x: number | null) => (x === null ? null : roundHalfUp(x, 6));
  return {
    name: 'project-rates',
    titleZh: '招商项目推进率',
    titleEn: 'Investment project rates',
    descriptionZh: `按签约年度，全${regionLevel(region).zh}及各产业链、园区、县市区的签约数、履约率、开工率、竣工投产率和资金到位率（截至 ${asOf}）。`,
    descriptionEn: `Signed count, performance, start, production and funds-in-place rates by signing year, overall and by chain, park and county (as of ${asOf}).`,
    kind: 'derived',
    source: 'data/projects.csv',
    fields: [
      { name: 'signed_year', zh: '签约年度', en: 'Year signed', required: true, field: { type: 'year' } },
      { name: 'group', zh: '分组（all / chain / park / county）', en: 'Grouping (all / chain / park / county)', required: true, field: { type: 'string', constraints: { enum: ['all', 'chain', 'park', 'county'] } } },
      str('group_id', '分组编号（all 时为空）', 'Group id (blank for all)'),
      num('signed', '签约项目数', 'Projects signed', undefined, true),
      num('performing', '履约项目数', 'Projects in performance', undefined, true),
      num('started', '已开工项目数（含已投产）', 'Projects started (incl. producing)', undefined, true),
      num('producing', '已投产项目数', 'Projects producing', undefined, true),
      num('terminated', '已终止项目数', 'Projects terminated', undefined, true),
      num('overdue', '逾期项目数', 'Projects overdue', undefined, true),
      num('contracted_wan', '合同投资额', 'Contracted investment', '万元'),
      num('funds_in_place_wan', '到位资金', 'Funds in place', '万元'),
      num('funds_not_reported', '未填报到位资金的项目数', 'Projects without funds reported', undefined, true),
      num('performance_rate', '履约率', 'Performance rate'),
      num('start_rate', '开工率', 'Start rate'),
      num('production_rate', '竣工投产率', 'Production rate'),
      num('funds_rate', '资金到位率', 'Funds-in-place rate'),
    ],
    primaryKey: ['signed_year', 'group', 'group_id'],
    foreignKeys: [],
    rows: rates.map(({ year, group, groupId, r }) => [year, group, groupId, r.signed, r.performing, r.started, r.producing, r.terminated, r.overdue, r6(r.contractedWan), r6(r.fundsInPlaceWan), r.fundsNotReported, r6(r.performanceRate), r6(r.startRate), r6(r.productionRate), r6(r.fundsRate)]),
    lastChanged: asOf,
  };
}

function fiveGoodEntry(results: FiveGoodResult[], asOf: string): CatalogueEntry {
  return {
    name: 'five-good-results',
    titleZh: '“五好”园区评价结果',
    titleEn: 'Five-good park assessment results',
    descriptionZh: '各园区各年度“五好”五个维度得分、合计和名次。',
    descriptionEn: 'Each park’s five-good scores by dimension, total and rank, by year.',
    kind: 'derived',
    source: 'data/five_good_scores.csv',
    fields: [
      { name: 'year', zh: '年度', en: 'Year', required: true, field: { type: 'year' } },
      str('park_id', '园区', 'Park', true),
      num('total', '合计得分', 'Total score', '分'),
      num('max', '满分合计', 'Maximum total', '分'),
      num('rank', '名次（五项齐全时）', 'Rank (when all five are scored)', undefined, true),
    ],
    primaryKey: ['year', 'park_id'],
    foreignKeys: [{ fields: ['park_id'], reference: { resource: 'parks', fields: ['id'] } }],
    rows: results.map((r) => [r.year, r.park_id, roundHalfUp(r.total, 6), r.max, r.rank]),
    lastChanged: asOf,
  };
}

export interface CatalogueInput {
  dataset: Dataset;
  inputs: readonly ParkYearInput[];
  /** Published years' evaluations with their status and release date (for a corrected year: the correction's date and the table it replaced). */
  evaluations: { evaluation: YearEvaluation; status: string; releasedOn: string; corrected?: SupersededTable }[];
  /** Sealed tables replaced by corrections, kept as published. */
  superseded?: SupersededTable[];
  rates: { year: number; group: string; groupId: string; r: ProjectRates }[];
  fiveGood: FiveGoodResult[];
  /** Further derived resources (the monthly dispatch…), appended as given. */
  extra?: CatalogueEntry[];
}

export function buildCatalogue(c: CatalogueInput): CatalogueEntry[] {
  const names = new Map(c.dataset.tables.parks.map((p) => [p.id, p.name_zh]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return [
    ...(Object.keys(TABLES) as TableName[]).map((n) => tableEntry(n, c.dataset)),
    ...c.evaluations.map((e) => evaluationEntry(e.evaluation, e.status, c.inputs, nameOf, e.releasedOn, e.corrected)),
    ...(c.superseded ?? []).map(supersededEntry),
    ratesEntry(c.rates, c.dataset.portal.as_of, c.dataset.portal.region),
    fiveGoodEntry(c.fiveGood, c.dataset.portal.as_of),
    ...(c.extra ?? []),
  ];
}
