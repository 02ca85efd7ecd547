/**
 * The numbers the methodology page shows, in the page's language: the indicator settings table, the
 * worked example (the latest year's top park, every step with its figures), the plausibility rules and
 * thresholds, and the warnings staff acknowledged. Pure over its inputs, so a unit test calls it
 * without Astro; the page (src/pages/[...lang]/methodology/index.astro) renders what it gives.
 */
import type { AcknowledgedWarning } from '../lib/data/acknowledgements.ts';
import type { CheckThreshold, Park, Chain, ScoringIndicator } from '../lib/data/tables.ts';
import type { YearEvaluation } from '../lib/evaluation/evaluate.ts';
import { DEFAULT_CAP } from '../lib/evaluation/evaluate.ts';
import { INDICATOR_KEYS, INDICATORS, type IndicatorKey, type ParkYearInput } from '../lib/evaluation/indicators.ts';
import { roundHalfUp } from '../lib/evaluation/round.ts';
import { formatScore } from '../lib/format/evaluation.ts';
import { formatNumber } from '../lib/format/number.ts';
import { formatCny, formatMu, formatNumberEn } from '../lib/format/en.ts';
import { TABLES } from '../lib/data/tables.ts';
import { THRESHOLD_SETTINGS, WARNING_RULES } from '../lib/data/warning-kinds.ts';
import { translator } from '../lib/i18n/dict.ts';
import { methodologyText } from '../lib/i18n/dict/methodology.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { publicText } from './plain-words.ts';
import { GRADE_METHODS, label as choiceLabel } from '../lib/data/choices.ts';

/** Text, with lang="zh-CN" when it stays Chinese on an English page. */
export interface Text {
  text: string;
  lang: 'zh-CN' | undefined;
}

export interface MethodologyInput {
  lang: Lang;
  scoringIndicators: readonly ScoringIndicator[];
  /** The latest published year, if any. */
  latest: { year: number; evaluation: YearEvaluation } | undefined;
  inputs: readonly ParkYearInput[];
  parkById: ReadonlyMap<string, Pick<Park, 'name_zh' | 'name_en'>>;
  chainById: ReadonlyMap<string, Pick<Chain, 'name_zh' | 'name_en'>>;
  checkThresholds: readonly Pick<CheckThreshold, 'setting' | 'value'>[];
  acknowledged: readonly AcknowledgedWarning[];
  /** The objection office's name (portal.json objection_contact.name_zh), if given. */
  officeName?: string | null | undefined;
}

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

