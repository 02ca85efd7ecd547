/**
 * The content collections' loader: every `<id>.mdx` (or, for the English twins, `<id>.en.mdx`) of one
 * folder of content/, with its frontmatter as data and its body already rendered to HTML.
 *
 * Astro's own glob loader hands each MDX body to the MDX integration, which compiles it into a
 * JavaScript module that the build bundles, writes and imports again for the page: about 4 ms of CPU a
 * body, a tenth of a national-scale build (5,000 bodies; `npm run bench`). A body here is content, not a
 * program (the check refuses code in it), so it is parsed and rendered once, to HTML, by `renderBody`
 * (src/lib/data/body-guard.ts: the same parser, the same refusal, the same sanitizer), and stored with
 * the entry as Astro stores a Markdown entry's HTML. Pages read it with `prose()` (src/site/prose.ts).
 *
 * Frontmatter is read as YAML (the `yaml` package, as the check reads it) and validated by Astro against
 * the collection's schema (the check's own, src/lib/data/content.ts). An entry whose file did not change
 * keeps its stored HTML between builds (Astro's content cache, keyed by the file's digest).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { renderBody } from '../lib/data/body-guard.ts';
import { contentId, FRONTMATTER } from '../lib/data/content.ts';

/** The files of a folder this loader reads, as `[id, file name]`: originals, or English twins. */
export function contentFiles(dir: string, english: boolean): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name): [string, string][] => {
      const id = contentId(name, english);
      return id === undefined ? [] : [[id, name]];
    });
}

/** A loader for the MDX files of `dir` (originals, or with `english` the `<id>.en.mdx` twins under the original's id). */
export function contentLoader(dir: string, options: { english?: boolean } = {}): Loader {
  const english = options.english ?? false;
  return {
    name: 'portal-content',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = config.root.pathname;
      const base = config.base;
      const loadFile = async (id: string, name: string) => {
        const path = join(dir, name);
        const source = readFileSync(path, 'utf8');
        const digest = generateDigest(`${base}\n${source}`);
        if (store.get(id)?.digest === digest) return;
        const raw = (parse(FRONTMATTER.exec(source)?.[1] ?? '', { maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
        const filePath = relative(root, path);
        const data = await parseData({ id, data: raw, filePath });
        const { html, headings } = renderBody(source, { base, fileURL: pathToFileURL(path) });
        store.set({ id, data, filePath, digest, rendered: { html, metadata: { headings, frontmatter: raw } } });
      };
      const files = contentFiles(dir, english);
      const ids = new Set(files.map(([id]) => id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const [id, name] of files) await loadFile(id, name);

      // `astro dev`: an edited, added or removed file is loaded again.
      if (!watcher) return;
      watcher.add(dir);
      const entryOf = (path: string): [string, string] | undefined => {
        const name = relative(dir, path);
        const id = name.includes('/') || name.startsWith('..') ? undefined : contentId(name, english);
        return id === undefined ? undefined : [id, name];
      };
      const reload = async (path: string) => {
        const e = entryOf(path);
        if (e && existsSync(path)) await loadFile(e[0], e[1]);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        const e = entryOf(path);
        if (e) store.delete(e[0]);
      });
    },
  };
}
