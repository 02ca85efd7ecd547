/**
 * Paging long lists: a list above its threshold is cut into pages of `size` rows, page 1 at the list's
 * own address and page n at `<list>/page/<n>/`, every page linking every other (so each row is reachable
 * without JavaScript). At or below the threshold the list stays one page, exactly as before: the
 * sample site never pages. The full table is always in the open data (/data/).
 *
 * Reuse for any list: `paginate(rows, Astro.props.page, LIMITS.x)` in the page, `<Pager page={…}
 * href={url('x')} />` under the table, and a `page/[n].astro` route from `pagePaths(count, LIMITS.x)`
 * that renders the list page with `page={n}`.
 */
export interface PageLimits {
  /** Rows per page once the list is paged. */
  size: number;
  /** Lists of at most this many rows are never paged. */
  threshold: number;
}

/**
 * Per list, chosen so a page stays well under 300 KiB of HTML at national scale (`npm run bench`):
 * rows of the projects list are about 1.6 KB, of the parks list 2 KB, of a ranking year 4 KB (table,
 * chart bar and what-if data), of updates 1 KB, of policies 1.7 KB.
 */
export const LIMITS = {
  projects: { size: 100, threshold: 150 },
  parks: { size: 80, threshold: 120 },
  rankings: { size: 50, threshold: 60 },
  updates: { size: 100, threshold: 150 },
  policies: { size: 80, threshold: 120 },
} as const satisfies Record<string, PageLimits>;

export interface Page<T> {
  rows: T[];
  /** This page, from 1. */
  number: number;
  /** How many pages (1 when the list is not paged). */
  count: number;
  /** Rows in the whole list. */
  total: number;
  /** 1-based positions of the first and last row shown. */
  from: number;
  to: number;
}

export function pageCount(total: number, limits: PageLimits): number {
  return total > limits.threshold ? Math.ceil(total / limits.size) : 1;
}

/** Page `number` of a list (page 1 when not given); the whole list when it is not paged. */
export function paginate<T>(rows: readonly T[], number: number | undefined, limits: PageLimits): Page<T> {
  const count = pageCount(rows.length, limits);
  const n = Math.min(Math.max(1, Math.floor(number ?? 1)), count);
  if (count === 1) return { rows: [...rows], number: 1, count, total: rows.length, from: rows.length ? 1 : 0, to: rows.length };
  const start = (n - 1) * limits.size;
  const slice = rows.slice(start, start + limits.size);
  return { rows: slice, number: n, count, total: rows.length, from: start + 1, to: start + slice.length };
}

/** The address of page `n` of a list whose page 1 is at `href` (ending in `/`). */
export function pageHref(href: string, n: number): string {
  return n <= 1 ? href : `${href}page/${n}/`;
}

/** Static paths of pages 2… of a list (page 1 is the list's own page), in every language. */
export function pagePaths(total: number, limits: PageLimits): { params: { n: string }; props: { page: number } }[] {
  return Array.from({ length: pageCount(total, limits) - 1 }, (_, i) => ({ params: { n: String(i + 2) }, props: { page: i + 2 } }));
}

/**
 * Group rows (years × groups) above which the projects page links a page per signing year for the
 * rates by chain and county instead of carrying every year's tables (1 KB a row).
 */
export const RATE_GROUP_ROWS = 120;

export function ratesOnOwnPages(years: number, groups: number): boolean {
  return years * groups > RATE_GROUP_ROWS;
}
