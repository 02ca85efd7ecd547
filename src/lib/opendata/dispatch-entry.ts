/** The derived open-data resource of the monthly dispatch: every month's rates by group (dispatch-export.ts). */
import { regionLevel, type RegionNames } from '../i18n/region-words.ts';
import type { CatalogueEntry, CatalogueField } from './catalogue.ts';
import type { CsvCell } from '../format/csv.ts';
import { DISPATCH_COLUMNS } from '../evaluation/dispatch-export.ts';

const FIELD: Record<(typeof DISPATCH_COLUMNS)[number], [string, string, CatalogueField['field']['type'], string?]> = {
  month: ['月份（YYYY-MM）', 'Month (YYYY-MM)', 'string'],
  as_of: ['统计时点', 'As of', 'date'],
  group: ['分组（all / county / chain / park）', 'Grouping (all / county / chain / park)', 'string'],
  group_id: ['分组编号（all 时为空）', 'Group id (blank for all)', 'string'],
  signed: ['已签约项目数', 'Projects signed', 'integer'],
  performing: ['履约项目数', 'Projects in performance', 'integer'],
  started: ['已开工项目数（含已投产）', 'Projects started (incl. producing)', 'integer'],
  producing: ['已投产项目数', 'Projects producing', 'integer'],
  terminated: ['已终止项目数', 'Projects terminated', 'integer'],
  overdue: ['逾期项目数', 'Projects overdue', 'integer'],
  contracted_wan: ['合同投资额', 'Contracted investment', 'number', '万元'],
  funds_in_place_wan: ['到位资金', 'Funds in place', 'number', '万元'],
  funds_not_reported: ['未填报到位资金的项目数', 'Projects without funds reported', 'integer'],
  performance_rate: ['履约率', 'Performance rate', 'number'],
  funds_rate: ['资金到位率', 'Funds-in-place rate', 'number'],
  start_rate: ['开工率', 'Start rate', 'number'],
  production_rate: ['竣工投产率', 'Production rate', 'number'],
  performance_change: ['履约率较上月变化', 'Change of the performance rate from the month before', 'number'],
  funds_change: ['资金到位率较上月变化', 'Change of the funds-in-place rate from the month before', 'number'],
  start_change: ['开工率较上月变化', 'Change of the start rate from the month before', 'number'],
  production_change: ['竣工投产率较上月变化', 'Change of the production rate from the month before', 'number'],
};

/** `region`: portal.json's region, whose level word the description uses (全州, 全市). */
export function dispatchEntry(rows: CsvCell[][], asOf: string, region: RegionNames): CatalogueEntry {
  return {
    name: 'dispatch-rates',
    titleZh: '按月调度：招商项目四项比率',
    titleEn: 'Monthly dispatch: investment project rates',
    descriptionZh: `每月末截至当月已签约的全部项目的履约率、资金到位率、开工率和竣工投产率，全${regionLevel(region).zh}及各县市区、产业链、园区，含较上月的变化（口径见按月调度页）。`,
    descriptionEn: 'Each month end: performance, funds-in-place, start and production rates of every project signed by then, overall and by county, chain and park, with the change from the month before (definitions on the monthly dispatch page).',
    kind: 'derived',
    source: 'data/projects.csv + data/project_progress.csv',
    fields: DISPATCH_COLUMNS.map((name) => {
      const [zh, en, type, unit] = FIELD[name];
      return { name, zh, en, required: name === 'month' || name === 'group', field: { type }, ...(unit ? { unit } : {}) };
    }),
    primaryKey: ['month', 'group', 'group_id'],
    foreignKeys: [],
    rows,
    lastChanged: asOf,
  };
}
