/**
 * Astro binding for the MDX content. The frontmatter schemas live in src/lib/data/content.ts and are
 * the same ones `npm run check` uses; cross-references are checked there too (Astro's `reference()`
 * only logs a missing target), before Astro gets here. English twins (`<id>.en.mdx`) are their own
 * collections, with the original's id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, translationFrontmatter, type CollectionName } from './lib/data/content.ts';
import { dirsFromEnv } from './lib/data/dataset.ts';

const { contentDir } = dirsFromEnv();

const collection = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: ['*.mdx', '!*.en.mdx'], base: `${contentDir}/${name}` }),
    schema: COLLECTIONS[name],
  });

const english = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: '*.en.mdx', base: `${contentDir}/${name}`, generateId: ({ entry }) => entry.replace(/\.en\.mdx$/, '') }),
    schema: translationFrontmatter,
  });

export const collections = {
  parks: collection('parks'),
  chains: collection('chains'),
  policies: collection('policies'),
  updates: collection('updates'),
  pages: collection('pages'),
  parks_en: english('parks'),
  chains_en: english('chains'),
  policies_en: english('policies'),
  updates_en: english('updates'),
  pages_en: english('pages'),
};
