/**
 * A pyramid of levels (firm tiers from 链主 at the top down to 规上): one centred bar per level, its
 * width the count, with the level's name and count written above it. Drawn 360 units wide so it fits
 * a 390 px phone screen without scrolling (the `chart-narrow` class lets it shrink; see global.css).
 */
import { scaleLinear } from 'd3-scale';
import { NO_VALUE } from '../lib/format/number.ts';
import { ACCENT, chartWords, describe, emptyChart, numberFormatter, r, svgFrame, svgText, truncate, type ChartOutput, type NumberOptions } from './core.ts';

export interface PyramidLevel {
  label: string;
  /** null = not known: written as —, with no bar (never drawn as 0). */
  value: number | null;
}

export interface PyramidData {
  /** From the top of the pyramid down. */
  levels: PyramidLevel[];
}

export interface PyramidOptions extends NumberOptions {
  title: string;
  /** Your own sentence; the counts are added after it. */
  desc?: string;
}

export const PYRAMID_WIDTH = 360;
const PAD = 8;
const LABEL = 16;
const BAR = 18;
const GAP = 8;
const ROW = LABEL + BAR + GAP;

/** Share of the known total in percent, to 0.1; null when the value or the total is not there. */
function shareOfTotal(value: number | null, total: number): number | null {
  return value === null || total <= 0 ? null : Math.round((value / total) * 1000) / 10;
}

export function pyramidChart(data: PyramidData, options: PyramidOptions): ChartOutput {
  const { levels } = data;
  const { title } = options;
  const words = chartWords(options.lang);
  const { t } = words;
  const columns = [t('col.level'), words.withUnit(t('col.count'), options.unit), t('col.shareOfTotal')];
  if (levels.length === 0) return emptyChart('pyramid', title, columns, words.lang, PYRAMID_WIDTH);
  const fmt = numberFormatter(options, 0);
  const known = levels.map((l) => (l.value !== null && Number.isFinite(l.value) ? l.value : null));
  const total = known.reduce<number>((s, v) => s + (v ?? 0), 0);
  const inner = PYRAMID_WIDTH - PAD * 2;
  const centre = PYRAMID_WIDTH / 2;
  const w = scaleLinear()
    .domain([0, Math.max(1, ...known.map((v) => v ?? 0))])
    .range([0, inner]);
  const height = PAD * 2 + levels.length * ROW - GAP;

  let body = '';
  levels.forEach((level, i) => {
    const top = PAD + i * ROW;
    const value = known[i] ?? null;
    const text = t('funnel.stage', { label: level.label, value: value === null ? NO_VALUE : fmt(value) });
    body += svgText(truncate(text, inner), { x: centre, y: top + LABEL / 2, anchor: 'middle', full: text, lang: words.textLang(level.label) });
    if (value !== null && value > 0) {
      // A count of 1 among hundreds still shows: at least 2 units wide.
      const bw = Math.max(2, w(value));
      body += `<rect x="${r(centre - bw / 2)}" y="${r(top + LABEL)}" width="${r(bw)}" height="${BAR}" fill="${ACCENT}"/>`;
    }
  });

  const listed = levels.map((l, i) => t('funnel.stage', { label: l.label, value: known[i] === null ? NO_VALUE : fmt(known[i] ?? 0) })).join(t('comma'));
  const sentence = `${title}${t('colon')}${t('pyramid.order')}${t('comma')}${listed}${t('semicolon')}${t('pyramid.total', { value: fmt(total) })}${t('stop')}`;
  const desc = describe(options.desc, sentence);
  return {
    svg: svgFrame({ kind: 'pyramid', width: PYRAMID_WIDTH, height, title, desc, body, className: 'chart-narrow', lang: words.lang }),
    table: { columns, rows: levels.map((l, i) => [l.label, known[i] ?? null, shareOfTotal(known[i] ?? null, total)]) },
    title,
    desc,
  };
}
