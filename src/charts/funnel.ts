/**
 * A funnel of stages (projects signed → started → producing): centred bars whose width is the count,
 * each labelled with the count and its share of the first stage.
 */
import { scaleLinear } from 'd3-scale';
import { NO_VALUE } from '../lib/format/number.ts';
import {
  ACCENT, chartWords, describe, emptyChart, labelRoom, numberFormatter, r, svgFrame, svgText, textWidth, truncate,
  type ChartOutput, type NumberOptions,
} from './core.ts';

export interface FunnelStage {
  label: string;
  value: number;
}

export interface FunnelData {
  stages: FunnelStage[];
}

export interface FunnelOptions extends NumberOptions {
  title: string;
  desc?: string;
}

const WIDTH = 640;
const ROW = 40;
const BAR = 26;
const PAD = 8;

/** Share of the first stage in percent, to 0.1; null when the first stage is 0. */
function shareOfFirst(value: number, first: number): number | null {
  return first > 0 ? Math.round((value / first) * 1000) / 10 : null;
}

export function funnelChart(data: FunnelData, options: FunnelOptions): ChartOutput {
  const { stages } = data;
  const { title } = options;
  const words = chartWords(options.lang);
  const { t } = words;
  const columns = [t('col.stage'), words.withUnit(t('col.count'), options.unit), t('col.shareOfFirst')];
  if (stages.length === 0) return emptyChart('funnel', title, columns, words.lang);
  const fmt = numberFormatter(options);
  const first = stages[0]?.value ?? 0;
  const shares = stages.map((s) => shareOfFirst(s.value, first));
  const notes = stages.map((s, i) => {
    const share = shares[i] ?? null;
    return t('funnel.note', { value: fmt(s.value), share: share === null ? NO_VALUE : `${words.number(share, 1)}%` });
  });

  const labelWidth = Math.min(labelRoom(160, words.lang), Math.max(...stages.map((s) => textWidth(s.label))) + 10);
  const noteWidth = Math.max(...notes.map((n) => textWidth(n))) + 10;
  const left = PAD + labelWidth;
  const right = WIDTH - PAD - noteWidth;
  const centre = (left + right) / 2;
  const w = scaleLinear()
    .domain([0, Math.max(1, ...stages.map((s) => s.value))])
    .range([0, right - left]);
  const half = (v: number) => Math.max(0, w(v)) / 2;
  const height = PAD * 2 + stages.length * ROW;

  let body = '';
  stages.forEach((s, i) => {
    const top = PAD + i * ROW + (ROW - BAR) / 2;
    const cy = top + BAR / 2;
    const next = stages[i + 1];
    if (next) {
      // The grey trapezoid joins this bar's bottom to the next bar's top.
      const y0 = top + BAR;
      const y1 = y0 + ROW - BAR;
      const [a, b] = [half(s.value), half(next.value)];
      body += `<polygon points="${r(centre - a)},${r(y0)} ${r(centre + a)},${r(y0)} ${r(centre + b)},${r(y1)} ${r(centre - b)},${r(y1)}" fill="#e6e9ed"/>`;
    }
    const hw = half(s.value);
    body += `<rect x="${r(centre - hw)}" y="${r(top)}" width="${r(hw * 2)}" height="${BAR}" fill="${ACCENT}"/>`;
    body += svgText(truncate(s.label, labelWidth - 10), { x: left - 6, y: cy, anchor: 'end', full: s.label, lang: words.textLang(s.label) });
    body += svgText(notes[i] ?? '', { x: right + 6, y: cy });
  });

  const last = stages[stages.length - 1];
  const lastShare = shares[shares.length - 1] ?? null;
  let sentence = title + t('colon') + stages.map((s) => t('funnel.stage', { label: s.label, value: fmt(s.value) })).join(t('comma'));
  if (last && stages.length > 1 && lastShare !== null) {
    sentence += t('semicolon') + t('funnel.last', { last: last.label, first: stages[0]?.label ?? '', percent: words.number(lastShare, 1) });
  }
  const desc = describe(options.desc, sentence + t('stop'));
  return {
    svg: svgFrame({ kind: 'funnel', width: WIDTH, height, title, desc, body, lang: words.lang }),
    table: { columns, rows: stages.map((s, i) => [s.label, s.value, shares[i] ?? null]) },
    title,
    desc,
  };
}
