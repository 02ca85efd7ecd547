/**
 * Lines over years: one per series, a gap where a year has no value, a marker of its own shape per
 * series, the name and last value at the right end, and an optional dashed benchmark line.
 */
import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import {
  axisFormat, chartWords, describe, emptyChart, GRID, HALO, markerShape, MUTED, numberFormatter, r, SERIES_COLOURS, svgFrame, svgGroup,
  svgText, textWidth, truncate, type ChartOutput, type ChartWords, type NumberOptions,
} from './core.ts';

export interface LinePoint {
  /** A four-digit year. */
  x: number;
  y: number | null;
}

export interface LineSeries {
  key: string;
  label: string;
  points: LinePoint[];
}

export interface LineData {
  series: LineSeries[];
  benchmark?: { label: string; points: { x: number; y: number }[] };
}

export interface LineOptions extends NumberOptions {
  title: string;
  desc?: string;
  /** Shown above the axis; defaults to 单位：<unit> (in English "Unit: …", 万元 as CNY million). */
  yLabel?: string;
  /** For an x that is not a year (a month index, say): how to write it, and the table's first column header. */
  xFormat?: (x: number) => string;
  xLabel?: string;
  /** Most x labels along the axis (default 12). */
  xTicks?: number;
}

const WIDTH = 640;
const HEIGHT = 300;
const PAD = 8;
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar];
const LINE_GAP = 15;

interface Drawn {
  label: string;
  colour: string;
  points: LinePoint[];
  dashed: boolean;
}