export function methodologyView(input: MethodologyInput) {
  const { lang } = input;
  const en = lang === 'en';
  const t = translator(methodologyText, lang);
  /** Publisher text that stays Chinese on an English page is marked. */
  const text = (s: string): Text => ({ text: s, lang: en && HAN.test(s) ? 'zh-CN' : undefined });
  const named = (zh: string, english: string | null | undefined): Text => (en && english ? { text: english, lang: undefined } : { text: zh, lang: en ? 'zh-CN' : undefined });
  const n = (x: number | null | undefined, d = 2) => (en ? formatNumberEn(x ?? null, d) : formatNumber(x ?? null, d));
  const r4 = (x: number) => n(roundHalfUp(x, 4), 4);
  // English readers get each amount in 万元 (the arithmetic uses them) with its CNY value beside it.
  const wan = (x: number | null | undefined) => (en ? `${n(x)} (${formatCny(x)})` : n(x));
  const indicatorName = (k: IndicatorKey) => INDICATORS[k][lang];

  const indicators = INDICATOR_KEYS.map((k) => {
    const s = input.scoringIndicators.find((r) => r.indicator === k)!;
    return {
      key: k,
      name: indicatorName(k),
      formula: en ? INDICATORS[k].formulaEn : INDICATORS[k].formulaZh,
      unit: INDICATORS[k].unit === 'ratio' ? t('unit.ratio') : t('unit.perMu'),
      weight: s.weight,
      benchmark: s.benchmark === 'auto' ? t('benchmark.auto') : t('benchmark.fixed', { value: s.benchmark }),
      cap: s.cap ?? t('cap.default', { cap: DEFAULT_CAP }),
    };
  });

  const checkedColumns = { 'park_indicators.csv': TABLES.parkIndicators.columns, 'chain_indicators.csv': TABLES.chainIndicators.columns } as Record<string, Record<string, { zh: string; en: string }>>;
  const acknowledged = input.acknowledged.map((a) => {
    const subject = a.target.file === 'park_indicators.csv' ? input.parkById.get(a.target.key[0]!) : input.chainById.get(a.target.key[0]!);
    const col = a.target.column ? checkedColumns[a.target.file]?.[a.target.column] : undefined;
    return {
      subject: subject ? named(subject.name_zh, subject.name_en) : { text: a.target.key[0]!, lang: undefined },
      year: a.target.key[1] ?? t('ack.allYears'),
      column: a.target.column ? (col ? col[lang] : a.target.column) : t('ack.wholeRow'),
      rule: choiceLabel(WARNING_RULES, a.target.rule, lang),
      message: text(publicText(a.issue.message[lang])),
      reason: text(en && a.reason_en ? a.reason_en : a.reason_zh),
      on: a.acknowledged_on,
      by: a.acknowledged_by ? text(a.acknowledged_by) : undefined,
    };
  });

  return {
    n,
    indicatorName,
    indicators,
    example: input.latest ? example(input.latest) : undefined,
    /** The plausibility rules by name, and each threshold's short name and value. */
    warningRules: WARNING_RULES.map((r) => r[lang]),
    thresholds: input.checkThresholds.map((row) => {
      const s = THRESHOLD_SETTINGS.find((x) => x.value === row.setting);
      return { name: s ? (en ? s.en.split(':')[0]! : s.zh.split('：')[0]!) : row.setting, value: row.value };
    }),
    acknowledged,
    /** The objection office, marked when it stays Chinese on an English page. */
    office: input.officeName ? text(input.officeName) : undefined,
  };

  /** The latest year's top park, every step with its figures (needs the previous year's inputs for energy). */
  function example({ year, evaluation }: { year: number; evaluation: YearEvaluation }) {
    const top = evaluation.graded[0];
    const cur = top && input.inputs.find((r) => r.park_id === top.park_id && r.year === year);
    const prev = top && input.inputs.find((r) => r.park_id === top.park_id && r.year === year - 1);
    if (!top || !cur || !prev || !evaluation.benchmarks) return undefined;
    const benchmarks = evaluation.benchmarks;
    const park = input.parkById.get(top.park_id);
    const e = top.parts.energy_intensity_fall;
    const steps = INDICATOR_KEYS.map((k) => {
      const b = benchmarks[k];
      const s = evaluation.settings.indicators[k];
      const ratio = top.ratios[k];
      const capped = Math.min(Math.max(ratio, 0), s.cap);
      const parts = top.parts[k] as { numerator: number; denominator: number };
      const value = k === 'energy_intensity_fall'
        ? `1 − (${n(e.energy)} ÷ ${n(e.valueAdded)}) ÷ (${n(e.prevEnergy)} ÷ ${n(e.prevValueAdded)}) = ${r4(top.values[k])}`
        : `${n(parts.numerator)} ÷ ${n(parts.denominator)} = ${r4(top.values[k])}`;
      const sums = b.sums;
      const benchmark = b.source === 'fixed' ? t('example.fixed', { value: r4(b.value) }) : k === 'energy_intensity_fall' && sums
        ? `1 − (${n(sums['energy'])} ÷ ${n(sums['valueAdded'])}) ÷ (${n(sums['prevEnergy'])} ÷ ${n(sums['prevValueAdded'])}) = ${r4(b.value)}`
        : sums ? `${n(sums['numerator'])} ÷ ${n(sums['denominator'])} = ${r4(b.value)}` : r4(b.value);
      return {
        key: k,
        name: indicatorName(k),
        value: t('example.value', { value, benchmark }),
        ratio: t('example.ratio', { value: r4(top.values[k]), benchmark: r4(b.value), ratio: r4(ratio), note: ratio > s.cap ? t('example.aboveCap', { cap: s.cap }) : ratio < 0 ? t('example.belowZero') : '' }),
        score: t('example.score', { weight: s.weight, capped: r4(capped) }),
        points: formatScore(top.scores[k], lang),
      };
    });
    return {
      year,
      park: park ? named(park.name_zh, park.name_en) : { text: top.park_id, lang: undefined },
      /** The top park's inputs for the example.inputs sentence. */
      inputs: {
        land: en ? formatMu(cur.industrial_land_mu) : n(cur.industrial_land_mu),
        investment: wan(cur.industrial_investment_wan),
        output: wan(cur.industrial_output_wan),
        lead: wan(cur.lead_industry_output_wan),
        tax: wan(cur.tax_wan),
        valueAdded: wan(cur.value_added_wan),
        energy: n(cur.energy_tce),
        prevValueAdded: wan(prev.value_added_wan),
        prevEnergy: n(prev.energy_tce),
      },
      steps,
      sum: steps.map((s) => s.points).join(' + '),
      total: formatScore(top.total, lang),
      rank: top.rank,
      method: choiceLabel(GRADE_METHODS, evaluation.method, lang),
      grade: top.grade,
    };
  }
}

export type MethodologyView = ReturnType<typeof methodologyView>;
