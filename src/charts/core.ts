/**
 * What every chart shares: the output shape, escaping, content-derived ids, number formatting,
 * rough text measurement (no DOM at build time), the <svg> frame, the empty state and the words a
 * chart writes in its language (`chartWords`).
 */
import { formatNumber, formatWan, formatWithUnit, NO_VALUE } from '../lib/format/number.ts';
import { formatCny, formatCnyPerMu, formatMu, formatNumberEn } from '../lib/format/en.ts';
import { toCsv } from '../lib/format/csv.ts';
import { translator } from '../lib/i18n/dict.ts';
import { chartText } from '../lib/i18n/dict/charts.ts';
import { unitName as unitIn } from '../lib/i18n/dict/units.ts';
import type { Lang } from '../lib/i18n/lang.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
  /** Decimals the chart shows: its HTML table and CSV round to these (open data keeps full precision). */
  digits?: number;
}

export interface ChartOutput {
  /** Complete <svg> markup, safe to inline. */
  svg: string;
  /** The numbers behind the chart, for the <details> table and the CSV download. */
  table: ChartTable;
  title: string;
  desc: string;
}

/** How a chart turns a number into text: a unit (万元 switches to 亿元 from 10,000 万元) or a function. */
export interface NumberOptions {
  unit?: string;
  format?: (n: number) => string;
  /** The language of the chart's generated text (desc, table columns, legends, labels); default 'zh'. */
  lang?: Lang;
  /** Decimals the chart shows, for its table and CSV (see `ChartTable.digits`). */
  digits?: number;
}

export const INK = '#1a1a1a';
export const MUTED = '#555';
export const GRID = '#d0d4d9';
export const ACCENT = '#0b5394';
/** Dark enough for text on white (≥ 4.5:1) and for marks (≥ 3:1). */
export const SERIES_COLOURS = ['#0b5394', '#a63d00', '#1b7837', '#762a83', '#4d4d4d', '#8c510a'] as const;
export const FONT_SIZE = 12;

// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR, and the noncharacters
// U+FFFE/U+FFFF). They are dropped, which also keeps the ID placeholder below out of any escaped text.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text or an attribute value for SVG/HTML. Every piece of data passes through here. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only links that cannot run script: relative paths, fragments, http(s) and mailto. */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  const h = href.trim();
  if (h === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) && !/^(https?|mailto):/i.test(h)) return null;
  return h;
}

/** Wrap markup in a link when the item has a safe href. */
export function linkTo(href: string | undefined, inner: string): string {
  const h = safeHref(href);
  return h === null ? inner : `<a href="${escapeXml(h)}">${inner}</a>`;
}

/** A 53-bit string hash (cyrb53), as base-36. Same string, same hash, on every machine. */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Stands for the chart's id while its markup is built; `svgFrame` replaces it with a hash of the finished
 * markup. It holds NUL, which `escapeXml` removes, so no data can forge it.
 */
export const ID = '\u0000id\u0000';

/**
 * Text for a number, following the chart's options; null → —. In English, 万元 become CNY amounts,
 * 万元/亩 CNY per mu, 亩 also show hectares, and other units are named in English (src/lib/i18n/dict/units.ts).
 */
export function numberFormatter(options: NumberOptions, digits = 1): (n: number | null) => string {
  const en = options.lang === 'en';
  return (n) => {
    if (n === null || !Number.isFinite(n)) return NO_VALUE;
    if (options.format) return options.format(n);
    const unit = options.unit;
    if (en) {
      if (unit === undefined || unit === '' || unit === '个') return formatNumberEn(n, digits);
      if (unit === '万元') return formatCny(n);
      if (unit === '万元/亩') return formatCnyPerMu(n);
      if (unit === '亩') return formatMu(n);
      if (unit === '%') return `${formatNumberEn(n, digits)}%`;
      return `${formatNumberEn(n, digits)} ${unitName(unit, 'en')}`;
    }
    if (unit === undefined || unit === '') return formatNumber(n, digits);
    if (unit === '万元') return formatWan(n);
    if (unit === '%') return `${formatNumber(n, digits)}%`;
    return formatWithUnit(n, unit, digits);
  };
}

/** A unit as written in a language: unitName('万元', 'en') → "CNY 10,000"; an unknown unit as given. */
export function unitName(unit: string, lang: Lang = 'zh'): string {
  return unitIn(unit, lang);
}

/** A table column header with its unit: 数值（万元）, or in English "Value (CNY 10,000)". */
export function withUnit(name: string, unit: string | undefined, lang: Lang = 'zh'): string {
  if (!unit) return name;
  return lang === 'en' ? `${name} (${unitName(unit, 'en')})` : `${name}（${unit}）`;
}

