/** Horizontal bars: one row per item, label on the left, value at the bar's end, optional benchmark line. */
import { scaleLinear } from 'd3-scale';
import { NO_VALUE } from '../lib/format/number.ts';
import {
  ACCENT, chartWords, describe, emptyChart, GRID, INK, labelRoom, linkTo, MUTED, NARROW, numberFormatter, r, svgFrame, svgText,
  textWidth, truncate, type ChartOutput, type ChartWords, type NumberOptions,
} from './core.ts';

export interface BarRow {
  label: string;
  /** null = no value: drawn as — with no bar, never as 0. */
  value: number | null;
  href?: string;
}

export interface BarData {
  rows: BarRow[];
}

export interface BarOptions extends NumberOptions {
  title: string;
  /** Your own sentence; the key numbers are added after it. */
  desc?: string;
  benchmark?: number;
  /** Defaults to 基准 (Benchmark). */
  benchmarkLabel?: string;
  /** Drawing width in px (default 640); below 480 each label goes above its bar (a phone's layout). */
  width?: number;
}

const WIDTH = 640;
const LABEL_LINE = 16;
const ROW = 26;
const BAR = 16;
const PAD = 8;
const MAX_LABEL = 180;

export function barChart(data: BarData, options: BarOptions): ChartOutput {
  const { rows } = data;
  const { title, benchmark } = options;
  const w = chartWords(options.lang);
  const columns = [w.t('col.name'), w.withUnit(w.t('col.value'), options.unit)];
  if (rows.length === 0) return emptyChart('bar', title, columns, w.lang);
  const fmt = numberFormatter(options);
  const benchmarkText = benchmark === undefined ? '' : `${options.benchmarkLabel ?? w.t('benchmark')} ${fmt(benchmark)}`;

  const values = rows.map((row) => row.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const extent = [0, ...values, ...(benchmark === undefined ? [] : [benchmark])];
  const lo = Math.min(...extent);
  const hi = Math.max(...extent);

  const width = options.width ?? WIDTH;
  // Narrow: each label on its own line above its bar, so the bars get the whole width.
  const above = width < NARROW;
  const rowHeight = above ? ROW + LABEL_LINE : ROW;
  const labelWidth = above ? width - 2 * PAD + 10 : Math.min(labelRoom(MAX_LABEL, w.lang), Math.max(...rows.map((row) => textWidth(row.label))) + 10);
  const valueWidth = Math.max(...rows.map((row) => textWidth(fmt(row.value)))) + 8;
  const left = above ? PAD : PAD + labelWidth;
  const right = width - PAD - valueWidth;
  const top = benchmark === undefined ? PAD : PAD + 20;
  const height = top + rows.length * rowHeight + PAD;
  const x = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([left, right]);
  const x0 = x(0);

  let body = `<line x1="${r(x0)}" x2="${r(x0)}" y1="${top}" y2="${top + rows.length * rowHeight}" stroke="${GRID}"/>`;
  let valueLabels = ''; // drawn last, over the benchmark line
  rows.forEach((row, i) => {
    const cy = top + i * rowHeight + (above ? LABEL_LINE : 0) + ROW / 2;
    const label = truncate(row.label, labelWidth - 10);
    const at = above ? { x: PAD, y: cy - ROW / 2 - LABEL_LINE / 2 + 4, anchor: 'start' as const } : { x: left - 6, y: cy, anchor: 'end' as const };
    body += linkTo(row.href, svgText(label, { ...at, full: row.label, lang: w.textLang(row.label) }));
    if (row.value === null || !Number.isFinite(row.value)) {
      valueLabels += svgText(NO_VALUE, { x: x0 + 4, y: cy, fill: MUTED });
      return;
    }
    const xv = x(row.value);
    const [a, b] = xv < x0 ? [xv, x0] : [x0, xv];
    body += `<rect x="${r(a)}" y="${r(cy - BAR / 2)}" width="${r(b - a)}" height="${BAR}" fill="${ACCENT}"/>`;
    valueLabels += svgText(fmt(row.value), { x: Math.max(xv, x0) + 4, y: cy, halo: true });
  });

  if (benchmark !== undefined) {
    const xb = x(benchmark);
    const half = textWidth(benchmarkText) / 2;
    const tx = Math.min(Math.max(xb, PAD + half), width - PAD - half);
    const line = `x1="${r(xb)}" x2="${r(xb)}" y1="${top - 6}" y2="${top + rows.length * rowHeight}"`;
    // A white casing keeps the dashed line visible where it crosses the dark bars.
    body += `<line ${line} stroke="#fff" stroke-width="4"/><line ${line} stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    body += svgText(benchmarkText, { x: tx, y: PAD + 6, anchor: 'middle', lang: w.textLang(benchmarkText) });
  }
  body += valueLabels;

  const desc = describe(options.desc, summary(rows, fmt, benchmarkText, title, w));
  return {
    svg: svgFrame({ kind: 'bar', width, height, title, desc, body, lang: w.lang }),
    table: { columns, rows: rows.map((row) => [row.label, row.value]), ...(options.digits === undefined ? {} : { digits: options.digits }) },
    title,
    desc,
  };
}

function summary(rows: BarRow[], fmt: (n: number | null) => string, benchmarkText: string, title: string, w: ChartWords): string {
  const { t, count } = w;
  const known = rows.filter((row): row is BarRow & { value: number } => row.value !== null && Number.isFinite(row.value));
  const parts = [t('bar.count', { title, items: count('items', rows.length) })];
  if (known.length > 0) {
    const top = known.reduce((a, b) => (b.value > a.value ? b : a));
    const bottom = known.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(t('bar.highest', { label: top.label, value: fmt(top.value) }), t('bar.lowest', { label: bottom.label, value: fmt(bottom.value) }));
  }
  if (known.length < rows.length) parts.push(t('bar.missing', { items: count('items', rows.length - known.length) }));
  if (benchmarkText) parts.push(benchmarkText);
  return parts.join(t('comma')) + t('stop');
}
