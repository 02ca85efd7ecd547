/**
 * The park comparison's selection, as it lives in the URL: `?parks=a,b,c`. Shared by the page (the
 * default pair) and the browser script (reading and writing the URL), so both agree.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/**
 * The park ids a `parks` parameter names, in its order: unknown ids and repeats dropped, at most
 * `max` kept. Commas, spaces and `+` separate ids; null or blank → [].
 */
export function parseParksParam(value: string | null | undefined, known: readonly string[], max = COMPARE_MAX): string[] {
  if (!value) return [];
  const knownSet = new Set(known);
  const out: string[] = [];
  for (const raw of value.split(/[,\s+]+/)) {
    const id = raw.trim().toLowerCase();
    if (id && knownSet.has(id) && !out.includes(id)) out.push(id);
    if (out.length === max) break;
  }
  return out;
}

/** `['a', 'b']` → `?parks=a,b` (commas kept readable; ids are slugs and need no escaping). */
export function parksQuery(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?parks=${ids.join(',')}`;
}
