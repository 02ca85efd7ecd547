/**
 * The park comparison as a progressive enhancement. Without JavaScript the table shows its default pair.
 * With it: the script fetches the list of parks (`data-compare-index`), shows the picker, reads
 * `?parks=a,b,c`, fetches the chosen parks' columns (`data-compare-columns` + `<n>.json`, a file per
 * COMPARE_CHUNK parks: src/site/compare-view.ts) and adds them in park order, and writes every change
 * back to the URL so the comparison can be shared. While it loads, the table carries aria-busy; once
 * the first view is shown it gets `data-compare-ready`.
 *
 * Markup contract (pages/invest/compare.astro):
 * - `table[data-compare="a,b"]`: the default pair, whose columns it carries; every park cell (th and
 *   td) has `data-park="<id>"`; each body row `tr[data-row="<key>"]`; group headings `th[scope=rowgroup]`.
 * - `form[data-compare-form]`: `ul[data-compare-list]` gets a checkbox `name="park"` per park offered;
 *   `input[data-compare-find]` (with many parks) narrows that list by name or county;
 *   `[data-compare-more]` says how many are not listed; `[data-compare-status]` gets a message,
 *   `a[data-compare-link]` the shareable link, `[data-compare-names]` (in the caption) the chosen names.
 */
import { COMPARE_MAX, COMPARE_MIN, parksQuery, parseParksParam } from '../lib/invest/compare.ts';
import { translator } from '../lib/i18n/dict.ts';
import { documentLang, scripts } from '../lib/i18n/dict/scripts.ts';

interface IndexPark {
  id: string;
  name: string;
  /** The name stays Chinese on an English page. */
  zh?: boolean;
  county: string;
  chunk: number;
}
interface Column {
  id: string;
  head: string;
  cells: Record<string, string>;
}

/** Parks the picker lists at once when there are many: the chosen ones and the first matches of the search. */
const LISTED = 40;

