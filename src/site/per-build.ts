/**
 * A value a page works out from the once-per-build data and its own language alone (a list's rows, a
 * view over every chain): computed by the first page that asks, then shared by every page that asks
 * with the same key, instead of being worked out again on each of them (issue 19: a page that rebuilds
 * a region-wide view costs more as the region grows). The caller names in the key everything the value
 * depends on besides the build's data (the language, a county…), and never changes what it gets.
 */
const cache = new Map<string, unknown>();

export function perBuild<T>(key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
