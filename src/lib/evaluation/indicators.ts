/**
 * The five indicators of the per-mu evaluation (亩均论英雄), computed for one park and year from its
 * row in park_indicators.csv (and the previous year's, for the energy indicator).
 */
import type { Bilingual } from '../data/issues.ts';

export const INDICATOR_KEYS = ['investment_per_mu', 'output_per_mu', 'tax_per_mu', 'lead_industry_share', 'energy_intensity_fall'] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** The columns of park_indicators.csv that the evaluation reads. */
export interface ParkYearInput {
  park_id: string;
  year: number;
  industrial_land_mu: number | null;
  industrial_investment_wan: number | null;
  industrial_output_wan: number | null;
  lead_industry_output_wan: number | null;
  tax_wan: number | null;
  value_added_wan: number | null;
  energy_tce: number | null;
  exempt_reason: string | null;
}

/** How many numbers completeInputsInto writes per park. */
export const INPUT_COUNT = 9;

export type InputColumn = Exclude<keyof ParkYearInput, 'park_id' | 'year' | 'exempt_reason'>;

export interface IndicatorDef {
  key: IndicatorKey;
  zh: string;
  en: string;
  /** Unit of the value: 万元/亩, or a ratio (shown as %). */
  unit: '万元/亩' | 'ratio';
  /** How it is computed, for the methodology page. */
  formulaZh: string;
  formulaEn: string;
}

export const INDICATORS: Record<IndicatorKey, IndicatorDef> = {
  investment_per_mu: { key: 'investment_per_mu', zh: '亩均工业投资', en: 'Industrial investment per mu', unit: '万元/亩', formulaZh: '工业投资 ÷ 工业用地面积', formulaEn: 'industrial investment ÷ industrial land' },
  output_per_mu: { key: 'output_per_mu', zh: '亩均工业产值', en: 'Industrial output per mu', unit: '万元/亩', formulaZh: '规模工业总产值 ÷ 工业用地面积', formulaEn: 'industrial output ÷ industrial land' },
  tax_per_mu: { key: 'tax_per_mu', zh: '亩均税收', en: 'Tax per mu', unit: '万元/亩', formulaZh: '税收 ÷ 工业用地面积', formulaEn: 'tax ÷ industrial land' },
  lead_industry_share: { key: 'lead_industry_share', zh: '主导产业占比', en: 'Lead-industry share', unit: 'ratio', formulaZh: '主导产业产值 ÷ 规模工业总产值', formulaEn: 'lead-industry output ÷ industrial output' },
  energy_intensity_fall: {
    key: 'energy_intensity_fall',
    zh: '单位工业增加值能耗降低率',
    en: 'Fall in energy use per unit of value added',
    unit: 'ratio',
    formulaZh: '1 − (本年能耗 ÷ 本年工业增加值) ÷ (上年能耗 ÷ 上年工业增加值)',
    formulaEn: '1 − (energy ÷ value added this year) ÷ (energy ÷ value added last year)',
  },
};

/** Numerator and denominator of one indicator for one park-year, before dividing. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** What is missing for one park-year, column by column (`tax_wan 2024`). */
export interface MissingInput {
  column: InputColumn;
  year: number;
}

export interface IndicatorValues {
  values: Record<IndicatorKey, number>;
  /** The parts each value was divided from: the auto benchmarks sum these across parks. */
  parts: Record<Exclude<IndicatorKey, 'energy_intensity_fall'>, Fraction> & {
    energy_intensity_fall: { energy: number; valueAdded: number; prevEnergy: number; prevValueAdded: number };
  };
}

export type IndicatorResult = { ok: true; indicators: IndicatorValues } | { ok: false; missing: MissingInput[]; reason: Bilingual };

const COLUMN_ZH: Record<InputColumn, string> = {
  industrial_land_mu: '工业用地面积',
  industrial_investment_wan: '工业投资',
  industrial_output_wan: '规模工业总产值',
  lead_industry_output_wan: '主导产业产值',
  tax_wan: '税收',
  value_added_wan: '工业增加值',
  energy_tce: '综合能源消费量',
};

const COLUMN_EN: Record<InputColumn, string> = {
  industrial_land_mu: 'industrial land',
  industrial_investment_wan: 'industrial investment',
  industrial_output_wan: 'industrial output',
  lead_industry_output_wan: 'lead-industry output',
  tax_wan: 'tax',
  value_added_wan: 'industrial value added',
  energy_tce: 'energy use',
};

/**
 * The five values for a park-year, or what is missing. A value needs every input it divides; a
 * divisor of 0 counts as missing (industrial land is refused at 0 by the data check already).
 * The energy indicator needs the previous year's energy and value added as well.
 */
export function indicatorValues(row: ParkYearInput, prev: ParkYearInput | undefined): IndicatorResult {
  const indicators = completeIndicators(row, prev);
  return indicators === null ? missingInputs(row, prev) : { ok: true, indicators };
}

/** The common case of indicatorValues, every input there: the five values, or null when anything is missing (then indicatorValues says what). */
export function completeIndicators(row: ParkYearInput, prev: ParkYearInput | undefined): IndicatorValues | null {
  const x = new Float64Array(INPUT_COUNT);
  return completeInputsInto(row, prev, x, 0) ? indicators(x[0]!, x[1]!, x[2]!, x[3]!, x[4]!, x[5]!, x[6]!, x[7]!, x[8]!) : null;
}

