/**
 * A year's evaluation as a table: every input, benchmark, ratio, item score, total, rank and grade,
 * so anyone can re-run it. The same rows feed the published CSV, `npm run score` and the page.
 */
import { toCsv, type CsvCell } from '../format/csv.ts';
import type { YearEvaluation } from './evaluate.ts';
import { INDICATOR_KEYS, type ParkYearInput } from './indicators.ts';
import { roundHalfUp } from './round.ts';

/** Published numbers keep 6 decimals: enough to re-run the ranking, which compares 2. */
const r6 = (x: number | null | undefined) => (x === null || x === undefined ? null : roundHalfUp(x, 6));

export const EVALUATION_COLUMNS = [
  'year',
  'rank',
  'rank_change',
  'park_id',
  'park_name_zh',
  'grade',
  'status',
  'reason_zh',
  'industrial_land_mu',
  'industrial_investment_wan',
  'industrial_output_wan',
  'lead_industry_output_wan',
  'tax_wan',
  'value_added_wan',
  'energy_tce',
  'prev_value_added_wan',
  'prev_energy_tce',
  ...INDICATOR_KEYS.flatMap((k) => [`${k}_value`, `${k}_benchmark`, `${k}_weight`, `${k}_cap`, `${k}_ratio`, `${k}_score`]),
  'total',
] as const;

export interface NameLookup {
  (parkId: string): string;
}

/** Graded parks by rank then id, then ungraded ones by id. */
export function evaluationRows(e: YearEvaluation, inputs: readonly ParkYearInput[], nameOf: NameLookup): CsvCell[][] {
  const input = new Map(inputs.map((r) => [`${r.park_id}|${r.year}`, r]));
  const raw = (id: string) => {
    const cur = input.get(`${id}|${e.year}`);
    const prev = input.get(`${id}|${e.year - 1}`);
    return [cur?.industrial_land_mu, cur?.industrial_investment_wan, cur?.industrial_output_wan, cur?.lead_industry_output_wan, cur?.tax_wan, cur?.value_added_wan, cur?.energy_tce, prev?.value_added_wan, prev?.energy_tce].map((v) => v ?? null);
  };
  const rows: CsvCell[][] = [];
  for (const g of e.graded) {
    rows.push([
      e.year,
      g.rank,
      g.rankChange === null ? 'new' : g.rankChange,
      g.park_id,
      nameOf(g.park_id),
      g.grade,
      'graded',
      '',
      ...raw(g.park_id),
      ...INDICATOR_KEYS.flatMap((k) => [r6(g.values[k]), r6(e.benchmarks?.[k].value), e.settings.indicators[k].weight, e.settings.indicators[k].cap, r6(g.ratios[k]), r6(g.scores[k])]),
      r6(g.total),
    ]);
  }
  for (const u of e.ungraded) {
    rows.push([e.year, '', '', u.park_id, nameOf(u.park_id), '', u.kind === 'exempt' ? 'exempt' : 'missing_input', u.reason.zh, ...raw(u.park_id), ...INDICATOR_KEYS.flatMap((k) => [null, r6(e.benchmarks?.[k].value), e.settings.indicators[k].weight, e.settings.indicators[k].cap, null, null]), null]);
  }
  return rows;
}

export function evaluationCsv(e: YearEvaluation, inputs: readonly ParkYearInput[], nameOf: NameLookup): string {
  return toCsv(EVALUATION_COLUMNS, evaluationRows(e, inputs, nameOf));
}
