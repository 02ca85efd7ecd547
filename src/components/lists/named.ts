/**
 * Moved to src/site/named.ts. This re-export only keeps the investor finders (sites, compare,
 * infrastructure), which another branch edits at the same time, building: delete it once they import
 * from src/site/named.ts.
 */
export * from '../../site/named.ts';
