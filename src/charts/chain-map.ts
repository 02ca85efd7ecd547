/**
 * An industrial chain as three columns (上游 → 中游 → 下游) of segment boxes joined by arrows. A box's
 * border says how strong the segment is (solid = strong, dashed = weak, dotted = missing) and the box
 * says it in words too (薄弱, 补链; in English Weak, Gap), with the segment's name and its number of firms.
 * Below NARROW px (a phone) the stages stack instead: each a band of boxes two abreast, names in up to two
 * lines, arrows running down from one band to the next, so the map fits the screen without scrolling.
 */
import type { Lang } from '../lib/i18n/lang.ts';
import {
  ACCENT, chartWords, describe, emptyChart, escapeXml, ID, INK, linkTo, MUTED, NARROW, r, svgFrame, svgText, TEXT_SAFETY, textWidth, truncate,
  type ChartOutput, type ChartWords,
} from './core.ts';

export type Stage = 'upstream' | 'midstream' | 'downstream';
export type Strength = 'strong' | 'weak' | 'missing';

export interface ChainSegment {
  id: string;
  label: string;
  stage: Stage;
  strength: Strength;
  /** Number of firms on the chain in this segment. */
  firms: number;
  href?: string;
}

export interface ChainMapData {
  /** Drawn top to bottom in this order within each column. */
  segments: ChainSegment[];
  links: { from: string; to: string }[];
}

export interface ChainMapOptions {
  title: string;
  desc?: string;
  /** The language of the chart's own words; default 'zh'. */
  lang?: Lang;
  /** Drawn width in px; below NARROW the stages stack (the phone version). Default 720. */
  width?: number;
}

const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];
const STAGE_KEY = { upstream: 'stage.upstream', midstream: 'stage.midstream', downstream: 'stage.downstream' } as const;
const STRENGTH_KEY = { strong: 'strength.strong', weak: 'strength.weak', missing: 'strength.missing' } as const;
const TAG_KEY = { strong: null, weak: 'tag.weak', missing: 'tag.missing' } as const;
const BOX_STYLE: Record<Strength, string> = {
  strong: `fill="#e8f1fa" stroke="${ACCENT}" stroke-width="2"`,
  weak: 'fill="#fff" stroke="#a63d00" stroke-width="1.5" stroke-dasharray="6 4"',
  missing: `fill="#fff" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="0.5 4" stroke-linecap="round"`,
};
const TAG_STYLE: Record<Strength, { fill: string; ink: string }> = {
  strong: { fill: '#fff', ink: INK },
  weak: { fill: '#fbe3d0', ink: '#7a2d00' },
  missing: { fill: '#fff4d6', ink: '#5c4300' },
};

const WIDTH = 720;
const PAD = 8;
const COL_GAP = 56;
const COL_W = (WIDTH - 2 * PAD - 2 * COL_GAP) / 3;
const BOX_W = COL_W - 16;
const BOX_H = 50;
const V_GAP = 18;
const HEADER = 40;

interface Box {
  seg: ChainSegment;
  col: number;
  x: number;
  y: number;
}