export async function enhanceCompare(): Promise<void> {
  const table = document.querySelector<HTMLTableElement>('table[data-compare]');
  const form = document.querySelector<HTMLFormElement>('form[data-compare-form]');
  const headRow = table?.tHead?.rows[0];
  const list = form?.querySelector<HTMLUListElement>('[data-compare-list]');
  if (!table || !form || !headRow || !list) return;
  const t = translator(scripts, documentLang());
  const status = form.querySelector<HTMLElement>('[data-compare-status]');
  const link = form.querySelector<HTMLAnchorElement>('a[data-compare-link]');
  const more = form.querySelector<HTMLElement>('[data-compare-more]');
  const find = form.querySelector<HTMLInputElement>('input[data-compare-find]');
  const names = table.querySelector<HTMLElement>('[data-compare-names]');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
  const groupHeads = [...table.querySelectorAll<HTMLTableCellElement>('th[scope="rowgroup"]')];
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  table.setAttribute('aria-busy', 'true');
  let index: IndexPark[];
  try {
    const response = await fetch(table.dataset['compareIndex'] ?? '');
    if (!response.ok) throw new Error(String(response.status));
    index = ((await response.json()) as { parks: IndexPark[] }).parks;
  } catch {
    table.removeAttribute('aria-busy');
    return;
  }
  const known = index.map((p) => p.id);
  const byId = new Map(index.map((p) => [p.id, p]));
  const order = new Map(known.map((id, i) => [id, i]));

  const chunks = new Map<number, Promise<Map<string, Column>>>();
  const loadChunk = (n: number) => {
    let p = chunks.get(n);
    if (!p) {
      p = fetch(`${table.dataset['compareColumns'] ?? ''}${n}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<{ columns: Column[] }>) : Promise.reject(new Error(String(r.status)))))
        .then((d) => new Map(d.columns.map((c) => [c.id, c])));
      p.catch(() => chunks.delete(n));
      chunks.set(n, p);
    }
    return p;
  };
  const present = () => new Set([...headRow.querySelectorAll<HTMLElement>('th[data-park]')].map((th) => th.dataset['park'] ?? ''));
  const addColumn = (c: Column) => {
    // In park order, as the page's own columns are.
    const ths = [...headRow.querySelectorAll<HTMLElement>('th[data-park]')];
    const next = ths.findIndex((th) => (order.get(th.dataset['park'] ?? '') ?? 0) > (order.get(c.id) ?? 0));
    const at = next < 0 ? ths.length + 1 : next + 1;
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset['park'] = c.id;
    th.innerHTML = c.head;
    headRow.insertBefore(th, headRow.cells[at] ?? null);
    for (const tr of rows) {
      const td = document.createElement('td');
      td.dataset['park'] = c.id;
      td.innerHTML = c.cells[tr.dataset['row'] ?? ''] ?? '';
      tr.insertBefore(td, tr.cells[at] ?? null);
    }
  };

  let chosen: string[] = [];
  const box = (p: IndexPark) => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'park';
    input.value = p.id;
    const name = document.createElement('span');
    name.textContent = p.name;
    if (p.zh) name.lang = 'zh-CN';
    label.append(input, ' ', name);
    if (find && p.county) {
      const county = document.createElement('span');
      county.className = 'muted';
      county.textContent = ` (${p.county})`;
      label.append(county);
    }
    li.append(label);
    return li;
  };
  /** The picker: every park, or (with a search box) the chosen parks and the first that match. */
  const renderList = () => {
    const q = (find?.value ?? '').trim().toLowerCase();
    const matches = find ? index.filter((p) => chosen.includes(p.id) || (q !== '' && `${p.name} ${p.county} ${p.id}`.toLowerCase().includes(q))) : index;
    const listed = find ? [...matches.filter((p) => chosen.includes(p.id)), ...matches.filter((p) => !chosen.includes(p.id)).slice(0, LISTED)] : matches;
    listed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    list.replaceChildren(...listed.map(box));
    if (more) more.textContent = find && index.length > listed.length ? t('compare.more', { n: index.length - listed.length }) : '';
    syncBoxes();
  };
  const syncBoxes = () => {
    for (const b of list.querySelectorAll<HTMLInputElement>('input[name="park"]')) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && chosen.length >= COMPARE_MAX;
    }
  };

  let generation = 0;
  const show = async (ids: string[]) => {
    const mine = ++generation;
    chosen = ids;
    syncBoxes();
    const query = parksQuery(ids);
    if (link) {
      link.href = `${location.pathname}${query}`;
      link.textContent = new URL(link.href, location.href).href;
    }
    // Names in the table's column order, as the reader sees the columns.
    if (names) names.textContent = [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => byId.get(id)?.name ?? id).join(t('compare.sep')) || t('compare.none');
    table.setAttribute('aria-busy', 'true');
    let failed = false;
    const have = present();
    const missing = ids.filter((id) => !have.has(id));
    if (missing.length > 0) {
      say(t('compare.loading'));
      try {
        const loaded = await Promise.all([...new Set(missing.map((id) => byId.get(id)!.chunk))].map(loadChunk));
        if (mine !== generation) return;
        const now = present();
        for (const id of missing) {
          const column = loaded.map((m) => m.get(id)).find((c) => c !== undefined);
          if (column && !now.has(id)) addColumn(column);
        }
      } catch {
        failed = true;
      }
    }
    if (mine !== generation) return;
    for (const cell of table.querySelectorAll<HTMLElement>('[data-park]')) cell.hidden = !ids.includes(cell.dataset['park'] ?? '');
    for (const th of groupHeads) th.colSpan = present().size + 1;
    say(failed ? t('compare.failed') : ids.length < COMPARE_MIN ? t('compare.tooFew', { min: COMPARE_MIN, n: ids.length }) : ids.length >= COMPARE_MAX ? t('compare.atMost', { max: COMPARE_MAX }) : '');
    table.removeAttribute('aria-busy');
  };

  const fromUrl = parseParksParam(new URLSearchParams(location.search).get('parks'), known);
  chosen = fromUrl.length > 0 ? fromUrl : parseParksParam(table.dataset['compare'] ?? '', known);
  renderList();
  form.hidden = false;
  await show(chosen);
  table.dataset['compareReady'] = '';

  const apply = () => {
    const ids = [...list.querySelectorAll<HTMLInputElement>('input[name="park"]')].filter((b) => b.checked).map((b) => b.value);
    // Keep the order they were chosen in; new ones at the end.
    const next = [...chosen.filter((id) => ids.includes(id)), ...ids.filter((id) => !chosen.includes(id))].slice(0, COMPARE_MAX);
    history.replaceState(null, '', `${location.pathname}${parksQuery(next)}${location.hash}`);
    void show(next);
  };
  list.addEventListener('change', apply);
  find?.addEventListener('input', renderList);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
}
