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
}

const f2 = (x: number) => roundHalfUp(x, 2).toFixed(2);

/**
 * The data comes inline (`<script type="application/json" id="what-if-data">`) or, on a paged ranking,
 * from the file its `data-src` names (every park's inputs; one download for all pages of the year).
 */
export async function enhanceWhatIf(): Promise<void> {
  const dataEl = document.getElementById('what-if-data');
  const section = document.getElementById('what-if');
  const form = document.getElementById('what-if-form') as HTMLFormElement | null;
  const table = document.getElementById('ranking-table') as HTMLTableElement | null;
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
  const tbody = table.tBodies[0]!;
  const rows = new Map([...tbody.rows].map((tr) => [tr.dataset['park'] ?? '', tr]));
  const original = new Map([...tbody.rows].map((tr) => [tr, [...tr.cells].map((c) => c.innerHTML)]));
  const publishedOrder = [...tbody.rows];
  const publishedRank = new Map(data.published.map((p) => [p.park_id, p.rank]));
  section.hidden = false;

  const setWhatIfColumn = (show: boolean) => table.querySelectorAll<HTMLElement>('.what-if-only').forEach((el) => (el.hidden = !show));

  function restore(): void {
    for (const tr of publishedOrder) {
      const cells = original.get(tr)!;
      [...tr.cells].forEach((c, i) => (c.innerHTML = cells[i]!));
      tr.classList.remove('moved-up', 'moved-down');
      tbody.appendChild(tr);
    }
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
    for (const g of e.graded) {
      const tr = rows.get(g.park_id);
      if (!tr) continue;
      tr.querySelector('[data-rank]')!.textContent = String(g.rank);
      tr.querySelector('[data-grade]')!.innerHTML = `<strong>${g.grade}</strong>`;
      for (const k of INDICATOR_KEYS) tr.querySelector(`[data-score="${k}"]`)!.textContent = f2(g.scores[k]);
      tr.querySelector('[data-total]')!.innerHTML = `<strong>${f2(g.total)}</strong>`;
      const change = (publishedRank.get(g.park_id) ?? g.rank) - g.rank;
      const cell = tr.querySelector('[data-whatif-change]')!;
      const words = change > 0 ? t('whatIf.up', { n: change }) : change < 0 ? t('whatIf.down', { n: -change }) : t('whatIf.same');
      cell.innerHTML = `<span aria-hidden="true">${change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '–'}</span><span class="visually-hidden">${words}</span>`;
      tr.classList.toggle('moved-up', change > 0);
      tr.classList.toggle('moved-down', change < 0);
      tbody.appendChild(tr);
    }
    setWhatIfColumn(true);
    const total = INDICATOR_KEYS.reduce((s, k) => s + weights[k]!, 0);
    const moved = e.graded.filter((g) => publishedRank.get(g.park_id) !== g.rank).length;
    status!.textContent = t('whatIf.status', { total, note: total === 100 ? '' : t('whatIf.notHundred'), moved });
  }

  form.addEventListener('input', rescore);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    rescore();
  });
  form.addEventListener('reset', () => setTimeout(restore, 0));
}