type ChartTextKey = keyof (typeof chartText)['zh'];
/** Keys of counted nouns: those with a `.one` form for English. */
type CountKey = { [K in ChartTextKey]: `${K}.one` extends ChartTextKey ? K : never }[ChartTextKey];

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/**
 * The words and number formats a chart writes in its language (src/lib/i18n/dict/charts.ts).
 * The Chinese is exactly what the charts always wrote; English is used when `lang` is 'en'.
 */
export function chartWords(lang: Lang = 'zh') {
  const en = lang === 'en';
  const t = translator(chartText, lang);
  return {
    lang,
    en,
    t,
    /** A counted noun, singular in English for 1: count('items', 1) → "1 item". */
    count: (key: CountKey, n: number, params: Record<string, string | number> = {}) => t(n === 1 ? (`${key}.one` as ChartTextKey) : key, { ...params, n }),
    number: (n: number | null, digits = 2) => (en ? formatNumberEn(n, digits) : formatNumber(n, digits)),
    withUnit: (name: string, unit: string | undefined) => withUnit(name, unit, lang),
    /** lang="zh-CN" for a label that stays Chinese on an English chart (a name with no English). */
    textLang: (text: string): string | undefined => (en && CJK.test(text) ? 'zh-CN' : undefined),
  };
}

export type ChartWords = ReturnType<typeof chartWords>;

/** Room for a label in px: English names run about a third wider than Chinese ones, so they get 4/3. */
export function labelRoom(px: number, lang: Lang | undefined): number {
  return lang === 'en' ? Math.round((px * 4) / 3) : px;
}

/**
 * Text for a number written on a mark (a radar vertex, a stacked segment) where the table, the desc
 * and the axis already give the unit. Chinese keeps the short unit (18 分); English leaves out a unit
 * that is a word ("points") and keeps currency, area and %.
 */
export function markFormatter(options: NumberOptions, digits = 1): (n: number | null) => string {
  const wordUnit = options.lang === 'en' && !options.format && options.unit !== undefined && !['万元', '万元/亩', '亩', '%'].includes(options.unit);
  return numberFormatter(wordUnit ? { ...options, unit: '' } : options, digits);
}

/**
 * The y axis of a line chart: the label above it and the tick text. English ticks of 万元 read in CNY
 * million and of 万元/亩 in CNY thousand per mu, which stay short where CNY amounts would not.
 */
export function axisFormat(options: NumberOptions): { label: string; tick: (n: number) => string } {
  const w = chartWords(options.lang);
  const unit = options.unit;
  const label = (u: string) => w.t('axis.unit', { unit: u });
  if (options.format) return { label: unit ? label(unitName(unit, w.lang)) : '', tick: options.format };
  if (w.en && unit === '万元') return { label: label(w.t('unit.cnyMillion')), tick: (n) => formatNumberEn(n / 100, 2) };
  if (w.en && unit === '万元/亩') return { label: label(w.t('unit.cnyThousandPerMu')), tick: (n) => formatNumberEn(n * 10, 2) };
  return { label: unit ? label(unitName(unit, w.lang)) : '', tick: (n) => w.number(n, 2) };
}

/** Rough width of a text in px: CJK and full-width ≈ 1em, digits and Latin ≈ 0.6em. Good enough for layout. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  // By UTF-16 unit: a character beyond the BMP (two units, both ≥ 0x2e80) counts as one CJK width.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c >= 0x2e80) em += 1;
    else if (c === 0x20 || c === 0x2e || c === 0x2c || c === 0xb7) em += 0.3;
    else if ((c >= 0x41 && c <= 0x5a) || c === 0x25 || c === 0x40) em += 0.7;
    else em += 0.58;
  }
  return em * fontSize;
}

/**
 * Bold text runs wider than `textWidth` guesses, and real fonts differ from the guess: layout that must
 * keep text inside the frame reserves this much more.
 */
export const TEXT_SAFETY = 1.12;

/**
 * A label in at most two lines of `maxWidth` px: split at the space nearest the middle (Latin) or at
 * the middle character (CJK); the second line is shortened with … if it still does not fit.
 */
export function twoLines(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  if (textWidth(text, fontSize) * TEXT_SAFETY <= maxWidth) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  const mid = text.length / 2;
  const cut = spaces.length > 0 ? spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a)) : Math.ceil(mid);
  const first = text.slice(0, cut).trim();
  const second = text.slice(cut).trim();
  return [truncate(first, maxWidth / TEXT_SAFETY, fontSize), truncate(second, maxWidth / TEXT_SAFETY, fontSize)];
}

/** Shorten a label to fit `maxWidth` px, ending in …. */
export function truncate(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('') + '…';
}

