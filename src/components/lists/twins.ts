/**
 * Moved to src/site/twins.ts. This re-export only keeps the chain page's components, which another
 * branch edits at the same time, building: delete it once they import from there.
 */
export * from '../../site/twins.ts';
