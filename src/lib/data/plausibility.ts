/**
 * Warnings about figures that pass every type check but are probably wrong: the mistakes staff make
 * in Excel (a figure in 元 instead of 万元, land in 公顷 instead of 亩, a year pasted twice). Pure: it
 * reads typed rows with their lines and the thresholds from checks/thresholds.csv, and returns
 * warnings, each with the acknowledgement row that would silence it.
 *
 * One warning per cell, the most specific kind winning: a unit slip explains a jump, and a jump
 * explains a per-mu outlier. So each rule below skips cells an earlier rule already flagged.
 */
import { columnLetter, type Bilingual, type DataIssue } from './issues.ts';
import type { TableRow } from './table.ts';
import type { CheckedFile, ThresholdSetting, WarningRule } from './warning-kinds.ts';
import { REASON_PLACEHOLDER } from './warning-kinds.ts';

export type Thresholds = Record<ThresholdSetting, number>;

/** What an acknowledgement row must say to silence one warning. */
export interface AckTarget {
  file: CheckedFile;
  /** The row's key values (park_id, year), or only the id for a warning about a whole series. */
  key: string[];
  /** Null for a warning about a whole row. */
  column: string | null;
  rule: WarningRule;
  /** The figure as the checker reads it; null when the warning is not about one figure. */
  value: string | null;
}

export interface PlausibilityWarning {
  issue: DataIssue;
  target: AckTarget;
}

/** One table the checks read: an entity column (park_id, chain_id), a year, figures with units. */
export interface CheckedTable {
  file: CheckedFile;
  /** Display path used in messages, e.g. `data/park_indicators.csv`. */
  shown: string;
  entity: string;
  /** Figure columns and their units. */
  /** Each figure's column, unit and human name (messages say the name first, then the column). */
  figures: { name: string; unit: string | undefined; zh?: string; en?: string }[];
  rows: TableRow<Record<string, unknown>>[];
  columnIndex: Map<string, number>;
  /** Per-mu comparisons across entities (parks only): the land column. */
  landColumn?: string;
}

export interface PlausibilityInput {
  tables: CheckedTable[];
  thresholds: Thresholds;
  /** Display path of checks/acknowledged.csv, for the hint that says how to acknowledge. */
  ackFile: string;
}

/** The figures divided by land in the evaluation: compared across parks per mu. */
export const PER_MU_FIGURES = ['industrial_investment_wan', 'industrial_output_wan', 'tax_wan'] as const;
const PER_MU_LABEL: Record<string, Bilingual> = {
  industrial_investment_wan: { zh: '亩均工业投资', en: 'investment per mu' },
  industrial_output_wan: { zh: '亩均工业产值', en: 'output per mu' },
  tax_wan: { zh: '亩均税收', en: 'tax per mu' },
};

/**
 * Unit mistakes that multiply a figure by a fixed factor, by the column's unit. `factor` is how many
 * times its neighbours the mistaken figure is; `fix` turns it back into the column's unit.
 */
interface UnitSlip {
  factor: number;
  wrongUnit: string;
  wrongUnitEn: string;
  fix: number;
}
const UNIT_SLIPS: Record<string, UnitSlip[]> = {
  万元: [
    { factor: 10000, wrongUnit: '元', wrongUnitEn: '元 (yuan)', fix: 1 / 10000 },
    { factor: 1 / 10000, wrongUnit: '亿元', wrongUnitEn: '亿元 (100 million yuan)', fix: 10000 },
  ],
  亩: [{ factor: 1 / 15, wrongUnit: '公顷', wrongUnitEn: '公顷 (hectares)', fix: 15 }],
  公顷: [{ factor: 15, wrongUnit: '亩', wrongUnitEn: '亩 (mu)', fix: 1 / 15 }],
  吨标准煤: [{ factor: 1 / 10000, wrongUnit: '万吨标准煤', wrongUnitEn: '万吨标准煤 (10,000 tce)', fix: 10000 }],
};

