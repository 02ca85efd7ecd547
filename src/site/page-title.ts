/**
 * The text of a page's <title>: the page's own title, then the site's (or region's) name, kept within
 * the length search engines show and html-validate's `long-title` rule allows. The page's own words win:
 * when both do not fit, the site name goes; a title that alone is too long is shortened with an ellipsis.
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, suffix: string | undefined, max = MAX_TITLE_LENGTH): string {
  if (suffix === undefined) return title;
  const full = `${title} · ${suffix}`;
  if ([...full].length <= max) return full;
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