export function lineChart(data: LineData, options: LineOptions): ChartOutput {
  const { title } = options;
  const w = chartWords(options.lang);
  const drawn: Drawn[] = data.series.map((s, i) => ({
    label: s.label,
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? MUTED,
    points: sortByX(s.points),
    dashed: false,
  }));
  if (data.benchmark) drawn.push({ label: data.benchmark.label, colour: MUTED, points: sortByX(data.benchmark.points), dashed: true });

  const years = [...new Set(drawn.flatMap((d) => d.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = drawn.flatMap((d) => d.points.map((p) => p.y)).filter(isNumber);
  const fx = options.xFormat ?? String;
  const columns = [options.xLabel ?? w.t('col.year'), ...drawn.map((d) => w.withUnit(d.label, options.unit))];
  if (ys.length === 0) return emptyChart('line', title, columns, w.lang);

  const fmt = numberFormatter(options);
  const axis = axisFormat(options);
  const tickFmt = axis.tick;
  const y = scaleLinear()
    .domain([Math.min(0, ...ys), Math.max(...ys)])
    .nice();
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const yTicks = y.ticks(5);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;

  // English writes the end values like the axis (CNY amounts would crowd out the names).
  const ends = endLabels(drawn, w.en ? (n) => (n === null ? '' : tickFmt(n)) : fmt);
  const left = PAD + Math.max(...yTicks.map((t) => textWidth(tickFmt(t)))) + 8;
  const right = WIDTH - PAD - Math.min(200, Math.max(...ends.map((e) => textWidth(e.text)))) - 10;
  const top = 32;
  const bottom = HEIGHT - 28;
  y.range([bottom, top]);
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([left + 10, right - 10]);

  const yLabel = options.yLabel ?? axis.label;
  // The grid as one path, and the axis texts in groups that set their colour and anchor once.
  let body = `<path d="${yTicks.map((t) => `M${r(left)},${r(y(t))}H${r(right)}`).join('')}" fill="none" stroke="${GRID}"/>`;
  let axisText = yLabel ? svgText(yLabel, { x: PAD, y: 12 }) : '';
  axisText += svgGroup('text-anchor="end"', yTicks.map((t) => svgText(tickFmt(t), { x: left - 6, y: y(t) })).join(''));
  const step = Math.ceil(range(first, last + 1).length / (options.xTicks ?? 12));
  axisText += svgGroup('text-anchor="middle"', range(first, last + 1, step).map((year) => svgText(fx(year), { x: x(year), y: bottom + 16 })).join(''));
  body += svgGroup(`fill="${MUTED}"`, axisText);

  const path = line<LinePoint>()
    .defined((p) => isNumber(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0))
    .digits(1);
  // Each series' marker shape once in <defs>, placed at its points with <use>.
  let defs = '';
  drawn.forEach((d, i) => {
    const dash = d.dashed ? ' stroke-dasharray="6 4"' : '';
    body += `<path d="${path(d.points) ?? ''}" fill="none" stroke="${d.colour}" stroke-width="${d.dashed ? 1.5 : 2}"${dash}/>`;
    if (d.dashed) return;
    const marker = markerShape(i, symbol(SHAPES[i % SHAPES.length], 48).digits(1)() ?? '');
    defs += marker.defs;
    body += svgGroup(`fill="${d.colour}" stroke="#fff"`, d.points.filter((p): p is LinePoint & { y: number } => isNumber(p.y)).map((p) => marker.at(x(p.x), y(p.y))).join(''));
  });
  body += svgGroup(HALO, spread(ends.map((e) => ({ ...e, y: y(e.value) })), top, bottom).map((e) => svgText(truncate(e.text, 200), { x: right + 6, y: e.y, fill: e.colour, full: e.text, lang: w.textLang(e.text) })).join(''));
  if (defs) body = `<defs>${defs}</defs>${body}`;

  const table = {
    columns,
    rows: years.map((year) => [options.xFormat ? fx(year) : year, ...drawn.map((d) => d.points.find((p) => p.x === year)?.y ?? null)]),
  };
  const desc = describe(options.desc, title + w.t('colon') + drawn.map((d) => trend(d, fmt, w, options.xFormat)).join(w.t('semicolon')) + w.t('stop'));
  return { svg: svgFrame({ kind: 'line', width: WIDTH, height: HEIGHT, title, desc, body, lang: w.lang }), table, title, desc };
}

function isNumber(v: number | null): v is number {
  return v !== null && Number.isFinite(v);
}

function sortByX(points: LinePoint[]): LinePoint[] {
  return [...points].sort((a, b) => a.x - b.x);
}

function lastDefined(points: LinePoint[]): (LinePoint & { y: number }) | undefined {
  return points.filter((p): p is LinePoint & { y: number } => isNumber(p.y)).at(-1);
}

function endLabels(drawn: Drawn[], fmt: (n: number | null) => string): { text: string; colour: string; value: number }[] {
  return drawn.flatMap((d) => {
    const p = lastDefined(d.points);
    return p ? [{ text: `${d.label} ${fmt(p.y)}`, colour: d.colour, value: p.y }] : [];
  });
}

/** Push labels apart vertically so none overlap, keeping them between top and bottom. */
function spread<T extends { y: number }>(labels: T[], top: number, bottom: number): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as T;
    const cur = sorted[i] as T;
    if (cur.y < prev.y + LINE_GAP) cur.y = prev.y + LINE_GAP;
  }
  let overflow = (sorted.at(-1)?.y ?? 0) - bottom;
  for (let i = sorted.length - 1; i >= 0 && overflow > 0; i--) {
    const cur = sorted[i] as T;
    cur.y -= overflow;
    const above = sorted[i - 1];
    overflow = above ? above.y + LINE_GAP - cur.y : 0;
  }
  for (const s of sorted) s.y = Math.max(top, s.y);
  return sorted;
}

function trend(d: Drawn, fmt: (n: number | null) => string, { t }: ChartWords, xFormat?: (x: number) => string): string {
  const fx = xFormat ?? String;
  const known = d.points.filter((p): p is LinePoint & { y: number } => isNumber(p.y));
  const a = known[0];
  const b = known.at(-1);
  if (!a || !b) return t('line.none', { label: d.label });
  if (a === b) return t(xFormat ? 'line.one.x' : 'line.one', { label: d.label, year: fx(a.x), value: fmt(a.y) });
  return t(xFormat ? 'line.change.x' : 'line.change', { label: d.label, from: fx(a.x), first: fmt(a.y), to: fx(b.x), last: fmt(b.y) });
}
