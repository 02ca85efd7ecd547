/**
 * The what-if weights on a ranking page: re-score with the same evaluation module the build used,
 * re-order the table and show each park's change against the published rank. Progressive
 * enhancement: without JavaScript the section stays hidden and the published ranking stands.
 */
import { evaluateYear, type EvaluationSettings, type GradeMethod } from '../lib/evaluation/evaluate.ts';
import { INDICATOR_KEYS, type ParkYearInput } from '../lib/evaluation/indicators.ts';
import { roundHalfUp } from '../lib/evaluation/round.ts';
import { translator } from '../lib/i18n/dict.ts';
import { rankingText } from '../lib/i18n/dict/rankings.ts';

interface WhatIfData {
  year: number;
  method: GradeMethod;
  settings: EvaluationSettings;
  rows: ParkYearInput[];
  published: { park_id: string; rank: number }[];
  /** Each park's short name, for the list of rank changes under the form (else the name in its row). */
  names?: Record<string, string>;
}

const f2 = (x: number) => roundHalfUp(x, 2).toFixed(2);
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A table's body rows by park, and every cell's and header's markup as published, to restore. A table
 * with a weight per indicator in its header (the details) has, in each row, the park, then each
 * indicator's value and score in the header's order: `scoreCell` finds a score by that order (the
 * page marks no score cell, issue 19: bytes).
 */
function snapshot(table: HTMLTableElement) {
  const tbody = table.tBodies[0]!;
  const rows = new Map([...tbody.rows].map((tr) => [tr.dataset['park'] ?? '', tr]));
  const keyOrder = [...table.querySelectorAll<HTMLElement>('thead [data-weight]')].map((el) => el.dataset['weight']);
  const order = [...tbody.rows];
  const saved = new Map<Element, string>();
  for (const el of table.querySelectorAll('tbody td, thead [data-weight], thead [data-head]')) saved.set(el, el.innerHTML);
  return {
    tbody,
    rows,
    scoreCell(tr: HTMLTableRowElement, key: string): HTMLTableCellElement | undefined {
      const j = keyOrder.indexOf(key);
      return j < 0 ? undefined : tr.cells[2 + 2 * j];
    },
    restore() {
      for (const [el, html] of saved) el.innerHTML = html;
      for (const tr of order) {
        tr.classList.remove('moved-up', 'moved-down');
        tbody.appendChild(tr);
      }
    },
  };
}

/**
 * The data comes inline (`<script type="application/json" id="what-if-data">`) or, on a paged ranking,
 * from the file its `data-src` names (every park's inputs; one download for all pages of the year).
 */
