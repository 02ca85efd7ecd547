/**
 * Astro binding for the MDX content (loaded by src/site/content-loader.ts: frontmatter as data, the body
 * rendered to HTML once). The frontmatter schemas live in src/lib/data/content.ts and are
 * the same ones `npm run check` uses; cross-references are checked there too (Astro's `reference()`
 * only logs a missing target), before Astro gets here. English twins (`<id>.en.mdx`) are their own
 * collections, with the original's id.
 */
import { defineCollection } from 'astro:content';
import { join, resolve } from 'node:path';
import { COLLECTIONS, translationFrontmatter, type CollectionName } from './lib/data/content.ts';
import { dirsFromEnv } from './lib/data/dataset.ts';
import { contentLoader } from './site/content-loader.ts';

const { contentDir } = dirsFromEnv();

const collection = (name: CollectionName) =>
  defineCollection({
    loader: contentLoader(resolve(join(contentDir, name))),
    schema: COLLECTIONS[name],
  });

const english = (name: CollectionName) =>
  defineCollection({
    loader: contentLoader(resolve(join(contentDir, name)), { english: true }),
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
