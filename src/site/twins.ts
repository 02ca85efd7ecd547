/** The English twins' frontmatter (`<id>.en.mdx`) of policies and updates, by id, from the once-per-build dataset. */
import { getSite } from './portal.ts';
import type { Twin } from '../lib/i18n/entry-text.ts';

const cache = new Map<'policies' | 'updates', Map<string, Twin>>();

export function englishTwins(collection: 'policies' | 'updates'): Map<string, Twin> {
  let twins = cache.get(collection);
  if (!twins) {
    twins = new Map(getSite().translations[collection].map((e) => [e.id, e.data]));
    cache.set(collection, twins);
  }
  return twins;
}