export async function enhanceWhatIf(): Promise<void> {
  const dataEl = document.getElementById('what-if-data');
  const section = document.getElementById('what-if');
  const form = document.getElementById('what-if-form') as HTMLFormElement | null;
  const table = document.getElementById('ranking-table') as HTMLTableElement | null;
  const details = document.getElementById('ranking-details') as HTMLTableElement | null;
  const status = document.getElementById('what-if-status');
  if (!dataEl || !section || !form || !table || !status) return;
  // The page says its language in <html lang>: "en" on /en/ pages, "zh-CN" otherwise.
  const t = translator(rankingText, document.documentElement.lang === 'en' ? 'en' : 'zh');
  const src = dataEl.dataset['src'];
  let data: WhatIfData;
  try {
    data = (src ? await (await fetch(src)).json() : JSON.parse(dataEl.textContent ?? '{}')) as WhatIfData;
  } catch {
    return; // no data, no what-if: the published ranking stands
  }
  // The what-if column, made here rather than printed empty in every row of every page.
  const head = document.createElement('th');
  head.scope = 'col';
  head.className = 'num what-if-only';
  head.hidden = true;
  head.textContent = t('col.whatIf');
  table.tHead?.rows[0]?.appendChild(head);
  for (const tr of table.tBodies[0]?.rows ?? []) {
    const td = tr.insertCell();
    td.className = 'num what-if-only';
    td.dataset['whatifChange'] = '';
    td.hidden = true;
  }
  const tables = [table, ...(details ? [details] : [])].map(snapshot);
  const publishedRank = new Map(data.published.map((p) => [p.park_id, p.rank]));
  section.hidden = false;

  const setWhatIfColumn = (show: boolean) => table.querySelectorAll<HTMLElement>('.what-if-only').forEach((el) => (el.hidden = !show));

  function restore(): void {
    for (const s of tables) s.restore();
    setWhatIfColumn(false);
    status!.textContent = '';
  }

  function rescore(): void {
    const weights = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, Number((form!.elements.namedItem(k) as HTMLInputElement).value)]));
    if (INDICATOR_KEYS.some((k) => !Number.isFinite(weights[k]) || weights[k]! < 0)) {
      status!.textContent = t('whatIf.invalid');
      return;
    }
    const isPublished = INDICATOR_KEYS.every((k) => weights[k] === data.settings.indicators[k].weight);
    if (isPublished) {
      restore();
      return;
    }
    const settings: EvaluationSettings = {
      ...data.settings,
      indicators: Object.fromEntries(INDICATOR_KEYS.map((k) => [k, { ...data.settings.indicators[k], weight: weights[k]! }])) as EvaluationSettings['indicators'],
    };
    const e = evaluateYear(data.rows, settings, data.year, data.method);
    // Headers say the weights and totals are simulated, with the published weight beside.
    for (const s of tables) {
      for (const k of INDICATOR_KEYS) {
        const head = s.tbody.parentElement!.querySelector(`thead [data-weight="${k}"]`);
        if (head) head.textContent = t('col.weightSimulated', { weight: weights[k]!, published: data.settings.indicators[k].weight });
      }
      const total = s.tbody.parentElement!.querySelector('thead [data-head="total"]');
      if (total) total.textContent = t('col.totalSimulated');
      const rank = s.tbody.parentElement!.querySelector('thead [data-head="rank"]');
      if (rank) rank.textContent = t('col.rankSimulated');
    }
    for (const g of e.graded) {
      const change = (publishedRank.get(g.park_id) ?? g.rank) - g.rank;
      for (const s of tables) {
        const tr = s.rows.get(g.park_id);
        if (!tr) continue;
        const set = (selector: string, html: string) => {
          const cell = tr.querySelector(selector);
          if (cell) cell.innerHTML = html;
        };
        set('[data-rank]', String(g.rank));
        set('[data-grade]', `<strong>${g.grade}</strong>`);
        for (const k of INDICATOR_KEYS) {
          const cell = s.scoreCell(tr, k);
          if (cell) cell.textContent = f2(g.scores[k]);
        }
        set('[data-total]', `<strong>${f2(g.total)}</strong>`);
        const words = change > 0 ? t('whatIf.up', { n: change }) : change < 0 ? t('whatIf.down', { n: -change }) : t('whatIf.same');
        set('[data-whatif-change]', `<span aria-hidden="true">${change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '–'}</span><span class="visually-hidden">${words}</span>`);
        tr.classList.toggle('moved-up', change > 0);
        tr.classList.toggle('moved-down', change < 0);
        s.tbody.appendChild(tr);
      }
    }
    setWhatIfColumn(true);
    const total = INDICATOR_KEYS.reduce((s, k) => s + weights[k]!, 0);
    const moved = e.graded.filter((g) => publishedRank.get(g.park_id) !== g.rank);
    // The changes are listed right under the weights, where the reader is looking while typing.
    const nameOf = (id: string) => data.names?.[id] ?? tables[0]!.rows.get(id)?.querySelector('th a')?.textContent ?? id;
    // Only the parks on this page are in its table (a paged ranking): the list names those.
    const list = moved.filter((g) => tables[0]!.rows.has(g.park_id)).map((g) => `<li>${escape(t('whatIf.moved', { park: nameOf(g.park_id), from: publishedRank.get(g.park_id) ?? '–', to: g.rank }))}</li>`).join('');
    status!.innerHTML = escape(t('whatIf.status', { total, note: total === 100 ? '' : t('whatIf.notHundred'), moved: moved.length })) + (list ? `<ul>${list}</ul>` : '');
  }

  form.addEventListener('input', rescore);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    rescore();
  });
  form.addEventListener('reset', () => setTimeout(restore, 0));
}
