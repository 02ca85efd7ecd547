/**
 * The plausibility warnings over a loaded dataset: thresholds from checks/thresholds.csv (every
 * setting needs its row: there are no defaults in code), warnings on the yearly tables, minus those
 * acknowledged in checks/acknowledged.csv. Runs only on data that passed every other check.
 */
import { hint, type DataIssue } from './issues.ts';
import type { Loaded } from './dataset.ts';
import type { Column } from './table.ts';
import { TABLES } from './tables.ts';
import { THRESHOLD_SETTINGS } from './warning-kinds.ts';
import { plausibilityWarnings, type CheckedTable, type Thresholds } from './plausibility.ts';
import { applyAcknowledgements, type AcknowledgedWarning } from './acknowledgements.ts';

/** The figure columns of a table: numbers that are not part of its key. */
function figuresOf(def: { columns: Record<string, Column<unknown>>; key: string[] }) {
  return Object.entries(def.columns)
    .filter(([name, c]) => (c.field.type === 'number' || c.field.type === 'integer') && !def.key.includes(name))
    .map(([name, c]) => ({ name, unit: c.unit, zh: c.zh, en: c.en }));
}

export interface PlausibilityResult {
  issues: DataIssue[];
  acknowledged: AcknowledgedWarning[];
}

export function plausibilityCheck(d: Loaded): PlausibilityResult {
  const file = d.files.checkThresholds;
  const rows = new Map(d.lined.checkThresholds.map((r) => [r.row.setting, r.row.value]));
  const missing = THRESHOLD_SETTINGS.filter((s) => !rows.has(s.value));
  if (missing.length > 0) {
    return {
      acknowledged: [],
      issues: missing.map((s) => ({ severity: 'error', file, field: 'setting', value: s.value, rule: 'checks.threshold-missing', message: { zh: `缺少设置 ${s.value}（${s.zh}）。`, en: `The setting ${s.value} (${s.en}) is missing.` }, hint: hint(`添加一行：${s.value},取值`, `Add a row: ${s.value},value`) })),
    };
  }
  const thresholds = Object.fromEntries(rows) as Thresholds;
  const ackFile = d.files.acknowledgedWarnings;
  const tables: CheckedTable[] = [
    { file: 'park_indicators.csv', shown: d.files.parkIndicators, entity: 'park_id', figures: figuresOf(TABLES.parkIndicators), rows: d.lined.parkIndicators, columnIndex: d.columnIndex.parkIndicators, landColumn: 'industrial_land_mu' },
    { file: 'chain_indicators.csv', shown: d.files.chainIndicators, entity: 'chain_id', figures: figuresOf(TABLES.chainIndicators), rows: d.lined.chainIndicators, columnIndex: d.columnIndex.chainIndicators },
  ];
  const warnings = plausibilityWarnings({ tables, thresholds, ackFile });
  const r = applyAcknowledgements(warnings, d.lined.acknowledgedWarnings, ackFile, d.columnIndex.acknowledgedWarnings);
  return { issues: [...r.open, ...r.stale], acknowledged: r.acknowledged };
}

