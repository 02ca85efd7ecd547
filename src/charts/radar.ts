/**
 * A radar (spider) chart for a few scored dimensions, such as the five 五好 dimensions: each axis runs
 * from 0 to its own maximum; up to two series (a park and the prefecture average, say), told apart by
 * line style, marker shape and the legend as well as by colour, with every value written at its vertex.
 */
import { line, symbol, symbolCircle, symbolSquare } from 'd3-shape';
import { NO_VALUE } from '../lib/format/number.ts';
import {
  chartWords, describe, emptyChart, GRID, HALO, INK, markerShape, markFormatter, MUTED, numberFormatter, r, SERIES_COLOURS, svgFrame, svgGroup, svgText,
  textWidth, twoLines,
  type ChartOutput, type ChartWords, type NumberOptions,
} from './core.ts';

export interface RadarAxis {
  key: string;
  label: string;
  /** The full score on this axis (e.g. 20). */
  max: number;
}

export interface RadarSeries {
  label: string;
  values: Record<string, number | null>;
}

export interface RadarData {
  axes: RadarAxis[];
  /** One or two series; more are cut to two. */
  series: RadarSeries[];
}

export interface RadarOptions extends NumberOptions {
  title: string;
  desc?: string;
}

const WIDTH = 560;
const HEIGHT = 396;
const CX = WIDTH / 2;
const CY = 236;
const RADIUS = 140;
const LEVELS = [0.25, 0.5, 0.75, 1];
const STYLES = [
  { shape: symbolCircle, dash: '', fillOpacity: 0.18 },
  { shape: symbolSquare, dash: ' stroke-dasharray="6 3"', fillOpacity: 0 },
];

