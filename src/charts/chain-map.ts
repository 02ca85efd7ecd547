/**
 * An industrial chain as three columns (上游 → 中游 → 下游) of segment boxes joined by arrows. A box's
 * border says how strong the segment is (solid = strong, dashed = weak, dotted = missing) and the box
 * says it in words too (薄弱, 补链), with the segment's name and its number of firms.
 */
import { formatNumber } from '../lib/format/number.ts';
import {
  ACCENT, describe, emptyChart, escapeXml, ID, INK, linkTo, MUTED, r, svgFrame, svgText, textWidth, truncate,
  type ChartOutput,
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
}

const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream'];
const STAGE_ZH: Record<Stage, string> = { upstream: '上游', midstream: '中游', downstream: '下游' };
const STRENGTH_ZH: Record<Strength, string> = { strong: '强', weak: '弱', missing: '缺失' };
const TAG: Record<Strength, string> = { strong: '', weak: '薄弱', missing: '补链' };
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
  const columns = ['环节', '上中下游', '强弱', '企业数'];
  if (segments.length === 0) return emptyChart('chain', title, columns);

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
    body += svgText(`${STAGE_ZH[stage]}（${perColumn[col] ?? 0}）`, { x: x + COL_W / 2, y: PAD + 14, anchor: 'middle', weight: 'bold' });
  });
  // Arrows go under the boxes: one that passes a box is hidden there, but its head stays at the box edge.
  for (const link of links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (a && b && a !== b) body += arrow(a, b);
  }
  for (const box of boxes.values()) body += linkTo(box.seg.href, segmentBox(box));
  body += legend(legendTop);

  const desc = describe(options.desc, summary(title, segments));
  return {
    svg: svgFrame({ kind: 'chain', width: WIDTH, height, title, desc, body }),
    table: { columns, rows: segments.map((s) => [s.label, STAGE_ZH[s.stage], STRENGTH_ZH[s.strength], s.firms]) },
    title,
    desc,
  };
}

function segmentBox({ seg, x, y }: Box): string {
  const name = truncate(seg.label, BOX_W - 16, 13);
  let out = `<rect x="${r(x)}" y="${r(y)}" width="${r(BOX_W)}" height="${BOX_H}" rx="4" ${BOX_STYLE[seg.strength]}/>`;
  out += svgText(name, { x: x + 8, y: y + 16, weight: 'bold', size: 13, full: seg.label });
  out += svgText(`${formatNumber(seg.firms, 0)} 家企业`, { x: x + 8, y: y + 36, fill: MUTED });
  const tag = TAG[seg.strength];
  if (tag) out += pill(tag, x + BOX_W - 8, y + 36, TAG_STYLE[seg.strength]);
  return out;
}

/** A small labelled badge, right-aligned at x. */
function pill(text: string, x: number, y: number, style: { fill: string; ink: string }): string {
  const w = textWidth(text, 11) + 10;
  return `<rect x="${r(x - w)}" y="${r(y - 8)}" width="${r(w)}" height="16" rx="8" fill="${style.fill}" stroke="${style.ink}" stroke-width="0.75"/>` +
    svgText(text, { x: x - w / 2, y, anchor: 'middle', size: 11, fill: style.ink });
}

/** A curve from one box to another: sideways between columns, looping out to the right within one. */
function arrow(a: Box, b: Box): string {
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
  return `<path d="${d}" fill="none" stroke="${MUTED}" stroke-width="1.25" marker-end="url(#${ID}-arrow)"><title>${tip}</title></path>`;
}

function legend(top: number): string {
  const items: { strength: Strength; text: string }[] = [
    { strength: 'strong', text: '实线框：强链环节' },
    { strength: 'weak', text: '虚线框：薄弱环节' },
    { strength: 'missing', text: '点线框：缺失环节（补链招商目标）' },
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

function summary(title: string, segments: ChainSegment[]): string {
  const count = (pred: (s: ChainSegment) => boolean) => segments.filter(pred).length;
  const byStage = STAGES.map((st) => `${STAGE_ZH[st]} ${count((s) => s.stage === st)} 个`).join('、');
  const byStrength = (['strong', 'weak', 'missing'] as const).map((st) => `${STRENGTH_ZH[st]} ${count((s) => s.strength === st)} 个`).join('、');
  const firms = segments.reduce((sum, s) => sum + s.firms, 0);
  const missing = segments.filter((s) => s.strength === 'missing').map((s) => s.label);
  let text = `${title}：共 ${segments.length} 个环节（${byStage}），其中${byStrength}，企业合计 ${formatNumber(firms, 0)} 家`;
  if (missing.length > 0) text += `；补链目标：${missing.join('、')}`;
  return `${text}。`;
}
