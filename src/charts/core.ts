/**
 * What every chart shares: the output shape, escaping, content-derived ids, number formatting,
 * rough text measurement (no DOM at build time), the <svg> frame and the empty state.
 */
import { formatNumber, formatWan, formatWithUnit, NO_VALUE } from '../lib/format/number.ts';
import { toCsv } from '../lib/format/csv.ts';
import type { Lang } from '../lib/i18n/lang.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
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

/** Text for a number, following the chart's options; null → —. */
export function numberFormatter(options: NumberOptions, digits = 1): (n: number | null) => string {
  return (n) => {
    if (n === null || !Number.isFinite(n)) return NO_VALUE;
    if (options.format) return options.format(n);
    const unit = options.unit;
    if (unit === undefined || unit === '') return formatNumber(n, digits);
    if (unit === '万元') return formatWan(n);
    if (unit === '%') return `${formatNumber(n, digits)}%`;
    return formatWithUnit(n, unit, digits);
  };
}

/** A table column header with its unit: 数值（万元）. */
export function withUnit(name: string, unit: string | undefined): string {
  return unit ? `${name}（${unit}）` : name;
}

/** Rough width of a text in px: CJK and full-width ≈ 1em, digits and Latin ≈ 0.6em. Good enough for layout. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80) em += 1;
    else if (ch === ' ' || ch === '.' || ch === ',' || ch === '·') em += 0.3;
    else if (/[A-Z%MW@]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return em * fontSize;
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
  /** A white outline so the text stays readable over lines and fills. */
  halo?: boolean;
  /** Full text as a tooltip when the shown text was shortened. */
  full?: string;
}

/** A <text> element; `text` is escaped here. `y` is the text's vertical middle. */
export function svgText(text: string, o: TextOptions): string {
  // dy rather than dominant-baseline: every SVG renderer (rsvg, print, old browsers) honours it.
  const attrs = [`x="${r(o.x)}"`, `y="${r(o.y)}"`, `dy="0.35em"`];
  if (o.anchor && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  if (o.weight) attrs.push(`font-weight="${o.weight}"`);
  if (o.size) attrs.push(`font-size="${o.size}"`);
  attrs.push(`fill="${o.fill ?? INK}"`);
  if (o.halo) attrs.push('stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"');
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
}

/** The <svg> root with title and desc; ids are a hash of the whole chart, so they differ when data differ. */
export function svgFrame(f: FrameInput): string {
  const cls = f.className ? `chart-svg ${f.className}` : 'chart-svg';
  // role="img" hides everything inside from assistive technology, links too; a chart whose marks are
  // links is a named group instead, so its links stay reachable.
  const role = f.body.includes('<a ') ? 'group' : 'img';
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}" role="${role}" ` +
    `aria-labelledby="${ID}-title ${ID}-desc" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}" class="${cls}">` +
    `<title id="${ID}-title">${escapeXml(f.title)}</title><desc id="${ID}-desc">${escapeXml(f.desc)}</desc>` +
    f.body +
    `</svg>`;
  const id = `${f.kind}-${hashString(markup)}`;
  return markup.split(ID).join(id);
}

/** The output for a chart with nothing to draw: a small SVG that says 暂无数据. */
export function emptyChart(kind: string, title: string, columns: string[], width = 640, height = 80): ChartOutput {
  const desc = `${title}：暂无数据。`;
  const size = Math.min(FONT_SIZE + 2, height * 0.6);
  const body = svgText('暂无数据', { x: width / 2, y: height / 2, anchor: 'middle', fill: MUTED, size });
  return { svg: svgFrame({ kind, width, height, title, desc, body }), table: { columns, rows: [] }, title, desc };
}

/** Join the user's own description (if any) and the generated sentence with the key numbers. */
export function describe(userDesc: string | undefined, generated: string): string {
  return userDesc ? `${userDesc} ${generated}` : generated;
}

/** The table as CSV (RFC 4180 quoting, "\n" line ends, no BOM); null is an empty cell. */
export function tableToCsv(table: ChartTable): string {
  return toCsv(table.columns, table.rows);
}

/** A table cell as text for the HTML table: grouped digits (up to 6 decimals), years as written, — for null. */
export function cellText(value: string | number | null, column: string): string {
  if (value === null) return NO_VALUE;
  if (typeof value === 'string') return value;
  if (/年份|年度/.test(column)) return String(value);
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
