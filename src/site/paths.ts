/** Every internal link goes through here, so the site works under any base path (`BASE=/portal/`). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `url('parks', id)` → `/portal/parks/<id>/`; `url()` → the home page. */
export function url(...parts: (string | number)[]): string {
  return parts.length === 0 ? base : `${base}${parts.join('/')}/`;
}

/** A file under the site: `file('rankings', '2025.csv')` → `/portal/rankings/2025.csv`. */
export function file(...parts: (string | number)[]): string {
  return `${base}${parts.join('/')}`;
}