/**
 * The nine inputs of a park-year with every input there, written into `out` from `at` in the order
 * land, investment, output, lead-industry output, tax, energy, value added, last year's energy, last
 * year's value added; false (nothing written) when anything is missing. No object
 * per park: the evaluation of many parks keeps them in one typed array (100,000 parks: `npm run bench`).
 */
export function completeInputsInto(row: ParkYearInput, prev: ParkYearInput | undefined, out: Float64Array, at: number): boolean {
  const land = row.industrial_land_mu;
  const investment = row.industrial_investment_wan;
  const output = row.industrial_output_wan;
  const lead = row.lead_industry_output_wan;
  const tax = row.tax_wan;
  const energy = row.energy_tce;
  const valueAdded = row.value_added_wan;
  const prevEnergy = prev === undefined ? null : prev.energy_tce;
  const prevValueAdded = prev === undefined ? null : prev.value_added_wan;
  if (land !== null && land > 0 && investment !== null && output !== null && output > 0 && lead !== null && tax !== null && energy !== null && valueAdded !== null && valueAdded > 0 && prevEnergy !== null && prevEnergy > 0 && prevValueAdded !== null && prevValueAdded > 0) {
    out[at] = land;
    out[at + 1] = investment;
    out[at + 2] = output;
    out[at + 3] = lead;
    out[at + 4] = tax;
    out[at + 5] = energy;
    out[at + 6] = valueAdded;
    out[at + 7] = prevEnergy;
    out[at + 8] = prevValueAdded;
    return true;
  }
  return false;
}

/** The parts of IndicatorValues written into `out` from `at`, in completeInputsInto's order. */
export function partsInto(p: IndicatorValues['parts'], out: Float64Array, at: number): void {
  out[at] = p.investment_per_mu.denominator;
  out[at + 1] = p.investment_per_mu.numerator;
  out[at + 2] = p.output_per_mu.numerator;
  out[at + 3] = p.lead_industry_share.numerator;
  out[at + 4] = p.tax_per_mu.numerator;
  out[at + 5] = p.energy_intensity_fall.energy;
  out[at + 6] = p.energy_intensity_fall.valueAdded;
  out[at + 7] = p.energy_intensity_fall.prevEnergy;
  out[at + 8] = p.energy_intensity_fall.prevValueAdded;
}

function indicators(land: number, investment: number, output: number, lead: number, tax: number, energy: number, valueAdded: number, prevEnergy: number, prevValueAdded: number): IndicatorValues {
  return {
    values: {
      investment_per_mu: investment / land,
      output_per_mu: output / land,
      tax_per_mu: tax / land,
      lead_industry_share: lead / output,
      energy_intensity_fall: energyIntensityFall(energy, valueAdded, prevEnergy, prevValueAdded),
    },
    parts: {
      investment_per_mu: { numerator: investment, denominator: land },
      output_per_mu: { numerator: output, denominator: land },
      tax_per_mu: { numerator: tax, denominator: land },
      lead_industry_share: { numerator: lead, denominator: output },
      energy_intensity_fall: { energy, valueAdded, prevEnergy, prevValueAdded },
    },
  };
}

/** The slow path: which inputs are missing, column by column (or the values, should none be). */
function missingInputs(row: ParkYearInput, prev: ParkYearInput | undefined): IndicatorResult {
  const missing: MissingInput[] = [];
  const need = (r: ParkYearInput | undefined, column: InputColumn, year: number, positive = false): number => {
    const v = r?.[column] ?? null;
    if (v === null || (positive && !(v > 0))) {
      missing.push({ column, year });
      return NaN;
    }
    return v;
  };
  const y = row.year;
  const land = need(row, 'industrial_land_mu', y, true);
  const investment = need(row, 'industrial_investment_wan', y);
  const output = need(row, 'industrial_output_wan', y, true);
  const lead = need(row, 'lead_industry_output_wan', y);
  const tax = need(row, 'tax_wan', y);
  const energy = need(row, 'energy_tce', y);
  const valueAdded = need(row, 'value_added_wan', y, true);
  const prevEnergy = need(prev, 'energy_tce', y - 1, true);
  const prevValueAdded = need(prev, 'value_added_wan', y - 1, true);
  if (missing.length > 0) {
    // The Chinese reason names the column too: it is sealed and published in the CSV as it stands
    // (pages show it without the column: src/site/plain-words.ts). The English reason is plain words.
    const zh = missing.map((m) => `${m.year} 年${COLUMN_ZH[m.column]}（${m.column}）`).join('、');
    const en = missing.map((m) => `${COLUMN_EN[m.column]} ${m.year}`).join(', ');
    return { ok: false, missing, reason: { zh: `缺少数据：${zh}`, en: `Missing data: ${en}` } };
  }
  return { ok: true, indicators: indicators(land, investment, output, lead, tax, energy, valueAdded, prevEnergy, prevValueAdded) };
}

/** 1 − (E ÷ VA) ÷ (E₋₁ ÷ VA₋₁): positive when energy per unit of value added fell, negative when it rose. */
export function energyIntensityFall(energy: number, valueAdded: number, prevEnergy: number, prevValueAdded: number): number {
  return 1 - energy / valueAdded / (prevEnergy / prevValueAdded);
}
