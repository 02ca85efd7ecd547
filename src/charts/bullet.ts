/** One value against its benchmark: a bar on a grey track, a marker for the benchmark, both labelled. */
import { scaleLinear } from 'd3-scale';
import { NO_VALUE } from '../lib/format/number.ts';
import {
  ACCENT, chartWords, describe, emptyChart, INK, labelRoom, MUTED, numberFormatter, r, svgFrame, svgText, TEXT_SAFETY, textWidth, truncate,
  type ChartOutput, type ChartWords, type NumberOptions,
} from './core.ts';

export interface BulletData {
  label: string;
  value: number | null;
  benchmark: number | null;
  /** The track's end; defaults to a round number above the value and the benchmark. */
  max?: number;
}

export interface BulletOptions extends NumberOptions {
  title: string;
  desc?: string;
  /** Defaults to 基准 (Benchmark). */
  benchmarkLabel?: string;
}

const WIDTH = 640;
const HEIGHT = 64;
const PAD = 8;
const TRACK_Y = 8;
const TRACK_H = 22;

export function bulletChart(data: BulletData, options: BulletOptions): ChartOutput {
  const { label, value, benchmark } = data;
  const { title } = options;
  const w = chartWords(options.lang);
  const benchmarkLabel = options.benchmarkLabel ?? w.t('benchmark');
  const columns = [w.t('col.indicator'), w.withUnit(w.t('col.value'), options.unit), w.withUnit(benchmarkLabel, options.unit)];
  const known = [value, benchmark].filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return emptyChart('bullet', title, columns, w.lang);
  const fmt = numberFormatter(options);
  const benchmarkText = `${benchmarkLabel} ${fmt(benchmark)}`;

  const labelWidth = Math.min(labelRoom(180, w.lang), textWidth(label) + 10);
  const left = PAD + labelWidth;
  // The value is bold: reserve the wider room bold text takes.
  const right = WIDTH - PAD - textWidth(fmt(value)) * TEXT_SAFETY - 8;
  const lo = Math.min(0, ...known);
  const hi = Math.max(data.max ?? 0, ...known);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([left, right]);
  if (data.max === undefined) x.nice();
  const cy = TRACK_Y + TRACK_H / 2;
  const x0 = x(0);

  let body = svgText(truncate(label, labelWidth - 10), { x: left - 6, y: cy, anchor: 'end', full: label, lang: w.textLang(label) });
  const [d0, d1] = x.domain() as [number, number];
  body += `<rect x="${r(x(d0))}" y="${TRACK_Y}" width="${r(x(d1) - x(d0))}" height="${TRACK_H}" fill="#e6e9ed"/>`;
  if (value === null || !Number.isFinite(value)) {
    body += svgText(NO_VALUE, { x: x0 + 4, y: cy, fill: MUTED });
  } else {
    const xv = x(value);
    body += `<rect x="${r(Math.min(x0, xv))}" y="${cy - 5}" width="${r(Math.abs(xv - x0))}" height="10" fill="${ACCENT}"/>`;
    body += svgText(fmt(value), { x: Math.max(x0, xv) + 4, y: cy, weight: 'bold', halo: true });
  }
  if (benchmark !== null && Number.isFinite(benchmark)) {
    const xb = x(benchmark);
    const half = textWidth(benchmarkText) / 2;
    body += `<rect x="${r(xb - 1.5)}" y="${TRACK_Y - 4}" width="3" height="${TRACK_H + 8}" fill="${INK}"/>`;
    body += svgText(benchmarkText, { x: Math.min(Math.max(xb, left + half), WIDTH - PAD - half), y: HEIGHT - 14, anchor: 'middle', lang: w.textLang(benchmarkText) });
  }

  const desc = describe(options.desc, summary(title, data, fmt, benchmarkText, w));
  return {
    svg: svgFrame({ kind: 'bullet', width: WIDTH, height: HEIGHT, title, desc, body, lang: w.lang }),
    table: { columns, rows: [[label, value, benchmark]] },
    title,
    desc,
  };
}

function summary(title: string, data: BulletData, fmt: (n: number | null) => string, benchmarkText: string, w: ChartWords): string {
  const { t } = w;
  const { label, value, benchmark } = data;
  const parts = [value === null ? t('bullet.noValue', { title, label }) : t('bullet.value', { title, label, value: fmt(value) })];
  parts.push(benchmark === null ? t('bullet.noBenchmark') : benchmarkText);
  if (value !== null && benchmark !== null && benchmark !== 0) parts.push(t('bullet.share', { percent: w.number((value / benchmark) * 100, 1) }));
  return parts.join(t('comma')) + t('stop');
}