/** Rounds a coordinate for the markup: short, stable strings. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface TextOptions {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold';
  fill?: string;
  size?: number;
  /** The size its group sets (not written on the text), for its baseline. */
  groupSize?: number;
  /** A white outline so the text stays readable over lines and fills. */
  halo?: boolean;
  /** Full text as a tooltip when the shown text was shortened. */
  full?: string;
  /** The text's own language when it differs from the page's (from `chartWords().textLang`). */
  lang?: string | undefined;
}

/** The white outline of a text over lines and fills (`halo`), as attributes for a text or a group of them. */
export const HALO = 'stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

/**
 * A <text> element; `text` is escaped here. `y` is the text's vertical middle: the baseline is set
 * 0.35em below it (in px of the text's size, rather than dy="0.35em" or dominant-baseline on every
 * text: every SVG renderer honours a plain y, and it is shorter). Without `fill` the text takes its
 * group's or the chart's ink (`svgFrame` sets INK on the root); without `anchor` its group's.
 */
export function svgText(text: string, o: TextOptions): string {
  const attrs = [`x="${r(o.x)}"`, `y="${r(o.y + 0.35 * (o.size ?? o.groupSize ?? FONT_SIZE))}"`];
  if (o.anchor && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  if (o.weight) attrs.push(`font-weight="${o.weight}"`);
  if (o.size) attrs.push(`font-size="${o.size}"`);
  if (o.fill) attrs.push(`fill="${o.fill}"`);
  if (o.halo) attrs.push(HALO);
  if (o.lang) attrs.push(`lang="${escapeXml(o.lang)}"`);
  const tip = o.full !== undefined && o.full !== text ? `<title>${escapeXml(o.full)}</title>` : '';
  return `<text ${attrs.join(' ')}>${tip}${escapeXml(text)}</text>`;
}

export interface FrameInput {
  /** Short name of the chart kind; the id starts with it. */
  kind: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Inner markup, using `ID` wherever an id is needed. */
  body: string;
  /** Extra class for the root element (a sparkline is word-sized: `chart-spark`); styled in global.css,
   *  since a style attribute would need 'unsafe-inline' in the Content-Security-Policy. */
  className?: string;
  /** The chart's language: on an English chart a title or desc with Chinese in it (a name with no
   *  English) is marked lang="zh-CN". */
  lang?: Lang | undefined;
  /** No viewBox: the drawing fills its box's width (width="100%") at `height` px, so its text keeps its
   *  size at any width and the marks place themselves across in % (a stacked ranking's one chart for a
   *  phone and a laptop alike); `width` is then only what the layout was checked against. */
  fluid?: boolean;
}

/**
 * Marks that share attributes (a series' colour, the grid's stroke, the labels' anchor) as one group
 * that sets them once, rather than on every mark: a chart's markup is a large part of a page (issue 19).
 * Nothing inside → nothing.
 */
export function svgGroup(attrs: string, inner: string): string {
  return inner === '' ? '' : `<g ${attrs}>${inner}</g>`;
}

/**
 * A marker shape (a d3 symbol path, centred on 0,0) drawn once in <defs> and placed at each point with
 * <use>: `defs` goes inside the chart's <defs>, `at(x, y)` is one placed copy, filled by its group.
 */
export function markerShape(index: number, d: string): { defs: string; at: (x: number, y: number) => string } {
  const id = `${ID}-m${index}`;
  return { defs: `<path id="${id}" d="${d}"/>`, at: (x, y) => `<use href="#${id}" x="${r(x)}" y="${r(y)}"/>` };
}

/** The <svg> root with title and desc; ids are a hash of the whole chart, so they differ when data differ. */
export function svgFrame(f: FrameInput): string {
  const cls = f.className ? `chart-svg ${f.className}` : 'chart-svg';
  // role="img" hides everything inside from assistive technology, links too; a chart whose marks are
  // links is a named group instead, so its links stay reachable.
  const role = f.body.includes('<a ') ? 'group' : 'img';
  const w = chartWords(f.lang);
  const mark = (text: string) => (w.textLang(text) ? ` lang="${w.textLang(text)}"` : '');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" ${f.fluid ? `width="100%" height="${f.height}"` : `viewBox="0 0 ${f.width} ${f.height}"`} role="${role}" ` +
    `aria-labelledby="${ID}-title ${ID}-desc" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}" fill="${INK}" class="${cls}">` +
    `<title id="${ID}-title"${mark(f.title)}>${escapeXml(f.title)}</title><desc id="${ID}-desc"${mark(f.desc)}>${escapeXml(f.desc)}</desc>` +
    f.body +
    `</svg>`;
  const id = `${f.kind}-${hashString(markup)}`;
  return markup.split(ID).join(id);
}

/** The output for a chart with nothing to draw: a small SVG that says 暂无数据 (No data). */
export function emptyChart(kind: string, title: string, columns: string[], lang: Lang = 'zh', width = 640, height = 80): ChartOutput {
  const { t } = chartWords(lang);
  const desc = t('empty.desc', { title });
  const size = Math.min(FONT_SIZE + 2, height * 0.6);
  const body = svgText(t('empty'), { x: width / 2, y: height / 2, anchor: 'middle', fill: MUTED, size });
  return { svg: svgFrame({ kind, width, height, title, desc, body, lang }), table: { columns, rows: [] }, title, desc };
}

/** Join the user's own description (if any) and the generated sentence with the key numbers. */
export function describe(userDesc: string | undefined, generated: string): string {
  return userDesc ? `${userDesc} ${generated}` : generated;
}

/** The table as CSV (RFC 4180 quoting, "\n" line ends, no BOM); null is an empty cell. */
export function tableToCsv(table: ChartTable): string {
  return toCsv(table.columns, roundedRows(table));
}

/**
 * A CSV as a `data:` link for a download, with the BOM Excel needs for Chinese. Only what a URL may
 * not hold is percent-encoded (controls, space, " # % < > [ \\ ] ^ ` { | }, and the BOM): Chinese
 * stays as it is, a third of the bytes of %E5%B9%B4 (issue 19); browsers send it as UTF-8.
 */
export function csvDataUrl(csv: string): string {
  return 'data:text/csv;charset=utf-8,%EF%BB%BF' + csv.replace(/[\u0000-\u0020"#%<>[\\\]^`{|}\u007F-\u009F\uFEFF]/g, (c) => encodeURIComponent(c));
}

/** Decimals a chart's table and CSV keep when the chart does not say: enough for a percentage as 0.1234. */
export const TABLE_DIGITS = 4;

/** The table's numbers rounded half up to the decimals the chart shows (`digits`, else TABLE_DIGITS). */
export function roundedRows(table: ChartTable): (string | number | null)[][] {
  const f = 10 ** (table.digits ?? TABLE_DIGITS);
  return table.rows.map((row) => row.map((v) => (typeof v === 'number' && Number.isFinite(v) ? Math.sign(v) * (Math.round(Math.abs(v) * f) / f) : v)));
}

/** Below this width a chart puts each row's label above its bar, so a phone-sized chart keeps its text legible. */
export const NARROW = 480;

/** A table cell as text for the HTML table: grouped digits (up to 6 decimals), years as written, — for null. */
export function cellText(value: string | number | null, column: string): string {
  if (value === null) return NO_VALUE;
  if (typeof value === 'string') return value;
  if (/年份|年度|^Year\b/.test(column)) return String(value);
  return formatNumber(value, 6);
}

export interface PatternStyle {
  fill: string;
  /** Dark ink for the pattern's marks. */
  ink: string;
}

/** Light fills, each with its own pattern, so segments differ in greyscale and print too. */
export const PATTERN_STYLES: readonly PatternStyle[] = [
  { fill: '#b9d3ee', ink: '#0b5394' },
  { fill: '#fbd3b0', ink: '#a63d00' },
  { fill: '#c2e4bd', ink: '#1b7837' },
  { fill: '#ddd0e8', ink: '#762a83' },
  { fill: '#e4e4e4', ink: '#4d4d4d' },
  { fill: '#f2e0b8', ink: '#8c510a' },
];

// One mark per pattern, drawn in an 8×8 tile: none, diagonal, dots, horizontal, crosshatch, vertical.
const PATTERN_MARKS = [
  '',
  '<path d="M-2,2L2,-2M0,8L8,0M6,10L10,6" stroke-width="1.2"/>',
  '<circle cx="4" cy="4" r="1.4"/>',
  '<path d="M0,4H8" stroke-width="1.2"/>',
  '<path d="M0,0L8,8M8,0L0,8" stroke-width="0.9"/>',
  '<path d="M4,0V8" stroke-width="1.2"/>',
];

/** `<pattern>` definitions for the first `count` styles; refer to them with `patternFill(i)`. */
export function patternDefs(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const s = PATTERN_STYLES[i % PATTERN_STYLES.length] as PatternStyle;
    const mark = PATTERN_MARKS[i % PATTERN_MARKS.length] ?? '';
    out +=
      `<pattern id="${ID}-p${i}" patternUnits="userSpaceOnUse" width="8" height="8">` +
      `<rect width="8" height="8" fill="${s.fill}"/><g stroke="${s.ink}" fill="${s.ink}">${mark}</g></pattern>`;
  }
  return out;
}

export function patternFill(i: number): string {
  return `url(#${ID}-p${i})`;
}
