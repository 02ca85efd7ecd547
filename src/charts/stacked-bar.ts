/**
 * Horizontal stacked bars (a park's item scores, say): one row per item, one patterned segment per key,
 * the total at the bar's end, a legend on top. Missing or negative parts count as 0 in the drawing and
 * stay blank in the table.
 */
import { scaleLinear } from 'd3-scale';
import {
  chartWords, describe, emptyChart, escapeXml, INK, labelRoom, linkTo, markFormatter, NARROW, numberFormatter, patternDefs, patternFill, r, svgFrame,
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
        const tip = w.t('stacked.part', { label: k.label, value: fmt(v) });
        segments[j] += `${rect}><title${langAttr(w.textLang(tip))}>${escapeXml(tip)}</title></rect>`;
      }
      start += v;
    });
    sums += svgText(fmt(totals[i] ?? 0), { x: x(start) + 4, y: cy });
  });
  let body = `<defs>${patternDefs(keys.length)}</defs>` + legend.markup;
  body += above ? labels : svgGroup('text-anchor="end"', labels);
  body += svgGroup(
    `stroke="${INK}" stroke-width="0.75"`,
    keys.map((k, j) => svgGroup(`fill="${patternFill(j)}"`, segments[j] ? `<title${langAttr(w.textLang(k.label))}>${escapeXml(k.label)}</title>${segments[j]}` : '')).join(''),
  );
  body += svgGroup('fill="#fff"', pills);
  body += svgGroup('text-anchor="middle" font-size="11"', numbers);
  body += svgGroup('font-weight="bold"', sums);

  const desc = describe(options.desc, summary(title, keys, rows, totals, fmt, w));
  return {
    svg: svgFrame({ kind: 'stacked', width, height, title, desc, body, lang: w.lang }),
    table: { columns, rows: rows.map((row, i) => [row.label, ...keys.map((k) => part(row, k.key)), totals[i] ?? 0]), ...(options.digits === undefined ? {} : { digits: options.digits }) },
    title,
    desc,
  };
}

const langAttr = (lang: string | undefined) => (lang ? ` lang="${lang}"` : '');

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
