/**
 * Horizontal stacked bars (a park's item scores, say): one row per item, one patterned segment per key,
 * the total at the bar's end, a legend on top. Missing or negative parts count as 0 in the drawing and
 * stay blank in the table.
 */
import { scaleLinear } from 'd3-scale';
import {
  chartWords, describe, emptyChart, escapeXml, FONT_SIZE, HALO, INK, labelRoom, linkTo, markFormatter, NARROW, numberFormatter, patternDefs, patternFill, r, svgFrame,
  svgGroup, svgText, textWidth, truncate, type ChartOutput, type ChartWords, type NumberOptions,
} from './core.ts';

export interface StackKey {
  key: string;
  label: string;
}

export interface StackRow {
  label: string;
  href?: string;
  values: Record<string, number>;
}

export interface StackedBarData {
  keys: StackKey[];
  rows: StackRow[];
}

export interface StackedBarOptions extends NumberOptions {
  title: string;
  desc?: string;
  /** The scale's end (e.g. 100 for scores out of 100); defaults to the largest total. */
  max?: number;
  /** Drawing width in px (default 640); below 480 each label goes above its bar (a phone's layout). */
  width?: number;
  /**
   * One drawing for every width (a ranking page's chart, issue 19: it was drawn twice, for a laptop and
   * a phone): the phone's layout (each label above its bar) at the box's full width, its text at its
   * own size, the bars placed across in % of the width. Laid out to fit from a 320 px column up.
   */
  fluid?: boolean;
}

const WIDTH = 640;
const ROW = 28;
const BAR = 18;
const PAD = 8;
const SWATCH = 14;
const LABEL_LINE = 16;

export function stackedBarChart(data: StackedBarData, options: StackedBarOptions): ChartOutput {
  const { keys, rows } = data;
  const { title } = options;
  const w = chartWords(options.lang);
  const columns = [w.t('col.name'), ...keys.map((k) => w.withUnit(k.label, options.unit)), w.withUnit(w.t('col.total'), options.unit)];
  if (rows.length === 0 || keys.length === 0) return emptyChart('stacked', title, columns, w.lang);
  const fmt = numberFormatter(options);
  const markFmt = markFormatter(options);

  const part = (row: StackRow, key: string): number | null => {
    const v = row.values[key];
    return v === undefined || !Number.isFinite(v) ? null : v;
  };
  const totals = rows.map((row) => keys.reduce((sum, k) => sum + Math.max(0, part(row, k.key) ?? 0), 0));

  if (options.fluid) return fluidChart(data, options, { columns, totals, part, fmt, markFmt, w });
  const width = options.width ?? WIDTH;
  // Narrow: each label on its own line above its bar, so the bars get the whole width.
  const above = width < NARROW;
  const rowHeight = above ? ROW + LABEL_LINE : ROW;
  const legend = legendLayout(keys, w, width);
  const labelWidth = above ? width - 2 * PAD + 10 : Math.min(labelRoom(180, w.lang), Math.max(...rows.map((row) => textWidth(row.label))) + 10);
  const totalWidth = Math.max(...totals.map((t) => textWidth(fmt(t), 12))) + 10;
  const left = above ? PAD : PAD + labelWidth;
  const top = legend.height + PAD;
  const height = top + rows.length * rowHeight + PAD;
  const x = scaleLinear()
    .domain([0, Math.max(options.max ?? 0, ...totals) || 1])
    .range([left, width - PAD - totalWidth]);

  // Marks of one kind in one group that sets their shared attributes once (a ranking page draws
  // hundreds of segments): labels, segments, the pills and numbers on them, totals.
  let labels = '';
  // Segments by key: each key's group sets its pattern and names the key (its tooltip).
  const segments = keys.map(() => '');
  let pills = '';
  let numbers = '';
  let sums = '';
  rows.forEach((row, i) => {
    const cy = top + i * rowHeight + (above ? LABEL_LINE : 0) + ROW / 2;
    const label = truncate(row.label, labelWidth - 10);
    const at = above ? { x: PAD, y: cy - ROW / 2 - LABEL_LINE / 2 + 4 } : { x: left - 6, y: cy };
    labels += linkTo(row.href, svgText(label, { ...at, full: row.label, lang: w.textLang(row.label) }));
    let start = 0;
    keys.forEach((k, j) => {
      const v = Math.max(0, part(row, k.key) ?? 0);
      if (v === 0) return;
      const x1 = x(start);
      const width = x(start + v) - x1;
      const rect = `<rect x="${r(x1)}" y="${r(cy - BAR / 2)}" width="${r(width)}" height="${BAR}"`;
      const text = markFmt(v);
      const tw = textWidth(text, 11) + 6;
      if (tw + 2 <= width) {
        // The number on a white pill (the pattern's marks would otherwise cut through it); the
        // segment's tooltip is its key's, from the group.
        segments[j] += `${rect}/>`;
        pills += `<rect x="${r(x1 + width / 2 - tw / 2)}" y="${r(cy - 7)}" width="${r(tw)}" height="14" rx="3"/>`;
        numbers += svgText(text, { x: x1 + width / 2, y: cy, groupSize: 11 });
      } else {
        // Too narrow for its number: the tooltip gives key and value.
        segments[j] += withTip(rect, k.label, fmt(v), w);
      }
      start += v;
    });
    sums += svgText(fmt(totals[i] ?? 0), { x: x(start) + 4, y: cy });
  });
  let body = `<defs>${patternDefs(keys.length)}</defs>` + legend.markup;
  body += above ? labels : svgGroup('text-anchor="end"', labels);
  body += segmentGroups(keys, segments, w);
  body += svgGroup('fill="#fff"', pills);
  body += svgGroup('text-anchor="middle" font-size="11"', numbers);
  body += svgGroup('font-weight="bold"', sums);

  const desc = describe(options.desc, summary(title, keys, rows, totals, fmt, w));
  return {
    svg: svgFrame({ kind: 'stacked', width, height, title, desc, body, lang: w.lang }),
    table: tableOf(data, options, { columns, totals, part }),
    title,
    desc,
  };
}

