/**
 * A year's per-park numbers kept in a few typed arrays (one row per scored park) instead of objects:
 * 100,000 parks make a handful of arrays, not millions of small objects and boxed numbers for the
 * garbage collector to copy (see `npm run bench`). What a page reads is a small view per park and kind
 * (values, ratios, item scores, parts) whose properties read its row: `score.values.tax_per_mu` as
 * before. A view is read by key; JSON.stringify (toJSON) and toObject() give it as a plain object.
 * Object.keys, Object.entries and spreading a view see no keys: copy it with toObject() first.
 */
import type { Fraction, IndicatorKey, IndicatorValues } from './indicators.ts';

/** Numbers per park of one kind: one per indicator, in INDICATOR_KEYS order. */
export const PER_INDICATOR = 5;

/** One park's row of a table: the numbers from `at`, read by the subclasses' properties. */
abstract class TableRow {
  readonly #table: Float64Array;
  readonly #at: number;

  constructor(table: Float64Array, at: number) {
    this.#table = table;
    this.#at = at;
  }

  /** The row's k-th number. */
  protected cell(k: number): number {
    return this.#table[this.#at + k]!;
  }
}

/** One park's five numbers of one kind (values, ratios or item scores): the row at `at` of `table`. */
export class IndicatorRow extends TableRow implements Readonly<Record<IndicatorKey, number>> {
  get investment_per_mu(): number {
    return this.cell(0);
  }
  get output_per_mu(): number {
    return this.cell(1);
  }
  get tax_per_mu(): number {
    return this.cell(2);
  }
  get lead_industry_share(): number {
    return this.cell(3);
  }
  get energy_intensity_fall(): number {
    return this.cell(4);
  }

  /** The plain object (keys in INDICATOR_KEYS order). */
  toObject(): Record<IndicatorKey, number> {
    return { investment_per_mu: this.investment_per_mu, output_per_mu: this.output_per_mu, tax_per_mu: this.tax_per_mu, lead_industry_share: this.lead_industry_share, energy_intensity_fall: this.energy_intensity_fall };
  }

  toJSON(): Record<IndicatorKey, number> {
    return this.toObject();
  }
}

export type Parts = IndicatorValues['parts'];
type EnergyParts = Parts['energy_intensity_fall'];

/**
 * One park's inputs as the parts each value was divided from, read from the nine numbers at `at` of
 * `table` (completeInputsInto's order). Each property is a new small object at each read.
 */
export class PartsRow extends TableRow implements Readonly<Parts> {
  get investment_per_mu(): Fraction {
    return { numerator: this.cell(1), denominator: this.cell(0) };
  }
  get output_per_mu(): Fraction {
    return { numerator: this.cell(2), denominator: this.cell(0) };
  }
  get tax_per_mu(): Fraction {
    return { numerator: this.cell(4), denominator: this.cell(0) };
  }
  get lead_industry_share(): Fraction {
    return { numerator: this.cell(3), denominator: this.cell(2) };
  }
  get energy_intensity_fall(): EnergyParts {
    return { energy: this.cell(5), valueAdded: this.cell(6), prevEnergy: this.cell(7), prevValueAdded: this.cell(8) };
  }

  /** The plain object (keys in INDICATOR_KEYS order). */
  toObject(): Parts {
    return { investment_per_mu: this.investment_per_mu, output_per_mu: this.output_per_mu, tax_per_mu: this.tax_per_mu, lead_industry_share: this.lead_industry_share, energy_intensity_fall: this.energy_intensity_fall };
  }

  toJSON(): Parts {
    return this.toObject();
  }
}