export function chainMap(data: ChainMapData, options: ChainMapOptions): ChartOutput {
  const { segments, links } = data;
  const { title } = options;
  const w = chartWords(options.lang);
  const { t } = w;
  const stageName = (stage: Stage) => t(STAGE_KEY[stage]);
  const strengthName = (strength: Strength) => t(STRENGTH_KEY[strength]);
  const columns = [t('col.segment'), t('col.chainStage'), t('col.strength'), t('col.firms')];
  if (segments.length === 0) return emptyChart('chain', title, columns, w.lang);
  const desc = describe(options.desc, summary(title, segments, w));
  const table = { columns, rows: segments.map((s) => [s.label, stageName(s.stage), strengthName(s.strength), s.firms]) };
  if (options.width !== undefined && options.width < NARROW) {
    const { body, height } = stacked(data, options.width, w);
    return { svg: svgFrame({ kind: 'chain', width: options.width, height, title, desc, body, lang: w.lang }), table, title, desc };
  }

  const boxes = new Map<string, Box>();
  const perColumn = STAGES.map((stage, col) => {
    const inColumn = segments.filter((s) => s.stage === stage);
    inColumn.forEach((seg, i) => {
      boxes.set(seg.id, { seg, col, x: PAD + col * (COL_W + COL_GAP) + 8, y: HEADER + i * (BOX_H + V_GAP) });
    });
    return inColumn.length;
  });
  const rows = Math.max(1, ...perColumn);
  const columnBottom = HEADER + rows * (BOX_H + V_GAP) - V_GAP + 10;
  const legendTop = columnBottom + 14;
  const height = legendTop + 30;

  let body = `<defs><marker id="${ID}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="${MUTED}"/></marker></defs>`;
  STAGES.forEach((stage, col) => {
    const x = PAD + col * (COL_W + COL_GAP);
    body += `<rect x="${r(x)}" y="${PAD}" width="${r(COL_W)}" height="${r(columnBottom - PAD)}" rx="6" fill="#f4f6f8"/>`;
    body += svgText(t('chain.column', { stage: stageName(stage), n: perColumn[col] ?? 0 }), { x: x + COL_W / 2, y: PAD + 14, anchor: 'middle', weight: 'bold' });
  });
  // Arrows go under the boxes: one that passes a box is hidden there, but its head stays at the box edge.
  for (const link of links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (a && b && a !== b) body += arrow(a, b, w);
  }
  for (const box of boxes.values()) body += linkTo(box.seg.href, segmentBox(box, w));
  body += legend(legendTop, w);

  return { svg: svgFrame({ kind: 'chain', width: WIDTH, height, title, desc, body, lang: w.lang }), table, title, desc };
}

/** A placed box of the stacked (phone) layout. */
interface Placed {
  seg: ChainSegment;
  x: number;
  y: number;
  w: number;
  h: number;
}

const S_BAND_HEAD = 30;
const S_BOX_H = 60;
const S_GAP = 10;
const S_BAND_GAP = 28;

/** The phone layout: one band per stage, top to bottom, boxes two abreast, arrows down between bands. */
function stacked({ segments, links }: ChainMapData, width: number, w: ChartWords): { body: string; height: number } {
  const inner = width - 2 * PAD;
  const boxW = (inner - 2 * 8 - S_GAP) / 2;
  const placed = new Map<string, Placed>();
  let bands = '';
  let y = PAD;
  for (const stage of STAGES) {
    const inStage = segments.filter((s) => s.stage === stage);
    const rows = Math.max(1, Math.ceil(inStage.length / 2));
    const bandH = S_BAND_HEAD + rows * (S_BOX_H + S_GAP);
    bands += `<rect x="${PAD}" y="${r(y)}" width="${r(inner)}" height="${r(bandH)}" rx="6" fill="#f4f6f8"/>`;
    bands += svgText(w.t('chain.column', { stage: w.t(STAGE_KEY[stage]), n: inStage.length }), { x: PAD + 8, y: y + 15, weight: 'bold' });
    inStage.forEach((seg, i) => {
      placed.set(seg.id, { seg, x: PAD + 8 + (i % 2) * (boxW + S_GAP), y: y + S_BAND_HEAD + Math.floor(i / 2) * (S_BOX_H + S_GAP), w: boxW, h: S_BOX_H });
    });
    y += bandH + S_BAND_GAP;
  }
  let body = `<defs><marker id="${ID}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="${MUTED}"/></marker></defs>` + bands;
  for (const link of links) {
    const a = placed.get(link.from);
    const b = placed.get(link.to);
    if (a && b && a !== b) body += downArrow(a, b, w);
  }
  for (const box of placed.values()) body += linkTo(box.seg.href, stackedBox(box, w));
  const legendTop = y - S_BAND_GAP + 14;
  const { markup, height } = legendRows(legendTop, width, w);
  return { body: body + markup, height: legendTop + height + PAD };
}

