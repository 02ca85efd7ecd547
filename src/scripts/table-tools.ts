/**
 * Sorting and filtering for data tables, as a progressive enhancement: without JavaScript the full
 * table is there and the filter form stays hidden.
 *
 * Markup contract:
 * - `<table id="T" data-sortable>`: each `<th data-sort="number|text">` in the last header row
 *   becomes a sort button; a cell's sort value is its `data-value` attribute, else its text.
 * - `<form data-filter-for="T" hidden>`: every `<select name="X">` filters rows whose `data-X`
 *   attribute contains the chosen value as a space-separated token, or the token `*` (any value;
 *   empty value = all); every
 *   `<input type="search" name="q">` filters on the row text; `<input type="number" name="X-min">` /
 *   `name="X-max"` filter on a numeric `data-X`. An element `[data-filter-count]` inside the form
 *   gets "显示 n / m 行" ("Showing n of m rows" on an English page, from <html lang>). Filter state
 *   is kept in the URL query so a view can be shared.
 */

import { translator } from '../lib/i18n/dict.ts';
import { documentLang, scripts } from '../lib/i18n/dict/scripts.ts';

function cellValue(tr: HTMLTableRowElement, index: number, kind: string): string | number {
  const cell = tr.cells[index];
  const raw = cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
  if (kind !== 'number') return raw;
  const n = Number(raw.replace(/[^\d.-]/g, ''));
  return raw === '' || raw === '—' || Number.isNaN(n) ? -Infinity : n;
}

export function enhanceSortable(table: HTMLTableElement): void {
  const head = table.tHead?.rows[table.tHead.rows.length - 1];
  const body = table.tBodies[0];
  if (!head || !body) return;
  const collation = document.documentElement.lang || 'zh-CN';
  [...head.cells].forEach((th, index) => {
    const kind = th.dataset['sort'];
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.innerHTML = th.innerHTML;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of head.cells) if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const va = cellValue(a, index, kind);
        const vb = cellValue(b, index, kind);
        const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), collation);
        return ascending ? c : -c;
      });
      body.append(...rows);
    });
  });
}

export function enhanceFilter(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset['filterFor'] ?? '') as HTMLTableElement | null;
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const t = translator(scripts, documentLang());
  const params = new URLSearchParams(location.search);
  for (const el of form.elements) {
    if ((el instanceof HTMLSelectElement || el instanceof HTMLInputElement) && params.has(el.name)) el.value = params.get(el.name) ?? '';
  }
  form.hidden = false;

  const apply = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const tr of body.rows) {
      let ok = true;
      for (const [name, v] of data.entries()) {
        const value = String(v).trim();
        if (value === '') continue;
        if (name === 'q') ok &&= (tr.textContent ?? '').toLowerCase().includes(value.toLowerCase());
        else if (name.endsWith('-min') || name.endsWith('-max')) {
          const n = Number(tr.dataset[toDatasetKey(name.slice(0, -4))]);
          ok &&= Number.isFinite(n) && (name.endsWith('-min') ? n >= Number(value) : n <= Number(value));
        } else {
          const tokens = (tr.dataset[toDatasetKey(name)] ?? '').split(' ');
          ok &&= tokens.includes(value) || tokens.includes('*');
        }
      }
      tr.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = t('filter.count', { shown, total: body.rows.length });
    const query = new URLSearchParams();
    for (const [name, v] of data.entries()) if (String(v).trim() !== '') query.set(name, String(v));
    const q = query.toString();
    // Keep the #fragment: replacing the URL without it would stop a link to an anchor from landing.
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}

/** `chain-id` → `chainId`, as HTMLElement.dataset names `data-chain-id`. */
function toDatasetKey(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function enhanceTables(): void {
  // Help that only holds with the enhancements ("click a heading to sort") shows only when they run.
  document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
  document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhanceSortable);
  document.querySelectorAll<HTMLFormElement>('form[data-filter-for]').forEach(enhanceFilter);
}