export function radarChart(data: RadarData, options: RadarOptions): ChartOutput {
  const { axes } = data;
  const series = data.series.slice(0, 2);
  const { title } = options;
  const w = chartWords(options.lang);
  const { t } = w;
  const columns = [t('col.dimension'), ...[t('col.max'), ...series.map((s) => s.label)].map((c) => w.withUnit(c, options.unit))];
  if (axes.length < 3 || series.length === 0) return emptyChart('radar', title, columns, w.lang);
  const fmt = numberFormatter(options);
  const markFmt = markFormatter(options);

  const angle = (i: number) => (i / axes.length) * 2 * Math.PI - Math.PI / 2;
  const at = (i: number, ratio: number): [number, number] => [CX + Math.cos(angle(i)) * RADIUS * ratio, CY + Math.sin(angle(i)) * RADIUS * ratio];
  const value = (s: RadarSeries, a: RadarAxis): number | null => {
    const v = s.values[a.key];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };
  const ratio = (v: number, a: RadarAxis) => (a.max > 0 ? Math.min(1, Math.max(0, v / a.max)) : 0);

  // Each series' marker shape once in <defs>, placed with <use>; marks that share attributes in groups.
  const markers = series.map((_, k) => markerShape(k, symbol(STYLES[k]?.shape ?? symbolCircle, 40).digits(1)() ?? ''));
  let body = `<defs>${markers.map((m) => m.defs).join('')}</defs>` + legend(series, w, markers);
  let grid = '';
  let levels = '';
  for (const level of LEVELS) {
    const ring = axes.map((_, i) => at(i, level).map(r).join(',')).join(' ');
    grid += `<polygon points="${ring}"/>`;
    // Written midway along the first edge, where no vertex (and so no value label) sits.
    const [ax, ay] = at(0, level);
    const [bx, by] = at(1, level);
    levels += svgText(`${level * 100}%`, { x: (ax + bx) / 2, y: (ay + by) / 2, groupSize: 10 });
  }
  let axisLabels = '';
  axes.forEach((a, i) => {
    const [x, y] = at(i, 1);
    grid += `<line x1="${CX}" y1="${CY}" x2="${r(x)}" y2="${r(y)}"/>`;
    const [tx, ty] = at(i, 1 + 28 / RADIUS);
    const cos = Math.cos(angle(i));
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    // A long label (English, mostly) wraps into two lines rather than run past the frame.
    const room = anchor === 'middle' ? WIDTH - 2 * 8 : anchor === 'start' ? WIDTH - 8 - tx : tx - 8;
    const lines = twoLines(a.label, room);
    lines.forEach((text, k) => {
      axisLabels += svgText(text, { x: tx, y: ty + (k - (lines.length - 1) / 2) * 15, anchor, lang: w.textLang(a.label) });
    });
  });
  body += svgGroup(`fill="none" stroke="${GRID}"`, grid);
  body += svgGroup(`text-anchor="middle" font-size="10" fill="${MUTED}" ${HALO}`, levels);
  body += svgGroup('font-weight="bold"', axisLabels);

  const path = line<[number, number] | null>()
    .defined((p) => p !== null)
    .x((p) => p?.[0] ?? 0)
    .y((p) => p?.[1] ?? 0)
    .digits(1);
  series.forEach((s, k) => {
    const style = STYLES[k] ?? STYLES[0];
    if (!style) return;
    const colour = SERIES_COLOURS[k] ?? INK;
    const points = axes.map((a, i) => {
      const v = value(s, a);
      return v === null ? null : at(i, ratio(v, a));
    });
    // Closed and filled only when every axis has a value; otherwise an open line with gaps.
    const complete = points.every((p) => p !== null);
    const fill = complete && style.fillOpacity > 0 ? `fill="${colour}" fill-opacity="${style.fillOpacity}"` : 'fill="none"';
    body += `<path d="${path([...points, points[0] ?? null]) ?? ''}" ${fill} stroke="${colour}" stroke-width="2"${style.dash}/>`;
    const marker = markers[k]!;
    let placed = '';
    let labels = '';
    axes.forEach((a, i) => {
      const v = value(s, a);
      const p = points[i];
      if (p) placed += marker.at(p[0], p[1]);
      // The first series writes its values outside the vertex, the second inside, so they do not collide.
      const base = v === null ? 0.12 : ratio(v, a);
      const offset = k === 0 ? 14 : -14;
      const [tx, ty] = at(i, Math.max(0.12, base + offset / RADIUS));
      labels += svgText(v === null ? NO_VALUE : markFmt(v), { x: tx, y: ty, groupSize: 11 });
    });
    body += svgGroup(`fill="${colour}" stroke="#fff"`, placed);
    body += svgGroup(`text-anchor="middle" font-size="11" fill="${colour}" ${HALO}`, labels);
  });

  const desc = describe(
    options.desc,
    title +
      t('colon') +
      series
        .map((s) => t('radar.series', { label: s.label, values: axes.map((a) => t('radar.value', { axis: a.label, value: fmt(value(s, a)), max: fmt(a.max) })).join(t('enum')) }))
        .join(t('semicolon')) +
      t('stop'),
  );
  return {
    svg: svgFrame({ kind: 'radar', width: WIDTH, height: HEIGHT, title, desc, body, lang: w.lang }),
    table: { columns, rows: axes.map((a) => [a.label, a.max, ...series.map((s) => value(s, a))]) },
    title,
    desc,
  };
}

function legend(series: RadarSeries[], w: ChartWords, markers: ReturnType<typeof markerShape>[]): string {
  let out = '';
  let x = 8;
  series.forEach((s, k) => {
    const style = STYLES[k] ?? STYLES[0];
    const colour = SERIES_COLOURS[k] ?? INK;
    out += `<line x1="${x}" x2="${x + 24}" y1="14" y2="14" stroke="${colour}" stroke-width="2"${style?.dash ?? ''}/>`;
    out += svgGroup(`fill="${colour}" stroke="#fff"`, markers[k]?.at(x + 12, 14) ?? '');
    out += svgText(s.label, { x: x + 30, y: 14, lang: w.textLang(s.label) });
    x += 30 + textWidth(s.label) + 20;
  });
  return out;
}