/** The narrowest box a fluid chart is laid out for (a 320 px phone's column): its text fits from there up. */
export const FLUID_MIN = 300;
/**
 * A box at least this wide (a laptop's, from a 40rem screen) writes more segments' numbers: those in
 * the group of class `FLUID_WIDE`, which a page's style shows from 40rem up only.
 */
export const FLUID_WIDE_MIN = 560;
export const FLUID_WIDE = 'stack-wide';

/** A share of the width, for an x in %: two decimals (0.01 % of an 800 px chart is 0.08 px). */
const pc = (n: number) => Math.round(n * 100) / 100;

interface Prepared {
  columns: string[];
  totals: number[];
  part: (row: StackRow, key: string) => number | null;
  fmt: (n: number | null) => string;
  markFmt: (n: number | null) => string;
  w: ChartWords;
}

/**
 * The fluid layout (`options.fluid`): no viewBox, so 1 unit is 1 CSS px down the chart and every x is
 * in % of its width. Labels sit above their bars at the left; a bar's total follows its end, in the
 * room kept on the right for the widest total at `FLUID_MIN`. A segment's number is written on it
 * (white outline, no pill: a pill's width in px cannot be centred on an x in %) when it fits at
 * `FLUID_MIN`, or, in the group a page shows on wide screens only, at `FLUID_WIDE_MIN`. A segment
 * without its number at `FLUID_MIN` has a tooltip naming key and value.
 */
function fluidChart(data: StackedBarData, options: StackedBarOptions, p: Prepared): ChartOutput {
  const { keys, rows } = data;
  const { title } = options;
  const { totals, part, fmt, markFmt, w } = p;
  const rowHeight = ROW + LABEL_LINE;
  const legend = legendLayout(keys, w, FLUID_MIN);
  const totalWidth = Math.max(...totals.map((t) => textWidth(fmt(t), 12))) + 10;
  const left = pc((100 * PAD) / FLUID_MIN);
  const right = pc(100 - (100 * (totalWidth + 4 + PAD)) / FLUID_MIN);
  const top = legend.height + PAD;
  const height = top + rows.length * rowHeight + PAD;
  const max = Math.max(options.max ?? 0, ...totals) || 1;
  const x = (v: number) => pc(left + ((right - left) * v) / max);
  const base = (size: number) => r(0.35 * size);

  let labels = '';
  const segments = keys.map(() => '');
  let numbers = '';
  let wideNumbers = '';
  let sums = '';
  rows.forEach((row, i) => {
    const cy = top + i * rowHeight + LABEL_LINE + ROW / 2;
    const label = truncate(row.label, FLUID_MIN - 2 * PAD);
    const lang = w.textLang(row.label);
    const tip = label !== row.label ? `<title>${escapeXml(row.label)}</title>` : '';
    labels += linkTo(row.href, `<text x="${left}%" y="${r(cy - ROW / 2 - LABEL_LINE / 2 + 4 + base(FONT_SIZE))}"${langAttr(lang)}>${tip}${escapeXml(label)}</text>`);
    let start = 0;
    keys.forEach((k, j) => {
      const v = Math.max(0, part(row, k.key) ?? 0);
      if (v === 0) return;
      const x1 = x(start);
      const x2 = x(start + v);
      const rect = `<rect x="${x1}%" y="${r(cy - BAR / 2)}" width="${pc(x2 - x1)}%" height="${BAR}"`;
      const text = markFmt(v);
      const need = textWidth(text, 11) + 8;
      const number = `<text x="${pc((x1 + x2) / 2)}%" y="${r(cy + base(11))}">${escapeXml(text)}</text>`;
      if (need <= ((x2 - x1) * FLUID_MIN) / 100) {
        segments[j] += `${rect}/>`;
        numbers += number;
      } else {
        segments[j] += withTip(rect, k.label, fmt(v), w);
        if (need <= ((x2 - x1) * FLUID_WIDE_MIN) / 100) wideNumbers += number;
      }
      start += v;
    });
    sums += `<text x="${x(start)}%" dx="4" y="${r(cy + base(FONT_SIZE))}">${escapeXml(fmt(totals[i] ?? 0))}</text>`;
  });
  let body = `<defs>${patternDefs(keys.length)}</defs>` + legend.markup + labels;
  body += segmentGroups(keys, segments, w);
  body += svgGroup(`text-anchor="middle" font-size="11" ${HALO}`, numbers + svgGroup(`class="${FLUID_WIDE}"`, wideNumbers));
  body += svgGroup('font-weight="bold"', sums);

  const desc = describe(options.desc, summary(title, keys, rows, totals, fmt, w));
  return {
    svg: svgFrame({ kind: 'stacked', width: FLUID_MIN, height, title, desc, body, lang: w.lang, fluid: true }),
    table: tableOf(data, options, p),
    title,
    desc,
  };
}

