/**
 * A year's scored parks kept as one typed array of their inputs (a row of nine numbers per park) and
 * the year's benchmarks, weights and caps, instead of objects: 100,000 parks make one array, not
 * millions of small objects and boxed numbers for the garbage collector to copy (see `npm run bench`).
 * Values, ratios and item scores are worked out from the row when read, by the one formula the
 * ranking used, so they are the same numbers. What a page reads is a small view per park and kind
 * whose properties do that: `score.values.tax_per_mu` as before. A view is read by key; JSON.stringify
 * (toJSON) and toObject() give it as a plain object. Object.keys, Object.entries and spreading a view
 * see no keys: copy it with toObject() first.
 */
import { energyIntensityFall, type Fraction, type IndicatorKey, type IndicatorValues } from './indicators.ts';

/** The nine inputs of a park, in the order completeInputsInto writes them. */
const LAND = 0;
const INVESTMENT = 1;
const OUTPUT = 2;
const LEAD = 3;
const TAX = 4;
const ENERGY = 5;
const VALUE_ADDED = 6;
const PREV_ENERGY = 7;
const PREV_VALUE_ADDED = 8;

/** The scored parks' inputs, a row each, and what turns them into values, ratios and item scores. */
export class ScoreTable {
  readonly #inputs: Float64Array;
  readonly #benchmark: Float64Array;
  readonly #weight: Float64Array;
  readonly #cap: Float64Array;

  /** benchmark, weight and cap: one number per indicator, in INDICATOR_KEYS order. */
  constructor(inputs: Float64Array, benchmark: Float64Array, weight: Float64Array, cap: Float64Array) {
    this.#inputs = inputs;
    this.#benchmark = benchmark;
    this.#weight = weight;
    this.#cap = cap;
  }

  /** The c-th input of the row at `at`. */
  input(at: number, c: number): number {
    return this.#inputs[at + c]!;
  }

  /** Indicator k (INDICATOR_KEYS order) of the row at `at`: the formulas of indicatorValues. */
  value(at: number, k: number): number {
    const t = this.#inputs;
    switch (k) {
      case 0:
        return t[at + INVESTMENT]! / t[at + LAND]!;
      case 1:
        return t[at + OUTPUT]! / t[at + LAND]!;
      case 2:
        return t[at + TAX]! / t[at + LAND]!;
      case 3:
        return t[at + LEAD]! / t[at + OUTPUT]!;
      default:
        return energyIntensityFall(t[at + ENERGY]!, t[at + VALUE_ADDED]!, t[at + PREV_ENERGY]!, t[at + PREV_VALUE_ADDED]!);
    }
  }

  /** value ÷ benchmark, before the floor at 0 and the cap. */
  ratio(at: number, k: number): number {
    return this.value(at, k) / this.#benchmark[k]!;
  }

  /** weight × min(max(ratio, 0), cap). */
  score(at: number, k: number): number {
    return this.#weight[k]! * Math.min(Math.max(this.ratio(at, k), 0), this.#cap[k]!);
  }
}

/** One park's row of a ScoreTable, read by the subclasses' properties. */
abstract class TableRow {
  readonly #table: ScoreTable;
  readonly #at: number;

  constructor(table: ScoreTable, at: number) {
    this.#table = table;
    this.#at = at;
  }

  protected input(c: number): number {
    return this.#table.input(this.#at, c);
  }
  protected value(k: number): number {
    return this.#table.value(this.#at, k);
  }
  protected ratio(k: number): number {
    return this.#table.ratio(this.#at, k);
  }
  protected score(k: number): number {
    return this.#table.score(this.#at, k);
  }
}

/** One park's five numbers of one kind (values, ratios or item scores), by indicator. */
export abstract class IndicatorRow extends TableRow implements Readonly<Record<IndicatorKey, number>> {
  /** The number of indicator k (INDICATOR_KEYS order). */
  protected abstract number(k: number): number;

  get investment_per_mu(): number {
    return this.number(0);
  }
  get output_per_mu(): number {
    return this.number(1);
  }
  get tax_per_mu(): number {
    return this.number(2);
  }
  get lead_industry_share(): number {
    return this.number(3);
  }
  get energy_intensity_fall(): number {
    return this.number(4);
  }

  /** The plain object (keys in INDICATOR_KEYS order). */
  toObject(): Record<IndicatorKey, number> {
    return { investment_per_mu: this.investment_per_mu, output_per_mu: this.output_per_mu, tax_per_mu: this.tax_per_mu, lead_industry_share: this.lead_industry_share, energy_intensity_fall: this.energy_intensity_fall };
  }

  toJSON(): Record<IndicatorKey, number> {
    return this.toObject();
  }
}

export class ValueRow extends IndicatorRow {
  protected number(k: number): number {
    return this.value(k);
  }
}

export class RatioRow extends IndicatorRow {
  protected number(k: number): number {
    return this.ratio(k);
  }
}

export class ScoreRow extends IndicatorRow {
  protected number(k: number): number {
    return this.score(k);
  }
}

export type Parts = IndicatorValues['parts'];
type EnergyParts = Parts['energy_intensity_fall'];

/** One park's inputs as the parts each value was divided from. Each property is a new small object at each read. */
export class PartsRow extends TableRow implements Readonly<Parts> {
  get investment_per_mu(): Fraction {
    return { numerator: this.input(INVESTMENT), denominator: this.input(LAND) };
  }
  get output_per_mu(): Fraction {
    return { numerator: this.input(OUTPUT), denominator: this.input(LAND) };
  }
  get tax_per_mu(): Fraction {
    return { numerator: this.input(TAX), denominator: this.input(LAND) };
  }
  get lead_industry_share(): Fraction {
    return { numerator: this.input(LEAD), denominator: this.input(OUTPUT) };
  }
  get energy_intensity_fall(): EnergyParts {
    return { energy: this.input(ENERGY), valueAdded: this.input(VALUE_ADDED), prevEnergy: this.input(PREV_ENERGY), prevValueAdded: this.input(PREV_VALUE_ADDED) };
  }

  /** The plain object (keys in INDICATOR_KEYS order). */
  toObject(): Parts {
    return { investment_per_mu: this.investment_per_mu, output_per_mu: this.output_per_mu, tax_per_mu: this.tax_per_mu, lead_industry_share: this.lead_industry_share, energy_intensity_fall: this.energy_intensity_fall };
  }

  toJSON(): Parts {
    return this.toObject();
  }
}