/**
 * Median of positive numbers taken on a log scale: with two values it is their geometric mean, so
 * one value 10,000× off pulls it half-way in orders of magnitude, not all the way.
 */
const median = (xs: number[]): number => {
  const s = xs.map(Math.log).sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.exp(s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
};

const range = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? plain(lo) : `${plain(lo)}–${plain(hi)}`;
};

/** A number as staff typed it: no exponent, no float noise. */
export function plain(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}

/** A ratio readable at a glance: 3.2, 0.31, 9980. */
function times(r: number): string {
  if (r >= 100) return String(Math.round(r));
  if (r >= 1) return r.toFixed(1);
  return String(Number(r.toPrecision(2)));
}

function perMuText(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** The line to paste into checks/acknowledged.csv (the reason and date still to be written). */
export function ackLine(t: AckTarget): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.file, t.key.join(';'), t.column ?? '', t.rule, t.value ?? '', REASON_PLACEHOLDER, '', 'YYYY-MM-DD', ''].map(q).join(',');
}

function withAck(h: Bilingual, t: AckTarget, ackFile: string): Bilingual {
  const line = ackLine(t);
  return {
    zh: `${h.zh} 如数值无误：在 ${ackFile} 加一行并写明理由和日期：${line}`,
    en: `${h.en} If the figure is right: add this line to ${ackFile} with the reason and the date: ${line}`,
  };
}

type Cell = { line: number; year: number; value: number };

/** A figure as staff read it: its human name first, the column in brackets (税收（tax_wan）). */
const named = (f: { name: string; zh?: string; en?: string }): Bilingual => ({ zh: f.zh ? `${f.zh}（${f.name}）` : f.name, en: f.en ? `${f.en} (${f.name})` : f.name });

