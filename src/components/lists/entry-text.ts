/**
 * Moved to src/lib/i18n/entry-text.ts. This re-export only keeps the chain page's components, which
 * another branch edits at the same time, building: delete it once they import from there.
 */
export * from '../../lib/i18n/entry-text.ts';
