/**
 * The park comparison as a progressive enhancement. Without JavaScript the table shows its default pair
 * (the other parks' cells carry `hidden`). With it: the picker form appears, `?parks=a,b,c` chooses the
 * columns, and every change is written back to the URL so the comparison can be shared.
 *
 * Markup contract (pages/invest/compare.astro):
 * - `table[data-compare="a,b"]`: the default pair; every park cell (th and td) has `data-park="<id>"`.
 * - `form[data-compare-form]`: checkboxes `name="park"` with the park ids as values;
 *   `[data-compare-status]` gets a message, `a[data-compare-link]` the shareable link,
 *   `[data-compare-names]` (in the caption) the chosen parks' names.
 */
import { COMPARE_MAX, COMPARE_MIN, parksQuery, parseParksParam } from '../lib/invest/compare.ts';
import { translator } from '../lib/i18n/dict.ts';
import { documentLang, scripts } from '../lib/i18n/dict/scripts.ts';

export function enhanceCompare(): void {
  const table = document.querySelector<HTMLTableElement>('table[data-compare]');
  const form = document.querySelector<HTMLFormElement>('form[data-compare-form]');
  if (!table || !form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="park"]')];
  const known = boxes.map((b) => b.value);
  const nameOf = new Map(boxes.map((b) => [b.value, b.parentElement?.textContent?.trim() ?? b.value]));
  const status = form.querySelector<HTMLElement>('[data-compare-status]');
  const link = form.querySelector<HTMLAnchorElement>('a[data-compare-link]');
  const names = table.querySelector<HTMLElement>('[data-compare-names]');
  const cells = [...table.querySelectorAll<HTMLElement>('[data-park]')];
  const t = translator(scripts, documentLang());

  const show = (ids: string[]) => {
    for (const cell of cells) cell.hidden = !ids.includes(cell.dataset['park'] ?? '');
    for (const box of boxes) {
      box.checked = ids.includes(box.value);
      box.disabled = !box.checked && ids.length >= COMPARE_MAX;
    }
    const query = parksQuery(ids);
    if (link) {
      link.href = `${location.pathname}${query}`;
      link.textContent = new URL(link.href, location.href).href;
    }
    // Names in the table's column order, as the reader sees the columns.
    if (names) names.textContent = known.filter((id) => ids.includes(id)).map((id) => nameOf.get(id) ?? id).join(t('compare.sep')) || t('compare.none');
    if (status) {
      status.textContent =
        ids.length < COMPARE_MIN ? t('compare.tooFew', { min: COMPARE_MIN, n: ids.length }) : ids.length >= COMPARE_MAX ? t('compare.atMost', { max: COMPARE_MAX }) : '';
    }
  };

  const fromUrl = parseParksParam(new URLSearchParams(location.search).get('parks'), known);
  form.hidden = false;
  show(fromUrl.length > 0 ? fromUrl : parseParksParam(table.dataset['compare'] ?? '', known));

  const apply = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value).slice(0, COMPARE_MAX);
    show(chosen);
    history.replaceState(null, '', `${location.pathname}${parksQuery(chosen)}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
}
