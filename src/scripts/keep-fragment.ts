/**
 * Runs a page enhancement that rewrites the URL, then puts the #fragment back so a link to an anchor
 * on the page (a gap, a park's section) still lands there with JavaScript on. table-tools keeps the
 * filter state in the query with `history.replaceState(…, location.pathname)`, which drops the
 * fragment before the browser scrolls to it.
 */
export function keepFragment(enhance: () => void): void {
  const hash = location.hash;
  enhance();
  // A fragment-only change through location.replace scrolls, sets :target and adds no history entry.
  if (hash && location.hash !== hash) location.replace(`${location.pathname}${location.search}${hash}`);
}
