/** A word-sized line (120×28) with a dot on the latest value; gaps where a year has no value. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
  ACCENT, chartWords, describe, emptyChart, numberFormatter, r, svgFrame, type ChartOutput, type NumberOptions,
} from './core.ts';

export interface SparkPoint {
  /** A four-digit year. */
  x: number;
  y: number | null;
}

export interface SparklineData {
  values: SparkPoint[];
}

export interface SparklineOptions extends NumberOptions {
  title: string;
  desc?: string;
}

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 4;
// Keeps the sparkline word-sized inside text instead of stretching to the column's width.

type Known = SparkPoint & { y: number };

export function sparkline(data: SparklineData, options: SparklineOptions): ChartOutput {
  const { title } = options;
  const points = [...data.values].sort((a, b) => a.x - b.x);
  const known = points.filter((p): p is Known => p.y !== null && Number.isFinite(p.y));
  const w = chartWords(options.lang);
  const columns = [w.t('col.year'), w.withUnit(w.t('col.value'), options.unit)];
  if (known.length === 0) return emptyChart('spark', title, columns, w.lang, WIDTH, HEIGHT);
  const fmt = numberFormatter(options);

  const xs = points.map((p) => p.x);
  const ys = known.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([PAD, WIDTH - PAD]);
  const y = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([HEIGHT - PAD, PAD]);
  const path = line<SparkPoint>()
    .defined((p) => p.y !== null && Number.isFinite(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0))
    .digits(1);
  const last = known[known.length - 1] as Known;
  const first = known[0] as Known;

  const body =
    `<path d="${path(points) ?? ''}" fill="none" stroke="${ACCENT}" stroke-width="1.5" stroke-linejoin="round"/>` +
    `<circle cx="${r(x(last.x))}" cy="${r(y(last.y))}" r="2.5" fill="${ACCENT}"/>`;
  const sentence = first === last
    ? w.t('spark.one', { title, year: last.x, value: fmt(last.y) })
    : w.t('spark.change', { title, from: first.x, first: fmt(first.y), to: last.x, last: fmt(last.y), max: fmt(y1), min: fmt(y0) });
  const desc = describe(options.desc, sentence);
  return {
    svg: svgFrame({ kind: 'spark', width: WIDTH, height: HEIGHT, title, desc, body, className: 'chart-spark', lang: w.lang }),
    table: { columns, rows: points.map((p) => [p.x, p.y]) },
    title,
    desc,
  };
}