/** A box of the phone layout: the name in up to two lines, then the firms and the strength tag. */
function stackedBox({ seg, x, y, w: boxW }: Placed, w: ChartWords): string {
  const lines = fillTwoLines(seg.label, boxW - 16, 13);
  let out = `<rect x="${r(x)}" y="${r(y)}" width="${r(boxW)}" height="${S_BOX_H}" rx="4" ${BOX_STYLE[seg.strength]}/>`;
  lines.forEach((line, i) => {
    out += svgText(line, { x: x + 8, y: y + 13 + i * 16, weight: 'bold', size: 13, ...(i === 0 ? { full: seg.label } : {}), lang: w.textLang(seg.label) });
  });
  out += svgText(w.count('chain.firms', seg.firms, { n: w.number(seg.firms, 0) }), { x: x + 8, y: y + S_BOX_H - 11, fill: MUTED });
  const tag = TAG_KEY[seg.strength];
  if (tag) out += pill(w.t(tag), x + boxW - 6, y + S_BOX_H - 11, TAG_STYLE[seg.strength]);
  return out;
}

/**
 * A name in at most two lines, the first filled as far as it goes (whole words where there are spaces,
 * characters otherwise), the rest shortened with … if it still does not fit.
 */
export function fillTwoLines(text: string, maxWidth: number, fontSize: number): string[] {
  const room = maxWidth / TEXT_SAFETY;
  if (textWidth(text, fontSize) <= room) return [text];
  const parts = text.includes(' ') ? text.split(' ') : [...text];
  const sep = text.includes(' ') ? ' ' : '';
  let n = 1;
  while (n < parts.length && textWidth(parts.slice(0, n + 1).join(sep), fontSize) <= room) n++;
  const first = parts.slice(0, n).join(sep);
  const rest = parts.slice(n).join(sep);
  return rest ? [truncate(first, room, fontSize), truncate(rest, room, fontSize)] : [truncate(first, room, fontSize)];
}

/** An arrow of the phone layout: down (or up) from edge to edge, sideways between boxes on one row. */
function downArrow(a: Placed, b: Placed, w: ChartWords): string {
  let d: string;
  if (a.y === b.y) {
    const forward = b.x > a.x;
    const sx = forward ? a.x + a.w : a.x;
    const ex = forward ? b.x : b.x + b.w;
    const cy = a.y + a.h / 2;
    d = `M${r(sx)},${r(cy)}L${r(ex)},${r(cy)}`;
  } else {
    const down = b.y > a.y;
    const sx = a.x + a.w / 2;
    const ex = b.x + b.w / 2;
    const sy = down ? a.y + a.h : a.y;
    const ey = down ? b.y : b.y + b.h;
    const mid = (ey - sy) / 2;
    d = `M${r(sx)},${r(sy)}C${r(sx)},${r(sy + mid)} ${r(ex)},${r(ey - mid)} ${r(ex)},${r(ey)}`;
  }
  const tip = `${escapeXml(a.seg.label)} → ${escapeXml(b.seg.label)}`;
  const lang = w.textLang(tip) ? ` lang="${w.textLang(tip)}"` : '';
  return `<path d="${d}" fill="none" stroke="${MUTED}" stroke-width="1.25" marker-end="url(#${ID}-arrow)"><title${lang}>${tip}</title></path>`;
}

/** The legend, starting a new row whenever the next item would pass the frame's right edge. */
function legendRows(top: number, width: number, { t }: ChartWords): { markup: string; height: number } {
  let x = PAD;
  let y = top;
  let out = '';
  for (const strength of ['strong', 'weak', 'missing'] as const) {
    const text = t(`chain.legend.${strength}`);
    const itemW = 38 + textWidth(text) * 1.12;
    if (x > PAD && x + itemW > width - PAD) {
      x = PAD;
      y += 26;
    }
    out += `<rect x="${r(x)}" y="${r(y)}" width="30" height="18" rx="3" ${BOX_STYLE[strength]}/>`;
    out += svgText(text, { x: x + 38, y: y + 9 });
    x += itemW + 20;
  }
  return { markup: out, height: y - top + 18 };
}