export function plausibilityWarnings(input: PlausibilityInput): PlausibilityWarning[] {
  const out: PlausibilityWarning[] = [];
  const th = input.thresholds;
  const near = (r: number, factor: number) => Math.abs(Math.log(r) - Math.log(factor)) <= Math.log(Math.max(th.unit_slip_tolerance, 1));

  for (const t of input.tables) {
    const flagged = new Set<string>();
    const cellKey = (line: number, column: string) => `${line}:${column}`;
    const warn = (line: number, column: string | null, value: string | undefined, rule: WarningRule, key: string[], message: Bilingual, h: Bilingual) => {
      const field = column ?? t.entity;
      const issue: DataIssue = { severity: 'warning', file: t.shown, line, field, rule, message, hint: withAck(h, { file: t.file, key, column, rule, value: value ?? null }, input.ackFile) };
      const col = t.columnIndex.get(field);
      if (col !== undefined) issue.column = col;
      if (value !== undefined) issue.value = value;
      out.push({ issue, target: { file: t.file, key, column, rule, value: value ?? null } });
      if (column) flagged.add(cellKey(line, column));
    };
    const at = (line: number, column: string) => {
      const col = t.columnIndex.get(column);
      return {
        zh: `第 ${line} 行${col !== undefined ? ` ${columnLetter(col)} 列` : ''}`,
        en: `line ${line}${col !== undefined ? `, column ${columnLetter(col)}` : ''}`,
      };
    };

    // Series: entity → column → cells by year.
    const rowsOf = new Map<string, TableRow<Record<string, unknown>>[]>();
    for (const r of t.rows) {
      const id = String(r.row[t.entity]);
      if (!rowsOf.has(id)) rowsOf.set(id, []);
      rowsOf.get(id)!.push(r);
    }
    for (const rows of rowsOf.values()) rows.sort((a, b) => Number(a.row['year']) - Number(b.row['year']));
    const series = (id: string, column: string): Cell[] =>
      (rowsOf.get(id) ?? []).flatMap((r) => {
        const v = r.row[column];
        return typeof v === 'number' ? [{ line: r.line, year: Number(r.row['year']), value: v }] : [];
      });

    // Per mu of land, by year: how each entity's figure compares with every other entity's.
    const land = t.landColumn;
    const perMu = (r: TableRow<Record<string, unknown>>, column: string): number | undefined => {
      if (!land) return undefined;
      const l = r.row[land];
      const v = r.row[column];
      return typeof l === 'number' && l > 0 && typeof v === 'number' && v > 0 ? v / l : undefined;
    };
    const rowsByYear = new Map<number, TableRow<Record<string, unknown>>[]>();
    for (const r of t.rows) {
      const y = Number(r.row['year']);
      if (!rowsByYear.has(y)) rowsByYear.set(y, []);
      rowsByYear.get(y)!.push(r);
    }
    // The other entities' per-mu figures of a year, sorted once per (year, column): each row's
    // "others" are that list without its own value, so no row rescans every other row.
    type Sorted = { xs: number[]; pos: Map<TableRow<Record<string, unknown>>, number> };
    const sortedCache = new Map<string, Sorted>();
    const sortedFor = (year: number, column: string): Sorted => {
      const key = `${year}|${column}`;
      let s = sortedCache.get(key);
      if (!s) {
        const items = (rowsByYear.get(year) ?? []).flatMap((o) => {
          const x = perMu(o, column);
          return x === undefined ? [] : [{ o, x }];
        });
        items.sort((a, b) => a.x - b.x);
        s = { xs: items.map((i) => i.x), pos: new Map(items.map((i, k) => [i.o, k])) };
        sortedCache.set(key, s);
      }
      return s;
    };
    /** Count, log-scale median, lowest and highest of the other entities' per-mu figures that year. */
    const othersPerMu = (r: TableRow<Record<string, unknown>>, column: string): { count: number; median: number; lo: number; hi: number } => {
      const { xs, pos } = sortedFor(Number(r.row['year']), column);
      const own = pos.get(r);
      const count = own === undefined ? xs.length : xs.length - 1;
      const at = (k: number) => xs[own === undefined || k < own ? k : k + 1]!;
      if (count === 0) return { count, median: NaN, lo: NaN, hi: NaN };
      const m = count >> 1;
      const median = Math.exp(count % 2 ? Math.log(at(m)) : (Math.log(at(m - 1)) + Math.log(at(m))) / 2);
      return { count, median, lo: at(0), hi: at(count - 1) };
    };
    /** This row's figure per mu ÷ the median of the other entities' that year (undefined when too few). */
    const crossRatio = (r: TableRow<Record<string, unknown>>, column: string): number | undefined => {
      if (!land) return undefined;
      if (column === land) {
        // Land that is too small makes every per-mu figure too large: invert their median ratio.
        const rs = PER_MU_FIGURES.flatMap((f) => {
          const x = crossRatio(r, f);
          return x === undefined ? [] : [x];
        });
        return rs.length > 0 ? 1 / median(rs) : undefined;
      }
      const mine = perMu(r, column);
      const others = othersPerMu(r, column);
      if (mine === undefined || others.count < th.per_mu_min_parks) return undefined;
      return mine / others.median;
    };

    // 0. A row whose figures are all identical to another row's (another entity, or another year):
    //    a row pasted twice. Its cells are then not reported again as jumps or outliers.
    const seen = new Map<string, TableRow<Record<string, unknown>>>();
    for (const r of [...t.rows].sort((a, b) => a.line - b.line)) {
      const values = t.figures.map((f) => r.row[f.name]);
      const filled = values.filter((v) => typeof v === 'number').length;
      if (filled < th.identical_min_figures) continue;
      const sig = values.map((v) => (typeof v === 'number' ? String(v) : '')).join(',');
      const first = seen.get(sig);
      if (!first) {
        seen.set(sig, r);
        continue;
      }
      const id = String(r.row[t.entity]);
      const otherId = String(first.row[t.entity]);
      const self = `${id} ${String(r.row['year'])}`;
      const other = `${otherId} ${String(first.row['year'])}`;
      warn(
        r.line,
        null,
        undefined,
        'plausibility.identical-row',
        [id, String(r.row['year'])],
        {
          zh: `${self} 的 ${filled} 个数值与第 ${first.line} 行（${other}）完全相同。`,
          en: `The ${filled} figures of ${self} are exactly those of line ${first.line} (${other}).`,
        },
        { zh: '是否复制粘贴了别的行？核对这一行。', en: 'Was another row pasted here? Check this row.' },
      );
      for (const f of t.figures) flagged.add(cellKey(r.line, f.name));
    }
    // 1. Unit slips: about 10,000× (元/万元, 亿元) or 15× (公顷/亩) the neighbours. Neighbours are the
    //    same entity's other years; with only one other year it is not clear which of the two is wrong,
    //    so the other parks' per-mu figures must agree (or there must be two other years).
    for (const [id, rows] of rowsOf) {
      for (const f of t.figures) {
        const slips = UNIT_SLIPS[f.unit ?? ''];
        if (!slips) continue;
        const cells = series(id, f.name).filter((c) => c.value > 0);
        for (const c of cells) {
          if (flagged.has(cellKey(c.line, f.name))) continue;
          const others = cells.filter((o) => o !== c).map((o) => o.value);
          const rs = others.length > 0 ? c.value / median(others) : undefined;
          const row = rows.find((r) => r.line === c.line)!;
          const rc = crossRatio(row, f.name);
          for (const s of slips) {
            const bySeries = rs !== undefined && near(rs, s.factor) && (rc !== undefined ? near(rc, s.factor) : others.length >= 2);
            const byCross = rs === undefined && rc !== undefined && near(rc, s.factor);
            if (!bySeries && !byCross) continue;
            const r = (bySeries ? rs : rc)!;
            const fixed = plain(c.value * s.fix);
            const against = bySeries
              ? { zh: `同一${t.file === 'park_indicators.csv' ? '园区' : '产业链'}其他年份（${range(others)}）`, en: `the other years of the same ${t.file === 'park_indicators.csv' ? 'park' : 'chain'} (${range(others)})` }
              : { zh: '同年其他园区的亩均水平', en: 'the other parks’ per-mu figures that year' };
            warn(
              c.line,
              f.name,
              plain(c.value),
              'plausibility.unit-slip',
              [id, String(c.year)],
              {
                zh: `${named(f).zh} ${c.year} 年的 ${plain(c.value)} 约是${against.zh}的 ${times(r)} 倍：很可能按“${s.wrongUnit}”填写了，本列单位是“${f.unit}”。`,
                en: `${named(f).en} for ${c.year}, ${plain(c.value)}, is about ${times(r)}× ${against.en}: it was probably entered in ${s.wrongUnitEn}; the column is in ${f.unit}.`,
              },
              { zh: `核对原始报表；如确是${s.wrongUnit}，改为 ${fixed}。`, en: `Check the source; if it is in ${s.wrongUnit}, use ${fixed}.` },
            );
            break;
          }
        }
      }
    }

    // 2. Year-on-year jumps beyond the factor; a jump that comes back the next year is one warning
    //    naming both cells (one of the two is probably wrong).
    const F = th.jump_factor;
    const beyond = (r: number) => r > F || r < 1 / F;
    for (const [id] of rowsOf) {
      for (const f of t.figures) {
        const cells = series(id, f.name);
        const back = new Set<number>();
        for (let i = 1; i < cells.length; i++) {
          const prev = cells[i - 1]!;
          const cur = cells[i]!;
          if (back.has(cur.line) || cur.year !== prev.year + 1 || prev.value <= 0 || cur.value <= 0) continue;
          if (flagged.has(cellKey(cur.line, f.name)) || flagged.has(cellKey(prev.line, f.name))) continue;
          const r = cur.value / prev.value;
          if (!beyond(r)) continue;
          const next = cells[i + 1];
          const returns = next && next.year === cur.year + 1 && next.value > 0 && !flagged.has(cellKey(next.line, f.name)) && beyond(next.value / cur.value) && next.value / cur.value < 1 !== r < 1;
          const unitNote = (UNIT_SLIPS[f.unit ?? ''] ?? []).find((s) => near(r, s.factor) || near(1 / r, s.factor));
          const note = unitNote ? { zh: `（约 ${times(Math.max(r, 1 / r))} 倍：其中一个是否按“${unitNote.wrongUnit}”填写？）`, en: ` (about ${times(Math.max(r, 1 / r))}×: is one of them in ${unitNote.wrongUnitEn}?)` } : { zh: '', en: '' };
          const pa = at(prev.line, f.name);
          const ca = at(cur.line, f.name);
          if (returns) {
            const na = at(next.line, f.name);
            back.add(next.line);
            warn(
              cur.line,
              f.name,
              plain(cur.value),
              'plausibility.spike',
              [id, String(cur.year)],
              {
                zh: `${named(f).zh} 从 ${prev.year} 年的 ${plain(prev.value)} 跳到 ${cur.year} 年的 ${plain(cur.value)}（${times(r)} 倍），${next.year} 年又回到 ${plain(next.value)}（${na.zh}）${note.zh}。`,
                en: `${named(f).en} jumps from ${plain(prev.value)} in ${prev.year} to ${plain(cur.value)} in ${cur.year} (${times(r)}×) and back to ${plain(next.value)} in ${next.year} (${na.en})${note.en}.`,
              },
              { zh: `核对 ${cur.year} 年（${ca.zh}）和 ${next.year} 年（${na.zh}）这两个数，其中一个很可能填错了。`, en: `Check ${cur.year} (${ca.en}) and ${next.year} (${na.en}): one of the two is probably wrong.` },
            );
          } else {
            warn(
              cur.line,
              f.name,
              plain(cur.value),
              'plausibility.jump',
              [id, String(cur.year)],
              {
                zh: `${named(f).zh} 从 ${prev.year} 年（${pa.zh}）的 ${plain(prev.value)} 变为 ${cur.year} 年的 ${plain(cur.value)}，是上年的 ${times(r)} 倍${note.zh}。`,
                en: `${named(f).en} went from ${plain(prev.value)} in ${prev.year} (${pa.en}) to ${plain(cur.value)} in ${cur.year}, ${times(r)}× the year before${note.en}.`,
              },
              { zh: `核对 ${prev.year} 年（${pa.zh}）和 ${cur.year} 年（${ca.zh}）这两个数。`, en: `Check ${prev.year} (${pa.en}) and ${cur.year} (${ca.en}).` },
            );
          }
        }
      }
    }

    // 3. Per-mu figures far outside the range of every other park that year. When two or more of a
    //    park's per-mu figures are out in the same direction, the land figure is the likely culprit.
    if (land) {
      const P = th.per_mu_factor;
      for (const r of t.rows) {
        const id = String(r.row[t.entity]);
        const year = Number(r.row['year']);
        const outliers: { column: string; dir: 1 | -1; mine: number; lo: number; hi: number }[] = [];
        for (const column of PER_MU_FIGURES) {
          const mine = perMu(r, column);
          const others = othersPerMu(r, column);
          if (mine === undefined || others.count < th.per_mu_min_parks) continue;
          const { lo, hi } = others;
          if (mine > P * hi) outliers.push({ column, dir: 1, mine, lo, hi });
          else if (mine < lo / P) outliers.push({ column, dir: -1, mine, lo, hi });
        }
        const up = outliers.filter((o) => o.dir === 1);
        const down = outliers.filter((o) => o.dir === -1);
        const landValue = r.row[land] as number;
        // A land figure already flagged explains every per-mu figure of its row.
        if (flagged.has(cellKey(r.line, land))) continue;
        if (up.length >= 2 || down.length >= 2) {
          const same = up.length >= 2 ? up : down;
          const names = same.map((o) => PER_MU_LABEL[o.column]!);
          warn(
            r.line,
            land,
            plain(landValue),
            'plausibility.per-mu-outlier',
            [id, String(year)],
            {
              zh: `按 ${land} = ${plain(landValue)} 亩计算，${year} 年的${names.map((n) => n.zh).join('、')}都${same[0]!.dir === 1 ? '远高于' : '远低于'}其他园区当年的范围（${same.map((o) => `${perMuText(o.mine)}，其他 ${perMuText(o.lo)}–${perMuText(o.hi)}`).join('；')}，万元/亩）。`,
              en: `With ${land} = ${plain(landValue)} mu, the ${names.map((n) => n.en).join(', ')} for ${year} are all far ${same[0]!.dir === 1 ? 'above' : 'below'} the other parks’ range that year (${same.map((o) => `${perMuText(o.mine)} vs ${perMuText(o.lo)}–${perMuText(o.hi)}`).join('; ')}, 万元 per mu).`,
            },
            { zh: '工业用地面积很可能填错了：核对这个数。', en: 'The industrial land figure is probably wrong: check it.' },
          );
          continue;
        }
        for (const o of outliers) {
          if (flagged.has(cellKey(r.line, o.column))) continue;
          const n = PER_MU_LABEL[o.column]!;
          const v = r.row[o.column] as number;
          warn(
            r.line,
            o.column,
            plain(v),
            'plausibility.per-mu-outlier',
            [id, String(year)],
            {
              zh: `${year} 年${n.zh}为 ${perMuText(o.mine)} 万元/亩（${o.column} ÷ ${land} = ${plain(v)} ÷ ${plain(landValue)}），其他园区当年在 ${perMuText(o.lo)}–${perMuText(o.hi)} 之间：${o.dir === 1 ? `高于最高值的 ${P} 倍` : `不到最低值的 1/${P}`}。`,
              en: `The ${n.en} for ${year} is ${perMuText(o.mine)} 万元 per mu (${o.column} ÷ ${land} = ${plain(v)} ÷ ${plain(landValue)}); the other parks were between ${perMuText(o.lo)} and ${perMuText(o.hi)} that year: ${o.dir === 1 ? `more than ${P}× the highest` : `less than 1/${P} of the lowest`}.`,
            },
            { zh: `核对 ${o.column} 和 ${land} 两个数。`, en: `Check ${o.column} and ${land}.` },
          );
        }
      }
    }

    // 4. The same non-zero figure in every year (at least the set number of years): usually a row
    //    copied forward. A 0 every year (no R&D, say) is common and true, so it is not flagged.
    for (const [id, rows] of rowsOf) {
      if (rows.length < th.constant_min_years) continue;
      for (const f of t.figures) {
        const cells = series(id, f.name);
        if (cells.length !== rows.length || cells[0]!.value === 0 || !cells.every((c) => c.value === cells[0]!.value)) continue;
        const last = cells[cells.length - 1]!;
        if (flagged.has(cellKey(last.line, f.name))) continue;
        warn(
          last.line,
          f.name,
          plain(last.value),
          'plausibility.constant',
          [id],
          {
            zh: `${id} 的 ${named(f).zh} 在 ${cells[0]!.year}–${last.year} 年每年都是 ${plain(last.value)}。`,
            en: `${id}'s ${named(f).en} is ${plain(last.value)} in every year from ${cells[0]!.year} to ${last.year}.`,
          },
          { zh: '是否把上一年的数复制到了新的一年？核对各年的数。', en: 'Was last year’s figure copied into the new year? Check each year.' },
        );
      }
    }

  }
  return out;
}