/** The chart's numbers: label, each key's part (blank where missing), total. */
function tableOf(data: StackedBarData, options: StackedBarOptions, p: Pick<Prepared, 'columns' | 'totals' | 'part'>) {
  return { columns: p.columns, rows: data.rows.map((row, i) => [row.label, ...data.keys.map((k) => p.part(row, k.key)), p.totals[i] ?? 0]), ...(options.digits === undefined ? {} : { digits: options.digits }) };
}

const langAttr = (lang: string | undefined) => (lang ? ` lang="${lang}"` : '');

/** A segment (its unclosed `<rect …`) too narrow for its number: its tooltip gives key and value. */
function withTip(rect: string, label: string, value: string, w: ChartWords): string {
  const tip = w.t('stacked.part', { label, value });
  return `${rect}><title${langAttr(w.textLang(tip))}>${escapeXml(tip)}</title></rect>`;
}

/** The segments, a group per key that sets its pattern and names the key (the segments' tooltip). */
function segmentGroups(keys: StackedBarData['keys'], segments: string[], w: ChartWords): string {
  return svgGroup(
    `stroke="${INK}" stroke-width="0.75"`,
    keys.map((k, j) => svgGroup(`fill="${patternFill(j)}"`, segments[j] ? `<title${langAttr(w.textLang(k.label))}>${escapeXml(k.label)}</title>${segments[j]}` : '')).join(''),
  );
}

/** Swatch + label per key, wrapping onto new lines when the row is full. */
function legendLayout(keys: StackKey[], words: ChartWords, width: number): { markup: string; height: number } {
  let markup = '';
  let x = PAD;
  let y = PAD;
  keys.forEach((k, j) => {
    const w = SWATCH + 4 + textWidth(k.label) + 16;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    markup += `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${patternFill(j)}" stroke="${INK}" stroke-width="0.75"/>`;
    markup += svgText(k.label, { x: x + SWATCH + 4, y: y + SWATCH / 2, lang: words.textLang(k.label) });
    x += w;
  });
  return { markup, height: y + SWATCH + 6 };
}

function summary(title: string, keys: StackKey[], rows: StackRow[], totals: number[], fmt: (n: number | null) => string, w: ChartWords): string {
  const { t, count } = w;
  let hi = 0;
  let lo = 0;
  totals.forEach((t, i) => {
    if (t > (totals[hi] ?? 0)) hi = i;
    if (t < (totals[lo] ?? 0)) lo = i;
  });
  const name = (i: number) => rows[i]?.label ?? '';
  const parts = [t('stacked.count', { title, items: count('items', rows.length), keys: keys.map((k) => k.label).join(t('enum')) })];
  parts.push(t('stacked.highest', { label: name(hi), value: fmt(totals[hi] ?? 0) }));
  if (rows.length > 1) parts.push(t('stacked.lowest', { label: name(lo), value: fmt(totals[lo] ?? 0) }));
  return parts.join(t('comma')) + t('stop');
}