function segmentBox({ seg, x, y }: Box, w: ChartWords): string {
  const name = truncate(seg.label, BOX_W - 16, 13);
  let out = `<rect x="${r(x)}" y="${r(y)}" width="${r(BOX_W)}" height="${BOX_H}" rx="4" ${BOX_STYLE[seg.strength]}/>`;
  out += svgText(name, { x: x + 8, y: y + 16, weight: 'bold', size: 13, full: seg.label, lang: w.textLang(seg.label) });
  out += svgText(w.count('chain.firms', seg.firms, { n: w.number(seg.firms, 0) }), { x: x + 8, y: y + 36, fill: MUTED });
  const tag = TAG_KEY[seg.strength];
  if (tag) out += pill(w.t(tag), x + BOX_W - 8, y + 36, TAG_STYLE[seg.strength]);
  return out;
}

/** A small labelled badge, right-aligned at x. */
function pill(text: string, x: number, y: number, style: { fill: string; ink: string }): string {
  const w = textWidth(text, 11) + 10;
  return `<rect x="${r(x - w)}" y="${r(y - 8)}" width="${r(w)}" height="16" rx="8" fill="${style.fill}" stroke="${style.ink}" stroke-width="0.75"/>` +
    svgText(text, { x: x - w / 2, y, anchor: 'middle', size: 11, fill: style.ink });
}

/** A curve from one box to another: sideways between columns, looping out to the right within one. */
function arrow(a: Box, b: Box, w: ChartWords): string {
  const sy = a.y + BOX_H / 2;
  const ey = b.y + BOX_H / 2;
  let d: string;
  if (a.col === b.col) {
    const sx = a.x + BOX_W;
    const ex = b.x + BOX_W;
    const bulge = Math.min(COL_GAP - 12, 16 + Math.abs(ey - sy) / 6);
    d = `M${r(sx)},${r(sy)}C${r(sx + bulge)},${r(sy)} ${r(ex + bulge)},${r(ey)} ${r(ex)},${r(ey)}`;
  } else {
    const forward = b.col > a.col;
    const sx = forward ? a.x + BOX_W : a.x;
    const ex = forward ? b.x : b.x + BOX_W;
    const mid = (ex - sx) / 2;
    d = `M${r(sx)},${r(sy)}C${r(sx + mid)},${r(sy)} ${r(ex - mid)},${r(ey)} ${r(ex)},${r(ey)}`;
  }
  const tip = `${escapeXml(a.seg.label)} → ${escapeXml(b.seg.label)}`;
  const lang = w.textLang(tip) ? ` lang="${w.textLang(tip)}"` : '';
  return `<path d="${d}" fill="none" stroke="${MUTED}" stroke-width="1.25" marker-end="url(#${ID}-arrow)"><title${lang}>${tip}</title></path>`;
}

function legend(top: number, { t }: ChartWords): string {
  const items: { strength: Strength; text: string }[] = [
    { strength: 'strong', text: t('chain.legend.strong') },
    { strength: 'weak', text: t('chain.legend.weak') },
    { strength: 'missing', text: t('chain.legend.missing') },
  ];
  let x = PAD;
  let out = '';
  for (const item of items) {
    out += `<rect x="${r(x)}" y="${top}" width="30" height="18" rx="3" ${BOX_STYLE[item.strength]}/>`;
    out += svgText(item.text, { x: x + 38, y: top + 9 });
    x += 38 + textWidth(item.text) + 28;
  }
  return out;
}

function summary(title: string, segments: ChainSegment[], w: ChartWords): string {
  const { t } = w;
  const count = (pred: (s: ChainSegment) => boolean) => segments.filter(pred).length;
  const byStage = STAGES.map((st) => t('chain.byCount', { label: w.en ? t(STAGE_KEY[st]).toLowerCase() : t(STAGE_KEY[st]), n: count((s) => s.stage === st) })).join(t('enum'));
  const byStrength = (['strong', 'weak', 'missing'] as const)
    .map((st) => t('chain.byCount', { label: w.en ? t(STRENGTH_KEY[st]).toLowerCase() : t(STRENGTH_KEY[st]), n: count((s) => s.strength === st) }))
    .join(t('enum'));
  const firms = segments.reduce((sum, s) => sum + s.firms, 0);
  const missing = segments.filter((s) => s.strength === 'missing').map((s) => s.label);
  let text = w.count('chain.summary', segments.length, { title, byStage, byStrength, firms: w.number(firms, 0) });
  if (missing.length > 0) text += t('chain.gaps', { list: missing.join(t('enum')) });
  return text + t('stop');
}
